import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// The lines of a document that say when a report was filed, not what its figures are of: a date line opening a
// sentence, a dateline of its own, a report on last year published early this year, and the office a lead cites.
// (Written against the mutants of extractDocumentFacts that survived the facts area's mutation run, issue 17 second
// round: the date line's period kept as the figures' period, a dateline overriding the document's published date, the
// passage of a document's first sentence missed, an office cited anywhere in the text taken for the lead's.)
const read = (text: string, meta: { title?: string; published?: string }) =>
  factsOf(text, meta).map((f) => [f.entity, f.metric, f.value, f.period && periodLabel(f.period)]);

describe("a date line opening a sentence", () => {
  it("gives the sentence's figures no period of its own: the date is when the report was filed", () => {
    expect(read("BEIJING, March 5, 2024 -- Guangdong's exports rose 5 percent.", { title: "Trade news" }))
      .toEqual([["guangdong", "exports", 5, undefined]]);
  });
  it("leaves the periods the sentence names after the date line", () => {
    const text = "BEIJING, March 5, 2024 -- Guangdong's exports rose 5 percent in the first two months.";
    expect(read(text, { title: "Trade news" }))
      .toEqual([["guangdong", "exports", 5, "January–February 2024"]]);
  });
  it("leaves a rank the period the text was in, or the one named after the date line, with or without a place", () => {
    const meta = { title: "Trade news", published: "2024-03-05" };
    const ranked = "Guangdong ranked first in the country in foreign trade";
    expect(read(`Guangdong's trade rose 5 percent in 2023.\nBEIJING, March 5, 2024 -- ${ranked}.`, meta)[1])
      .toEqual(["guangdong", "trade", 1, "2023"]);
    expect(read(`Guangdong's trade rose 5 percent in 2023.\nMarch 5, 2024 -- ${ranked}.`, meta)[1])
      .toEqual(["guangdong", "trade", 1, "2023"]);
    expect(read(`BEIJING, March 5, 2024 -- ${ranked} in 2023.`, meta)).toEqual([["guangdong", "trade", 1, "2023"]]);
  });
  it("is no period named beside the sentence's own: a month of the text's quarter goes on as the only one", () => {
    const meta = { title: "Hubei trade in the first quarter of 2024", published: "2024-04-10" };
    expect(read("BEIJING, March 5, 2024 -- In January, Hubei's exports rose 5 percent. Imports rose 3 percent.", meta))
      .toEqual([["hubei", "exports", 5, "January 2024"], ["hubei", "imports", 3, "January 2024"]]);
  });
});

describe("a dateline on its own line", () => {
  const text = "LHASA, January 22, 2013 (Xinhua)\nXizang's exports rose 5 percent in the first half.";
  it("dates an undated document: the last half-year before January 2013", () => {
    expect(read(text, { title: "Xizang trade" })).toEqual([["tibet", "exports", 5, "first half of 2012"]]);
  });
  it("does not override the date the document was published", () => {
    expect(read(text, { title: "Xizang trade", published: "2014-03-01" }))
      .toEqual([["tibet", "exports", 5, "first half of 2013"]]);
  });
});

describe("a report on last year published early this year", () => {
  const text = "Trade shrank in 2009.\n\nIn the first half of the year, Guangdong's exports fell 5 percent.";
  it("reads 'the first half of the year' as of the year reported on in January, of its own year from March", () => {
    expect(read(text, { title: "Guangdong trade", published: "2010-01-20" }))
      .toEqual([["guangdong", "exports", -5, "first half of 2009"]]);
    expect(read(text, { title: "Guangdong trade", published: "2010-03-20" }))
      .toEqual([["guangdong", "exports", -5, "first half of 2010"]]);
  });
});

describe("the passage a document's first figure cites", () => {
  it("is the first passage, when the figure opens the document", () => {
    const sentences = ["1,200 China-Europe freight trains left Wuhan in 2023, the railway office said in its report."];
    sentences.push(...Array.from({ length: 6 }, (_, i) => `Hubei's exports to market ${i + 1} rose ${i + 1} percent `
      + "in 2023, "
      + "the customs office said in its monthly commentary on the trade of the province and of its cities."));
    const facts = factsOf(sentences.join(" "), { published: "2024-03-01" });
    expect(facts[0]?.start).toBe(0);
    expect(facts[0]?.passageId).toBe("d#0");
    expect(facts.at(-1)?.passageId).not.toBe("d#0");
  });
});

describe("the office a lead cites", () => {
  const pad = " Shipping lines added routes, warehouses filled up and freight rates eased over the months after "
    + "the holiday.";
  const meta = { title: "Trade news", published: "2024-01-20" };
  const text = (padding: string) =>
    `The city's exports rose 5 percent in 2023.${padding} The figures came from Nanjing Customs.`;
  it("makes its city the place of the lead's figures, only when cited in the first 600 characters", () => {
    expect(read(text(pad), meta)).toEqual([["city:nanjing", "exports", 5, "2023"]]);
    expect(text(pad.repeat(6)).indexOf("Nanjing")).toBeGreaterThan(600);
    expect(read(text(pad.repeat(6)), meta).map(([entity]) => entity)).not.toContain("city:nanjing");
  });
});
