"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, type UIMessage } from "ai";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { AriaToolName } from "@/lib/aria/context-types";
import { Markdown } from "./markdown";
import { useDictation, useReadAloud } from "./voice";

const TOOL_LABELS: Readonly<Record<AriaToolName, string>> = {
  get_readiness: "Checked today's readiness",
  get_sprint_profile: "Read your sprint profile",
  log_session: "Logged a session",
  record_pain: "Recorded a pain level",
  get_progress: "Looked up your progress",
  recommend_drills: "Picked drills",
  schedule_check_in: "Scheduled a check-in",
};

/** What a tool did, in words; every tool Aria has is named here (the record's type keeps it so). */
function toolLabel(name: string): string {
  return Object.hasOwn(TOOL_LABELS, name) ? TOOL_LABELS[name as AriaToolName] : "Looked something up";
}

/** The API's JSON error, when the chat request failed with one; otherwise the error's own words. */
function friendlyError(error: Error): string {
  try {
    const parsed = JSON.parse(error.message) as { error?: { code?: string; message?: string } };
    if (parsed.error?.code === "rate_limited") return `You're sending messages quickly. ${parsed.error.message ?? ""}`;
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // Not JSON: a network failure or a broken stream.
  }
  return error.message || "Aria could not answer just now.";
}

function textOf(message: UIMessage): string {
  return message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("");
}

export function Chat({
  sessionId,
  initialMessages,
  suggestions,
  athleteName,
}: {
  sessionId: string;
  initialMessages: UIMessage[];
  suggestions: string[];
  athleteName: string;
}) {
  const router = useRouter();
  const [input, setInput] = useState("");
  const [readAloud, setReadAloud] = useState(false);
  const { messages, sendMessage, status, stop, error, regenerate, clearError } = useChat({
    id: sessionId,
    messages: initialMessages,
    transport: new DefaultChatTransport({ api: "/api/chat" }),
    onFinish: ({ message }) => {
      if (readAloud) speak(textOf(message));
      // Keep this conversation in the URL, so a reload (or the list beside) finds it.
      router.replace(`/chat?session=${sessionId}`, { scroll: false });
    },
  });
  const dictation = useDictation((text) => setInput((current) => (current ? `${current} ${text}` : text)));
  const { supported: canSpeak, speak } = useReadAloud();
  const bottom = useRef<HTMLDivElement>(null);
  const busy = status === "submitted" || status === "streaming";

  useEffect(() => {
    if (messages.length > 0) bottom.current?.scrollIntoView({ block: "end" });
  }, [messages]);

  function send(text: string) {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    clearError();
    sendMessage({ text: trimmed });
    setInput("");
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(input);
  }

  return (
    <div className="flex min-h-[60dvh] flex-col">
      <div role="log" aria-label="Conversation with Aria" aria-live="polite" className="flex-1 space-y-4 pb-4">
        {messages.length === 0 ? (
          <div className="rounded-2xl border border-dashed border-zinc-300 p-5 dark:border-zinc-700">
            <p className="font-medium">Hi {athleteName.split(" ")[0]}, I'm Aria.</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Ask about your training, an injury, your goals or a term like ACWR — or tell me a session (“6×30 m flys,
              RPE 7, 45 min”) and I'll log it.
            </p>
            <ul aria-label="Suggested questions" className="mt-3 flex flex-wrap gap-2">
              {suggestions.map((question) => (
                <li key={question}>
                  <button
                    type="button"
                    onClick={() => send(question)}
                    className="rounded-full border border-zinc-300 px-3 py-1.5 text-sm hover:border-track-400 hover:bg-track-50 dark:border-zinc-700 dark:hover:bg-track-900/20"
                  >
                    {question}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {messages.map((message) => (
          <div key={message.id} className={message.role === "user" ? "flex justify-end" : "flex justify-start"}>
            <div
              data-role={message.role}
              className={`max-w-[85%] rounded-2xl px-4 py-2.5 text-sm ${
                message.role === "user"
                  ? "bg-track-500 text-white"
                  : "border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
              }`}
            >
              {message.parts.map((part, index) => {
                if (part.type === "text") {
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts of one message, in order
                  return <Markdown key={index} text={part.text} />;
                }
                if (part.type.startsWith("tool-")) {
                  const name = part.type.slice("tool-".length);
                  return (
                    <p
                      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one message, in order
                      key={index}
                      className="my-1 inline-flex rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200"
                    >
                      ✓ {toolLabel(name)}
                    </p>
                  );
                }
                return null;
              })}
            </div>
          </div>
        ))}
        {status === "submitted" ? (
          <p role="status" className="text-sm text-zinc-500">
            Aria is thinking…
          </p>
        ) : null}
        {error ? (
          <div
            role="alert"
            className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-200"
          >
            {friendlyError(error)}{" "}
            <button type="button" onClick={() => regenerate()} className="font-semibold underline">
              Try again
            </button>
          </div>
        ) : null}
        <div ref={bottom} />
      </div>

      <form
        onSubmit={submit}
        className="sticky bottom-0 border-t border-zinc-200 bg-zinc-50/95 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95"
      >
        <div className="flex items-end gap-2">
          <label htmlFor="chat-input" className="sr-only">
            Message Aria
          </label>
          <textarea
            id="chat-input"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault();
                send(input);
              }
            }}
            rows={1}
            maxLength={4000}
            placeholder="Message Aria…"
            className="field-sizing-content max-h-40 min-h-11 flex-1 resize-none rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base dark:border-zinc-700 dark:bg-zinc-900"
          />
          {dictation.supported ? (
            <button
              type="button"
              onClick={dictation.toggle}
              disabled={dictation.blocked}
              aria-pressed={dictation.blocked ? undefined : dictation.listening}
              aria-label={
                dictation.blocked ? "Dictation off" : dictation.listening ? "Stop dictation" : "Dictate a message"
              }
              aria-describedby={dictation.blocked ? "microphone-blocked" : undefined}
              className="inline-flex size-11 items-center justify-center rounded-xl border border-zinc-300 disabled:cursor-not-allowed disabled:border-dashed disabled:text-zinc-400 dark:border-zinc-700 dark:disabled:text-zinc-500"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className={`size-5 ${dictation.listening ? "text-red-600" : ""}`}
                fill="currentColor"
              >
                <path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1a7 7 0 0 0 6-6.9z" />
                {dictation.blocked ? <path d="M3.3 2 22 20.7 20.7 22 2 3.3z" /> : null}
              </svg>
            </button>
          ) : null}
          {busy ? (
            <button
              type="button"
              onClick={() => stop()}
              className="h-11 rounded-xl bg-zinc-800 px-4 text-sm font-semibold text-white"
            >
              Stop
            </button>
          ) : (
            <button
              type="submit"
              disabled={input.trim() === ""}
              className="h-11 rounded-xl bg-track-500 px-4 text-sm font-semibold text-white hover:bg-track-600 disabled:opacity-60"
            >
              Send
            </button>
          )}
        </div>
        {dictation.supported && dictation.blocked ? (
          <p id="microphone-blocked" className="mt-2 text-xs font-medium text-amber-800 dark:text-amber-300">
            Microphone blocked — allow it in your browser's site settings
          </p>
        ) : null}
        {canSpeak ? (
          <label className="mt-2 flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            <input type="checkbox" checked={readAloud} onChange={(event) => setReadAloud(event.target.checked)} />
            Read Aria's replies aloud
          </label>
        ) : null}
      </form>
    </div>
  );
}
