import { all, type MatrixRow } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [{ method: "GET", path: "openapi.json", expect: all(200) }];
