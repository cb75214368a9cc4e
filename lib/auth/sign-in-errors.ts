/**
 * Auth.js sends a refused sign-in back to the sign-in page as `?error=<type>` (and `&code=` for the password form);
 * the social sign-in adds Aria's own `EmailNotVerified` (lib/auth/oauth.ts) and `&provider=`. These are the
 * sentences the page shows for them. Codes are public input, so anything unknown gets the general sentence.
 */

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

const GENERAL = "Signing in did not work this time. Please try again.";

export function signInErrorMessage(params: { error?: string; code?: string; provider?: string }): string | undefined {
  const { error, code } = params;
  if (!error) return undefined;
  const provider = (params.provider && PROVIDER_NAMES[params.provider]) || "GitHub or Google";
  switch (error) {
    case "CredentialsSignin":
      return code === "rate_limited"
        ? "Too many sign-in attempts for this account. Wait a few minutes and try again."
        : "That e-mail address and password do not match an account.";
    case "EmailNotVerified":
      return `${provider} has not verified the e-mail address on your account there, so Aria cannot sign you in with it. Verify it with ${provider} and try again, or sign in with your e-mail and password.`;
    case "OAuthAccountNotLinked":
    case "AccountNotLinked":
      return "An Aria account already uses this e-mail address. Sign in with your e-mail and password.";
    case "OAuthCallbackError":
    case "OAuthSignInError":
    case "OAuthSignin":
    case "OAuthCallback":
      return `${provider} did not finish signing you in. Please try again.`;
    case "AccessDenied":
      return "That sign-in was refused. Please try again, or sign in with your e-mail and password.";
    case "Verification":
      return "That sign-in link has expired or was already used.";
    case "MissingCSRF":
      return "The sign-in form had expired. Please try again.";
    case "Configuration":
      return "Sign-in is not working on our side right now. Please try again in a few minutes.";
    default:
      return GENERAL;
  }
}

/** A wait as people say it: "30 seconds", "1 minute", "15 minutes". */
export function waitInWords(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return whole === 1 ? "1 second" : `${whole} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
