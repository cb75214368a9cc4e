import { randomUUID } from "node:crypto";
import { createApiToken } from "@/lib/auth/tokens";
import { TEST_PASSWORD } from "@/scripts/test/accounts";
import { all, type MatrixRow, signedIn } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  {
    method: "POST",
    path: "auth/register",
    body: () => ({ email: `new-${randomUUID()}@test.example`, password: TEST_PASSWORD, name: "New", role: "athlete" }),
    expect: all(201),
  },
  {
    method: "POST",
    path: "auth/token",
    body: (w) => ({ email: w.athlete.email, password: TEST_PASSWORD }),
    expect: all(201),
  },
  { method: "GET", path: "me", expect: signedIn(200) },
  { method: "PUT", path: "me/profile", body: () => ({ timezone: "Europe/Paris" }), expect: signedIn(200) },
  { method: "GET", path: "me/tokens", expect: signedIn(200) },
  { method: "POST", path: "me/tokens", auth: "session", body: () => ({ name: "matrix" }), expect: signedIn(201) },
  {
    method: "DELETE",
    path: "me/tokens/[id]",
    auth: "session",
    params: async (w) => ({ id: (await createApiToken(w.db, w.athlete.id, "to revoke")).id }),
    expect: { signedOut: 401, athlete: 204, otherAthlete: 404, linkedCoach: 404, unlinkedCoach: 404 },
  },
];
