import { z } from "zod";
import { MEALS } from "@/lib/core/domain";
import { enumField, integerField, loggedDateField, numberField, textField } from "@/lib/core/validation";

/** A meal or drink log. Every amount is optional, but a log says something: a description or at least one amount. */

const NUTRITION_AMOUNTS = ["kcal", "protein_g", "carbs_g", "fat_g", "hydration_ml"] as const;

export const nutritionInput = z
  .object({
    date: loggedDateField,
    meal: enumField(MEALS),
    description: textField(500).nullable().optional(),
    kcal: integerField(0, 10_000).nullable().optional(),
    protein_g: numberField(0, 1_000).nullable().optional(),
    carbs_g: numberField(0, 2_000).nullable().optional(),
    fat_g: numberField(0, 1_000).nullable().optional(),
    hydration_ml: integerField(0, 20_000).nullable().optional(),
  })
  .refine((log) => log.description != null || NUTRITION_AMOUNTS.some((field) => log[field] != null), {
    message: "is required when no amount (kcal, protein_g, carbs_g, fat_g, hydration_ml) is given",
    path: ["description"],
  });
export type NutritionInput = z.infer<typeof nutritionInput>;
