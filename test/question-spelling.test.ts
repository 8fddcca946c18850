import { describe, expect, it } from "vitest";
import { correctSpelling, distance } from "../retrieval/figures/query.js";

// The typo correction of questions: the edit distance it counts, and which words it corrects into which. Made-up words.

describe("the edit distance", () => {
  it.each([
    ["abc", "abc", 2, 0],
    ["abc", "ab", 1, 1],
    ["ab", "abc", 1, 1],
    ["", "abc", 5, 3],
    ["abc", "abd", 1, 1],
    ["abc", "xbc", 1, 1],
    ["ab", "ba", 2, 1],
    ["abcd", "acbd", 1, 1],
    ["abcd", "abdc", 1, 1],
    ["ca", "abc", 3, 3],
    ["abcdef", "abcfed", 3, 2],
    ["kitten", "sitting", 3, 3],
    // past the limit: one more than the limit, however far
    ["abcd", "a", 1, 2],
    ["abcdef", "uvwxyz", 1, 2],
    ["abcdef", "uvwxyz", 4, 5],
    ["abc", "abd", 0, 1],
  ])("%s to %s within %d is %d", (a, b, max, d) => {
    expect(distance(a, b, max)).toBe(d);
  });
});

describe("typos corrected", () => {
  it.each([
    ["totl", "total"],
    ["exprots", "exports"],
    ["porvines", "provinces"],
    ["provnices", "provinces"],
    ["inner mongolai", "inner mongolia"],
    ["exprot-led growth", "export-led growth"],
    ["Frist half", "first half"],
    ["guangdnog trade", "guangdong trade"],
  ])("%s → %s", (typed, meant) => {
    expect(correctSpelling(typed)).toBe(meant);
  });
  it.each([
    // words of the vocabulary and common words, as typed
    "Exports and Imports", "FIRST HALF", "Guangdong", "which would these there about",
    // a four-letter word only by a letter left out, to a five-letter word
    "yeat",
    // three letters are too few to correct
    "exp trd",
    // nothing near enough
    "xportz", "zzzzzzzzzz",
  ])("%s stays", (typed) => {
    expect(correctSpelling(typed)).toBe(typed);
  });
  it("keeps a word the documents use, in any case", () => {
    expect(correctSpelling("Exprots and tradd", new Set(["exprots", "tradd"]))).toBe("Exprots and tradd");
    expect(correctSpelling("exprots", new Set(["tradd"]))).toBe("exports");
  });
  it("reads a place's name with a trailing s as its possessive", () => {
    expect(correctSpelling("Hunans trade")).toBe("Hunan's trade");
    expect(correctSpelling("hunanx trade")).toBe("hunan trade");
  });
});

describe("a long word corrected into a word the documents use", () => {
  const documents = new Set(["refrigeration", "turbines", "re-exports", "sorghum", "lumber", "gravel", "plummeted",
    "estimated", "importer"]);
  it.each([
    ["refrigeraton units", "refrigeration units"],
    ["wind trubines", "wind turbines"],
    ["reexprots volume", "re-exports volume"],
    ["reexports volume", "re-exports volume"],
    ["sorhgum exports", "sorghum exports"],
  ])("%s → %s", (typed, meant) => {
    expect(correctSpelling(typed, documents)).toBe(meant);
  });
  it.each([
    // no document word near it
    ["refrigeraton units", new Set(["turbines"])],
    // six letters are too few
    ["lumbar exports", documents],
    ["gravol", documents],
    // another ending of a word is no typo of it
    ["estimate for next year", documents],
    ["importers", documents],
    ["imported", documents],
    // two document words as near: neither
    ["trandles", new Set(["trundles", "brandles"])],
    // a name in pinyin is no typo of a document's name in pinyin
    ["xiangdong", new Set(["xiangdonh", "xiandong"])],
    ["xiangdong", new Set(["xiandong"])],
  ])("%s stays", (typed, words) => {
    expect(correctSpelling(typed, words)).toBe(typed);
  });
});
