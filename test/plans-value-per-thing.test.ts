import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// "avg value per exported chip": a value per one of the goods asked, their value over the units counted. Read as no
// plan, the goods' value alone answered it, a wrong figure stated with certainty. Made-up questions.
// (the goods a question names are read against the documents' own: here given as the one the question names)
const plan = (question: string) => readPlan({ ...parseQuestion(question), subjects: ["solar cells"] });

describe("an average value per one of the goods", () => {
  it("divides the goods' value by the units counted", () => {
    const p = plan("whats the avg value per exported solar cell for qinghai in 2033?");
    expect(p?.operation).toBe("unitPrice");
    expect(p?.inputs.map((i) => i.measure)).toEqual(["amount", "count"]);
    expect(p?.labels).toEqual(["unit"]);
  });
  it("reads 'average import value per' the same way", () => {
    expect(plan("gansu's average import value per solar cell in 2033?")?.operation).toBe("unitPrice");
  });
  it("leaves a value per trip or per shopper to the plans that divide by those", () => {
    expect(plan("avg value per trip on the gansu trains in 2033?")?.operation).not.toBe("unitPrice");
    expect(plan("avg value per shopper in qinghai in 2033?")?.operation).not.toBe("unitPrice");
  });
});
