import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, frameOf } from "./helpers/figureBase.js";
import { factsOf, one } from "./helpers/facts.js";

// One goods as a part of another: "exported X of cars, of which new energy vehicles accounted for Y" stores Y as the
// part's goods (productOf in text/flows.ts), and "what % of the city's 2024 car exports were NEVs" reads the goods
// after the owner and the year as the whole (subjectIsWhole in retrieval/plans/read.ts), "NEVs" as the documents'
// "new energy vehicles" (SHORT_FORMS in text/subjects.ts). Made-up figures.
const TEXT = "Xiangtan exported 50.4 billion yuan of cars in 2024, up 10 percent, of which new energy vehicles "
  + "accounted for 30.2 billion yuan, up 20 percent.";

describe("the goods of an 'of which' part", () => {
  it("gives the part's amount and change the goods the 'of which' clause names", () => {
    const facts = factsOf(TEXT, { title: "Xiangtan trade", published: "2025-01-20" });
    expect(one(facts, 30.2).subject).toBe("new energy vehicles");
    expect(one(facts, 20).subject).toBe("new energy vehicles");
    expect(one(facts, 50.4).subject).toBe("cars");
  });
  it("names no goods for a part that is a flow or a market", () => {
    const facts = factsOf("Xiangtan's trade came to 50.4 billion yuan in 2024, of which exports accounted for 30.2 "
      + "billion yuan.", { title: "Xiangtan trade", published: "2025-01-20" });
    expect(one(facts, 30.2).subject).toBeUndefined();
  });
});

describe("one goods' share of another", () => {
  const b = baseOf([["d", "Xiangtan trade", "2025-01-20", TEXT]]);
  it.each([
    "what % of xiangtan's 2024 car exports were NEVs",
    "what % of xiangtan's 2024 car exports were new energy vehicles",
    "what share of xiangtan's car exports in 2024 were new energy vehicles?",
  ])("%s", (question) => {
    const plan = readPlan(frameOf(question, b));
    expect(plan?.inputs[0]).toMatchObject({ subject: "new energy vehicles", wholeSubject: "cars", measure: "share" });
    expect(runPlan(plan!, b, question).figures.filter((f) => f.computed).map((f) => [f.value, f.unit]))
      .toEqual([[59.92, "%"]]);
  });
});
