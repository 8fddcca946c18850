import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Goods counted and the figures after them: goods counted in the passive, a part of imported goods ("Of these, …"),
// what "It" goes on with after a figureless sentence, and counts and sums that are no flow of goods. Made-up figures.
const MARCH = { published: "2024-03-10" };
const OCTOBER = { published: "2023-10-20" };

describe("goods counted in the passive ('N handsets were exported')", () => {
  it("are the count's goods, and the value after them theirs", () => {
    const facts = factsOf("In 2023, a total of 4.2 million mobile phones were exported from Hebei, worth 3.1 billion yuan.", MARCH);
    expect(one(facts, 4.2)).toMatchObject({ entity: "hebei", metric: "exports", measure: "count", subject: "mobile phones" });
    expect(one(facts, 3.1)).toMatchObject({ metric: "exports", measure: "amount", subject: "mobile phones" });
  });
  it("are none when a value was exported: the currency is no goods", () => {
    const facts = factsOf("In 2023, goods worth 3.1 billion yuan were exported by Hebei's firms.", MARCH);
    expect(one(facts, 3.1)).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount" });
    expect(one(facts, 3.1).subject).toBeUndefined();
  });
});

describe("a part of imported goods counted before ('Of these, N were …')", () => {
  it("is counted in the goods' unit, of imports, and leads the value after it", () => {
    const facts = factsOf("From January to September, Hebei imported 212,600 vehicles, up 16.4 percent. Of these, 41,800 "
      + "were new energy vehicles, worth 8.14 billion yuan.", OCTOBER);
    expect(one(facts, 41800)).toMatchObject({ entity: "hebei", metric: "imports", measure: "count", unit: "vehicles",
      subject: "new energy vehicles" });
    expect(one(facts, 8.14)).toMatchObject({ metric: "imports", measure: "amount", subject: "new energy vehicles" });
  });
});

describe("'It' after a figureless sentence opening with a trade mode", () => {
  it("goes on with that mode", () => {
    const facts = factsOf("Border trade, the mode small traders use, remained the mainstay of Hebei's trade in 2023. It was "
      + "worth 3.2 billion yuan.", MARCH);
    expect(one(facts, 3.2)).toMatchObject({ entity: "hebei", measure: "amount", subject: "border trade" });
  });
  it("leaves a sentence that goes on with a place's own figure to the place", () => {
    const facts = factsOf("Border trade, the mode small traders use, remained the mainstay of Hebei's trade in 2023. Hebei's "
      + "exports rose 5 percent.", MARCH);
    expect(one(facts, 5)).toMatchObject({ entity: "hebei", metric: "exports" });
    expect(one(facts, 5).subject).toBeUndefined();
  });
});

describe("a trade mode named in the sentence before, with a figure", () => {
  it("goes on in 'exports under the mode' and 'within that'", () => {
    const under = factsOf("In 2023, Hebei's general trade grew 5 percent. Exports under the mode reached 3 billion yuan.", MARCH);
    expect(one(under, 3)).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount", subject: "general trade" });
    const within = factsOf("In 2023, Hebei's general trade grew 5 percent. Within that, exports rose 3 percent.", MARCH);
    expect(one(within, 3)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth", subject: "general trade" });
  });
});

describe("'It' after a sentence with a figure", () => {
  it("goes on with a mode 'in this category', not with what a figureless sentence opened with", () => {
    const facts = factsOf("In 2023, Hebei's general trade grew 5 percent. It grew in this category by 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", measure: "growth", subject: "general trade" });
  });
});

describe("the change right after a quantity counted", () => {
  it("is of the quantity's goods, named by their count only", () => {
    const facts = factsOf("Hebei's trade grew 4 percent in 2023. Hebei handled 36.2 million tonnes of freight, up 6.9 percent.", MARCH);
    expect(one(facts, 36.2)).toMatchObject({ entity: "hebei", measure: "count", subject: "freight" });
    expect(one(facts, 6.9)).toMatchObject({ entity: "hebei", measure: "growth", subject: "freight", qualifier: "freight, quantity" });
  });
});

describe("counts and sums that are no flow of goods", () => {
  it("certificates issued are of no flow, the exports they cover are", () => {
    const facts = factsOf("In 2023, Hebei customs issued 36,700 certificates of origin, covering exports of 2.1 billion yuan.", MARCH);
    expect(one(facts, 36700)).toMatchObject({ metric: "other", measure: "count", unit: "certificates" });
    expect(one(facts, 2.1).metric).toBe("exports");
  });
  it("duties saved are of no flow, a change of exports after them is", () => {
    const facts = factsOf("In 2023, the new rules saved Hebei's exporters 8.6 million yuan in duties, while exports grew 3 percent.", MARCH);
    expect(one(facts, 8.6)).toMatchObject({ entity: "hebei", metric: "other", measure: "amount" });
    expect(one(facts, 3)).toMatchObject({ metric: "exports", measure: "growth" });
  });
  it("tariffs paid and duties waived after a change of exports are of no flow", () => {
    const paid = factsOf("In 2023, Hebei's exports grew 3 percent, and its exporters paid 8.6 million yuan in tariffs.", MARCH);
    expect(one(paid, 8.6)).toMatchObject({ entity: "hebei", metric: "other", measure: "amount" });
    const waived = factsOf("In 2023, Hebei's exports grew 3 percent, with 8.6 million yuan of duties waived.", MARCH);
    expect(one(waived, 8.6)).toMatchObject({ entity: "hebei", metric: "other", measure: "amount" });
  });
});
