"use client";

import { type ReactNode, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { copyOrSelect } from "@/components/ui/copy-or-select";

/**
 * A secret the server shows once (an API token, a calendar feed link): the value to copy, why it matters, a Copy
 * button that falls back to selecting the text where the clipboard is refused, and "I've saved it" to put it away.
 * Give it a `key` of the value, so that a new secret starts with a fresh Copy button.
 */
export function ShownOnceSecret({
  id,
  title,
  warning,
  value,
  noun,
  actions,
  onSaved,
}: {
  /** The heading's id, which labels the panel. */
  id: string;
  title: ReactNode;
  /** What happens if it leaks, after "Copy it now: it won't be shown again." */
  warning: string;
  value: string;
  /** What the secret is, in words: "token", "link". */
  noun: string;
  /** More actions beside Copy, such as opening the link. */
  actions?: ReactNode;
  onSaved: () => void;
}) {
  const [copy, setCopy] = useState<"copied" | "selected" | null>(null);
  const valueRef = useRef<HTMLElement>(null);
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700/60 dark:bg-amber-950/30"
    >
      <h3 id={id} className="text-sm font-semibold text-amber-900 dark:text-amber-200">
        {title}
      </h3>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">Copy it now: it won’t be shown again. {warning}</p>
      <code
        ref={valueRef}
        className="mt-3 block select-all break-all rounded-lg border border-amber-200 bg-white px-3 py-2 font-mono text-sm text-zinc-900 dark:border-amber-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {value}
      </code>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="compact"
          onClick={async () => setCopy(await copyOrSelect(value, valueRef.current))}
          aria-label={`Copy ${noun}`}
        >
          {copy === "copied" ? "Copied" : "Copy"}
        </Button>
        {actions}
        <Button variant="ghost" size="compact" onClick={onSaved}>
          I’ve saved it
        </Button>
        <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
          {copy === "copied" ? `${Noun} copied` : copy === "selected" ? `${Noun} selected: copy it from the menu` : ""}
        </p>
      </div>
    </section>
  );
}
