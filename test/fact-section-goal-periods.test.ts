import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// The period a headline's goal, a heading and a goal's paragraph leave the text in (facts/extract.ts: documentPeriod,
// periodHeading, the goal period carried to its paragraph's end). Made-up documents.
const read = (text: string, meta: { published?: string; title?: string }) => factsOf(text, meta)
  .map((f: Fact) => [f.value, f.entity, f.metric, f.period && periodLabel(f.period)]);

describe("a headline's goal", () => {
  const title = "Gansu beats trade target, aims for 6% growth this year";
  const text = `${title}\n\nGansu's foreign trade grew faster than planned last year, the governor said on Tuesday.\n\n`
    + "Total imports and exports reached 50.4 billion yuan, up 7.1 percent. Exports were 30.2 billion yuan.";
  it("is no period of the report: its figures are of the year its lead names", () => {
    const facts = read(text, { published: "2031-01-20", title });
    expect(facts).toContainEqual([50.4, "gansu", "trade", "2030"]);
    expect(facts).toContainEqual([30.2, "gansu", "exports", "2030"]);
  });
  it("keeps its own period", () => {
    expect(read(text, { published: "2031-01-20", title })).toContainEqual([6, "gansu", "trade", "2031"]);
  });
});

describe("a heading naming a period", () => {
  it("opens a section in that period, whatever the paragraph before it named", () => {
    const text = "Gansu's imports and exports reached 60.5 billion yuan in the first five months of 2031.\n\n"
      + "From January to April, exports rose 6.4 percent.\n\n"
      + "I. MAIN PARTNERS (January-May)\n\nTrade with ASEAN was 12.5 billion yuan, up 8.2 percent.";
    expect(read(text, { published: "2031-06-18" })).toContainEqual([12.5, "gansu", "trade", "January–May 2031"]);
  });
  it("opens a section in a year named by a relative heading, 'This year', after one on last year", () => {
    const text = "Gansu's trade grew 5 percent last year.\n\nLast year: results\n\nExports were 30.2 billion yuan.\n\n"
      + "This year: goals\n\n| Indicator | Goal |\n|---|---|\n| Exports | 33.5 billion yuan |";
    const facts = read(text, { published: "2031-01-20" });
    expect(facts).toContainEqual([30.2, "gansu", "exports", "2030"]);
    expect(facts).toContainEqual([33.5, "gansu", "exports", "2031"]);
  });
  it("leaves the section at the next numbered heading that names none", () => {
    const text = "Gansu's port handled 210 million tonnes of cargo in 2030.\n3. Targets for 2031\nThe port aims to handle "
      + "230 million tonnes.\n4. Finance\nOperating revenue was 8.4 billion yuan, up 5.2 percent.";
    const facts = read(text, { published: "2031-03-01" });
    expect(facts).toContainEqual([230, "gansu", "other", "2031"]);
    expect(facts).toContainEqual([8.4, "gansu", "other", "2030"]);
  });
});

describe("a goal's period", () => {
  it("goes on in the goal's paragraph and not past it", () => {
    const text = "Gansu's foreign trade rose 5 percent to 50.4 billion yuan in 2030.\n\nGansu plans to run 400 freight "
      + "train trips in 2031. Lanzhou aims for 300 trips as well.\n\nGansu's trade with ASEAN rose 3 percent to 10.6 billion yuan.";
    const facts = read(text, { published: "2031-02-01" });
    expect(facts).toContainEqual([300, "city:lanzhou", "other", "2031"]);
    expect(facts).toContainEqual([10.6, "gansu", "trade", "2030"]);
  });
  it("goes on into a paragraph that goes on with goals", () => {
    const text = "Gansu's foreign trade rose 5 percent to 50.4 billion yuan in 2030.\n\nGansu plans to run 400 freight "
      + "train trips in 2031.\n\nWe will also cultivate 120 new foreign trade enterprises.";
    expect(read(text, { published: "2031-02-01" })).toContainEqual([120, "gansu", "other", "2031"]);
  });
});
