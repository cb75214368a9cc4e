import { z } from "zod";
import { SCALES } from "@/lib/core/domain";

/** A day's wellness log as the API answers it (`toWellnessDto`). */

const hooperItem = () => z.int().min(SCALES.hooperItem.min).max(SCALES.hooperItem.max);

export const wellnessResponse = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    sleep: hooperItem(),
    stress: hooperItem(),
    fatigue: hooperItem(),
    soreness: hooperItem(),
    notes: z.string().nullable(),
    hooper_index: z.int().meta({ description: "Sleep + stress + fatigue + soreness: 4 (best) to 28." }),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "WellnessLog",
    examples: [
      {
        id: "c9b1e4f2-7a36-4d0e-8b52-1f3a6d9c2e84",
        date: "2026-03-13",
        sleep: 3,
        stress: 3,
        fatigue: 2,
        soreness: 3,
        notes: "Back of the thigh still tight",
        hooper_index: 11,
        created_at: "2026-03-13T11:02:31.000Z",
      },
    ],
  });
export type WellnessResponse = z.infer<typeof wellnessResponse>;
