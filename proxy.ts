// Coarse redirects only: signed-out visits to private pages go to /sign-in. Pages and API routes check access
// themselves (lib/auth/access.ts).
export { auth as proxy } from "@/lib/auth";

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};
