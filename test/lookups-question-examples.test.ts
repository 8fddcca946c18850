import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { subjectFinder } from "../text/subjects.js";
import { contentWords } from "../retrieval/evidence.js";

// Goods a question gives examples of in brackets: made-up questions typed the way people type them.
const findSubjects = subjectFinder(["ceramic products", "teapots"]);

describe("parseQuestion: examples in brackets", () => {
  it("asks the goods named before them, the examples no second subject", () => {
    expect(parseQuestion("jingdezhen ceramic products exports (teapots etc) 2030?", { findSubjects }).subjects)
      .toEqual(["ceramic products"]);
    expect(parseQuestion("jingdezhen ceramic products exports (e.g. teapots) 2030?", { findSubjects }).subjects)
      .toEqual(["ceramic products"]);
  });
  it("asks the examples when no goods stand before them, and both goods named plainly", () => {
    expect(parseQuestion("jingdezhen exports (teapots etc) 2030?", { findSubjects }).subjects).toEqual(["teapots"]);
    expect(parseQuestion("jingdezhen ceramic products and teapots exports 2030?", { findSubjects }).subjects)
      .toEqual(["ceramic products", "teapots"]);
  });
});

describe("contentWords: examples in brackets", () => {
  it("are no words a figure's sentence must say", () => {
    const frame = parseQuestion("jingdezhen ceramic products exports (teapots etc) 2030?", { findSubjects });
    expect(contentWords(frame)).not.toContain("etc");
    expect(contentWords(frame).some((w) => w.startsWith("teapot"))).toBe(false);
  });
});
