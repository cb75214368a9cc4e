import { type MatrixRow, signedIn } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  { method: "GET", path: "mental/exercises", expect: signedIn(200) },
  {
    method: "GET",
    path: "mental/exercises/[slug]",
    params: () => ({ slug: "box-breathing" }),
    expect: signedIn(200),
  },
];
