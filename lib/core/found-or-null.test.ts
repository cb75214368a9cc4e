import { describe, expect, it } from "vitest";
import { errors, foundOrNull } from "@/lib/core/errors";

describe("foundOrNull", () => {
  it("passes what was found, turns not-found into null, and lets every other error through", async () => {
    expect(await foundOrNull(Promise.resolve({ slug: "a-skip" }))).toEqual({ slug: "a-skip" });
    expect(await foundOrNull(Promise.reject(errors.notFound("drill")))).toBeNull();
    await expect(foundOrNull(Promise.reject(errors.forbidden()))).rejects.toMatchObject({ code: "forbidden" });
    await expect(foundOrNull(Promise.reject(new Error("database down")))).rejects.toThrow("database down");
  });
});
