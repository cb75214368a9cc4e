import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";

/**
 * A page outside the signed-in shell: the logo home on a plain band, anything else beside it in `actions`, and the
 * page in a centred column whose own layout `className` adds.
 */
export function PublicFrame({
  actions,
  className = "",
  children,
}: {
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="mx-auto flex h-14 w-full max-w-5xl items-center justify-between px-4">
        <Link href="/" aria-label="Aria home">
          <Logo />
        </Link>
        {actions}
      </header>
      <main className={`mx-auto w-full max-w-5xl px-4 pb-12 ${className}`}>{children}</main>
    </div>
  );
}
