import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// Chat shorthand for "and" and for a measure added after the question: "how much n did they grow", "fruit n veg",
// "trade in h1? growth too", "central + western regions". Made-up questions, read without an index.
const read = (question: string) => parseQuestion(question);

describe("'n' typed for 'and'", () => {
  it.each([
    "guizhou imports in 2031, how much n did they grow or fall",
    "guizhou exports in june 2031 - how much n by how much did they drop",
    "guizhou exports in 2031 how much n yoy growth",
    // (after a year too)
    "guizhou exports 2031 n growth",
  ])("asks the amount beside the change: %s", (question) => {
    expect(read(question).measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
  it("without it, 'how much did they grow' asks the change only", () => {
    expect(read("guizhou imports in 2031, how much did they grow").measures).not.toContain("amount");
  });
  it("joins two goods into one name", () => {
    expect(read("guizhou fruit n veg exports in 2031").text).toContain("fruit and vegetables");
  });
  it("joins two region words into the regions' one name", () => {
    expect(read("central n western provinces share of national exports in 2031?").entities).toContain("region:central-western");
  });
  it.each(["top n cities by exports in 2031", "guizhou exports in 2031 N"])("leaves %s as typed", (question) => {
    expect(read(question).text).not.toMatch(/\band\b/);
  });
});

describe("a measure added with 'too'", () => {
  it.each([
    "guizhou trade with asean in h1 2031? growth too",
    "guizhou trade with asean in h1 2031? yoy too",
    "guizhou trade with asean in h1 2031, growth as well",
    "guizhou trade with asean in h1 2031? growth also",
  ])("asks the amount and the growth: %s", (question) => {
    expect(read(question).measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("central + western", () => {
  it("is the central and western regions, one side", () => {
    const frame = read("central + western regions' trade in 2031?");
    expect(frame.entities).toEqual(["region:central-western"]);
  });
  it("'combined' with the whole of its share asked is a look-up of the one region, no sum with the whole", () => {
    const frame = read("combined trade of central + western regions in 2031 and their share of national total?");
    expect(frame.intent).toBe("lookup");
    expect(frame.measures).toEqual(expect.arrayContaining(["amount", "share"]));
  });
  it("'combined' of two places is still a sum", () => {
    expect(read("combined trade of guizhou and yunnan in 2031?").intent).toBe("sum");
  });
});
