import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { signOutAction } from "@/lib/auth/actions";
import type { Role } from "@/lib/core/domain";
import { NAV } from "./nav";
import { NavLinks } from "./nav-links";

/** The signed-in frame: a sidebar on wide screens, a top bar with a scrollable tab row on phones. */
export function AppShell({ user, children }: { user: { name: string; role: Role }; children: ReactNode }) {
  const items = NAV[user.role];
  const home = items[0]?.href ?? "/";
  const signOut = (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded-xl px-3 py-2 text-sm font-medium text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Sign out
      </button>
    </form>
  );
  return (
    <div className="min-h-dvh bg-zinc-50 lg:flex dark:bg-zinc-950">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-zinc-200 bg-white px-3 py-4 lg:flex dark:border-zinc-800 dark:bg-zinc-900">
        <Link href={home} aria-label="Aria home" className="px-3">
          <Logo />
        </Link>
        <nav aria-label="Main" className="mt-6 flex-1">
          <NavLinks items={items} orientation="vertical" />
        </nav>
        <div className="border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <p className="truncate px-3 text-sm font-medium">{user.name}</p>
          <p className="px-3 text-xs capitalize text-zinc-500">{user.role}</p>
          <div className="mt-2 flex items-center justify-between px-1">
            {signOut}
            <ThemeToggle />
          </div>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-900/90">
          <div className="flex h-14 items-center justify-between px-4">
            <Link href={home} aria-label="Aria home">
              <Logo />
            </Link>
            <div className="flex items-center gap-1">
              <ThemeToggle />
              {signOut}
            </div>
          </div>
          <nav aria-label="Main" className="px-2 pb-2">
            <NavLinks items={items} orientation="horizontal" />
          </nav>
        </header>
        <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:py-8">{children}</main>
      </div>
    </div>
  );
}
