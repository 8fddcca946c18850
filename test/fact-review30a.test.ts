import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Sentence rules of facts/extract.ts that reached too far (stop 30's review). Made-up figures.
const META = { title: "Ningxia's foreign trade in 2031", published: "2032-01-20" };

describe("a clause that opens with its verb (VERB_LED)", () => {
  it("keeps the place's own total when the partner before came after a figure, and 'overall' is said", () => {
    const facts = factsOf("In 2031, Ningxia traded 7.3 billion yuan with Peru, and grew 4.4 percent overall to 91.5 "
      + "billion yuan.", META);
    expect(one(facts, 7.3).partner).toBe("partner:pe");
    expect(one(facts, 4.4)).toMatchObject({ entity: "ningxia", measure: "growth" });
    expect(one(facts, 4.4).partner).toBeUndefined();
    expect(one(facts, 91.5).partner).toBeUndefined();
  });
  it("still carries the partner that was the subject before", () => {
    const facts = factsOf("Trade with Peru was smaller, at 2.6 billion yuan, but grew fastest of all, up 19.4 percent.",
      META);
    expect(one(facts, 19.4)).toMatchObject({ entity: "ningxia", partner: "partner:pe", measure: "growth" });
  });
});

describe("a place called another's partner (CALLED_OWNS_PARTNER)", () => {
  it("leaves a city called 'the province's largest source of exports' the owner of its exports", () => {
    const facts = factsOf("In 2031, Zunyi was the province's largest source of exports, with 6.8 billion yuan, up 3.7 "
      + "percent.", { published: "2032-01-20" });
    expect(one(facts, 6.8)).toMatchObject({ entity: "city:zunyi", metric: "exports" });
    expect(one(facts, 6.8).partner).toBeUndefined();
    expect(one(facts, 3.7).partner).toBeUndefined();
  });
  it("still reads a place outside the mainland called 'our largest trading partner' as the partner", () => {
    const facts = factsOf("Ningxia's trade reached 91.5 billion yuan in 2031. Macao remains our largest trading partner, "
      + "with trade of 3.3 billion yuan.", META);
    expect(one(facts, 3.3)).toMatchObject({ entity: "ningxia", partner: "macao" });
  });
});

describe("means of 'averaged N a year' (AVERAGE_PER)", () => {
  it("sets aside only the mean, not an amount a later verb states", () => {
    const facts = factsOf("Ningxia's exports grew strongly over the decade, averaging 4.2 percent a year, and reached 63.7 "
      + "billion yuan in 2031.", META);
    expect(one(facts, 63.7)).toMatchObject({ entity: "ningxia", metric: "exports", measure: "amount" });
    const monthly = factsOf("In 2031 Ningxia's trade reached 91.5 billion yuan, while monthly imports averaged 2.4 billion "
      + "yuan each month and exports hit 63.7 billion yuan.", META);
    expect(monthly.filter((f) => f.measure === "amount").map((f) => f.value)).toEqual([91.5, 63.7]);
  });
  it("still sets aside the means a clause without a verb goes on with", () => {
    const facts = factsOf("Ningxia's trade reached 91.5 billion yuan in 2031. \"Over three years Gansu averaged about 57.2 "
      + "billion yuan of trade a year and Ningxia under 80 billion,\" Ma said.", META);
    expect(facts.filter((f) => f.measure === "amount").map((f) => f.value)).toEqual([91.5]);
  });
});

describe("a first estimate compared with (REVISED_FROM, EARLIER_ESTIMATE)", () => {
  it("is no estimate of the year when another year follows the amount", () => {
    const facts = factsOf("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 58.9 billion yuan previously "
      + "reported for 2030.", META);
    expect(one(facts, 58.9)).toMatchObject({ entity: "ningxia", metric: "exports", period: { y1: 2030, y2: 2030 } });
    expect(one(facts, 58.9).qualifier ?? "").not.toMatch(/first estimate/);
    const before = factsOf("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 58.9 billion yuan in 2030 as "
      + "first reported.", META);
    expect(one(before, 58.9).qualifier ?? "").not.toMatch(/first estimate/);
  });
  it("still marks the year's own first estimate", () => {
    const facts = factsOf("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan first "
      + "announced in January 2032.", META);
    expect(one(facts, 62.8)).toMatchObject({ qualifier: "first estimate", period: { y1: 2031, y2: 2031 } });
  });
});

describe("goods carried over a change between (THEIR_VALUE, goodsFact)", () => {
  it("are not carried over a change of another flow and partner", () => {
    const facts = factsOf("In 2031 Ningxia imported 17,300 tonnes of wool from Peru, and its exports to Chile rose 6.2 "
      + "percent, but their value fell 1.8 percent.", META);
    expect(one(facts, 17300)).toMatchObject({ metric: "imports", subject: "wool" });
    expect(one(facts, -1.8).subject).toBeUndefined();
  });
});
