import type { Account, Profile, User } from "next-auth";
import type { Database } from "@/db/client";
import { findOrCreateOAuthUser, type OAuthIdentity } from "@/lib/accounts/users";
import { logger } from "@/lib/core/logger";

/** The sign-in page's `?error=` when a provider has not verified the e-mail address (lib/auth/sign-in-errors.ts). */
export const EMAIL_NOT_VERIFIED = "EmailNotVerified";
/** …and when the provider's answer could not be read. */
export const PROVIDER_UNREADABLE = "OAuthCallbackError";

const GITHUB_EMAILS_URL = "https://api.github.com/user/emails";
const NAME_MAX = 100;

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

function displayName(name: unknown, email: string): string {
  const trimmed = typeof name === "string" ? name.trim().slice(0, NAME_MAX) : "";
  return trimmed || email.split("@")[0]!.slice(0, NAME_MAX);
}

/**
 * Who signed in, as the provider vouches for it. Google states `email_verified` in its profile. GitHub's profile
 * e-mail is whatever the user made public, verified or not, so the account's primary address is read from its
 * e-mail list (scope `user:email`, which Auth.js asks for) with GitHub's own `verified` flag. Null when the provider
 * gives no address.
 */
export async function oauthIdentity(
  provider: string,
  profile: Profile | undefined,
  accessToken: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<OAuthIdentity | null> {
  if (provider === "google") {
    if (typeof profile?.email !== "string") return null;
    return {
      email: profile.email,
      name: displayName(profile.name, profile.email),
      emailVerified: profile.email_verified === true,
    };
  }
  if (provider === "github" && accessToken) {
    const response = await fetchImpl(GITHUB_EMAILS_URL, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/vnd.github+json", "user-agent": "aria" },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return null;
    const emails = (await response.json()) as GitHubEmail[];
    const primary = Array.isArray(emails) ? emails.find((entry) => entry.primary) : undefined;
    if (!primary || typeof primary.email !== "string") return null;
    return {
      email: primary.email,
      name: displayName(profile?.name ?? profile?.login, primary.email),
      emailVerified: primary.verified === true,
    };
  }
  return null;
}

/**
 * Auth.js's `signIn` callback for GitHub and Google: finds or creates the account for the provider's verified
 * e-mail, or sends the browser back to the sign-in page with a reason. Auth.js hands this same `user` object to the
 * `jwt` callback, which is how the account's id, role and time zone reach the session.
 */
export async function linkOAuthAccount(
  db: Database,
  { user, account, profile }: { user: User; account: Account; profile?: Profile },
  fetchImpl: typeof fetch = fetch,
): Promise<true | string> {
  let identity: OAuthIdentity | null;
  try {
    identity = await oauthIdentity(account.provider, profile, account.access_token, fetchImpl);
  } catch (error) {
    logger().warn({ provider: account.provider, err: (error as Error).message }, "oauth e-mail lookup failed");
    identity = null;
  }
  if (!identity) return `/sign-in?error=${PROVIDER_UNREADABLE}&provider=${account.provider}`;
  const outcome = await findOrCreateOAuthUser(db, identity);
  if ("refused" in outcome) {
    logger().info({ provider: account.provider }, "social sign-in refused: e-mail not verified by the provider");
    return `/sign-in?error=${EMAIL_NOT_VERIFIED}&provider=${account.provider}`;
  }
  Object.assign(user, { id: outcome.user.id, role: outcome.user.role, timezone: outcome.user.timezone });
  return true;
}
