import { z } from "zod";
import { type CheckInType, SCALES } from "@/lib/core/domain";
import { expecting, integerField, textField, uuidField } from "@/lib/core/validation";

/** Answers to each kind of check-in (PRODUCT 4.5), shared by the notification form and Aria's chat tool. */

const note = () => textField(1_000).nullable().optional();
const answer = (example: string) => ({ error: `must be an answer such as ${example}` });

export const checkInResponses = {
  morning_motivation: z.object(
    { mood: integerField(SCALES.mood.min, SCALES.mood.max), note: note() },
    answer('{"mood": 4}'),
  ),
  recovery_check: z.object(
    {
      soreness: integerField(SCALES.hooperItem.min, SCALES.hooperItem.max),
      ready_to_train: z.boolean(expecting("must be true or false")),
      note: note(),
    },
    answer('{"soreness": 3, "ready_to_train": true}'),
  ),
  weekly_review: z.object(
    { rating: integerField(SCALES.mood.min, SCALES.mood.max), highlight: note(), next_focus: note() },
    answer('{"rating": 4, "next_focus": "…"}'),
  ),
  injury_status: z.object(
    { pain: integerField(SCALES.pain.min, SCALES.pain.max), note: note() },
    answer('{"pain": 2}'),
  ),
} satisfies Record<CheckInType, z.ZodType>;

const MAX_READ_IDS = 500;

/** Marks the notifications given as read, or all of them when `ids` is omitted. */
export const markReadInput = z.object(
  {
    ids: z
      .array(uuidField, { error: "must be a list of notification ids" })
      .max(MAX_READ_IDS, `must have at most ${MAX_READ_IDS} ids`)
      .optional(),
  },
  { error: 'must be a JSON object such as {} or {"ids": [...]}' },
);
export type MarkReadInput = z.infer<typeof markReadInput>;
