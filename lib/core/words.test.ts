import { describe, expect, it } from "vitest";
import { article, capitalized, plural, withArticle } from "@/lib/core/words";

describe("counts in words", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(plural(1, "session")).toBe("1 session");
    expect(plural(3, "session")).toBe("3 sessions");
    expect(plural(0, "mark")).toBe("0 marks");
    expect(plural(1.5, "year")).toBe("1.5 years");
    expect(plural(2, "injury", "injuries")).toBe("2 injuries");
    expect(plural(1, "injury", "injuries")).toBe("1 injury");
  });
});

describe("a or an", () => {
  it("puts an before a vowel sound", () => {
    expect(withArticle("advanced")).toBe("an advanced");
    expect(withArticle("intermediate")).toBe("an intermediate");
    expect(withArticle("beginner")).toBe("a beginner");
    expect(withArticle("acceleration")).toBe("an acceleration");
    expect(withArticle("max velocity")).toBe("a max velocity");
  });

  it("goes by the sound, not the letter, where they differ", () => {
    expect(article("hour")).toBe("an");
    expect(article("unilateral")).toBe("a");
    expect(article("European")).toBe("a");
    expect(article("Advanced")).toBe("an");
  });

  it("reads numbers aloud", () => {
    expect(withArticle("100m")).toBe("a 100m");
    expect(withArticle("800m")).toBe("an 800m");
    expect(withArticle("80 m hurdles")).toBe("an 80 m hurdles");
    expect(withArticle("11")).toBe("an 11");
    expect(withArticle("18-week")).toBe("an 18-week");
    expect(withArticle("110mh")).toBe("a 110mh");
    expect(withArticle("1100")).toBe("a 1100");
  });

  it("starts a sentence with a capital", () => {
    expect(capitalized(withArticle("advanced drill"))).toBe("An advanced drill");
  });
});
