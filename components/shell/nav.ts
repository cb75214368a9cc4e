import type { Role } from "@/lib/core/domain";

export interface NavItem {
  href: string;
  label: string;
  icon:
    | "home"
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
    | "data";
}

/** The navigation of each role: a page appears here when it exists. */
export const NAV: Record<Role, NavItem[]> = {
  athlete: [
    { href: "/dashboard", label: "Dashboard", icon: "home" },
    { href: "/chat", label: "Aria", icon: "chat" },
    { href: "/sessions", label: "Sessions", icon: "sessions" },
    { href: "/progress", label: "Progress", icon: "progress" },
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
    { href: "/coach", label: "Squad", icon: "squad" },
    { href: "/coach/squad", label: "Squad view", icon: "progress" },
    { href: "/settings", label: "Settings", icon: "settings" },
  ],
};
