import { describe, expect, it } from "vitest";
import { correctSpelling, parseQuestion } from "../retrieval/figures/query.js";

// What a question measures (an amount, a growth, a share), the threshold it sets and the kind of place it ranks:
// made-up questions in the forms people type.
const measures = (question: string) => parseQuestion(question).measures;

describe("the measures a question asks", () => {
  it("asks an amount for a 'total', but not for the total a share is of", () => {
    expect(measures("fujian's total trade in 2023?")).toEqual(["amount"]);
    expect(measures("fujian's exports as a % of china's total exports in 2023?")).toEqual(["share"]);
    expect(measures("fujian's exports as a percent of the total in 2023?")).toEqual(["share"]);
    expect(measures("fujian's exports as a share of guangdong province's total in 2023?")).toEqual(["share"]);
  });
  it("asks a growth for 'decrease', a share for 'what percent of', and both an amount and a growth when joined by 'and'", () => {
    expect(measures("did fujian's trade decrease in 2023?")).toEqual(["growth", "multiple"]);
    expect(measures("what percent of fujian's trade was exports in 2023?")).toEqual(["share"]);
    expect(measures("fujian export in 2023 and its growth?")).toEqual(["growth", "multiple", "amount"]);
    expect(measures("fujian's trade in 2023 and the increase?")).toEqual(["growth", "multiple", "amount"]);
  });
  it("asks a growth for a fall or a rise named as a noun in the plural ('both trade drops', 'their gains')", () => {
    expect(measures("jiaxing vs zhejiang in 2011 - both trade drops and the difference")).toEqual(["growth", "multiple"]);
    expect(measures("ningbo and wenzhou export declines in 2009, which was worse?")).toEqual(["growth", "multiple"]);
    expect(measures("the two cities' trade rises in 2012 side by side")).toEqual(["growth", "multiple"]);
  });
});

describe("thresholds and the places ranked", () => {
  it("reads the threshold after 'more than', 'exceed' and 'at least'", () => {
    expect(parseQuestion("which cities grew more than 10.5 percent in 2023?").threshold).toBe(10.5);
    expect(parseQuestion("which provinces saw exports exceed 20% in 2023?").threshold).toBe(20);
    // (regression: "least" was corrected to "east", and the threshold lost)
    expect(correctSpelling("which provinces grew at least 5 percent in 2023?"))
      .toBe("which provinces grew at least 5 percent in 2023?");
    expect(parseQuestion("which provinces grew at least 5 percent in 2023?").threshold).toBe(5);
    expect(parseQuestion("which provinces grew fastest in 2023?").threshold).toBeUndefined();
  });
  it("ranks provinces, regions or cities, one or many", () => {
    expect(parseQuestion("which province grew fastest in 2023?").subjectKind).toBe("province");
    expect(parseQuestion("which region traded most in 2023?").subjectKind).toBe("region");
    expect(parseQuestion("which cities traded most in 2023?").subjectKind).toBe("city");
    expect(parseQuestion("how much did fujian trade in 2023?").subjectKind).toBeUndefined();
  });
});
