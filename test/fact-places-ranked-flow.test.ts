import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A ranking of places naming no flow ("Gansu, Ningxia and Qinghai followed with N, M and K respectively", "Qinghai grew
// 4.4 percent") goes on with the flow the text was on, or after a heading with the article's; never when the text was
// on goods or a partner, nor in a sentence on another measure (GDP, investment). Made-up figures.
const META = { title: "Inland provinces' foreign trade grows fast", published: "2032-02-01" };
const LEAD = "The five inland provinces traded 1.91 trillion yuan in 2031, up 8.2 percent.\n\n## Province by province\n\n";

describe("places ranked in a sentence naming no flow", () => {
  it("take the article's flow after a heading, for amounts and changes", () => {
    const facts = factsOf(`${LEAD}Shaanxi remained the largest trader in the group with 512.4 billion yuan. Gansu, Ningxia `
      + "and Qinghai followed with 210.5 billion yuan, 98.1 billion yuan and 40.2 billion yuan respectively.\n\n"
      + "By growth rate, Gansu led with 12.4 percent. Qinghai grew 4.4 percent and Shaanxi 2.1 percent.", META);
    expect(one(facts, 512.4)).toMatchObject({ entity: "shaanxi", metric: "trade", measure: "amount" });
    expect(one(facts, 98.1)).toMatchObject({ entity: "ningxia", metric: "trade", measure: "amount" });
    expect(one(facts, 12.4)).toMatchObject({ entity: "gansu", metric: "trade", measure: "growth" });
    expect(one(facts, 4.4)).toMatchObject({ entity: "qinghai", metric: "trade", measure: "growth" });
  });
  it("take the one flow the text before was on ('It was followed by X with N')", () => {
    const facts = factsOf("Exports of Fujian, Hainan and Guangxi rose 4 percent in the first quarter of 2031. Fujian led with 2.11 "
      + "trillion yuan. It was followed by Hainan with 1.31 trillion yuan.", { title: "Coastal provinces", published: "2031-04-20" });
    expect(one(facts, 2.11)).toMatchObject({ entity: "fujian", metric: "exports" });
    expect(one(facts, 1.31)).toMatchObject({ entity: "hainan", metric: "exports" });
  });
  it("take no flow after a sentence on goods (their figures are of the goods, never the places' totals)", () => {
    const facts = factsOf("Exports of solar cells rose 30 percent in 2031. Gansu led with 12.4 billion yuan, followed by "
      + "Ningxia with 9.1 billion yuan.", META);
    expect(one(facts, 9.1).metric === "exports" && !one(facts, 9.1).subject).toBe(false);
  });
  it("take no flow after a sentence on a zone's flow", () => {
    const facts = factsOf("Exports through the Xinqiao Bonded Port Area came to 31.2 billion yuan in 2031. Gansu led with 12.4 "
      + "billion yuan.", META);
    expect(one(facts, 12.4).metric).toBe("other");
  });
  it("take no flow in a sentence on another measure", () => {
    const facts = factsOf(`${LEAD}Shaanxi's GDP grew 5.3 percent, while Gansu led with 6.1 percent.`, META);
    expect(one(facts, 6.1).metric).toBe("other");
  });
  it("take no flow from an article on trade with a partner", () => {
    const facts = factsOf("## By province\n\nGansu led with 12.4 billion yuan, followed by Ningxia with 9.1 billion yuan.",
      { title: "Inland provinces' trade with Kazakhstan grows", published: "2032-02-01" });
    expect(one(facts, 12.4).metric).toBe("other");
  });
});
