import { describe, expect, it } from "vitest";
import { cleanText } from "../corpus/clean.js";
import { periodLabel } from "../text/periods.js";
import { factsOf, one } from "./helpers/facts.js";

// Figures whose sentence leaves what they are of to its context: a flow named again with "the", a total referred back
// to after a lead naming the currency, and a month with no year in a text dated only by a line under its title.
const meta = { title: "Trade news", published: "2016-02-10" };

describe("a flow named again with 'the'", () => {
  const lead = "Copper ore imports through Lianyungang port reached 3.1 million tonnes in 2015, up 4 percent.";
  it("is of the goods the sentence right before counted", () => {
    const facts = factsOf(`${lead} The imports were worth 2.5 billion US dollars, down 12.6 percent.`, meta);
    expect(one(facts, 2.5)).toMatchObject({ metric: "imports", subject: "copper ore", entity: "city:lianyungang" });
  });
  it("keeps a place's own total when the sentence names the place", () => {
    const facts = factsOf(`${lead} Jiangsu's imports were worth 180 billion US dollars.`, meta);
    expect(one(facts, 180).subject).toBeUndefined();
  });
  it("takes no goods when the sentence before was on the other flow", () => {
    const facts = factsOf(`${lead} The exports were worth 2.5 billion US dollars.`, meta);
    expect(one(facts, 2.5).subject).toBeUndefined();
  });
});

describe("a total referred back to after a lead naming the currency", () => {
  it("is the total of the flow the sentence before gave", () => {
    const text = "Jiangxi's foreign trade fell 3.4 percent to 42.4 billion dollars in 2015. In yuan terms the total was "
      + "263.2 billion yuan.";
    expect(one(factsOf(text, meta), 263.2)).toMatchObject({ entity: "jiangxi", metric: "trade" });
  });
});

describe("a line under the title giving the day a text was issued or held", () => {
  it.each([
    ["Held in Hefei, on 16 July 2010", "2010-07-16"],
    ["Issued by the statistics office of Wuhu Customs, November 14, 2009", "2009-11-14"],
    ["Published September 18, 2012 -- Jinan", "2012-09-18"],
    ["Nanning, Guangxi, 15 July 2019", "2019-07-15"],
  ])("dates the text: %s", (line, date) => {
    expect(cleanText(`Port bulletin\n${line}\n\nImports rose 5 percent.`).dateline).toBe(date);
  });
  it("is no sentence of the text that names a day", () => {
    expect(cleanText("Port bulletin\nThe fair opened on May 3, 2019.\n\nImports rose 5 percent.").dateline).toBeUndefined();
  });
  it("gives a month with no year the year it was issued in", () => {
    const raw = "Wuhu port bulletin\nIssued by the statistics office of Wuhu Customs, November 14, 2009\n\n"
      + "Steel exports through the port fell 8 percent in September.";
    const { text, dateline } = cleanText(raw);
    const fact = one(factsOf(text, { published: dateline! }), -8);
    expect(periodLabel(fact.period!)).toBe("September 2009");
  });
});

describe("a caption's year at its end", () => {
  it("is the year of the part of a year the caption names, for the table's rows", () => {
    const text = "Ports grew in the first half.\n\n## First-half cargo of eastern ports, 2011\n\n"
      + "| Port | Cargo (million tonnes) | Growth (%) |\n|---|---|---|\n| Ningbo | 210.5 | 9.1 |\n";
    const fact = one(factsOf(text, { published: "2011-08-01" }), 210.5);
    expect(periodLabel(fact.period!)).toBe("first half of 2011");
  });
});

describe("a list under a line leading into a breakdown", () => {
  const lead = "Guangxi imported 1.5 million tonnes of fruit in the first half of 2024, worth 12.1 billion yuan.";
  it("gives each bullet the flow of goods the sentence before it gave, and its label as the goods", () => {
    const facts = factsOf(`${lead}\n\nBy variety:\n- Durian: 5.25 billion yuan, up 30.2 percent\n- Longan: 1.72 billion yuan\n`,
      { published: "2024-07-20" });
    expect(one(facts, 5.25)).toMatchObject({ metric: "imports", subject: "durian" });
    expect(one(facts, 30.2)).toMatchObject({ metric: "imports", measure: "growth", subject: "durian" });
  });
  it("gives none after a sentence on both flows", () => {
    const both = "Guangxi's exports rose 5 percent and its imports 3 percent in the first half of 2024.";
    const facts = factsOf(`${both}\n\nBy variety:\n- Durian: 5.25 billion yuan\n`, { published: "2024-07-20" });
    expect(one(facts, 5.25).metric).toBe("other");
  });
});

describe("a sentence opening on a part of the goods before ('Among them, …')", () => {
  const placeMeta = { title: "Foshan trade", published: "2018-01-20" };
  const lead = "Machinery remained the largest export category at 128.4 billion yuan, up 7.1 percent.";
  it("is of that flow, and of the goods it names first", () => {
    const facts = factsOf(`${lead} Among them, garden tools rose 9.8 percent to 34.3 billion yuan.`, placeMeta);
    expect(one(facts, 34.3)).toMatchObject({ metric: "exports", subject: "garden tools" });
  });
  it("gives nothing to a later clause naming other goods, nor to a place named before the figure", () => {
    const facts = factsOf(`${lead} Of these, garden tools accounted for 34.3 billion yuan; pumps for 2.8 billion yuan.`, placeMeta);
    expect(one(facts, 2.8).subject).not.toBe("garden tools");
    expect(one(facts, 2.8).metric).toBe("other");
    const placed = factsOf(`${lead} Among them, Shunde district rose 9.8 percent to 74.3 billion yuan.`, placeMeta);
    expect(one(placed, 74.3).metric).toBe("other");
  });
});

describe("goods coming in by a route that passes a place", () => {
  const lead = "Tin ore imports through the cross-border railway at Pingxiang port reached 2.05 million tonnes in 2014, "
    + "up 3.1 percent.";
  it("are the goods the sentence opens with", () => {
    expect(one(factsOf(lead, meta), 2.05)).toMatchObject({ metric: "imports", subject: "tin ore" });
  });
  it("are carried to the value of these imports in the sentence after", () => {
    const facts = factsOf(`${lead} The value of these imports was 0.9 billion US dollars.`, meta);
    expect(one(facts, 0.9)).toMatchObject({ metric: "imports", subject: "tin ore" });
  });
});

describe("a cause set off after the figures", () => {
  it("gives no period to them: its own period is what it explains", () => {
    const text = "In the first ten months of 2014, tin ore imports through Pingxiang port totaled 2.05 million tonnes. "
      + "The value of these imports was 0.9 billion US dollars, up 41.2 percent, reflecting higher contract prices in "
      + "the first three quarters.";
    const fact = one(factsOf(text, meta), 0.9);
    expect(periodLabel(fact.period!)).toBe(periodLabel(one(factsOf(text, meta), 2.05).period!));
  });
});

describe("a correction of the figure for goods", () => {
  it("is of the goods the figure is for", () => {
    const text = "Pingxiang Customs bulletin. Correction: The May figure for tin ore imports published in the bulletin of "
      + "June 9 (0.31 million tonnes) has been revised to 0.37 million tonnes after late declarations.";
    expect(one(factsOf(text, meta), 0.37)).toMatchObject({ metric: "imports", subject: "tin ore" });
  });
  it("names no goods where the figure is a place's", () => {
    const text = "Pingxiang Customs bulletin. The May figure for Pingxiang's imports has been revised to 0.37 million tonnes.";
    expect(one(factsOf(text, meta), 0.37).subject).toBeUndefined();
  });
});
