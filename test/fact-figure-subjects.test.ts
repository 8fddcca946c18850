import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// What a figure is of (subjectFor, countedLead, quantityChange and partFlow in facts/extract.ts): the goods a counted
// quantity leads until a flow or place of their own comes between, the change right after a quantity, the goods,
// trade mode or pronoun a clause goes on with, and the flow of a share of the total. The quantities stand in a second
// sentence, so that an offset taken from the document instead of the sentence shows. Made-up sentences in an article on
// Hubei. (Written against the mutants that survived the facts area's mutation run, Stop 26: a sentence offset added
// instead of subtracted, a quantity of an earlier sentence leading, a place inside a route breaking the lead, a
// tonnage with no goods after it read past its end, "its" taken for a trade mode's when it is the place's, an earlier
// clause's flow counted for a share.)
const read = (text: string) => factsOf(text, { title: "Hubei trade", published: "2024-03-01" })
  .map((f: Fact) => [f.value, f.entity, f.subject, f.metric, f.measure, f.qualifier]);

describe("a counted quantity and the figures after it", () => {
  it("gives the change right after a quantity to the quantity, and the value and its change to the goods", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement, up 12.4 percent, worth 2.16 billion yuan, "
      + "up 4.1 percent.")).toEqual([
      [3.5, "hubei", "cement", "exports", "count", "cement"], [12.4, "hubei", "cement", "exports", "growth", "cement, quantity"],
      [2.16, "hubei", "cement", "exports", "amount", "cement"], [4.1, "hubei", "cement", "exports", "growth", "cement"]]);
  });
  it("leads a figure past a place the goods went through", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement through Wuhan and earned 2.16 billion yuan."))
      .toContainEqual([2.16, "hubei", "cement", "exports", "amount", "cement"]);
  });
  it("leads a figure past a place that ends the route the goods took", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement through Wuhan, worth 2.16 billion yuan."))
      .toContainEqual([2.16, "hubei", "cement", "exports", "amount", "cement"]);
  });
  it("leads a figure past a partner named after it", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement in 2023 and earned 2.16 billion yuan from "
      + "Vietnam.")).toContainEqual([2.16, "hubei", "cement", "exports", "amount", "cement"]);
  });
  it("stops at a place of the figure's own", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement, and Wuhan earned 2.16 billion yuan from it."))
      .toContainEqual([2.16, "city:wuhan", undefined, "exports", "amount", undefined]);
  });
  it("stops at a flow of the figure's own", () => {
    expect(read("Trade grew. Hubei exported 3.5 million tonnes of cement, worth 2.16 billion yuan, while total imports "
      + "rose 4 percent.")).toContainEqual([4, "hubei", undefined, "imports", "growth", undefined]);
  });
  it("leads no figure of the next sentence", () => {
    expect(read("Hubei exported 3.5 million tonnes of cement in 2023. Tourism brought in 2.16 billion yuan."))
      .toContainEqual([2.16, "hubei", undefined, "other", "amount", undefined]);
  });
  it("reads a tonnage that names no goods after it", () => {
    expect(read("Trade grew. Hubei imported 27.4 million tonnes in 2023.").map(([v, e, , m, me]) => [v, e, m, me]))
      .toEqual([[27.4, "hubei", "imports", "count"]]);
  });
});

// (b13's first run: goods that open their clause with how they came in were read as no goods, and left out of a ranking)
describe("goods that open their clause with how they came in", () => {
  it("reads 'X imported by rail amounted to N tonnes, worth …, up …' as X's figures", () => {
    expect(read("Trade grew. Soybeans imported by rail amounted to 0.82 million tonnes, worth 3.05 billion yuan, up 6.2 percent."))
      .toEqual([[0.82, "hubei", "soybeans", "imports", "count", "soybeans"], [3.05, "hubei", "soybeans", "imports", "amount", "soybeans"],
        [6.2, "hubei", "soybeans", "imports", "growth", "soybeans"]]);
  });
});

describe("the subject a clause goes on with", () => {
  it("gives a later clause the enterprise type an earlier one named, also with a partner of its own", () => {
    expect(read("Exports by private enterprises rose 5 percent, while imports fell 2 percent.")[1])
      .toEqual([-2, "hubei", "private enterprises", "imports", "growth", "private enterprises"]);
    expect(read("Exports by private enterprises rose 5 percent, while imports from Japan fell 2 percent.")[1])
      .toEqual([-2, "hubei", "private enterprises", "imports", "growth", "private enterprises"]);
  });
  it("gives a later clause that names a place of its own none of an earlier clause's enterprise type", () => {
    const [, fell] = read("Exports by private enterprises rose 5 percent, while Wuhan's imports fell 2 percent.");
    expect(fell).toEqual([-2, "city:wuhan", undefined, "imports", "growth", undefined]);
  });
  it("gives 'its' after a trade mode the trade mode", () => {
    expect(read("Processing trade rose 5 percent. Its exports fell 2 percent.")[1])
      .toEqual([-2, "hubei", "processing trade", "exports", "growth", "processing trade"]);
  });
  it("goes on with the trade mode 'its' named in the clause before", () => {
    expect(read("Processing trade rose 5 percent. Its exports fell 2 percent, while imports rose 1 percent.")[2])
      .toEqual([1, "hubei", "processing trade", "imports", "growth", "processing trade"]);
  });
  it("gives 'its' after an enterprise type the place's, not the enterprises'", () => {
    expect(read("Private enterprises traded 5 billion yuan. Its trade with Japan fell 2 percent.")[1])
      .toEqual([-2, "hubei", undefined, "trade", "growth", undefined]);
  });
  it("gives 'in this sector' the subject the sentence before named", () => {
    expect(read("Cross-border e-commerce grew fast. Exports in this sector rose 5 percent."))
      .toEqual([[5, "hubei", "cross-border e-commerce", "exports", "growth", "cross-border e-commerce"]]);
  });
});

describe("the flow of a share of the total", () => {
  it("takes the one flow its clause names before it, and none of two", () => {
    expect(read("Imports made up 45 percent of total trade.")).toEqual([[45, "hubei", undefined, "imports", "share",
      undefined]]);
    expect(read("Exports and imports made up 45 percent of total trade.")).toEqual([[45, "hubei", undefined, "trade",
      "share", undefined]]);
    expect(read("Exports rose 5 percent, while imports made up 45 percent of total trade.")[1])
      .toEqual([45, "hubei", undefined, "imports", "share", undefined]);
  });
});

describe("border small-scale trade", () => {
  it("is border trade (small-volume, small-amount or small-scale), never the place's total", () => {
    const facts = factsOf("Dongxing's trade reached 40.2 billion yuan in 2018. Border small-scale trade came to 21.3 billion yuan, up "
      + "5.1 percent.", { published: "2019-01-20" });
    expect([21.3, 5.1].map((v) => one(facts, v).subject)).toEqual(["border trade", "border trade"]);
  });
});

describe("tourist shopping trade", () => {
  it("is a mode of its own, never the place's total", () => {
    const facts = factsOf("Dongxing's trade reached 40.2 billion yuan in 2018. Dongxing's tourist shopping trade came to 960 "
      + "million yuan, up 4.4 percent.", { published: "2019-01-20" });
    expect([960, 4.4].map((v) => one(facts, v).subject)).toEqual(["tourist shopping trade", "tourist shopping trade"]);
  });
});

describe("a mode's change to an amount restated as its share of the total", () => {
  it("reads 'X, up A percent to B, or C percent of the total' as X's trade growth, like its amount and share", () => {
    const facts = factsOf("Anhui's foreign trade reached 468.3 billion yuan in 2019. Exports grew 10.1 percent and imports "
      + "rose 8.2 percent.\n\nThe fastest-growing mode was market procurement, up 41.7 percent to 27.15 billion yuan, or 5.8 "
      + "percent of the total.", { published: "2020-02-10" });
    const growth = one(facts, 41.7);
    expect([growth.metric, growth.measure, growth.subject]).toEqual(["trade", "growth", "market procurement"]);
    expect(one(facts, 27.15).metric).toBe("trade");
  });
});

describe("goods with their parts named before a flow", () => {
  it("are one goods, never the place's whole flow", () => {
    const facts = factsOf("Shanxi's imports fell 4.1 percent in 2031. Glider and parts imports rose 16.2 percent and exports 31.7 "
      + "percent.", { published: "2032-01-20" });
    expect(one(facts, -4.1).subject).toBeUndefined();
    expect(one(facts, 16.2)).toMatchObject({ metric: "imports", subject: "glider and parts" });
    expect(one(facts, 31.7)).toMatchObject({ metric: "exports", subject: "glider and parts" });
  });
});

describe("a service's receipts and payments", () => {
  it("are its exports and imports, never goods called receipts, and so are the next sentence's", () => {
    const facts = factsOf("Shanxi's trade in services grew in 2031. Charges for the use of intellectual property came to 8.3 billion "
      + "yuan, of which payments abroad were 6.1 billion yuan and receipts 2.2 billion yuan. Receipts grew faster, by 27.4 "
      + "percent.", { published: "2032-02-10" });
    const named = "charges for the use of intellectual property";
    expect(one(facts, 8.3)).toMatchObject({ metric: "trade", subject: named });
    expect(one(facts, 6.1)).toMatchObject({ metric: "imports", subject: named });
    expect(one(facts, 2.2)).toMatchObject({ metric: "exports", subject: named });
    expect(one(facts, 27.4)).toMatchObject({ metric: "exports", subject: named, measure: "growth" });
  });
});
