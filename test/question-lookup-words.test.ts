import { describe, expect, it } from "vitest";
import { correctSpelling, parseQuestion } from "../retrieval/figures/query.js";
import { findSubjects, sameGoods, subjectFinder } from "../text/subjects.js";

// Words a look-up is asked in that name what a text states otherwise: a common word typed with two letters swapped,
// the initials of foreign-invested enterprises, the unit asked in brackets, goods under another head word or the
// customs name of a raw material. Made-up questions and names ("Zorland" is no place).

describe("a common word with two neighbouring letters swapped", () => {
  it.each([["zorland trade wiht africa in 2031", "with"], ["zorland and thier exports", "their"]])("%s", (q, word) => {
    expect(correctSpelling(q)).toContain(` ${word} `);
  });
  it.each(["an export form", "the dose", "three cities", "whcih 3 cities"])("leaves a real word as typed: %s", (q) => {
    expect(correctSpelling(q)).toBe(q);
  });
});

describe("FIE", () => {
  it.each(["FIE exports rose", "FIEs exported more", "fie exports"])("is foreign-invested enterprises: %s", (text) => {
    expect(findSubjects(text).map((s) => s.name)).toContain("foreign-invested enterprises");
  });
  it("is no part of a longer word", () => {
    expect(findSubjects("fierce competition").map((s) => s.name)).not.toContain("foreign-invested enterprises");
  });
});

describe("the unit asked in brackets", () => {
  const goods = { findSubjects: subjectFinder(["coal"]) };
  it.each(["how much coal did zorland import in 2031 (tonnes)", "how much coal did zorland import in 2031 (tons)"])("%s", (q) => {
    const measures = parseQuestion(q, goods).measures;
    expect(measures).toContain("count");
    expect(measures).not.toContain("amount");
  });
  it("a value named beside it still asks the amount", () => {
    expect(parseQuestion("how much coal did zorland import in 2031, value (tonnes)", goods).measures).toContain("amount");
  });
});

describe("goods by another name", () => {
  it.each([
    ["parallel-import vehicles", "parallel-import car"],
    ["used cars", "used vehicles"],
    ["copper ore and concentrates", "copper concentrate"],
    ["iron ores and concentrates", "iron ore"],
  ])("%s answers %s", (stored, asked) => {
    expect(sameGoods(stored, asked)).toBe(true);
  });
  it.each([
    ["parallel-import vehicles", "used car"],
    ["copper ore and concentrates", "zinc concentrate"],
    ["fruit and vegetables", "fruit"],
  ])("%s does not answer %s", (stored, asked) => {
    expect(sameGoods(stored, asked)).toBe(false);
  });
});
