/** Pages that need a signed-in user; the proxy redirects signed-out visits to /sign-in (pages still check roles). */
const PRIVATE_PREFIXES = [
  "/dashboard",
  "/sessions",
  "/progress",
  "/goals",
  "/injuries",
  "/wellness",
  "/calendar",
  "/nutrition",
  "/drills",
  "/mental",
  "/chat",
  "/notifications",
  "/settings",
  "/data",
  "/coach",
];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Where a user lands after signing in. */
export function homePathFor(role: "athlete" | "coach"): string {
  return role === "coach" ? "/coach" : "/dashboard";
}
