import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Quantities that are not money, asked and read in their own units: a table column counting firms or projects (never
// in the caption's money), a port's freight or cargo asked as tonnes, power asked as kWh, and units written in three
// letters ("kwh") asked by that short name. Made-up places and figures.

const ZONES = [
  "Pilot zones of Ruritania handled more trade in 2031.",
  "Table 1. Selected zones, 2031 (trade in billion yuan)",
  "| Zone | Trade | Growth (%) | New firms | Share (%) |",
  "| Alpha FTZ | 120.5 | 12.6 | 11,270 | 50.1 |",
  "| Beta FTZ | 80.1 | 15.7 | 9,850 | 27.8 |",
].join("\n");

describe("a table column naming what it counts", () => {
  it("reads 'New firms' as a count of firms, not an amount in the caption's billion yuan", () => {
    const facts = factsOf(ZONES, { title: "Zone overview 2031" });
    const f = one(facts, 11270);
    expect([f.measure, f.unit]).toEqual(["count", "firms"]);
    expect(one(facts, 120.5).unit).toBe("billion yuan");
  });
  it("reads a 'Projects' column as projects", () => {
    const facts = factsOf([
      "Table 2. Investment in the zones, 2031 (billion yuan)",
      "| Zone | Investment | Projects |",
      "| Alpha FTZ | 42.5 | 318 |",
    ].join("\n"), { title: "Zone overview 2031" });
    expect([one(facts, 318).measure, one(facts, 318).unit]).toEqual(["count", "projects"]);
  });
});

describe("a port's freight or cargo, a power sale: quantities asked", () => {
  const measures = (q: string) => parseQuestion(q).measures;
  it("asks a port's freight as a count, with no money", () => {
    expect(measures("freight thru the zigong railway port in 2031?")).toContain("count");
    expect(measures("freight thru the zigong railway port in 2031?")).not.toContain("amount");
    expect(measures("zigong port cargo in h1 2031 and growth rate")).toContain("count");
  });
  it("still asks money of a cargo airport's trade or of freight's value", () => {
    expect(measures("how much trade did the zigong cargo airport handle in 2031?")).not.toContain("count");
    expect(measures("what was the value of freight thru zigong port in 2031?")).toContain("amount");
  });
  it("asks power sold as a count (kWh), with no money", () => {
    expect(measures("how much electricity did qinghai sell to nepal in 2031")).toContain("count");
    expect(measures("how much electricity did qinghai sell to nepal in 2031")).not.toContain("amount");
    expect(measures("how much power equipment did qinghai export in 2031")).not.toContain("count");
  });
});

const POWER = `---
title: "Qinghai power sales abroad in 2031"
published: "2032-01-20"
---
Qinghai sold power to its neighbours in 2031. Nepal was the largest buyer of Qinghai power, taking 2.47 billion kWh, followed by Bhutan with 0.81 billion kWh.

Qinghai's foreign trade with Nepal reached 12.4 billion yuan in 2031.
`;
const PORT = `---
title: "Zigong port in 2031"
published: "2032-01-18"
---
Zigong's foreign trade reached 61.3 billion yuan in 2031, up 4.2 percent.

Freight through the Zigong railway port reached 8.44 million tonnes in 2031, up 3.6 percent.

The Zigong-Europe trains carried 41,250 TEU in 2031 on 512 trips.
`;

describe("quantities answered in their own units", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "power.md": POWER, "port.md": PORT });
  });
  afterAll(() => ask.close());
  it("gives the kWh a partner took for 'how much electricity did X sell to Y', never the trade", async () => {
    const a = await ask.ask("how much electricity did qinghai sell to nepal in 2031");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(2.47);
    expect(a.figures.map((f) => f.value)).not.toContain(12.4);
  });
  it("leaves a partner's kWh of no flow stated unread as imports from it", async () => {
    const a = await ask.ask("how much electricity did qinghai import from nepal in 2031");
    expect(a.figures.map((f) => f.value)).not.toContain(2.47);
  });
  it("gives a port's freight in tonnes, never the city's trade", async () => {
    const a = await ask.ask("freight thru the zigong railway port in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(8.44);
    expect(a.figures.map((f) => f.value)).not.toContain(61.3);
  });
  it("reads the chat spelling 'thruput' as throughput", async () => {
    const a = await ask.ask("zigong railway port freight thruput in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(8.44);
  });
});

describe("a count taken as the asked goods by its unit alone", () => {
  it("yields to the same count naming the goods", async () => {
    const { candidates, questionWords } = await import("../retrieval/figures/select.js");
    const base = { entity: "qinghai", metric: "exports", measure: "count", value: 2.47, unit: "billion kWh", scale: 1,
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 }, start: 0, end: 10 };
    const bare = { ...base, id: "a", docId: "notice" };
    const named = { ...base, id: "b", docId: "table", subject: "electricity", qualifier: "electricity" };
    const spec = { entity: "qinghai", metric: "exports" as const, measures: ["count" as const], subjects: ["electricity"],
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 }, words: questionWords("qinghai electricity exports in 2031, how many kWh?") };
    const ranked = candidates([bare, named] as never, spec as never);
    expect(ranked.map((f) => f.id)).toEqual(["b", "a"]);
  });
});
