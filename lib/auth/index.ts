import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { type Env, env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { isPrivatePath } from "./paths";
import { authSecret } from "./secret";

/**
 * Auth.js (next-auth 5): e-mail and password for everyone, GitHub and Google when their AUTH_* variables are set.
 * JWT sessions carry the user id, role and timezone. The config is built per request (not at import), so that
 * `next build` needs no secret and a production start without AUTH_SECRET fails with a clear message.
 */

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;

/** The social sign-ins Aria offers, each turned on by its pair of AUTH_* variables. */
const OAUTH_PROVIDERS = [
  { id: "github", name: "GitHub", create: GitHub, clientId: "AUTH_GITHUB_ID", clientSecret: "AUTH_GITHUB_SECRET" },
  { id: "google", name: "Google", create: Google, clientId: "AUTH_GOOGLE_ID", clientSecret: "AUTH_GOOGLE_SECRET" },
] as const;

export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number]["id"];

function configured(e: Env) {
  return OAUTH_PROVIDERS.filter((provider) => e[provider.clientId] && e[provider.clientSecret]);
}

/** The social sign-ins this environment offers: those with both a client id and a secret set. */
export function configuredOAuthProviders(e: Env = env()): { id: OAuthProviderId; name: string }[] {
  return configured(e).map(({ id, name }) => ({ id, name }));
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const e = env();
  return {
    secret: authSecret(),
    trustHost: e.AUTH_TRUST_HOST || e.NODE_ENV !== "production",
    session: { strategy: "jwt", maxAge: THIRTY_DAYS_S },
    pages: { signIn: "/sign-in" },
    logger: {
      // A refused password is an expected outcome, not a server error: one structured line, no stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) logger().info({ code: error.code }, "sign-in refused");
        else logger().error({ err: error }, "auth error");
      },
      warn(code) {
        logger().warn({ code }, "auth warning");
      },
      debug() {},
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const { signInInput } = await import("@/lib/accounts/schemas");
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) return null;
          const { clientAddress, consumeRateLimit } = await import("@/lib/rate-limit");
          const limit = await consumeRateLimit("signIn", `${clientAddress(request.headers)}:${parsed.data.email}`);
          if (!limit.allowed) throw new TooManyAttempts();
          const [{ getDb }, { verifyCredentials }] = await Promise.all([
            import("@/lib/database"),
            import("@/lib/accounts/users"),
          ]);
          const user = await verifyCredentials(await getDb(), parsed.data.email, parsed.data.password);
          return user
            ? { id: user.id, email: user.email, name: user.name, role: user.role, timezone: user.timezone }
            : null;
        },
      }),
      ...configured(e).map((provider) =>
        provider.create({ clientId: e[provider.clientId], clientSecret: e[provider.clientSecret] }),
      ),
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (account && account.provider !== "credentials" && token.email) {
          // Social sign-in: the account is found or created by e-mail, as an athlete by default.
          const [{ getDb }, { findOrCreateOAuthUser }] = await Promise.all([
            import("@/lib/database"),
            import("./oauth"),
          ]);
          const linked = await findOrCreateOAuthUser(await getDb(), token.email, token.name ?? token.email);
          return { ...token, uid: linked.id, role: linked.role, timezone: linked.timezone };
        }
        if (user?.id) return { ...token, uid: user.id, role: user.role, timezone: user.timezone };
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user.id = token.uid;
          session.user.role = token.role;
          session.user.timezone = token.timezone ?? "UTC";
        }
        return session;
      },
      authorized({ request, auth: session }) {
        if (isPrivatePath(request.nextUrl.pathname)) return Boolean(session?.user);
        return true;
      },
    },
  };
});
