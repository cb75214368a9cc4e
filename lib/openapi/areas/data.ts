import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/imports";
import { importBody } from "@/lib/imports/schemas";
import { area, body, json, operation } from "@/lib/openapi/operation";

// The import's answers are built in lib/imports/index.ts; their shapes are described here with the operations.
const importRow = z
  .object({
    line: z.int().min(2).meta({ description: "The line in the file; the header is line 1." }),
    valid: z.boolean(),
    values: z.record(z.string(), z.string()).meta({ description: "The row's cells by column, as typed." }),
    errors: z.record(z.string(), z.string()).meta({ description: "Each field at fault and what it must be." }),
  })
  .meta({
    id: "ImportRow",
    examples: [
      {
        line: 3,
        valid: false,
        values: { date: "2026-03-10", type: "sprints", duration_min: "45", rpe: "7" },
        errors: { type: "must be one of: acceleration, max_velocity, speed_endurance, …" },
      },
    ],
  });

const kindPath = z.object({
  kind: z.enum(IMPORT_KINDS).meta({ description: "`sessions` or `time-trials` (progress marks)." }),
});

export const data = area(
  {
    name: "Data",
    description:
      "The athlete's sessions and time trials as CSV: export, and an import checked row by row with the same rules " +
      "as the API.",
  },
  {
    "/api/v1/export/{kind}": {
      get: operation({
        id: "export",
        summary: "Export as CSV",
        description: "Oldest first, in the columns an import reads back. Any other kind is a 404.",
        access: "athlete",
        path: kindPath,
        responses: {
          200: body("The CSV file.", "text/csv; charset=utf-8", {
            "content-disposition": z
              .string()
              .meta({ examples: ['attachment; filename="aria-sessions-2026-03-14.csv"'] }),
          }),
        },
        errors: [404],
      }),
    },
    "/api/v1/import/{kind}/preview": {
      post: operation({
        id: "import.preview",
        summary: "Check a CSV file",
        description: "Every row checked and its problems named by line and field; nothing is stored.",
        access: "athlete",
        path: kindPath,
        body: importBody,
        example: { csv: "date,type,duration_min,rpe,notes\n2026-03-02,acceleration,75,7,Block starts 6×20 m\n" },
        responses: {
          200: json(
            "Each row, valid or with its problems.",
            z.object({
              kind: z.enum(IMPORT_KINDS),
              columns: z.array(z.string()),
              rows: z.array(importRow),
              valid: z.int().min(0),
              invalid: z.int().min(0),
            }),
          ),
        },
        errors: [404],
      }),
    },
    "/api/v1/import/{kind}": {
      post: operation({
        id: "import.commit",
        summary: "Import a CSV file",
        description:
          "Every row is stored in one transaction, or none: a file with any bad row is a 400 naming each problem " +
          "as `line N.field`.",
        access: "athlete",
        path: kindPath,
        body: importBody,
        example: { csv: "date,metric,value,unit,timing,wind_mps\n2026-03-04,100m,10.49,s,fat,0.4\n" },
        responses: { 201: json("How many rows were stored.", z.object({ imported: z.int().min(1) })) },
        errors: [404],
      }),
    },
  },
);
