import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Lists and rankings of named items answered from made-up reports (stop 32). Made-up places' figures.
const REPORT = `Hunan Customs: foreign trade in the first three quarters of 2031
October 20, 2031

In the first three quarters of 2031, Hunan's foreign trade rose 4.2 percent to 512.3 billion yuan.

4. Trade by product
Exports of textiles and garments fell 2.1 percent to 40.5 billion yuan.
Exports of the 'new three' products grew 11.8 percent to a combined 23.45 billion yuan.
Electric vehicles nearly doubled, rising 92.4 percent to 5.62 billion yuan; lithium batteries rose 21.8 percent to 7.35 billion yuan; and solar cells fell 4.5 percent to 10.48 billion yuan as module prices dropped.
On the import side, crude oil imports fell 8.3 percent to 66.4 billion yuan.
`;

const ZONE = `---
title: "Yueyang Economic and Technological Development Zone: 2031 Annual Report"
date: 2032-03-16
---

In 2031 the zone recorded total imports and exports of 52.6 billion yuan, an increase of 8.7 percent over 2030.

### Trade by park

| Park | Imports and exports 2031 (billion yuan) | Year-on-year | Share of zone total |
|---|---|---|---|
| Yueyang Comprehensive Bonded Zone | 21.78 | +15.2% | 41.4% |
| New Materials Industrial Park | 16.34 | +6.1% | 31.1% |
| Paper Industry Park | 10.5 | -4.3% | 20.0% |
| Port Logistics Park | 3.98 | -2.5% | 7.5% |
| Total | 52.60 | +8.7% | 100.0% |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hunan.md": REPORT, "yueyang.md": ZONE });
}, 60_000);
afterAll(() => over.close());

describe("the members of a term, each opening a clause of the sentence after the term's figure", () => {
  it("are named, with that sentence quoted", async () => {
    const a = await over.ask("which goods make up hunan's 'new three' exports in the q1-q3 2031 report");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/electric vehicles/i);
    expect(a.answer).toMatch(/lithium batteries/i);
    expect(a.answer).toMatch(/solar cells/i);
    expect(a.answer).not.toMatch(/textiles/i);
    expect(a.answer).toMatch(/^The documents name electric vehicles, lithium batteries and solar cells: “Electric vehicles nearly/);
  });
});

describe("a question on a term's members after a lead naming the place and period", () => {
  it("is read as one ('hunan q1-q3 2031 - which goods make up the …')", async () => {
    const a = await over.ask("hunan q1-q3 2031 - which goods make up the 'new three'?");
    expect(a.answer).toMatch(/^The documents name electric vehicles, lithium batteries and solar cells/);
  });
});

describe("a question that abbreviates a zone's name ('the yueyang etdz')", () => {
  it("is answered from the article that writes the name out", async () => {
    const a = await over.ask("which parks in the yueyang etdz saw their trade fall in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Paper Industry Park -4\.3%/);
    expect(a.answer).toMatch(/Port Logistics Park -2\.5%/);
    expect(a.answer).not.toMatch(/New Materials/);
  });
});

describe("a ranked name two subjects' words both include", () => {
  it("is the subject that spells it as asked, before a shorter one", async () => {
    const { matchSubjects } = await import("../retrieval/intents/rankItems.js");
    const fact = (subject: string) => ({ subject } as import("../text/terms.js").Fact);
    expect(matchSubjects(["garments", "pumps"], [fact("garment"), fact("garments and clothing accessories"), fact("pumps")]))
      .toEqual(["garments and clothing accessories", "pumps"]);
    expect(matchSubjects(["garment"], [fact("garments and clothing accessories"), fact("garment")])).toEqual(["garment"]);
  });
});
