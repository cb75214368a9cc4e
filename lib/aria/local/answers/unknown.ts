import { list } from "@/lib/analysis/format";
import { CAPABILITIES, type Ctx, firstName, sentence } from "./phrasing";

export function unknownAnswer(ctx: Ctx): string {
  const name = firstName(ctx);
  return sentence([
    `Sorry${name ? ` ${name}` : ""}, I'm not sure I can answer that one — I'm the built-in model, and I only answer from your training data and a few sprint topics.`,
    `Here's what I can do: ${list(CAPABILITIES)}.`,
    "Try asking one of those!",
  ]);
}
