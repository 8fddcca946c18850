import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Documents whose figures were read but given to the wrong owner or period, so that a question naming the document's
// place or period found nothing: a ranked table, a table of ports, a prefecture located in its province, a long
// description after the place, a joint base named by two countries, and a bulletin of several releases. Made-up texts.
const label = (facts: ReturnType<typeof factsOf>, value: number) => {
  const f = one(facts, value);
  return [f.entity, f.metric, f.measure, f.period && periodLabel(f.period)];
};

describe("whose figures a document's rows and sentences are", () => {
  it("reads a ranked table's rows by the place after the rank, not by the rank", () => {
    const facts = factsOf("Provinces published their trade for the first half of 2021.\n\n"
      + "| Rank | Region | Imports and exports (billion yuan) | Year-on-year |\n"
      + "| 1 | Hunan | 1,234.5 | +4.4% |\n| 2 | Hubei | 987.6 | -1.2% |", { published: "2021-07-30" });
    expect(label(facts, 1234.5)).toEqual(["hunan", "trade", "amount", "first half of 2021"]);
    expect(label(facts, -1.2)).toEqual(["hubei", "trade", "growth", "first half of 2021"]);
    expect(facts.filter((f) => f.value === 1 || f.value === 2)).toEqual([]);
  });

  it("gives a row naming a port or zone of its own to that zone", () => {
    const facts = factsOf("Wuzhou's trade reached 50.2 billion yuan in 2017.\n\n"
      + "Port / zone | Imports and exports (100 million yuan) | Year-on-year |\nMenglong Port | 312.4 | 8.1% |\n"
      + "Tianbao Border Trade Zone | 120.5 | 3.3% |", { published: "2018-02-01" });
    expect(label(facts, 31.24)).toEqual(["zone:Menglong Port", "trade", "amount", "2017"]);
    expect(label(facts, 3.3)).toEqual(["zone:Tianbao Border Trade Zone", "trade", "growth", "2017"]);
    expect(one(facts, 12.05).subject).toBeUndefined();
  });

  it("gives a prefecture's figures to it, not to the province that locates it", () => {
    const facts = factsOf("Hotan prefecture in western Xinjiang recorded imports and exports of 12.34 billion yuan in 2023, "
      + "up 8.8 percent year-on-year.", { published: "2024-01-20" });
    expect(one(facts, 12.34).entity).toBe("city:hotan");
  });

  it("knows a curated city by its official pinyin name too", () => {
    expect(one(factsOf("Kashi's exports reached 7.07 billion yuan in 2023.", { published: "2024-01-20" }), 7.07).entity)
      .toBe("city:kashgar");
  });

  it("gives a customs district named after no known place its figures, not the dateline's city", () => {
    const facts = factsOf("SHENZHEN - Imports and exports declared at Shekou Customs, which covers the Nanshan district of "
      + "Shenzhen, reached 520.5 billion yuan in the first 10 months of this year. Exports rose 5.9 percent.",
    { title: "Shekou Customs: trade in its district reaches 520 billion yuan", published: "2021-11-18" });
    expect(label(facts, 520.5)).toEqual(["zone:Shekou Customs", "trade", "amount", "January–October 2021"]);
    expect(one(facts, 5.9).entity).toBe("zone:Shekou Customs");
    // (without such a headline, the dateline's city is still the only place the text names)
    expect(one(factsOf("SHENZHEN - Imports and exports reached 520.5 billion yuan in 2020.", { published: "2021-01-18" }),
      520.5).entity).toBe("city:shenzhen");
  });

  it("gives a bulletin's table to the place its headline names, not to the customs office issuing it", () => {
    const table = "Unit: 100 million yuan\n| Item | Jan-Jun | YoY % |\n| Exports | 412.6 | 7.4 |\n| Imports | 688.1 | 2.9 |";
    const facts = factsOf(table, { title: "Wenzhou Customs Bulletin: Zhejiang foreign trade, January-June 2031",
      published: "2031-07-20" });
    expect(label(facts, 41.26)).toEqual(["zhejiang", "exports", "amount", "first half of 2031"]);
    expect(one(facts, 2.9).entity).toBe("zhejiang");
    // (a headline naming the office's place alone still gives the office's place)
    expect(one(factsOf(table, { title: "Wenzhou Customs Bulletin, January-June 2031", published: "2031-07-20" }),
      41.26).entity).toBe("city:wenzhou");
    // (nor is a part of a province the headline names: "southern Zhejiang" is the office's district, not the province)
    expect(one(factsOf(table, { title: "Wenzhou Customs press conference on foreign trade of southern Zhejiang",
      published: "2031-07-20" }), 41.26).entity).toBe("city:wenzhou");
  });

  it("leaves a headline naming only the office's place to the lead, past the lines naming the office", () => {
    const text = "Wenzhou Customs\nPress Briefing on Zhejiang's Foreign Trade, January-June 2031\nWenzhou, July 20, 2031\n"
      + "1. Overall\nIn the first half, Zhejiang's imports and exports totaled 310.4 billion yuan, up 2.2 percent.\n"
      + "2. Ports\nJiaxing's port handled 8.1 million tonnes of freight.\n"
      + "3. Goods\nUnit: 100 million yuan\n| Item | Jan-Jun | YoY % |\n| Exports | 412.6 | 7.4 |";
    const facts = factsOf(text, { title: "Wenzhou Customs press briefing: January-June 2031", published: "2031-07-20" });
    expect(one(facts, 41.26).entity).toBe("zhejiang");
    // (a lead on the office's own city keeps it)
    const own = text.replace("Zhejiang's Foreign Trade", "Foreign Trade").replace("Zhejiang's imports", "Wenzhou's imports");
    expect(one(factsOf(own, { title: "Wenzhou Customs press briefing: January-June 2031", published: "2031-07-20" }),
      41.26).entity).toBe("city:wenzhou");
    // (nor is a locator before the province: "east China's Zhejiang Province")
    const located = factsOf("HANGZHOU, Jan. 21 -- Trade handled by Wenzhou Customs in east China's Zhejiang Province reached "
      + "93.1 billion yuan in 2031, up 3.1 percent.\n\nImports came to 55.2 billion yuan.",
    { title: "Ore keeps Wenzhou's customs district busy in 2031", published: "2032-01-21" });
    expect(one(located, 55.2).entity).toBe("city:wenzhou");
  });

  it("reads past a long description of the place before its figures", () => {
    const facts = factsOf("Rizhao, the port city in the south of Shandong province that sits at the western end of the "
      + "Great Northern Sea Lane, reported imports and exports of 43.21 billion yuan for January to June 2020.",
    { published: "2020-07-20" });
    expect(one(facts, 43.21).entity).toBe("city:rizhao");
  });

  it("gives a joint base named by two countries and a place in brackets to that place", () => {
    const facts = factsOf("Wenzhou's trade rose in 2020. The China-Kyrgyzstan (Wenzhou) logistics cooperation base "
      + "dispatched 321 trains to Central Asia over the year.", { published: "2021-01-20" });
    const f = one(facts, 321);
    expect([f.entity, f.partner]).toEqual(["city:wenzhou", "partner:kg"]);
  });

  it("leaves the places that goods come from or go to, in a 'mostly …' aside, to the goods", () => {
    const facts = factsOf("Yingkou's trade grew in 2020. Exports of fruit to Korea, mostly pears, grapes and melons from "
      + "Hebei and Gansu, came to 2.46 billion yuan. Grain imports came to 1.35 million tonnes, mainly maize for feed mills "
      + "in northern Hunan and Hubei.", { published: "2021-01-20" });
    expect(one(facts, 2.46).entity).toBe("city:yingkou");
    expect(one(facts, 1.35).entity).toBe("city:yingkou");
  });
});

describe("which release of a bulletin a figure is for", () => {
  it("keeps the months a release names when a figure is called the first increase this year", () => {
    const facts = factsOf("Foreign trade of Yantai in January-May 2021\nIn the first five months of 2021, Yantai's "
      + "imports and exports were 98.76 billion yuan, up 1.5% year on year, the first cumulative increase this year. "
      + "Exports were 55.5 billion yuan, up 3.3%.", { published: "2021-06-20" });
    expect(label(facts, 1.5)).toEqual(["city:yantai", "trade", "growth", "January–May 2021"]);
    expect(label(facts, 55.5)).toEqual(["city:yantai", "exports", "amount", "January–May 2021"]);
  });

  it("reads a table after 'narrowed … from January-February.' as the quarter's, not the months compared with", () => {
    const facts = factsOf("Foreign trade of Yantai in the first quarter of 2021\nIn the first quarter of 2021, Yantai's "
      + "imports and exports were 66.6 billion yuan, down 1.1% year on year. The decline narrowed by 3 percentage "
      + "points from January-February.\n| Indicator | Value (billion yuan) | Change y/y (%) |\n"
      + "| Exports | 33.3 | 2.2 |", { published: "2021-04-20" });
    expect(label(facts, 33.3)).toEqual(["city:yantai", "exports", "amount", "Q1 2021"]);
  });
});
