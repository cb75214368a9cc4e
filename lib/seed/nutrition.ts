import { roundTo } from "@/lib/analysis/sprint";
import type { Meal } from "@/lib/core/domain";
import type { SeededRandom } from "@/lib/core/random";

/** A day of meals for an athlete who logs nutrition: more fuel around training, portions scaled to the athlete. */

/** Days of nutrition logs, ending today. */
export const NUTRITION_DAYS = 14;

/** Grams of protein, carbohydrate and fat and millilitres drunk per meal at scale 1; kcal follow from the macros. */
const MEAL_SPECS: Record<
  Meal,
  { options: readonly string[]; p: number; c: number; f: number; ml: number; hh: number }
> = {
  breakfast: {
    options: [
      "Porridge with banana, honey and Greek yoghurt",
      "Eggs on sourdough with avocado",
      "Overnight oats with berries and whey",
    ],
    p: 32,
    c: 95,
    f: 14,
    ml: 500,
    hh: 8,
  },
  lunch: {
    options: ["Chicken rice bowl with vegetables", "Tuna pasta salad", "Turkey wrap, lentil soup and fruit"],
    p: 48,
    c: 95,
    f: 22,
    ml: 600,
    hh: 13,
  },
  dinner: {
    options: ["Salmon, sweet potato and greens", "Beef stir-fry with noodles", "Chickpea and chicken curry with rice"],
    p: 50,
    c: 80,
    f: 30,
    ml: 600,
    hh: 19,
  },
  snack: {
    options: [
      "Rice cakes with peanut butter and an apple",
      "Greek yoghurt, granola and honey",
      "Trail mix and a banana",
    ],
    p: 10,
    c: 48,
    f: 13,
    ml: 400,
    hh: 16,
  },
  pre_training: {
    options: ["Toast with jam and a banana", "Energy bar and a sports drink"],
    p: 8,
    c: 65,
    f: 4,
    ml: 500,
    hh: 16,
  },
  post_training: {
    options: ["Chocolate milk and a bagel", "Recovery shake and a banana"],
    p: 28,
    c: 75,
    f: 8,
    ml: 700,
    hh: 16,
  },
};

const TRAINING_DAY: readonly Meal[] = ["breakfast", "lunch", "pre_training", "post_training", "dinner"];
const REST_DAY: readonly Meal[] = ["breakfast", "lunch", "snack", "dinner"];

const KCAL_PER_G = { protein: 4, carbs: 4, fat: 9 } as const;

export interface MealEntry {
  meal: Meal;
  description: string;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  hydrationMl: number;
  /** Local hour it was logged. */
  hh: number;
}

export function dayOfMeals(scale: number, trained: boolean, random: SeededRandom): MealEntry[] {
  return (trained ? TRAINING_DAY : REST_DAY).map((meal) => {
    const spec = MEAL_SPECS[meal];
    const f = scale * (0.92 + random.float() * 0.16);
    const proteinG = roundTo(spec.p * f, 0);
    const carbsG = roundTo(spec.c * f, 0);
    const fatG = roundTo(spec.f * f, 0);
    const description = random.pick(spec.options);
    return {
      meal,
      description,
      kcal: Math.round(KCAL_PER_G.protein * proteinG + KCAL_PER_G.carbs * carbsG + KCAL_PER_G.fat * fatG),
      proteinG,
      carbsG,
      fatG,
      hydrationMl: Math.round((spec.ml * (0.85 + random.float() * 0.3)) / 50) * 50,
      hh: spec.hh,
    };
  });
}
