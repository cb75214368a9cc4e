import { type MatrixRow, subjectRead } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  {
    method: "GET",
    path: "achievements/[user_id]",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
];
