import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { configuredOAuthProviders } from "@/lib/auth";
import { homePathFor } from "@/lib/auth/paths";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <section className="w-full max-w-md rounded-3xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8 dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Athletes log and get advice; coaches see their squad. You can link the two later with an invite code.
      </p>
      <div className="mt-6">
        <SignUpForm />
      </div>
      <OAuthButtons
        providers={configuredOAuthProviders()}
        note="This makes an athlete account; coaches sign up with the form above."
      />
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-track-600 hover:underline dark:text-track-400">
          Sign in
        </Link>
      </p>
    </section>
  );
}
