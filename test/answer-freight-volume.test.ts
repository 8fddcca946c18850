import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// The freight a border port handled ("8.35 million tonnes of cross-border freight"), asked as its "freight volume",
// alone or beside the port's trade value. Made-up article and figures.
const ARTICLE = `---
title: "Dongxing port in 2031"
published: "2032-01-20"
---
Dongxing, a land port on the border with Vietnam, recorded trade of 7.41 billion dollars in 2031, up 12.2 percent, and handled 3.92 million tonnes of cross-border freight, 5.5 percent more than in 2030.
`;

describe("cross-border freight a port handled", () => {
  it("is its freight", () => {
    const facts = factsOf(ARTICLE.replace(/^---[\s\S]*?---\n/, ""), { published: "2032-01-20" });
    expect(one(facts, 3.92)).toMatchObject({ entity: "city:dongxing", measure: "count", subject: "freight" });
  });
});

describe("'freight volume'", () => {
  it("asks a count, not a value", () => {
    const q = parseQuestion("dongxing freight volume in 2031?");
    expect(q.measures).toContain("count");
    expect(q.measures).not.toContain("amount");
  });
});

describe("a port's freight volume asked", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "dongxing.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("beside its trade value gives both", async () => {
    const a = await ask.ask("dongxing port 2031 - trade value and freight volume?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([7.41, 3.92]));
  });
  it("alone gives the freight, not the trade value", async () => {
    const a = await ask.ask("dongxing freight volume in 2031?");
    expect(a.figures.map((f) => f.value)).toContain(3.92);
    expect(a.figures.map((f) => f.value)).not.toContain(7.41);
  });
});

describe("a table of ports' trains and freight, each with its change", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ports.md": `---
title: "Two border ports in January-November"
published: "2019-12-10"
---
Trade through the two ports kept growing in the first 11 months of 2019.

| Port | China-Europe trains | Change | Freight volume (million tonnes) | Change |
|---|---|---|---|---|
| Dongxing | 1,211 | +18.6% | 14.32 | +2.7% |
` });
  });
  afterAll(() => ask.close());
  it("gives the freight and its own change for 'freight volume and change'", async () => {
    const a = await ask.ask("dongxing freight volume jan-nov 2019 and change?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([14.32, 2.7]));
    expect(a.figures.map((f) => f.value)).not.toContain(18.6);
  });
});
