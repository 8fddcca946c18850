import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// What change "how much did it grow between two years" asks (retrieval/plans/read.ts). Made-up questions.
const plan = (text: string) => readPlan(parseQuestion(text));

describe("'how much did it increase between two years' asks the amount it moved by", () => {
  it.each([
    "how much did hunan's total trade increase between 2012 and 2017",
    "how much did hunan's exports grow from 2012 to 2017?",
  ])("%s: the difference of the two levels, and the percent too", (text) => {
    const p = plan(text)!;
    expect(p.operation).toBe("overTime");
    expect(p.changes).toEqual(["difference", "percent"]);
  });
  it("'how much has it fallen between' asks the difference", () => {
    expect(plan("how much has hunan's trade fallen between 2012 and 2017?")?.changes).toContain("difference");
  });
  it.each([
    "how much did hunan's trade grow between 2012 and 2017, in percent?",
    "how much did hunan's trade grow from 2012 to 2017 (%)",
  ])("%s: the percent alone when the percent is the unit asked", (text) => {
    expect(plan(text)?.changes).toEqual(["percent"]);
  });
});
