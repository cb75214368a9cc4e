import { z } from "zod";
import { MEALS } from "@/lib/core/domain";

/** Nutrition logs and day totals as the API answers them (`toNutritionDto`, `listNutrition`). */

export const nutritionLogResponse = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    meal: z.enum(MEALS),
    description: z.string().nullable(),
    kcal: z.int().nullable(),
    protein_g: z.number().nullable(),
    carbs_g: z.number().nullable(),
    fat_g: z.number().nullable(),
    hydration_ml: z.int().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "NutritionLog",
    examples: [
      {
        id: "0a7e3c51-2d84-4b6f-9e1a-5c8d3f2b7e40",
        date: "2026-03-10",
        meal: "post_training",
        description: "Chocolate milk and a banana",
        kcal: 420,
        protein_g: 18,
        carbs_g: 68,
        fat_g: 8.5,
        hydration_ml: 500,
        created_at: "2026-03-10T20:05:44.000Z",
      },
    ],
  });
export type NutritionLogResponse = z.infer<typeof nutritionLogResponse>;

const nutritionDayResponse = z
  .object({
    date: z.iso.date(),
    kcal: z.int().nullable(),
    protein_g: z.number().nullable(),
    carbs_g: z.number().nullable(),
    fat_g: z.number().nullable(),
    hydration_ml: z.int().nullable(),
  })
  .meta({
    id: "NutritionDayTotals",
    description: "One day's totals; an amount nobody recorded that day is null rather than 0.",
    examples: [{ date: "2026-03-10", kcal: 2940, protein_g: 162, carbs_g: 371.5, fat_g: 88, hydration_ml: 3250 }],
  });

/** `GET /api/v1/nutrition`. */
export const nutritionListResponse = z.object({
  logs: z.array(nutritionLogResponse),
  days: z.array(nutritionDayResponse),
});
