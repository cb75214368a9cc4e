import type { Role } from "@/lib/core/domain";

export type NavIconName =
  | "home"
  | "log"
  | "chat"
  | "squad"
  | "settings"
  | "sessions"
  | "progress"
  | "goals"
  | "injuries"
  | "wellness"
  | "calendar"
  | "nutrition"
  | "drills"
  | "mental"
  | "notifications"
  | "data"
  | "more";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIconName;
}

/** The navigation of each role: a page appears here when it exists. The desktop sidebar lists them all. */
export const NAV: Record<Role, NavItem[]> = {
  athlete: [
    { href: "/dashboard", label: "Today", icon: "home" },
    { href: "/log", label: "Log", icon: "log" },
    { href: "/chat", label: "Aria", icon: "chat" },
    { href: "/progress", label: "Progress", icon: "progress" },
    { href: "/sessions", label: "Sessions", icon: "sessions" },
    { href: "/goals", label: "Goals", icon: "goals" },
    { href: "/injuries", label: "Injuries", icon: "injuries" },
    { href: "/wellness", label: "Wellness", icon: "wellness" },
    { href: "/calendar", label: "Calendar", icon: "calendar" },
    { href: "/nutrition", label: "Nutrition", icon: "nutrition" },
    { href: "/drills", label: "Drills", icon: "drills" },
    { href: "/mental", label: "Mental", icon: "mental" },
    { href: "/notifications", label: "Notifications", icon: "notifications" },
    { href: "/data", label: "Your data", icon: "data" },
    { href: "/settings", label: "Settings", icon: "settings" },
  ],
  coach: [
    { href: "/coach", label: "Roster", icon: "squad" },
    { href: "/coach/squad", label: "Squad view", icon: "progress" },
    { href: "/coach/plan", label: "Plan", icon: "calendar" },
    { href: "/coach/sprint", label: "Sprint profiles", icon: "progress" },
    { href: "/settings", label: "Settings", icon: "settings" },
  ],
};

/** How many of a role's sections sit in the phone's bottom tab bar; the rest open from "More". */
export const TAB_COUNT: Record<Role, number> = { athlete: 4, coach: 3 };

/** The section a path belongs to: the most specific match wins, so /coach/squad is "Squad view", not "Roster". */
export function activeHref(items: readonly NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
