import Link from "next/link";
import type { ReactNode } from "react";

/** A link inside running text, in the brand colour; `className` adds its size where the text around it sets none. */
export function TextLink({
  href,
  className = "",
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className={`font-semibold text-track-600 hover:underline dark:text-track-400 ${className}`.trimEnd()}
    >
      {children}
    </Link>
  );
}
