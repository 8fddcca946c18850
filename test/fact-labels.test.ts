import { describe, expect, it } from "vitest";
import { cleanText } from "../corpus/clean.js";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Lines that are a label and its figures, as an infographic's text or a fact sheet gives them (facts/labels.ts):
// "Coffee exported: 12,400 tonnes | +12.3%", "Share of province: 42.6%", "Changsha | 83.7 billion yuan | +6.2%".
// Made-up documents and figures.
const meta = { title: "Infographic: Hunan's foreign trade in the first half of 2031", published: "2031-07-20" };
const read = (text: string) => factsOf(text, meta)
  .map((f: Fact) => [f.value, f.unit, f.entity, f.partner, f.metric, f.measure, f.subject, f.shareOf,
    f.period && periodLabel(f.period)]);
const H1 = "first half of 2031";

describe("a label and its figure, then a change after a bar", () => {
  it("reads the figure after the bar as the change of the label's figure, not a table row", () => {
    expect(read("- Exports: 51.9 billion yuan | +14.2%")).toEqual([
      [51.9, "billion yuan", "hunan", undefined, "exports", "amount", undefined, undefined, H1],
      [14.2, "%", "hunan", undefined, "exports", "growth", undefined, undefined, H1],
    ]);
  });
  it("reads a label set off by a bar the same way, a place's label and a sum being its trade", () => {
    expect(read("Changsha | 83.7 billion yuan | -6.2%")).toEqual([
      [83.7, "billion yuan", "city:changsha", undefined, "trade", "amount", undefined, undefined, H1],
      [-6.2, "%", "city:changsha", undefined, "trade", "growth", undefined, undefined, H1],
    ]);
  });
  it("reads 'Year on year' under a label line as the change of that line's figure", () => {
    expect(read("- Total imports and exports: 96.4 billion yuan\n- Year on year: +8.1%")).toEqual([
      [96.4, "billion yuan", "hunan", undefined, "trade", "amount", undefined, undefined, H1],
      [8.1, "%", "hunan", undefined, "trade", "growth", undefined, undefined, H1],
    ]);
  });
});

describe("the label's goods and counts", () => {
  it("keeps the goods a label names with its flow, so they give no total of the flow", () => {
    expect(read("- Tea exported: 14,600 tonnes | +12.3% in volume\n- Tea export value: 1.18 billion yuan")).toEqual([
      [14600, "tonnes", "hunan", undefined, "exports", "count", "tea", undefined, H1],
      [12.3, "%", "hunan", undefined, "exports", "growth", "tea", undefined, H1],
      [1.18, "billion yuan", "hunan", undefined, "exports", "amount", "tea", undefined, H1],
    ]);
  });
  it("reads a tonnage and the value after it as the same goods'", () => {
    expect(read("- Mangoes imported: 212,000 tonnes | 3.9 billion yuan")).toEqual([
      [212000, "tonnes", "hunan", undefined, "imports", "count", "mangoes", undefined, H1],
      [3.9, "billion yuan", "hunan", undefined, "imports", "amount", "mangoes", undefined, H1],
    ]);
  });
  it("keeps a count a count with its noun, no sum of money", () => {
    expect(read("- Parcels declared: 18.6 million | +36.0%\n- Cross-border freight trains: 2,870")).toEqual([
      [18.6, "million parcels", "hunan", undefined, "other", "count", undefined, undefined, H1],
      [36, "%", "hunan", undefined, "other", "growth", undefined, undefined, H1],
      [2870, "cross-border freight trains", "hunan", undefined, "other", "count", undefined, undefined, H1],
    ]);
  });
});

describe("a share under the line it is a share of", () => {
  it("reads 'Share of province' as the city's share of its province's trade, kept by the cleaner", () => {
    expect(cleanText("Share of province: 42.6%").text).toBe("Share of province: 42.6%");
    expect(read("- Changsha: 83.7 billion yuan\n- Share of province: 42.6%")).toEqual([
      [83.7, "billion yuan", "city:changsha", undefined, "trade", "amount", undefined, undefined, H1],
      [42.6, "%", "city:changsha", undefined, "trade", "share", undefined, "hunan", H1],
    ]);
  });
  it("reads a share of a place's total under a partner's line as the partner's share", () => {
    expect(read("- ASEAN: 48.0 billion yuan\n- Share of Hunan's total: 29.9%")).toEqual([
      [48, "billion yuan", "hunan", "partner:asean", "trade", "amount", undefined, undefined, H1],
      [29.9, "%", "hunan", "partner:asean", "trade", "share", undefined, "own", H1],
    ]);
  });
  it("reads no share with no line right above it", () => {
    expect(read("- Changsha: 83.7 billion yuan\n\n- Share of province: 42.6%")).toEqual([
      [83.7, "billion yuan", "city:changsha", undefined, "trade", "amount", undefined, undefined, H1],
    ]);
  });
});

describe("a panel's heading", () => {
  it("gives the label lines under a heading naming a port to the port, not the province", () => {
    expect(read("**Panel 1 - Hunan foreign trade**\n\n- Total imports and exports: 96.4 billion yuan\n\n"
      + "**Panel 2 - Tengxi port**\n\n- Imports and exports: 12.2 billion yuan | +5.0%\n- Trucks cleared: 120,400"))
      .toEqual([
      [96.4, "billion yuan", "hunan", undefined, "trade", "amount", undefined, undefined, H1],
      [12.2, "billion yuan", "zone:Tengxi port", undefined, "trade", "amount", undefined, undefined, H1],
      [5, "%", "zone:Tengxi port", undefined, "trade", "growth", undefined, undefined, H1],
      [120400, "trucks", "zone:Tengxi port", undefined, "other", "count", undefined, undefined, H1],
    ]);
  });
});

describe("labels that name no goods", () => {
  it("reads no goods from how a flow is counted (\"Monthly exports\")", () => {
    expect(read("- Monthly exports: 8.1 billion yuan")).toEqual([
      [8.1, "billion yuan", "hunan", undefined, "exports", "amount", undefined, undefined, H1],
    ]);
  });
});

describe("rvc35: a place's label and a sum under a line naming another flow", () => {
  it("reads no trade into '- Changsha: 40.1 billion yuan' under 'Exports by city'", () => {
    const facts = read("Exports by city, first half of 2031:\n\n- Changsha: 40.1 billion yuan\n- Zhuzhou: 12.3 billion yuan");
    expect(facts.filter((f) => f[4] === "trade")).toEqual([]);
  });
});

describe("rvc35: a label's words that name a change or a time are no goods", () => {
  it("reads no goods into 'Export growth', 'Import growth rate', 'Exports this year'", () => {
    const facts = read("- Export growth: 12.3%\n- Import growth rate: 3.1%\n- Exports this year: 51.9 billion yuan");
    expect(facts.filter((f) => f[6] !== undefined)).toEqual([]);
  });
});

// A bulleted list of places under a lead that names no flow ("…, followed by B and C:"): each bullet's money and the
// change after it are the place's trade, the first bullet's as well as the rest.
describe("a place's label, its money and a change after a comma", () => {
  it("reads the change as the place's trade change, in the first bullet of a list too", () => {
    const facts = factsOf(["Hubei customs bulletin", "",
      "From January to November 2031, Hubei's total imports and exports reached 418.7 billion yuan, up 5.2 percent.", "",
      "Among the other cities, Yichang recorded the fastest growth, followed by Xiangyang and Jingzhou:",
      "- Yichang: 9.02 billion yuan, up 11.9 percent", "- Xiangyang: 15.37 billion yuan, up 9.1 percent"].join("\n"),
    { published: "2031-12-20" });
    const of = (v: number) => facts.find((f) => f.value === v);
    expect(of(11.9)).toMatchObject({ entity: "city:yichang", metric: "trade", measure: "growth" });
    expect(of(9.1)).toMatchObject({ entity: "city:xiangyang", metric: "trade", measure: "growth" });
  });
});
