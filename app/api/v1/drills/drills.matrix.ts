import { type MatrixRow, signedIn, subjectRead } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  { method: "GET", path: "drills", query: { q: "skip" }, expect: signedIn(200) },
  { method: "GET", path: "drills/[slug]", params: () => ({ slug: "a-skip" }), expect: signedIn(200) },
  {
    method: "GET",
    path: "drills/recommended/[user_id]",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
];
