import { z } from "zod";
import { errors } from "@/lib/core/errors";
import { enumField, uuidField } from "@/lib/core/validation";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { setSuggestionStatus, toSuggestionDto } from "@/lib/insights/suggestions";

const statusInput = z.object({ status: enumField(["dismissed", "done"] as const) });

export const PATCH = apiRoute<{ id: string }>(
  "suggestions.update",
  async ({ request, params, db, principal }) => {
    const { status } = await readJson(request, statusInput);
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("suggestion");
    const row = await setSuggestionStatus(db, principal.userId, params.id, status);
    if (!row) throw errors.notFound("open suggestion");
    return Response.json({ suggestion: toSuggestionDto(row) });
  },
  { role: "athlete" },
);
