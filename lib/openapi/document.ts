import { createDocument } from "zod-openapi";
import { accounts } from "./areas/accounts";
import { analyses } from "./areas/analyses";
import { aria } from "./areas/aria";
import { calendar } from "./areas/calendar";
import { coaching } from "./areas/coaching";
import { data } from "./areas/data";
import { goals } from "./areas/goals";
import { injuries } from "./areas/injuries";
import { library } from "./areas/library";
import { notifications } from "./areas/notifications";
import { nutrition } from "./areas/nutrition";
import { operations } from "./areas/operations";
import { plans } from "./areas/plans";
import { progress } from "./areas/progress";
import { sessions } from "./areas/sessions";
import { sprintProfiles } from "./areas/sprint-profiles";
import { wellnessArea } from "./areas/wellness";
import type { Area } from "./operation";

/**
 * The OpenAPI 3.1 document of /api/v1, built by zod-openapi from each area's operations: the request schemas the
 * routes parse and the response schemas beside the services' DTO mappers. `GET /api/v1/openapi.json` serves it.
 */

/** In the order a reader meets them: an account first, then the athlete's data, then what Aria makes of it. */
const AREAS: readonly Area[] = [
  accounts,
  sessions,
  progress,
  sprintProfiles,
  goals,
  injuries,
  wellnessArea,
  calendar,
  plans,
  nutrition,
  library,
  notifications,
  analyses,
  aria,
  coaching,
  data,
  operations,
];

/** Every operation's zod description by path, for the document and for the contract tests. */
export const API_PATHS = Object.assign({}, ...AREAS.map((a) => a.paths)) as Area["paths"];

const DESCRIPTION = `Aria is an AI companion for sprinters and their coaches. This is the whole of its HTTP API: JSON in and out,
snake_case fields, ISO dates (\`YYYY-MM-DD\`) and UTC timestamps (\`…Z\`).

**Authentication.** A program sends \`Authorization: Bearer <token>\`; \`POST /api/v1/auth/token\` trades an e-mail and
password for a token (90 days; list and revoke tokens in Settings). The browser uses its session cookie. \`{user_id}\`
may be \`me\`: an athlete reaches only their own data, a coach also reads their linked athletes'; anything else is 403,
signed out is 401.

**Errors** share one shape, \`{"error": {"code", "message", "fields"}}\` (the \`Error\` schema), and every response
carries an \`x-request-id\`.`;

let built: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  built ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Aria API",
      version: "1",
      description: DESCRIPTION,
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: "/", description: "This Aria server" }],
    tags: AREAS.map((a) => a.tag),
    paths: API_PATHS,
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "aria_…",
          description: "An API token from `POST /api/v1/auth/token` or Settings → API tokens.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser's Auth.js session (`__Secure-authjs.session-token` over HTTPS).",
        },
      },
    },
  });
  return built;
}
