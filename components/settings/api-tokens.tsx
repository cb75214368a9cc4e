"use client";

import { type FormEvent, useState } from "react";
import { TextLink } from "@/components/pages/text-link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { formatDate } from "@/lib/core/dates";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";
import { ShownOnceSecret } from "./shown-once-secret";

interface ApiTokenSummary {
  id: string;
  name: string;
  /** UTC timestamps. */
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
}

interface CreatedToken {
  id: string;
  name: string;
  token: string;
  expires_at: string;
}

/** Personal API tokens for programs: create (shown once), list, revoke. */
export function ApiTokens({ initialTokens, timeZone }: { initialTokens: ApiTokenSummary[]; timeZone: string }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const trimmed = name.trim();
    if (trimmed === "" || trimmed.length > 60) {
      setNameError(trimmed === "" ? "Name the token after what will use it" : "Must be at most 60 characters");
      return;
    }
    setNameError(undefined);
    setCreating(true);
    try {
      const token = await apiFetch<CreatedToken>("/api/v1/me/tokens", { method: "POST", json: { name: trimmed } });
      setCreated(token);
      setName("");
      setTokens((current) => [
        {
          id: token.id,
          name: token.name,
          created_at: new Date().toISOString(),
          expires_at: token.expires_at,
          last_used_at: null,
        },
        ...current,
      ]);
    } catch (error) {
      const field = error instanceof ApiClientError ? error.fields.name : undefined;
      if (field) setNameError(field.charAt(0).toUpperCase() + field.slice(1));
      setFormError(errorMessage(error));
    } finally {
      setCreating(false);
    }
  }

  async function revoke(token: ApiTokenSummary) {
    setListError(null);
    // Gone from the list at once; put back only if the server refuses.
    setTokens((current) => current.filter((t) => t.id !== token.id));
    if (created?.id === token.id) setCreated(null);
    try {
      await apiFetch(`/api/v1/me/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" });
    } catch (error) {
      if (error instanceof ApiClientError && error.code === "not_found") return;
      setTokens((current) => [...current, token].sort((a, b) => b.created_at.localeCompare(a.created_at)));
      setListError(`Could not revoke “${token.name}”. ${errorMessage(error)}`);
    }
  }

  return (
    <div className="space-y-5">
      <div className="space-y-2 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          Tokens let your own programs use Aria’s API without your password: a script, a watch sync or a mobile app.
          Send one with every request as a header:
        </p>
        <p className="overflow-x-auto rounded-lg bg-zinc-100 px-3 py-2 font-mono text-xs text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
          Authorization: Bearer &lt;token&gt;
        </p>
        <p>A token acts as you until it expires after 90 days or you revoke it. Revoke any you no longer use.</p>
        <p>
          Every route, field and answer is described in the <TextLink href="/docs/api">API reference</TextLink>, where
          you can try calls with your token.
        </p>
      </div>

      {created ? (
        <ShownOnceSecret
          key={created.id}
          id="new-token-heading"
          title={`Your new token “${created.name}”`}
          warning="Keep it as secret as a password."
          value={created.token}
          noun="token"
          onSaved={() => setCreated(null)}
        />
      ) : null}

      <form onSubmit={create} noValidate aria-label="Create an API token" className="space-y-3">
        <FormMessage>{formError}</FormMessage>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <Field
            label="Token name"
            name="token_name"
            className="sm:max-w-sm sm:flex-1"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            maxLength={60}
            error={nameError}
            hint="What will use it, e.g. “Garmin sync”."
          />
          <Button type="submit" disabled={creating} className="sm:mt-6 sm:h-[2.875rem]">
            {creating ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>

      <div>
        <h3 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">Active tokens</h3>
        <FormMessage>{listError}</FormMessage>
        {tokens.length === 0 ? (
          <p className="mt-2 rounded-xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            No tokens yet, so no program can use your account.
          </p>
        ) : (
          <ul aria-label="Active tokens" className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
                <div className="min-w-0">
                  <p className="break-words font-medium">{token.name}</p>
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    Created {formatDate(token.created_at, { timeZone })} · last used{" "}
                    {token.last_used_at ? formatDate(token.last_used_at, { timeZone }) : "never"} · expires{" "}
                    {formatDate(token.expires_at, { timeZone })}
                  </p>
                </div>
                <Button
                  variant="danger"
                  size="compact"
                  onClick={() => revoke(token)}
                  aria-label={`Revoke token ${token.name}`}
                >
                  Revoke
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
