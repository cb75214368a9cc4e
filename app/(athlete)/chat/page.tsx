import { randomUUID } from "node:crypto";
import type { UIMessage } from "ai";
import type { Metadata } from "next";
import Link from "next/link";
import { Chat } from "@/components/chat/chat";
import { buttonClass } from "@/components/ui/button";
import { buildAthleteContext } from "@/lib/aria/context";
import { listConversations, messagesOf } from "@/lib/aria/memory";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/core/dates";
import { uuidField } from "@/lib/core/validation";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Chat with Aria" };

export default async function ChatPage({ searchParams }: { searchParams: Promise<{ session?: string }> }) {
  const user = await requireUser("athlete");
  const db = await getDb();
  const { session } = await searchParams;
  const conversations = await listConversations(db, user.id);
  // The conversation in the URL (a new one gets its id there first), else the latest, else a fresh one.
  const sessionId =
    session && uuidField.safeParse(session).success ? session : (conversations[0]?.session_id ?? randomUUID());
  const known = conversations.some((c) => c.session_id === sessionId);
  const [stored, context] = await Promise.all([
    known ? messagesOf(db, user.id, sessionId) : Promise.resolve([]),
    buildAthleteContext(db, user.id),
  ]);
  const initialMessages: UIMessage[] = stored.map((m, index) => ({
    id: `${sessionId}-${index}`,
    role: m.role === "system" ? "assistant" : m.role,
    parts: [{ type: "text", text: m.content }],
  }));

  // First questions built from the athlete's own data.
  const injury = context.injuries[0];
  const goal = context.goals[0];
  const suggestions = [
    "How was my training this week?",
    injury ? `Can I sprint with my ${injury.body_part.toLowerCase()}?` : "Am I training too much?",
    goal ? `How close am I to “${goal.title}”?` : "What are my personal bests?",
    context.coach_notes.length > 0 ? "What did my coach say?" : "What drills should I do this week?",
    context.next_competition ? `I'm nervous about ${context.next_competition.title}` : "What does ACWR mean?",
  ];

  const list =
    conversations.length > 0 ? (
      <aside aria-label="Conversations" className="min-w-0">
        <ul className="flex gap-2 overflow-x-auto lg:block lg:space-y-1">
          {conversations.map((c) => (
            <li key={c.session_id} className="shrink-0">
              <Link
                href={`/chat?session=${c.session_id}`}
                aria-current={c.session_id === sessionId ? "page" : undefined}
                className={`block rounded-lg px-3 py-2 text-sm ${
                  c.session_id === sessionId
                    ? "bg-track-50 font-medium text-track-800 dark:bg-track-900/30 dark:text-track-200"
                    : "hover:bg-zinc-100 dark:hover:bg-zinc-800"
                }`}
              >
                <span className="block max-w-48 truncate">{c.title}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {formatDate(c.updated_at, { timeZone: user.timezone })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </aside>
    ) : null;

  // The title and "New conversation" share a row; earlier conversations run beside the chat on a wide screen and
  // as a strip of chips above it on a phone.
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Aria</h1>
        <Link href={`/chat?session=${randomUUID()}`} className={buttonClass("secondary", "shrink-0")}>
          New conversation
        </Link>
      </div>
      <div className={list ? "grid gap-6 lg:grid-cols-[14rem_1fr]" : undefined}>
        {list}
        <section aria-label="Chat" className="min-w-0">
          <Chat
            key={sessionId}
            sessionId={sessionId}
            initialMessages={initialMessages}
            suggestions={suggestions}
            athleteName={user.name}
          />
        </section>
      </div>
    </div>
  );
}
