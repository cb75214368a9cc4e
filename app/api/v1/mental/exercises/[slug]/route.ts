import { getMentalExercise } from "@/lib/content/mental";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ slug: string }>("mental.exercises.get", async ({ params, db }) =>
  Response.json({ exercise: await getMentalExercise(db, params.slug) }),
);
