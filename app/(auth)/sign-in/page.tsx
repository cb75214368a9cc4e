import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DemoLogins } from "@/components/auth/demo-logins";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredOAuthProviders } from "@/lib/auth";
import { homePathFor } from "@/lib/auth/paths";
import { currentUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Record<"callbackUrl" | "error" | "code" | "provider", string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  const params = await searchParams;
  const callbackUrl = single(params.callbackUrl);
  // Auth.js sends refused sign-ins (a social one above all) back here with `?error=`.
  const notice = signInErrorMessage({
    error: single(params.error),
    code: single(params.code),
    provider: single(params.provider),
  });
  const redirectTo = callbackUrl ? new URL(callbackUrl, "http://aria.local").pathname : undefined;
  return (
    <div className="grid w-full gap-6 lg:grid-cols-[1fr_1fr] lg:gap-10">
      <section className="rounded-3xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-2xl font-bold tracking-tight">Welcome back</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Sign in to see today’s plan and your squad.</p>
        <div className="mt-6">
          <SignInForm redirectTo={redirectTo} notice={notice} />
        </div>
        <OAuthButtons providers={configuredOAuthProviders()} redirectTo={redirectTo} />
        <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
          New to Aria?{" "}
          <Link href="/sign-up" className="font-semibold text-track-600 hover:underline dark:text-track-400">
            Create an account
          </Link>
        </p>
      </section>
      <section className="rounded-3xl border border-dashed border-zinc-300 p-6 sm:p-8 dark:border-zinc-700">
        <h2 className="text-lg font-semibold">Try the demo squad</h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Twelve weeks of realistic history for a coach and six sprinters. One tap signs you in.
        </p>
        <div className="mt-4">
          <DemoLogins />
        </div>
      </section>
    </div>
  );
}
