import { describe, expect, it } from "vitest";
import { columnOf } from "../facts/tables.js";
import { askIntent, baseOf } from "./helpers/figureBase.js";
import { factsOf } from "./helpers/facts.js";

// A province's ports in a table whose first column is "Port" and whose amounts are in "100m yuan". (Made-up ports
// and figures.)
const TEXT = [
  "In 2031 Guangxi's imports and exports reached 700.5 billion yuan, up 5.5 percent.",
  "",
  "Table 1. Main ports of Guangxi, 2031",
  "| Port | Trade (100m yuan) | Change (%) |",
  "| Dongxing | 310.2 | 4.1 |",
  "| Shuikou (road) | 120.4 | 17.9 |",
  "| Aidian railway | 95.3 | 22.6 |",
  "| Nanning Wuxu Airport | 80.8 | -2.5 |",
  "| Total | 606.7 | 6.0 |",
].join("\n");
const META = { title: "Guangxi port trade report 2031", published: "2032-02-10" };

describe("a table of ports", () => {
  it("reads '100m yuan' as hundreds of millions", () => {
    expect(columnOf("Trade (100m yuan)")).toEqual({ measure: "amount", unit: "billion yuan", scale: 1e9, factor: 0.1, metric: "trade" });
  });
  it("reads each row as a port of its own, unless its name is only a place's", () => {
    const facts = factsOf(TEXT, META).filter((f) => f.entity.startsWith("zone:"));
    expect(facts.map((f) => [f.entity, f.measure, f.value])).toEqual([
      ["zone:Shuikou road port", "amount", 12.04], ["zone:Shuikou road port", "growth", 17.9],
      ["zone:Aidian railway port", "amount", 9.53], ["zone:Aidian railway port", "growth", 22.6],
      ["zone:Nanning Wuxu Airport", "amount", 8.08], ["zone:Nanning Wuxu Airport", "growth", -2.5],
    ]);
    expect(factsOf(TEXT, META).filter((f) => f.entity === "city:dongxing").map((f) => f.value)).toEqual([31.02, 4.1]);
    expect(factsOf(TEXT, META).some((f) => f.entity === "city:nanning")).toBe(false);
  });
  it("ranks the ports by growth", () => {
    const base = baseOf([["gx", META.title, META.published, TEXT]]);
    const ranked = askIntent(base, "which guangxi ports grew fastest in 2031? top 2 by growth");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([22.6, 17.9]);
  });
});

// A province's parks in a table whose first column is "Park", one named after a city. (Made-up parks and figures.)
const PARKS = [
  "Fujian's imports and exports reached 1.9 trillion yuan in 2031, up 4.4 percent.",
  "",
  "Key parks",
  "",
  "Park | Imports and exports (billion yuan) | Year-on-year (%) |",
  "Fuzhou Mawei Science and Technology City | 12.40 | 41.5 |",
  "Pingtan Comprehensive Experimental Zone | 30.10 | 9.2 |",
  "Xiamen Haicang Bonded Port Area | 55.70 | 16.8 |",
].join("\n");

describe("a table of parks", () => {
  it("reads a row named after a city and more as a park of its own, and ranks the parks asked for", () => {
    const meta = { title: "Fujian's trade in 2031", published: "2032-01-20" };
    expect(factsOf(PARKS, meta).filter((f) => f.value === 41.5).map((f) => f.entity))
      .toEqual(["zone:Fuzhou Mawei Science and Technology City"]);
    const base = baseOf([["fj", meta.title, meta.published, PARKS]]);
    expect(askIntent(base, "fujian 2031 key parks - which 2 grew fastest?").answer?.figures.map((f) => f.value))
      .toEqual([41.5, 16.8]);
  });
});

describe("a table under a caption that names one port", () => {
  it("is the port's, not the place the text was about before", () => {
    const text = [
      "The city of Dongxing reported foreign trade of 30.5 billion yuan in the period, up 6.1 percent.",
      "",
      "Main fruit imports through Aidian port, January-June",
      "Fruit | Value (100 million yuan) | Change in value, yoy (%) |",
      "Durian | 12.5 | 30.1 |",
      "Longan | 4.4 | -3.0 |",
    ].join("\n");
    const facts = factsOf(text, { title: "Border fruit trade", published: "2031-07-12" }).filter((f) => f.subject);
    expect(facts.map((f) => [f.entity, f.subject, f.value])).toEqual([
      ["zone:Aidian port", "durian", 1.25], ["zone:Aidian port", "durian", 30.1],
      ["zone:Aidian port", "longan", 0.44], ["zone:Aidian port", "longan", -3],
    ]);
  });
});

describe("a table under a caption that refers back to the zone", () => {
  it("is the zone named before, not a zone called 'bonded port area' nor the city of a port named between", () => {
    const text = [
      "Imports and exports of the Fangcheng Bonded Port Area reached 20.5 billion yuan last year, up 8.1 percent.",
      "",
      "Dongxing Port handled 1.2 million TEUs last year.",
      "",
      "The bonded port area's main imports in the year were:",
      "",
      "Goods | Value (100 million yuan) | Value change (%) |",
      "Grain | 40.2 | 5.5 |",
      "Pulp | 22.0 | -1.5 |",
    ].join("\n");
    const facts = factsOf(text, { title: "Bonded port area trade", published: "2032-01-17" }).filter((f) => f.subject);
    expect(facts.map((f) => [f.entity, f.subject, f.value])).toEqual([
      ["zone:Fangcheng Bonded Port Area", "grain", 4.02], ["zone:Fangcheng Bonded Port Area", "grain", 5.5],
      ["zone:Fangcheng Bonded Port Area", "pulp", 2.2], ["zone:Fangcheng Bonded Port Area", "pulp", -1.5],
    ]);
  });
});

describe("a table of ports whose biggest rows are named after their cities", () => {
  it("ranks the city rows of the table beside the ports of their own", () => {
    const base = baseOf([["gx", META.title, META.published, TEXT]]);
    const ranked = askIntent(base, "top 3 guangxi ports by trade value in 2031?");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([31.02, 12.04, 9.53]);
    expect(ranked.answer?.lines[0]?.text).toContain("1. Dongxing 31.02");
  });
});

// A province's border zones in a table whose first column is "Zone", two rows named after their city. (Made-up zones
// and figures.)
const ZONES = [
  "Heilongjiang's five border economic cooperation zones traded 60.5 billion yuan in 2031, up 10.5 percent.",
  "",
  "Zone | Trade (billion yuan) | Change y/y (%) |",
  "Heihe | 20.5 | 5.5 |",
  "Suifenhe-Grodekovo (cross-border) | 15.5 | 35.5 |",
  "Jixi | 10.5 | 25.5 |",
  "Dongning Lakeside | 8.5 | 15.5 |",
].join("\n");

describe("a table of zones with rows named after their city (withCityRows)", () => {
  const base = baseOf([["hlj", "Heilongjiang's border zones in 2031", "2032-01-20", ZONES]]);
  it("ranks the city rows among the zones by growth", () => {
    const ranked = askIntent(base, "which heilongjiang border zones grew fastest in 2031? top 3 by growth");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([35.5, 25.5, 15.5]);
  });
  it("reads 'coop' as cooperation (SHORT_FORMS)", () => {
    const ranked = askIntent(base, "which heilongjiang border coop zones grew fastest in 2031? top 3 by growth");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([35.5, 25.5, 15.5]);
  });
});

// A province's border ports in a table longer than one passage, in an article whose headline names no place: two of its
// rows are cities known to lie in the province, so every row is the province's, whichever passage it fell in; asked
// by freight volume, the ranking is by tonnes, not value. (Made-up ports and figures.)
const LONG = [
  "The border ports handled 40.10 million tonnes of cargo in 2031, up 6.0 percent, with trade of 80.00 billion yuan.",
  "",
  "Port-by-port figures, 2031",
  "| Port | Freight (million tonnes) | Change (%) | Trade (billion yuan) | Change (%) |",
  "| Youyiguan | 12.10 | 5.1 | 14.30 | 2.2 |",
  "| Shuikou | 8.40 | 3.3 | 6.20 | 1.9 |",
  "| Aidian | 6.30 | 9.9 | 4.10 | 8.0 |",
  "| Longbang | 4.20 | -1.5 | 3.90 | 0.4 |",
  "| Fangchenggang | 3.60 | 2.0 | 21.50 | 5.6 |",
  "| Dongxing | 2.50 | 7.7 | 25.40 | 3.1 |",
  "| Total | 40.10 | 6.0 | 80.00 | 3.3 |",
].join("\n");

describe("a table of ports longer than one passage", () => {
  const base = baseOf([["ports", "Border ports move more cargo", "2032-01-15", LONG]]);
  it("ranks all its rows, the city rows among the ports, by value", () => {
    const ranked = askIntent(base, "rank guangxi's border ports by trade value in 2031");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([25.4, 21.5, 14.3, 6.2, 4.1, 3.9]);
  });
  it("ranks them by tonnes when freight volume is asked", () => {
    const ranked = askIntent(base, "top 3 guangxi border ports by freight volume 2031?");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([12.1, 8.4, 6.3]);
  });
});
