import { type MatrixRow, signedIn } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [{ method: "GET", path: "cache/stats", expect: signedIn(200) }];
