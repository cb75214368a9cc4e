import { num, typeLabel } from "@/lib/analysis/format";
import { acwrZone, sessionLoad } from "@/lib/analysis/load";
import { HIGH_RPE } from "@/lib/analysis/thresholds";
import type { LogSessionArgs } from "@/lib/aria/context-types";
import { DURATION_MAX, DURATION_MIN, type MissingField, RPE_MAX, RPE_MIN } from "@/lib/aria/local/parse-session";
import { withArticle } from "@/lib/core/words";
import { type Ctx, describeAcwr, firstName, injuryName, safeDay, sentence } from "./phrasing";

const ASK_OPENER = "I'd love to log that session";
const CONFIRM_QUESTION = "Log it anyway?";
const OFF_SCALE = `isn't on the ${RPE_MIN}–${RPE_MAX} scale`;
const OUT_OF_RANGE = "outside what I can log";
const RPE_SCALE = `RPE ${RPE_MIN}–${RPE_MAX}`;

/**
 * Whether a reply of aria-local asked for a session's missing details, so that the next message completes the
 * earlier description. It reads the same phrases `askMissingAnswer` writes, so rewording one cannot break the other.
 */
export function askedForDetails(reply: string): boolean {
  return [ASK_OPENER, OFF_SCALE, OUT_OF_RANGE].some((phrase) => reply.includes(phrase));
}

/** Whether a reply of aria-local asked to confirm a hard sprint session on an injury (see `confirmHardSprintAnswer`). */
export function askedToConfirm(reply: string): boolean {
  return reply.includes(CONFIRM_QUESTION);
}

/**
 * Before logging a hard sprint session on an active lower-body injury: say so, and ask. The next message decides
 * (yes logs it, no logs nothing, anything else is read afresh).
 */
export function confirmHardSprintAnswer(args: LogSessionArgs, injury: NonNullable<Ctx>["injuries"][number]): string {
  const pain = injury.latest_pain ? ` (pain ${injury.latest_pain.level}/10)` : "";
  const kind = typeLabel(args.type).replace(/ /g, "-");
  return `That's ${withArticle(kind)} session with your ${injuryName(injury)} still active${pain}. ${CONFIRM_QUESTION} Reply yes to log it, or tell me what you actually did.`;
}

/** The athlete said no to logging it. */
export function notLoggedAnswer(ctx: Ctx): string {
  const name = firstName(ctx);
  return `OK${name ? `, ${name}` : ""} — nothing logged. Tell me what you actually did and I'll log that instead.`;
}

/** Ask for exactly what's missing: "How long was it, and how hard (RPE 1–10)?". */
export function askMissingAnswer(
  missing: MissingField[],
  invalid: { rpe?: number; duration_min?: number } = {},
): string {
  const notes: string[] = [];
  if (invalid.rpe !== undefined) notes.push(`RPE ${num(invalid.rpe)} ${OFF_SCALE}.`);
  if (invalid.duration_min !== undefined)
    notes.push(`${num(invalid.duration_min)} minutes is ${OUT_OF_RANGE} (${DURATION_MIN}–${DURATION_MAX} minutes).`);
  const asks: string[] = [];
  if (missing.includes("type"))
    asks.push("what kind of session was it (e.g. acceleration, max velocity, tempo, strength)");
  if (missing.includes("duration")) asks.push("how long was it");
  if (missing.includes("rpe")) asks.push(`how hard (${RPE_SCALE})`);
  const q =
    asks.length === 0
      ? ""
      : asks.length === 1
        ? asks[0]!
        : `${asks.slice(0, -1).join(", ")}, and ${asks[asks.length - 1]}`;
  const question = q ? `${q.charAt(0).toUpperCase()}${q.slice(1)}?` : "";
  return sentence([notes.length > 0 ? notes.join(" ") : `${ASK_OPENER} for you.`, question]);
}

function loadOf(args: LogSessionArgs): number {
  return sessionLoad({ rpe: args.rpe, durationMin: args.duration_min });
}

function sessionLine(args: LogSessionArgs): string {
  const when = args.date ? ` on ${safeDay(args.date)}` : "";
  return `${typeLabel(args.type)}, ${args.duration_min} min at RPE ${args.rpe}${when}`;
}

/** After the tool ran: confirm what was logged, its load, and one remark from the context. */
export function loggedAnswer(ctx: Ctx, args: LogSessionArgs, failure: string | null = null): string {
  if (failure) {
    return `I couldn't log that session (${sessionLine(args)}): ${failure}. You can add it on the Sessions page instead.`;
  }
  const parts = [
    `Logged: ${sessionLine(args)} — a session load of ${loadOf(args)} (RPE ${args.rpe} × ${args.duration_min} min).`,
  ];
  const activeInjury = ctx?.injuries.find((i) => i.status === "active");
  const acwr = ctx?.load.acwr ?? null;
  const zone = acwr === null ? null : (ctx?.load.zone ?? acwrZone(acwr));
  if (activeInjury && args.type !== "recovery") {
    const pain = activeInjury.latest_pain ? ` (latest pain ${activeInjury.latest_pain.level}/10)` : "";
    parts.push(
      `One thing: your ${injuryName(activeInjury)} is still active${pain}, so please keep the next sessions to recovery work that doesn't load it.`,
    );
  } else if (acwr !== null && zone !== null && zone !== "sweet_spot") {
    const advice =
      zone === "low"
        ? "build back up gradually rather than all at once."
        : "consider an easier day next to let your body absorb the work.";
    parts.push(`Before this session your ACWR was ${describeAcwr(acwr, zone)} — ${advice}`);
  } else if (args.rpe >= HIGH_RPE) {
    parts.push("That was a hard one — prioritise sleep and keep tomorrow easy.");
  } else {
    parts.push("Nice work — that fits well with your current load.");
  }
  return sentence(parts);
}

/** When the log_session tool isn't available in this conversation. */
export function logWithoutToolAnswer(args: LogSessionArgs | null): string {
  const what = args ? ` (${sessionLine(args)}, load ${loadOf(args)})` : "";
  return `I can't save sessions from this chat right now, but you can log it${what} on the Sessions page: choose "Log session", pick the type, the date, the minutes and the RPE (${RPE_MIN}–${RPE_MAX}), and save.`;
}
