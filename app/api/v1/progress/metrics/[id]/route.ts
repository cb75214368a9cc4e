import { apiRoute, noContent } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { updateMetricInput } from "@/lib/progress/schemas";
import { deleteMetric, updateMetric } from "@/lib/progress/service";

export const PATCH = apiRoute<{ id: string }>(
  "progress.metrics.update",
  async ({ request, params, db, principal }) => {
    const patch = await readJson(request, updateMetricInput);
    return Response.json({ metric: await updateMetric(db, principal, params.id, patch) });
  },
  { role: "athlete" },
);

export const DELETE = apiRoute<{ id: string }>(
  "progress.metrics.delete",
  async ({ params, db, principal }) => {
    await deleteMetric(db, principal.userId, params.id);
    return noContent();
  },
  { role: "athlete" },
);
