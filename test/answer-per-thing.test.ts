import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A total over the things counted that carried it (TEU per trip, tonnes and value per train), a base given as a bare
// number ("up from 150 in 2029"), and deals counted as agreements. Made-up services, lines, fairs and figures.
const SERVICE = `---
title: "Freight trains to Europe in 2030"
published: "2031-01-20"
---
Hefei's Hexinou service ran 320 trips in 2030, up from 150 in 2029, and carried 28,800 TEU of containers. Goods on the trains were worth 4.10 billion US dollars.
`;
const LINE = `---
title: "Cross-border railway posts record year"
published: "2031-01-15"
---
NANNING - Officials of the Dian-Mekong railway said the line ran 4,000 cross-border freight trains in 2030, up 10 percent, carrying 3.2 million tonnes of goods worth 12.8 billion yuan.
`;
const FAIR = `---
title: "First Sino-Nordic fair closes with 3.4 billion dollars of deals"
published: "2031-07-02"
---
HEFEI - The first China-ASEAN Economic and Trade Fair closed in Hefei, capital of Anhui province, on June 29 after three days, with 57 cooperation agreements worth 3.4 billion US dollars signed, the organisers said on Sunday.
`;
const body = (doc: string) => doc.replace(/^---[\s\S]*?---\n/, "");

describe("a base given as a bare number", () => {
  it("keeps its period to itself: the figure after it is of the sentence's own year", () => {
    const facts = factsOf(body(SERVICE), { published: "2031-01-20" });
    expect(one(facts, 28800).period).toMatchObject({ y1: 2030, y2: 2030 });
    expect(one(facts, 320).period).toMatchObject({ y1: 2030, y2: 2030 });
  });
});

describe("deals signed", () => {
  it("are no goods when a title gives their value ('3.4 billion dollars of deals')", () => {
    const facts = factsOf(body(FAIR), { title: "First Sino-Nordic fair closes with 3.4 billion dollars of deals",
      published: "2031-07-02" });
    expect(facts.filter((f) => f.subject === "deals")).toEqual([]);
  });
});

describe("a total over the things counted that carried it", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "service.md": SERVICE, "line.md": LINE, "fair.md": FAIR });
  });
  afterAll(() => ask.close());

  it("gives TEU per trip from the trips and the TEU one sentence states", async () => {
    const a = await ask.ask("avg teu per trip on the hexinou trains in 2030?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(90);
  });

  it("gives tonnes per train and value per train, each asked", async () => {
    const a = await ask.ask("dian-mekong railway 2030 cross-border freight: avg tonnes per train? and avg value per train");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([800, 3200000]));
  });

  it("abstains for a line no document names", async () => {
    const a = await ask.ask("avg tonnes per train on the xyzzy railway in 2030?");
    expect(a.abstained).toBe(true);
    expect(a.figures.map((f) => f.value)).not.toContain(800);
  });

  it("counts deals asked as the agreements signed, beside their value", async () => {
    const a = await ask.ask("first china-asean fair in hefei: how many deals and worth how much?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([57, 3.4]));
  });
});
