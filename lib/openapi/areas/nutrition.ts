import { z } from "zod";
import { subjectListQuery } from "@/lib/core/validation";
import { nutritionListResponse, nutritionLogResponse } from "@/lib/nutrition/responses";
import { nutritionInput } from "@/lib/nutrition/schemas";
import { area, idPath, json, noContent, operation } from "@/lib/openapi/operation";

export const nutrition = area(
  { name: "Nutrition", description: "Meals and drinks with optional amounts, and the totals of each day." },
  {
    "/api/v1/nutrition": {
      get: operation({
        id: "nutrition.list",
        summary: "List nutrition logs",
        description: "The logs, newest first, and the whole totals of every day they cover.",
        access: "signedIn",
        query: subjectListQuery,
        responses: { 200: json("The logs and day totals.", nutritionListResponse) },
        errors: [403],
      }),
      post: operation({
        id: "nutrition.create",
        summary: "Log a meal or drink",
        description: "Every amount is optional, but a log needs a description or at least one amount.",
        access: "athlete",
        body: nutritionInput,
        example: {
          date: "2026-03-10",
          meal: "post_training",
          description: "Chocolate milk and a banana",
          kcal: 420,
          protein_g: 18,
        },
        responses: { 201: json("The log.", z.object({ log: nutritionLogResponse })) },
      }),
    },
    "/api/v1/nutrition/{id}": {
      delete: operation({
        id: "nutrition.delete",
        summary: "Delete a nutrition log",
        access: "athlete",
        path: idPath("nutrition log"),
        responses: { 204: noContent("Deleted.") },
        errors: [404],
      }),
    },
  },
);
