import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "N percent of X's total of M": M is the whole of the share, X's (the nation's, the province's, or the place's own),
// never the part's; a change said of it after ", which …" is that whole's too. One reader in facts/extract.ts
// (AMOUNT_OF_WHOLE) for every shape. A whole an amount is part of owns nothing after it; a sentence led by
// "Nationally," is the country's. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (facts: ReturnType<typeof factsOf>, v: number) => {
  const f = one(facts, v);
  return { entity: f.entity, metric: f.metric, measure: f.measure, subject: f.subject };
};

describe("the whole of a share, with its amount", () => {
  it("is the nation's: '36 percent of China's total foreign trade of 21.79 trillion yuan, which fell 1.1 percent'", () => {
    const facts = factsOf("Guangdong's trade grew in 2023. It accounted for 36 percent of China's total foreign trade of 21.79 "
      + "trillion yuan, which fell 1.1 percent.", Y2023);
    expect(seen(facts, 21.79)).toMatchObject({ entity: "china", metric: "trade", measure: "amount" });
    expect(seen(facts, -1.1)).toMatchObject({ entity: "china", measure: "growth" });
  });
  it("is the province's for a city's share of 'the province's total of …'", () => {
    const facts = factsOf("Zhejiang's trade grew in 2023. Ningbo's trade accounted for 17.5 percent of the province's total of "
      + "4.14 trillion yuan, which rose 3.2 percent.", Y2023);
    expect(seen(facts, 4.14)).toMatchObject({ entity: "zhejiang", measure: "amount", subject: undefined });
    expect(seen(facts, 3.2)).toMatchObject({ entity: "zhejiang", measure: "growth", subject: undefined });
    expect(one(facts, 17.5)).toMatchObject({ entity: "city:ningbo", shareOf: "zhejiang" });
  });
  it("is the place's own total for its firms' share, never the firms' amount", () => {
    const facts = factsOf("Zhejiang's trade grew in 2023. Private enterprises accounted for 40.2 percent of the province's total "
      + "of 4.14 trillion yuan, which rose 3.2 percent.", Y2023);
    expect(one(facts, 40.2)).toMatchObject({ entity: "zhejiang", subject: "private enterprises", shareOf: "own" });
    expect(seen(facts, 4.14)).toEqual({ entity: "zhejiang", metric: "trade", measure: "amount", subject: undefined });
    expect(seen(facts, 3.2)).toEqual({ entity: "zhejiang", metric: "trade", measure: "growth", subject: undefined });
  });
  it("leaves an amount 'at' after an own share to the part ('40 percent of the total at 1.66 trillion' may be either)", () => {
    const facts = factsOf("Zhejiang's trade grew in 2023. Private enterprises accounted for 40.2 percent of the province's total "
      + "at 1.66 trillion yuan.", Y2023);
    expect(facts.filter((f) => f.value === 1.66 && f.subject === undefined && f.entity === "zhejiang"
      && f.metric === "trade")).toEqual([]);
  });
});

describe("the whole an amount is part of", () => {
  it("owns none of the figures after it: 'Tangshan accounted for 3.46 billion dollars of the province's trade, up 92.2%'", () => {
    const facts = factsOf("Hebei's imports and exports reached 5.36 billion dollars in 2023, up 7.4 percent. Tangshan accounted "
      + "for 3.46 billion dollars of the province's trade, up 92.2 percent.", Y2023);
    expect(seen(facts, 3.46)).toMatchObject({ entity: "city:tangshan" });
    expect(seen(facts, 92.2)).toMatchObject({ entity: "city:tangshan", measure: "growth" });
  });
});

describe("a sentence led by 'Nationally,'", () => {
  it("is the country's, and the text goes on with its own place after it", () => {
    const facts = factsOf("Hebei's imports and exports reached 22.6 billion dollars in 2023, up 12.7 percent. Nationally, "
      + "foreign trade grew 7.6 percent over the same period. Exports rose 5 percent.", Y2023);
    expect(seen(facts, 7.6)).toMatchObject({ entity: "china", measure: "growth" });
    expect(seen(facts, 5)).toMatchObject({ entity: "hebei", metric: "exports" });
  });
});

describe("a share that 'went up N points to M%'", () => {
  it("is the share reached", () => {
    const facts = factsOf("Wuxi's trade grew in 2023. General trade rose 3.9% to 512.4 billion yuan and its share of the city's "
      + "total went up 2.0 percentage points to 62.6%.", { title: "Wuxi's trade in 2023", published: "2024-01-20" });
    expect(seen(facts, 62.6)).toMatchObject({ measure: "share" });
  });
});

// "X accounted for N percent of the total with trade of M": the "with" opens the part's own amount, never the whole's
describe("a share of the total, then 'with trade of' an amount", () => {
  it("reads the amount as the part's own, the whole's as stated before", () => {
    const facts = factsOf(["Qinghai trade", "",
      "Qinghai province reported foreign trade of 17.86 billion yuan in the first ten months of 2031, up 12.7 percent.", "",
      "Xining, the provincial capital, accounted for 57.2 percent of the total with trade of 10.21 billion yuan, up 15.3 "
      + "percent."].join("\n"), { published: "2031-11-25" });
    expect(one(facts, 10.21)).toMatchObject({ entity: "city:xining", metric: "trade", measure: "amount" });
    expect(one(facts, 17.86)).toMatchObject({ entity: "qinghai", measure: "amount" });
  });
});
