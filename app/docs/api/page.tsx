import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "./api-reference";

export const metadata: Metadata = {
  title: "API reference",
  description: "Every route of Aria's REST API, generated from the schemas the server checks requests against.",
};

/** The reference of /api/v1, rendered in the browser from /api/v1/openapi.json; public, like the document. */
export default function ApiReferencePage() {
  return (
    <>
      <header className="flex flex-wrap items-center justify-between gap-2 border-zinc-200 border-b px-4 py-2 text-sm dark:border-zinc-800">
        <Link href="/" className="font-semibold">
          Aria
        </Link>
        <nav aria-label="API documents" className="flex gap-4">
          <a href="/api/v1/openapi.json" className="underline underline-offset-2">
            OpenAPI document (JSON)
          </a>
          <Link href="/settings" className="underline underline-offset-2">
            Your API tokens
          </Link>
        </nav>
      </header>
      <main>
        <h1 className="sr-only">Aria API reference</h1>
        <ApiReference />
      </main>
    </>
  );
}
