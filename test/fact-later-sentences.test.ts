import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Shapes that read the words between two figures of one sentence (a second gap, an elided item, "followed by", the
// partners or goods of the figures before a run, "those of the city"), in a sentence that is not the text's first:
// what lies between is found by the figures' offsets in the sentence, not in the text. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const LEAD = "Trade across the region held up well in 2023, the customs office said in a statement on Monday.\n\n";

describe("after a lead sentence", () => {
  it("reads a second gap to another place", () => {
    const facts = factsOf(`${LEAD}Xiamen's exports beat the national growth rate by 5.3 percent and Fuzhou's by 4.3 percent.`, Y2023);
    expect(one(facts, 5.3)).toMatchObject({ entity: "city:xiamen", measure: "pp_gap", unit: "percentage points" });
    expect(one(facts, 4.3)).toMatchObject({ entity: "city:xiamen", measure: "pp_gap", qualifier: "than Fuzhou" });
  });
  it("names each item of a list whose verb is left out", () => {
    const facts = factsOf(`${LEAD}Sichuan's imports of crude oil rose 11.6%, natural gas 41.7% and soybeans 15.9%.`, Y2023);
    expect([11.6, 41.7, 15.9].map((v) => [one(facts, v).subject, one(facts, v).metric, one(facts, v).measure]))
      .toEqual([["crude oil", "imports", "growth"], ["natural gas", "imports", "growth"], ["soybeans", "imports", "growth"]]);
  });
  it("reads 'followed by X with N percent' as the measure before", () => {
    const facts = factsOf(`${LEAD}Wuxi's trade grew. The private sector accounted for 48.5 percent of Wuxi's foreign trade, followed by foreign-invested `
      + "firms with 36.2 percent.", Y2023);
    expect(one(facts, 36.2)).toMatchObject({ measure: "share", subject: "foreign-invested enterprises" });
  });
  it("maps changes 'respectively' onto the partners of the amounts before", () => {
    const facts = factsOf(`${LEAD}Hunan's trade with ASEAN came to 166 billion yuan, with the European Union 152 billion yuan and with `
      + "the United States 121 billion yuan, increases of 17.8, 16.7 and 14.6 percent respectively.", Y2023);
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.partner, f.value])).toEqual([
      ["partner:asean", 17.8], ["partner:eu", 16.7], ["partner:us", 14.6],
    ]);
  });
  it("maps changes 'respectively' onto the goods of the amounts before", () => {
    const facts = factsOf(`${LEAD}Qinghai's ship imports reached 4.2 billion yuan and medical devices 2.15 billion yuan, up 2.8 times and `
      + "12.2 percent respectively.", Y2023);
    expect(one(facts, 2.8)).toMatchObject({ subject: "ship", measure: "multiple" });
    expect(one(facts, 12.2)).toMatchObject({ subject: "medical devices", measure: "growth" });
  });
  it("goes back from a zone to the city for 'those of the city'", () => {
    const facts = factsOf(`${LEAD}Wuhan's trade rose 5 percent. The Yangluo Bonded Port Area recorded exports of 30.2 billion yuan, `
      + "while those of the city came to 190.5 billion yuan.", Y2023);
    expect(one(facts, 30.2)).toMatchObject({ entity: "zone:Yangluo Bonded Port Area" });
    expect(one(facts, 190.5)).toMatchObject({ entity: "city:wuhan", metric: "exports", measure: "amount" });
  });
});
