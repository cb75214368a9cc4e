import { z } from "zod";
import { joinWithInvite } from "@/lib/coach/links";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

const joinInput = z.object({
  code: z.string({ error: "is required" }).trim().min(1, "is required").max(20, "is not a valid invite code"),
});

export const POST = apiRoute(
  "coach.join",
  async ({ request, db, principal }) => {
    const { code } = await readJson(request, joinInput);
    return Response.json(await joinWithInvite(db, principal.userId, code));
  },
  { role: "athlete" },
);
