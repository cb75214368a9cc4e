import { list } from "@/lib/analysis/format";
import type { SprintFocus } from "@/lib/analysis/sprint-profile";
import { SPRINT_PROFILE_HOW_TO } from "@/lib/aria/context-types";
import { type Ctx, firstName, NO_DATA } from "./phrasing";

/**
 * "How is my acceleration?", "what should I work on, speed or acceleration?": the engine's reading of the athlete's
 * sprint profiles in its own words (never re-judged here), the focus with its reason, and drills that train it.
 */

const FOCUS_LABEL: Readonly<Record<SprintFocus, string>> = {
  acceleration: "acceleration",
  top_speed: "top speed",
  both: "acceleration and top speed alike",
};

export function sprintProfileAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} ${SPRINT_PROFILE_HOW_TO}`;
  const profile = ctx.sprint_profile;
  const name = firstName(ctx);
  if (!profile) {
    return `You don't have a sprint profile yet${name ? `, ${name}` : ""}. ${SPRINT_PROFILE_HOW_TO} A second one later in the season shows whether your acceleration or your top speed is moving.`;
  }
  const focus = `What to work on: ${FOCUS_LABEL[profile.focus]} — ${profile.focus_reason}.`;
  const drills =
    profile.drills_held_back_for.length > 0
      ? `No sprint drills while your ${list(profile.drills_held_back_for)} ${profile.drills_held_back_for.length === 1 ? "is" : "are"} active: ask me "can I sprint today?" before any fast running.`
      : profile.drills.length > 0
        ? `Drills for it: ${list(profile.drills.map((d) => d.name))}. The steps are on the Drills page.`
        : "";
  return [profile.summary, focus, drills].filter(Boolean).join("\n\n");
}
