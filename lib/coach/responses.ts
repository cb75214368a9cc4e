import { z } from "zod";
import { INJURY_SIDES, PRIORITIES, SUGGESTION_TYPES } from "@/lib/core/domain";
import { NOTE_TARGET_TYPES } from "./note-input";
import { WELLNESS_STALE_DAYS } from "./roster-view";

/** Coach links, the squad roster and coach notes as the API answers them (links.ts, roster.ts, notes.ts). */

export const inviteResponse = z
  .object({
    code: z.string().meta({ description: "Eight characters in two groups, read aloud at the track." }),
    expires_at: z.iso.datetime(),
  })
  .meta({ id: "CoachInvite", examples: [{ code: "K7QM-4XRT", expires_at: "2026-03-21T15:04:11.000Z" }] });

export const inviteListResponse = z.object({
  invites: z.array(
    inviteResponse.extend({
      created_at: z.iso.datetime(),
      last_used_at: z.iso.datetime().nullable(),
    }),
  ),
});

export const joinResponse = z.object({
  coach: z.object({ id: z.uuid(), name: z.string() }),
});

export const linkedCoachResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.email(),
    since: z.iso.datetime(),
  })
  .meta({
    id: "LinkedCoach",
    examples: [
      {
        id: "2f8b4d6a-9c13-4e57-b2a0-6d1e8c3f7b49",
        name: "Maya Okafor",
        email: "coach@aria.example",
        since: "2025-09-01T16:00:00.000Z",
      },
    ],
  });

/** Planned against done over a window; `ratio` is done ÷ planned, null when nothing was planned. */
const complianceFigures = z.object({
  planned: z.int().min(0),
  done: z.int().min(0),
  ratio: z.number().min(0).max(1).nullable(),
});

export const squadAthleteResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    timezone: z.string().meta({ description: "The athlete's IANA zone: their dates are calendar days there." }),
    as_of: z.iso.date().meta({ description: "Today in the athlete's zone." }),
    last_session_date: z.iso.date().nullable(),
    days_since_last_session: z.int().nullable(),
    acwr: z.number().nullable(),
    acwr_zone: z.enum(["low", "sweet_spot", "elevated", "danger"]).nullable(),
    today: z
      .object({ verdict: z.enum(["go", "modify", "rest"]), headline: z.string() })
      .nullable()
      .meta({ description: "Today's readiness verdict (PRODUCT 4.8), as the athlete's dashboard shows it." }),
    compliance_7d: complianceFigures.meta({
      description: "Planned sessions of the last 7 days (today's once done) and how many were done (PRODUCT 4.10).",
    }),
    compliance_28d: complianceFigures.meta({
      description: "The same over the last 28 days: whether a gap this week is a habit or a one-off.",
    }),
    active_injuries: z.int().min(0).meta({ description: "How many of `injuries` are active (not recovering)." }),
    injuries: z
      .array(
        z.object({
          id: z.uuid(),
          status: z.enum(["active", "recovering"]),
          body_part: z.string(),
          side: z.enum(INJURY_SIDES),
          latest_pain: z.int().nullable().meta({ description: "The latest pain log, 0–10." }),
          latest_pain_date: z.iso.date().nullable(),
        }),
      )
      .meta({ description: "Active injuries first, then recovering ones; resolved ones are left out." }),
    latest_wellness: z
      .object({
        date: z.iso.date(),
        hooper: z.int().meta({ description: "Hooper index, 4–28: higher is worse." }),
        days_ago: z.int().min(0),
        stale: z.boolean().meta({
          description: `Logged more than ${WELLNESS_STALE_DAYS} days before the athlete's today: how they were, not are.`,
        }),
      })
      .nullable(),
    next_competition: z.object({ title: z.string(), starts_at: z.iso.datetime() }).nullable(),
    flags: z.array(z.object({ type: z.enum(SUGGESTION_TYPES), priority: z.enum(PRIORITIES), title: z.string() })),
    reason: z.string().meta({ description: "Why the athlete sits where they do in the queue." }),
  })
  .meta({
    id: "SquadAthlete",
    description: "One athlete of the coach's triage queue.",
    examples: [
      {
        id: "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35",
        name: "Jordan Reyes",
        timezone: "America/Chicago",
        as_of: "2026-03-14",
        last_session_date: "2026-03-13",
        days_since_last_session: 1,
        acwr: 1.12,
        acwr_zone: "sweet_spot",
        today: { verdict: "rest", headline: "Rest today." },
        compliance_7d: { planned: 6, done: 5, ratio: 0.83 },
        compliance_28d: { planned: 22, done: 19, ratio: 0.86 },
        active_injuries: 1,
        injuries: [
          {
            id: "8b2e4f61-7c3a-4d95-a1e8-5f0c2b7d9a43",
            status: "active",
            body_part: "hamstring",
            side: "right",
            latest_pain: 6,
            latest_pain_date: "2026-03-13",
          },
        ],
        latest_wellness: { date: "2026-03-14", hooper: 11, days_ago: 0, stale: false },
        next_competition: { title: "State Championships 100 m", starts_at: "2026-04-18T00:00:00.000Z" },
        flags: [
          { type: "injury_warning", priority: "critical", title: "Training on an active injury" },
          { type: "pain_high", priority: "high", title: "Pain above 5/10" },
        ],
        reason: "Critical: Training on an active injury",
      },
    ],
  });

export const coachNoteResponse = z
  .object({
    id: z.uuid(),
    coach: z.object({ id: z.uuid(), name: z.string() }),
    athlete_id: z.uuid(),
    target_type: z
      .enum(NOTE_TARGET_TYPES)
      .meta({ description: '"athlete" is a general note about the athlete, not about one session or suggestion.' }),
    target_id: z.uuid().nullable().meta({ description: "The session's or suggestion's id; null for a general note." }),
    target_label: z
      .string()
      .meta({ description: 'What the note is about, in words; "General note" for a general note.' }),
    body: z.string(),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "CoachNote",
    examples: [
      {
        id: "9a4c1e7f-5b28-4d63-8f10-2c7e5a9b3d86",
        coach: { id: "2f8b4d6a-9c13-4e57-b2a0-6d1e8c3f7b49", name: "Maya Okafor" },
        athlete_id: "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35",
        target_type: "session",
        target_id: "3d5c8f0a-61b2-4e7d-8a93-2f4c6b1e0d57",
        target_label: "Max velocity on Mon 9 Mar · 40 min at RPE 7",
        body: "Good call stopping. No sprinting until the physio has seen it.",
        created_at: "2026-03-09T22:03:51.000Z",
      },
      {
        id: "c81e4b2d-7f30-4a95-b6d2-1e9a3c5f8b07",
        coach: { id: "2f8b4d6a-9c13-4e57-b2a0-6d1e8c3f7b49", name: "Maya Okafor" },
        athlete_id: "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35",
        target_type: "athlete",
        target_id: null,
        target_label: "General note",
        body: "Proud of how you handled this block. Sleep is the next thing to win.",
        created_at: "2026-03-14T19:40:12.000Z",
      },
    ],
  });
