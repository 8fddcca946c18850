import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askedParts, partsUnsaid } from "../retrieval/askedParts.js";
import { answersOver } from "./helpers/answerOver.js";

// The parts a question asks, one per conjunct with a measure of its own, and answers that give each or name it as
// not stated. Made-up questions and documents.
const kinds = (q: string) => askedParts(q).map((p) => p.kind);

describe("the parts a question asks", () => {
  it("reads a quantity and the change asked as 'what happened to' the value", () => {
    expect(kinds("how many tonnes of tin did fenhe export in 2031, and what happened to the export value?"))
      .toEqual(["count", "growth"]);
  });
  it("reads a value and a count of people joined by 'and'", () => {
    expect(kinds("fenhe duty free 2031: sales and number of shoppers?")).toEqual(["value", "count"]);
  });
  it("reads parts joined by '+', '&', 'w/' and a comma", () => {
    expect(kinds("fenhe exports 2031 value + yoy")).toEqual(["value", "growth"]);
    expect(kinds("fenhe tin exports 2031 in tonnes w/ yoy")).toEqual(["count", "growth"]);
    expect(kinds("fenhe trade in 2031, how much & its share of the total")).toEqual(["value", "share"]);
    expect(kinds("fenhe port container throughput in 2031, in teu, and how much did it grow?")).toEqual(["count", "growth"]);
    expect(kinds("where did fenhe rank for trade in 2031, and what share of the province was it?")).toEqual(["rank", "share"]);
  });
  it("takes a change set against an earlier quarter as a change", () => {
    expect(kinds("fenhe trade in q3 2031, how much, and the qoq change vs q2?")).toEqual(["value", "growth"]);
  });
  it("reads a flow named first with no measure, then a measure of its own, as its value asked too", () => {
    expect(kinds("fenhe trade in q3 2031 alone, and the qoq change?")).toEqual(["value", "growth"]);
    expect(kinds("fenhe tin exports in 2031 + yoy")).toEqual(["value", "growth"]);
    // (not a heading the asks after a colon or a dash are of)
    expect(kinds("fenhe exports 2031: growth and share?")).toEqual(["growth", "share"]);
    expect(kinds("fenhe exports 2031 - growth and share?")).toEqual(["growth", "share"]);
  });
  it("reads one part where the conjuncts name no measure of their own", () => {
    expect(kinds("fenhe imports+exports in 2031?")).toEqual([]);
    expect(kinds("how much did fenhe export in 2031?")).toEqual(["value"]);
    expect(kinds("fenhe export value growth in 2031?")).toEqual(["growth"]);
  });
  it("leaves conjuncts that set two sides against each other to the comparison's own reading", () => {
    expect(kinds("fenhe vs gaoling trade in 2031 - which was bigger and which grew faster?")).toEqual([]);
    expect(kinds("how much did fenhe export in 2031, and how much more than gaoling?")).toEqual(["value"]);
    // (a gap to an average, or a figure a report implies, is worked out, no growth of the place's own)
    expect(kinds("fenhe 2031 - share of the national total, and how many pts above the national growth rate?"))
      .toEqual(["share"]);
    expect(kinds("what export and import growth rates does the fenhe 2031 report imply?")).toEqual([]);
  });
  it("takes the currency asked as no part of its own", () => {
    expect(kinds("how much did fenhe's trade drop in 2031, in yuan?")).toEqual(["growth"]);
    expect(kinds("fenhe trade 2031 - value in usd and yoy?")).toEqual(["value", "growth"]);
  });
  it("takes no part from words that name the source", () => {
    expect(kinds("how much did fenhe and gaoling trade combined in 2031, according to the report on fenhe and gaoling growth?"))
      .toEqual(["value"]);
  });
});

describe("the parts quoted sentences leave unsaid", () => {
  it("finds a rank said in words, and names it where no sentence says one", () => {
    const q = "fenhe trade in 2031, how much and where did it rank?";
    expect(partsUnsaid(q, ["Fenhe's trade was 3.1 billion yuan in 2031, third among the province's cities."])).toEqual([]);
    expect(partsUnsaid(q, ["Fenhe's trade was 3.1 billion yuan in 2031."])).toEqual(["rank"]);
  });
  it("takes a quantity for 'how much' of goods, but only money for a value asked by name", () => {
    expect(partsUnsaid("how much tin did fenhe export in 2031, and the yoy?", ["Fenhe exported 8,240 tonnes of tin, up 3 percent."]))
      .toEqual([]);
    expect(partsUnsaid("fenhe tin exports 2031, value and yoy?", ["Fenhe exported 8,240 tonnes of tin, up 3 percent."]))
      .toEqual(["value"]);
  });
  it("takes a number of things with no unit it knows as a count said", () => {
    expect(partsUnsaid("how many tractors did fenhe ship abroad in 2031 and what were they worth?",
      ["Tractors earned 120 million dollars: local makers shipped 1.4 million tractors abroad."])).toEqual([]);
  });
  it("asks nothing of a question of one part", () => {
    expect(partsUnsaid("how much did fenhe export in 2031?", ["Fenhe's exports rose 3 percent."])).toEqual([]);
  });
});

describe("answers to a question of two parts", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "fenhe.md": `---
title: "Fenhe tin exports in 2031"
published: "2032-01-15"
---
Fenhe's foreign trade rose 5.2 percent in 2031. Fenhe exported 8,240 tonnes of tin in 2031, worth 312 million US dollars.
`,
      "gaoling.md": `---
title: "Gaoling tin exports in 2031"
published: "2032-01-16"
---
Gaoling's foreign trade rose 3.1 percent in 2031. Gaoling exported 6,150 tonnes of tin in 2031, worth 205 million US dollars, up 9.6 percent.
`,
      "hebei.md": `---
title: "Hebei trade in 2031"
published: "2032-01-15"
---
Hebei's foreign trade rose 5.2 percent in 2031 to 41.3 billion yuan.

Tin exports totaled 8,240 tonnes. The value of tin exports was 312 million US dollars.
`,
      "shanxi.md": `---
title: "Shanxi trade in 2031"
published: "2032-01-15"
---
Shanxi's foreign trade rose 3.1 percent in 2031 to 21.7 billion yuan.

Tin exports rose 9.6 percent to 205 million US dollars, on 6,150 tonnes.
`,
    }));
  }, 60_000);
  afterAll(async () => close());

  it("names the change asked as not stated when a quoted sentence gives the quantity and the value but no change", async () => {
    const a = await ask("how many tonnes of tin did fenhe export in 2031, and what happened to the export value?");
    expect(a.answer).toMatch(/8,?240/);
    expect(a.missing).toContain("its growth");
    expect(a.abstained).toBe(true);
  });
  it("answers whole when the quoted sentence states a change too", async () => {
    const a = await ask("how many tonnes of tin did gaoling export in 2031, and what happened to the export value?");
    expect(a.answer).toMatch(/6,150 tonnes/);
    expect(a.missing ?? []).not.toContain("its growth");
    expect(a.abstained).toBe(false);
  });
  it("names the change as not stated when the figures give the quantity and the value but no change", async () => {
    const a = await ask("how many tonnes of tin did hebei export in 2031, and what happened to the export value?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([8240, 312]));
    expect(a.missing).toContain("its growth");
    expect(a.abstained).toBe(true);
  });
  it("answers whole when the figures give the change too, read as the change 'what happened to' asks", async () => {
    const a = await ask("how many tonnes of tin did shanxi export in 2031, and what happened to the export value?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([6150, 9.6]));
    expect(a.missing).toBeUndefined();
    expect(a.abstained).toBe(false);
  });
});
