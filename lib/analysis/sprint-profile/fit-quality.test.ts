import { describe, expect, it } from "vitest";
import { CLOSE_FIT_RSE_S, FAIR_FIT_RSE_S } from "./constants";
import { fitQuality } from "./fit-quality";

describe("fitQuality", () => {
  it("is close up to 0.02 s, fair up to 0.05 s, loose beyond", () => {
    expect(fitQuality(0)).toBe("close");
    expect(fitQuality(CLOSE_FIT_RSE_S)).toBe("close");
    expect(fitQuality(CLOSE_FIT_RSE_S + 0.0001)).toBe("fair");
    expect(fitQuality(FAIR_FIT_RSE_S)).toBe("fair");
    expect(fitQuality(FAIR_FIT_RSE_S + 0.0001)).toBe("loose");
  });
});
