import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { trackMetricInput } from "@/lib/progress/schemas";
import { trackMetric } from "@/lib/progress/service";

export const POST = apiRoute(
  "progress.track",
  async ({ request, db, principal }) => {
    const input = await readJson(request, trackMetricInput);
    return created({ metric: await trackMetric(db, principal, input) });
  },
  { role: "athlete" },
);
