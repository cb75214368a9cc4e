import type { Meal } from "@/lib/core/domain";

export const MEAL_LABELS: Record<Meal, string> = {
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snack: "Snack",
  pre_training: "Pre-training",
  post_training: "Post-training",
};
