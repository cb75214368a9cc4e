import { cachedMentalExercises } from "@/lib/content/mental";
import { mentalExercisesQuery } from "@/lib/content/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";

export const GET = apiRoute("mental.exercises.list", async ({ request, db }) => {
  const { type } = readQuery(request, mentalExercisesQuery);
  return Response.json(await cachedMentalExercises(db, type));
});
