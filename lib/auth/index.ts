import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { SESSION_IDLE_SECONDS } from "@/lib/accounts/session-claims";
import { type Env, env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { isPrivatePath } from "./paths";
import { authSecret } from "./secret";
import { sessionJwt } from "./session-token";

/**
 * Auth.js (next-auth 5): e-mail and password for everyone, GitHub and Google when their AUTH_* variables are set.
 * JWT sessions carry the user id, role, time zone, a session id and the sign-in instant; they renew on use for a
 * week and end 30 days after sign-in at the latest (lib/accounts/sessions.ts), and sign-out ends them on the server
 * too. The config is built per request (not at import), so that `next build` needs no secret and a production
 * start without AUTH_SECRET fails with a clear message.
 */

/** The account is backing off (lib/rate-limit): the sign-in form tells how long to wait. */
export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

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
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    // Every refusal lands on the sign-in page, which words Auth.js's `?error=` codes (lib/auth/sign-in-errors.ts).
    pages: { signIn: "/sign-in", error: "/sign-in" },
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
          const { beginCredentialAttempt, clientAddress } = await import("@/lib/rate-limit");
          const { email, password } = parsed.data;
          const attempt = await beginCredentialAttempt("signIn", email, clientAddress(request.headers));
          if (!attempt.allowed) throw new TooManyAttempts(attempt.retryAfterSeconds);
          const [{ getDb }, { verifyCredentials }] = await Promise.all([
            import("@/lib/database"),
            import("@/lib/accounts/users"),
          ]);
          const user = await verifyCredentials(await getDb(), email, password);
          await attempt.settle(user !== null);
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
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const [{ getDb }, { linkOAuthAccount }] = await Promise.all([import("@/lib/database"), import("./oauth")]);
        return linkOAuthAccount(await getDb(), { user, account, profile });
      },
      jwt({ token, user }) {
        return sessionJwt(token, user);
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
    events: {
      async signOut(message) {
        if (!("token" in message)) return;
        const [{ getDb }, { endSessionOfToken }] = await Promise.all([
          import("@/lib/database"),
          import("@/lib/accounts/sessions"),
        ]);
        await endSessionOfToken(await getDb(), message.token);
      },
    },
  };
});
