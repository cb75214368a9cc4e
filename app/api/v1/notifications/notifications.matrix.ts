import { type MatrixRow, signedIn } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  { method: "GET", path: "notifications", expect: signedIn(200) },
  { method: "POST", path: "notifications/read", body: () => ({}), expect: signedIn(200) },
];
