import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { OutboxSender } from "@/components/log/outbox-sender";
import { ThemeToggle } from "@/components/theme-toggle";
import type { Role } from "@/lib/core/domain";
import { NAV, TAB_COUNT } from "./nav";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { TabBar } from "./tab-bar";

/**
 * The signed-in frame. Wide screens: a sidebar with every section. Phones: a slim top bar and a bottom tab bar
 * with the primary sections, every other one a tap away under "More". A skip link leads past both to the page.
 */
export function AppShell({ user, children }: { user: { id: string; name: string; role: Role }; children: ReactNode }) {
  const items = NAV[user.role];
  const home = items[0]?.href ?? "/";
  const account = (
    <div className="space-y-1 px-1">
      <div className="min-w-0 px-2">
        <p className="truncate text-sm font-medium">{user.name}</p>
        <p className="text-xs capitalize text-zinc-500">{user.role}</p>
      </div>
      <div className="flex items-center justify-between gap-2">
        <SignOutButton />
        <ThemeToggle />
      </div>
    </div>
  );
  return (
    <div className="min-h-dvh bg-zinc-50 lg:flex dark:bg-zinc-950">
      <a
        href="#main"
        className="sr-only z-50 rounded-xl bg-white px-4 py-3 text-sm font-semibold text-track-700 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 dark:bg-zinc-900 dark:text-track-300"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col overflow-y-auto border-r border-zinc-200 bg-white px-3 py-4 lg:flex dark:border-zinc-800 dark:bg-zinc-900">
        <Link href={home} aria-label="Aria home" className="px-3">
          <Logo />
        </Link>
        <nav aria-label="Main" className="mt-6 flex-1">
          <NavLinks items={items} />
        </nav>
        <div className="border-t border-zinc-200 pt-3 dark:border-zinc-800">{account}</div>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white/90 pt-[env(safe-area-inset-top)] backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-900/90">
          <div className="flex h-14 items-center justify-between px-4">
            <Link href={home} aria-label="Aria home">
              <Logo />
            </Link>
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 pt-6 pb-28 outline-none sm:px-6 lg:py-8">
          {children}
        </main>
      </div>
      {user.role === "athlete" ? <OutboxSender owner={user.id} /> : null}
      <TabBar tabs={items.slice(0, TAB_COUNT[user.role])} more={items.slice(TAB_COUNT[user.role])} footer={account} />
    </div>
  );
}
