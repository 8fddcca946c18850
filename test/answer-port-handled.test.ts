import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { matchFact, questionWords, type Spec } from "../retrieval/figures/select.js";
import type { Fact } from "../text/terms.js";

// What a port handled (its containers in TEUs) asked in words other than "throughput": "container volume", "grew faster
// in containers". Made-up places' names and figures.
describe("a port's containers asked without 'throughput'", () => {
  it("asks a count", () => {
    for (const text of ["how many times bigger was alpha port's container volume in 2031 than in 2025",
      "which port grew faster in containers, alpha or beta?"]) {
      expect(parseQuestion(text).measures, text).toContain("count");
    }
  });
  it("leaves the value of goods that went in containers alone", () => {
    expect(parseQuestion("what was the value of goods shipped in containers from alpha in 2031?").measures).not.toContain("count");
  });
});

let next = 0;
const fact = (over: Partial<Fact>): Fact => ({
  id: `p${next++}`, docId: "d", passageId: "p", start: 0, end: 1, valueStart: 0, valueEnd: 1,
  entity: "city:alpha", metric: "other", measure: "growth", value: 10, unit: "%", scale: 1, ...over,
});

describe("the change of a quantity in another unit than the one asked", () => {
  const spec = (text: string): Spec => ({ words: questionWords(text), entity: "city:alpha", metric: "other", measures: ["growth"] });
  it("is no answer: a tonnes' change when containers are asked, a containers' change when cargo is", () => {
    const tonnes = fact({ qualifier: "port, tonnes, quantity", value: 26 });
    const teus = fact({ qualifier: "TEU, quantity", value: 32 });
    expect(matchFact(tonnes, spec("which port grew faster in containers in 2031, alpha or beta?"))).toBeNull();
    expect(matchFact(teus, spec("which port grew faster in containers in 2031, alpha or beta?"))).not.toBeNull();
    expect(matchFact(teus, spec("alpha port cargo tonnes in 2031, growth?"))).toBeNull();
  });
  it("is still an answer when the question names no unit, or the change names none", () => {
    expect(matchFact(fact({ qualifier: "port, tonnes, quantity" }), spec("how fast did alpha port grow in 2031?"))).not.toBeNull();
    expect(matchFact(fact({ qualifier: "quantity" }), spec("which port grew faster in containers in 2031?"))).not.toBeNull();
  });
});

const ARTICLE = `---
title: "Ports of the gulf in 2031"
published: "2032-01-15"
---
Alpha port handled 61.2 million tonnes of cargo in 2031, up 26 percent, and 2.41 million TEUs of containers, up 32.5 percent.

Beta port handled 80.4 million tonnes of cargo in 2031, up 4 percent, and 5.6 million TEUs of containers, up 15 percent.
`;

describe("ports compared on their containers and their cargo", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ports.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("compares the containers' growth, not the cargo's", async () => {
    const a = await ask.ask("2031: which port grew faster in containers, alpha or beta?");
    const values = a.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([32.5, 15]));
    expect(values).not.toContain(26);
  });
});

describe("a port's containers with the foreign-trade part stated after them", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "gamma.md": `---
title: "Gamma port in 2031"
published: "2032-01-12"
---
Gamma port handled 2.75 million TEUs of containers in 2031, an increase of 9.4 percent.

Foreign trade containers at Gamma port totaled 0.83 million TEUs, up 21.7 percent.
` });
  });
  afterAll(() => ask.close());
  it("gives the port's whole container throughput, asked with no trade named", async () => {
    const a = await ask.ask("gamma port container throughput 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.unit.includes("TEU"))?.value).toBe(2.75);
  });
  it("gives the foreign-trade part when the question names it", async () => {
    const a = await ask.ask("gamma port foreign trade containers 2031, how many TEUs?");
    expect(a.figures.find((f) => f.unit.includes("TEU"))?.value).toBe(0.83);
  });
});
