import { z } from "zod";
import { coachNoteInput } from "@/lib/coach/note-input";
import {
  coachNoteResponse,
  inviteListResponse,
  inviteResponse,
  joinResponse,
  linkedCoachResponse,
  squadAthleteResponse,
} from "@/lib/coach/responses";
import { ROSTER_FILTERS, ROSTER_SORTS, rosterQuery } from "@/lib/coach/roster-view";
import { area, idPath, json, noContent, operation } from "@/lib/openapi/operation";

/** The body of `POST /api/v1/coach/join`, as its route parses it. */
const joinInput = z.object({
  code: z
    .string()
    .min(1)
    .max(20)
    .meta({ examples: ["K7QM-4XRT"] }),
});

/** "`triage` (Triage), `name` (Name)": a choice of the roster with its label. */
const describe = (choices: Record<string, string>) =>
  Object.entries(choices)
    .map(([value, label]) => `\`${value}\` (${label})`)
    .join(", ");

const athletePath = z.object({ id: z.uuid().meta({ description: "The linked athlete's user id." }) });

export const coaching = area(
  {
    name: "Coaching",
    description:
      "Invite codes and links between coaches and athletes, the coach's squad as a triage queue, and coach notes.",
  },
  {
    "/api/v1/coach/invites": {
      get: operation({
        id: "coach.invites.list",
        summary: "List live invite codes",
        access: "coach",
        responses: { 200: json("Codes neither expired nor revoked, newest first.", inviteListResponse) },
      }),
      post: operation({
        id: "coach.invites.create",
        summary: "Create an invite code",
        description: "A code any athlete may join the squad with for 7 days.",
        access: "coach",
        responses: { 201: json("The new code.", inviteResponse) },
      }),
    },
    "/api/v1/coach/invites/{code}": {
      delete: operation({
        id: "coach.invites.revoke",
        summary: "Revoke an invite code",
        access: "coach",
        path: z.object({ code: z.string().meta({ description: "The code, with or without its dash." }) }),
        responses: { 204: noContent("Revoked; athletes already linked stay linked.") },
        errors: [404],
      }),
    },
    "/api/v1/coach/join": {
      post: operation({
        id: "coach.join",
        summary: "Join a coach with an invite code",
        description:
          "Links the athlete to the code's coach; joining twice is harmless. An unknown or expired code is a 400.",
        access: "athlete",
        body: joinInput,
        example: { code: "K7QM-4XRT" },
        responses: { 200: json("The coach now linked.", joinResponse) },
      }),
    },
    "/api/v1/coach/athletes": {
      get: operation({
        id: "coach.athletes.list",
        summary: "The squad as a triage queue",
        description:
          "Critical warnings first, then high ones, then the ACWR furthest from the sweet spot, then the longest " +
          "without a session; computed from current data, the same rows the coach's roster page shows. " +
          `\`sort\`: ${describe(ROSTER_SORTS)}. \`filter\`: ${describe(ROSTER_FILTERS)}. \`q\` keeps the ` +
          "athletes whose name contains it. Other sorts keep the triage order among equals; athletes without the " +
          "figure sorted on come last, and a stale wellness score after every fresh one. An unknown value is a 400.",
        access: "coach",
        query: rosterQuery,
        responses: {
          200: json(
            "The linked athletes, in triage order unless `sort` says otherwise.",
            z.object({ athletes: z.array(squadAthleteResponse) }),
          ),
        },
      }),
    },
    "/api/v1/coach/athletes/{id}": {
      delete: operation({
        id: "coach.athletes.unlink",
        summary: "Unlink an athlete",
        access: "coach",
        path: athletePath,
        responses: { 204: noContent("Unlinked: the coach no longer reads the athlete's data.") },
        errors: [404],
      }),
    },
    "/api/v1/coach/athletes/{id}/notes": {
      get: operation({
        id: "coach.notes.list",
        summary: "Notes left for a linked athlete",
        description: "The notes this coach wrote for the athlete, newest first; an athlete not linked is a 404.",
        access: "coach",
        path: athletePath,
        responses: { 200: json("The coach's notes.", z.object({ notes: z.array(coachNoteResponse) })) },
        errors: [404],
      }),
      post: operation({
        id: "coach.notes.create",
        summary: "Leave a note on a session, a suggestion or the athlete",
        description:
          "A note is on one of the athlete's sessions or suggestions (`target_type` and its `target_id`), or a " +
          'general note about the athlete: `{"target_type": "athlete", "body": "…"}`, with no `target_id`. The ' +
          "athlete sees it on their dashboard and in their notifications.",
        access: "coach",
        path: athletePath,
        body: coachNoteInput,
        example: {
          target_type: "session",
          target_id: "3d5c8f0a-61b2-4e7d-8a93-2f4c6b1e0d57",
          body: "Good call stopping. No sprinting until the physio has seen it.",
        },
        responses: { 201: json("The note.", z.object({ note: coachNoteResponse })) },
        errors: [404],
      }),
    },
    "/api/v1/coach/athletes/{id}/notes/{note_id}": {
      delete: operation({
        id: "coach.notes.delete",
        summary: "Take back a note",
        access: "coach",
        path: athletePath.extend({ note_id: z.uuid().meta({ description: "The note's id." }) }),
        responses: { 204: noContent("Deleted, with its notification.") },
        errors: [404],
      }),
    },
    "/api/v1/me/coaches": {
      get: operation({
        id: "me.coaches.list",
        summary: "The athlete's coaches",
        access: "athlete",
        responses: { 200: json("The linked coaches by name.", z.object({ coaches: z.array(linkedCoachResponse) })) },
      }),
    },
    "/api/v1/me/coaches/{id}": {
      delete: operation({
        id: "me.coaches.unlink",
        summary: "Leave a coach",
        access: "athlete",
        path: idPath("coach"),
        responses: { 204: noContent("Unlinked: the coach no longer reads the athlete's data.") },
        errors: [404],
      }),
    },
    "/api/v1/me/coach-notes": {
      get: operation({
        id: "me.coach_notes.list",
        summary: "Notes the athlete's coaches left",
        access: "athlete",
        responses: { 200: json("The latest 20 notes, newest first.", z.object({ notes: z.array(coachNoteResponse) })) },
      }),
    },
  },
);
