"use client";

import type { ReactNode } from "react";
import { forgetOfflinePages } from "./offline-pages";

/**
 * A form that signs out through `action` (a server action), first forgetting the pages this phone kept for offline
 * use: they hold the athlete's data, and whoever picks up the phone next must not find them.
 */
export function SignOutForm({
  action,
  className,
  children,
}: {
  action: () => Promise<void>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      action={async () => {
        await forgetOfflinePages().catch(() => undefined);
        await action();
      }}
    >
      {children}
    </form>
  );
}
