import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findSubjects, subjectFinder } from "../text/subjects.js";

// Goods and their unit as a question names them (text/subjects.ts, retrieval/figures/query.ts). Made-up questions.
describe("'chips' right after a flow's verb are integrated circuits", () => {
  it.each([
    "which city exported more chips in 2015, A or B?",
    "who imported fewer chips last year?",
  ])("%s", (text) => {
    expect(findSubjects(text).map((s) => s.name)).toContain("integrated circuits");
  });
  it("wood chips named after another word stay no circuits", () => {
    expect(findSubjects("how many tonnes of wood chips did the port handle?").map((s) => s.name))
      .not.toContain("integrated circuits");
  });
});

describe("a quantity asked in brackets", () => {
  const finder = subjectFinder(["copper"]);
  it("'(volume)' after goods asks their quantity, no value", () => {
    const q = parseQuestion("how much copper did hunan import in 2014 (volume)", { findSubjects: finder });
    expect(q.measures).toContain("count");
    expect(q.measures).not.toContain("amount");
  });
  it("the same question without it asks the value", () => {
    expect(parseQuestion("how much copper did hunan import in 2014", { findSubjects: finder }).measures).toContain("amount");
  });
});
