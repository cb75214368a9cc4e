"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useRef } from "react";
import { activeHref, type NavItem } from "./nav";
import { NavIcon } from "./nav-icon";
import { NavLinks } from "./nav-links";

const TAB =
  "flex min-h-14 min-w-11 flex-1 flex-col items-center justify-center gap-0.5 rounded-xl px-1 text-[11px] font-semibold";
const CURRENT = "text-track-700 dark:text-track-300";
const OTHER = "text-zinc-600 dark:text-zinc-400";

/**
 * The phone's bottom tab bar: the role's primary sections, and "More", which opens a sheet with every other section,
 * the theme and signing out. The current section is marked with `aria-current`, in the bar or on "More".
 */
export function TabBar({
  tabs,
  more,
  footer,
}: {
  tabs: NavItem[];
  more: NavItem[];
  /** The sheet's last row: who is signed in, the theme and sign out. */
  footer: ReactNode;
}) {
  const pathname = usePathname();
  const active = activeHref([...tabs, ...more], pathname);
  const inMore = more.some((item) => item.href === active);
  const sheet = useRef<HTMLDialogElement>(null);
  const close = () => sheet.current?.close();

  return (
    <>
      <nav
        aria-label="Sections"
        className="fixed inset-x-0 bottom-0 z-20 border-t border-zinc-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden dark:border-zinc-800 dark:bg-zinc-900/95"
      >
        <ul className="mx-auto flex max-w-lg items-stretch gap-1 px-2 py-1">
          {tabs.map((item) => {
            const current = item.href === active;
            return (
              <li key={item.href} className="flex flex-1">
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={`${TAB} ${current ? CURRENT : OTHER}`}
                >
                  <NavIcon name={item.icon} className="size-6" />
                  {item.label}
                </Link>
              </li>
            );
          })}
          <li className="flex flex-1">
            <button
              type="button"
              aria-haspopup="dialog"
              aria-current={inMore ? "page" : undefined}
              onClick={() => sheet.current?.showModal()}
              className={`${TAB} ${inMore ? CURRENT : OTHER}`}
            >
              <NavIcon name="more" className="size-6" />
              More
            </button>
          </li>
        </ul>
      </nav>
      <dialog
        ref={sheet}
        aria-labelledby="more-sheet-title"
        onClick={(event) => {
          // A tap on the backdrop (the dialog element itself, outside the panel) closes the sheet.
          if (event.target === event.currentTarget) close();
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") close();
        }}
        className="m-0 mt-auto max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-t border-zinc-200 bg-white p-0 text-zinc-900 backdrop:bg-zinc-950/50 lg:hidden dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="px-3 pt-3 pb-[calc(env(safe-area-inset-bottom)+1rem)]">
          <div className="flex items-center justify-between px-3 pb-2">
            <h2 id="more-sheet-title" className="text-base font-semibold">
              More
            </h2>
            <button
              type="button"
              onClick={close}
              className="min-h-11 rounded-xl px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              Close
            </button>
          </div>
          <nav aria-label="More sections">
            <NavLinks items={more} onNavigate={close} />
          </nav>
          <div className="mt-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">{footer}</div>
        </div>
      </dialog>
    </>
  );
}
