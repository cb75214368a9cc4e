import { athletesOnly, type MatrixRow } from "@/scripts/test/authorization";

const csv = "date,type,duration_min,rpe\n2026-11-20,tempo,40,5\n";

export const rows: MatrixRow[] = [
  { method: "GET", path: "export/[kind]", params: () => ({ kind: "sessions" }), expect: athletesOnly(200) },
  {
    method: "POST",
    path: "import/[kind]/preview",
    params: () => ({ kind: "sessions" }),
    body: () => ({ csv }),
    expect: athletesOnly(200),
  },
  {
    method: "POST",
    path: "import/[kind]",
    params: () => ({ kind: "sessions" }),
    body: () => ({ csv }),
    expect: athletesOnly(201),
  },
];
