import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { findEnumerations } from "../text/enumerations.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Stop 35 review: rules of this stop that matched more than their shape, on made-up text.
const Y2031 = { published: "2032-01-20" };

describe("a partner over a table of places is the rows' only in a caption it opens", () => {
  it("gives a city's row no partner a lead-in sentence names in passing ('Exports to Japan grew …, while … was:')", () => {
    const facts = factsOf("Anhui's trade rose 5 percent in 2031. Exports to Japan grew fastest, while the cities' total "
      + "trade was:\n\n| City | Trade (billion yuan) |\n|---|---|\n| Hefei | 300.5 |\n| Wuhu | 80.2 |\n", Y2031);
    expect(one(facts, 300.5)).toMatchObject({ entity: "city:hefei", metric: "trade" });
    expect(one(facts, 300.5).partner).toBeUndefined();
  });
  it("nor one a caption names after its head ('Trade by city, with exports to Japan (billion yuan)')", () => {
    const facts = factsOf("Anhui's trade rose 5 percent in 2031.\n\nTable 1: Trade by city, with exports to Japan (billion "
      + "yuan)\n\n| City | Trade | Exports to Japan |\n|---|---|---|\n| Hefei | 300.5 | 12.1 |\n| Wuhu | 80.2 | 3.3 |\n", Y2031);
    expect(one(facts, 300.5)).toMatchObject({ entity: "city:hefei", metric: "trade" });
    expect(one(facts, 300.5).partner).toBeUndefined();
  });
  it("still gives the rows the partner of 'Table 2: Trade with Chile by city (100 million yuan)'", () => {
    const facts = factsOf("Henan's trade rose 5 percent in 2031.\n\nTable 2: Trade with Chile by city (100 million yuan)\n\n"
      + "| City | Trade |\n|---|---|\n| Hebi | 92.8 |\n", Y2031);
    expect(one(facts, 9.28)).toMatchObject({ entity: "city:hebi", partner: "partner:cl" });
  });
});

describe("an autonomous county or prefecture by its full name after an opening word", () => {
  it("never takes the opening word into its name ('Within Kelmor Yi Autonomous County trade reached …')", () => {
    for (const opener of ["Within", "Across"]) {
      const facts = factsOf(`${opener} Kelmor Yi Autonomous County trade reached 4.4 billion yuan in 2031.`,
        { ...Y2031, title: "Yunnan trade" });
      expect(facts.filter((f) => f.entity.includes(opener))).toEqual([]);
    }
  });
});

describe("the last group of goods with their own source after ', and'", () => {
  const items = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));
  it("keeps one kind of goods of one word each side whole ('…, and iron and steel from Ostland')", () => {
    for (const kind of ["iron and steel", "fruit and vegetables", "oil and gas"]) {
      expect(items(`Return trains carried wine from Velland, timber from Norwick, and ${kind} from Ostland.`))
        .toEqual([["wine", "timber", kind]]);
    }
  });
});

describe("a port the headline's city goes on to name", () => {
  it("is never a common word's port ('Dalian North Port', 'Dalian Bay Port'): the city stays the home", () => {
    for (const word of ["North", "Free", "Bay"]) {
      const facts = factsOf("Trade rose 9 percent in 2031 to 40 billion yuan.", { ...Y2031, title: `Dalian ${word} Port trade rises` });
      expect(one(facts, 40).entity).toBe("city:dalian");
    }
  });
  it("still is a port of a name of its own ('Guangzhou Kelang Port Authority')", () => {
    const facts = factsOf("Trade rose 9 percent in 2031 to 40 billion yuan.", { ...Y2031, title: "Guangzhou Kelang Port Authority" });
    expect(one(facts, 40).entity).toBe("zone:Kelang port");
  });
});

describe("'there' after a place the sentence itself names", () => {
  it("is that place, not the one the sentence before described ('Hefei has a chip plant, and exports there …')", () => {
    const facts = factsOf("Anhui's exports rose 3 percent in 2031. We visited Wuhu, which makes cars. Hefei has a new chip "
      + "plant, and exports there rose 7 percent in 2031.", Y2031);
    expect(one(facts, 7).entity).toBe("city:hefei");
  });
});

describe("two countries' names before 'rail trade'", () => {
  it("keep the partner: 'China-Mongolia rail trade' is trade with Mongolia by rail, no railway's name", () => {
    const facts = factsOf("Inner Mongolia's China-Mongolia rail trade rose 30 percent in 2031 to 5.1 billion yuan.", Y2031);
    expect(one(facts, 5.1)).toMatchObject({ entity: "inner-mongolia", partner: "partner:mn" });
    expect(parseQuestion("What was Inner Mongolia's China-Mongolia rail trade in 2031?").partners).toEqual(["partner:mn"]);
  });
});

describe("a zone a headline opens with is the report's home", () => {
  it("only by a name of its own: 'Comprehensive Bonded Zone imports climb' leaves the dateline's province", () => {
    for (const title of ["Comprehensive Bonded Zone imports climb", "Border Economic Cooperation Zone trade falls"]) {
      const facts = factsOf("HEFEI, Anhui -- Trade rose 9 percent in 2031 to 40 billion yuan.", { ...Y2031, title });
      expect(one(facts, 40).entity).toBe("anhui");
    }
  });
  it("still is one of a name of its own ('Kelang port trade falls 9%')", () => {
    const facts = factsOf("Trade rose 9 percent in 2031 to 40 billion yuan.", { ...Y2031, title: "Kelang port trade falls 9%" });
    expect(one(facts, 40).entity).toBe("zone:Kelang port");
  });
});

describe("a figure's dash naming the value of exports to several partners", () => {
  it("gives no one partner ('… 30 billion yuan - the value of exports to Japan and Korea together')", () => {
    for (const partners of ["Japan and Korea together", "Japan, Korea and the US"]) {
      const facts = factsOf("Henan's exports reached 300 billion yuan in 2031. Its biggest item was 30.7 billion yuan - the "
        + `value of exports to ${partners}.`, Y2031);
      expect(one(facts, 30.7).partner).toBeUndefined();
    }
  });
  it("still gives the one partner named ('… - the value of exports to ASEAN')", () => {
    const facts = factsOf("Henan's exports reached 300 billion yuan in 2031. Its biggest item was 30.7 billion yuan - the "
      + "value of exports to ASEAN.", Y2031);
    expect(one(facts, 30.7).partner).toBe("partner:asean");
  });
});

describe("a caption naming two partners over a table of places", () => {
  it("gives the rows neither ('Trade with Japan and Korea by city (billion yuan)')", () => {
    const facts = factsOf("Henan's trade rose 5 percent in 2031.\n\nTrade with Japan and Korea by city (billion yuan)\n\n"
      + "| City | Trade |\n|---|---|\n| Hebi | 92.8 |\n", Y2031);
    expect(one(facts, 92.8).partner).toBeUndefined();
  });
});

describe("trade 'on' a corridor named after two countries", () => {
  it("keeps the country as the partner, never the text's place's whole trade ('Trade on the China-Laos corridor rose …')", () => {
    const facts = factsOf("Yunnan's trade rose 5 percent in 2031. Trade on the China-Laos corridor rose 30 percent to 8.8 "
      + "billion yuan.", { ...Y2031, title: "Yunnan trade" });
    expect(facts.filter((f) => f.value === 8.8 && f.entity === "yunnan" && !f.partner && !f.qualifier)).toEqual([]);
  });
});

describe("a first list item of capitalised words", () => {
  const items = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));
  it("takes no opening word into the name ('Meanwhile Japan, Korea and Vietnam …', 'In March Hong Kong, …')", () => {
    expect(items("Meanwhile Japan, Korea and Vietnam bought more cars.")).toEqual([["Japan", "Korea", "Vietnam"]]);
    expect(items("In March Hong Kong, Japan and Korea led.")).toEqual([["Hong Kong", "Japan", "Korea"]]);
    expect(items("Saudi Arabia, Russia and Iraq were the main suppliers.")).toEqual([["Saudi Arabia", "Russia", "Iraq"]]);
  });
});

describe("rvc35: 'the island' as a partner only by its flow's own side", () => {
  it("reads no partner into 'exports from the island' (the island's exports) nor 'imports to the island'", () => {
    const a = factsOf("Velmar's trade with Taiwan rose 5.2 percent to 120.4 billion yuan in 2031. Exports from the island "
      + "fell 3.1 percent to 60.2 billion yuan.", { title: "Fujian trade" });
    expect(a.filter((f) => f.value === 60.2 && f.metric === "exports" && f.partner === "taiwan")).toEqual([]);
    const b = factsOf("Hainan's trade with Hong Kong rose 12.1 percent in 2031. Imports to the island climbed 8.4 percent.",
      { title: "Hainan trade" });
    expect(b.filter((f) => f.value === 8.4 && f.partner === "hong-kong")).toEqual([]);
  });
  it("still reads 'imports from the island' after a sentence on trade with Taiwan", () => {
    const c = factsOf("Fujian's trade with Taiwan rose 5.2 percent to 120.4 billion yuan in 2031. Imports from the island "
      + "fell 3.1 percent to 60.2 billion yuan.", { title: "Fujian trade" });
    expect(c.find((f) => f.value === 60.2)?.partner).toBe("taiwan");
  });
});

describe("rvc35: a part 'accounted for … of that' is goods only when no traders or places", () => {
  it("reads no goods into 'Coastal cities' or 'Cross-border sellers accounted for …'", () => {
    for (const who of ["Coastal cities", "Cross-border sellers"]) {
      const facts = factsOf(`Guangdong's exports reached 500 billion yuan in 2031. ${who} accounted for 241.2 billion yuan of that.`,
        { title: "Guangdong trade" });
      expect(facts.filter((f) => f.value === 241.2 && f.subject === who.toLowerCase())).toEqual([]);
    }
  });
  it("still reads 'Shoes and sportswear accounted for …' as goods", () => {
    const facts = factsOf("Guangdong's exports reached 500 billion yuan in 2031. Shoes and sportswear accounted for "
      + "41.2 billion yuan of that.", { title: "Guangdong trade" });
    expect(facts.find((f) => f.value === 41.2)?.subject).toBe("shoes and sportswear");
  });
});

describe("rvc35: a flow 'on' a route keeps its partner only on a route joining China to it", () => {
  it("gives imports 'on the Mohe-Daqing pipeline' no owner from the pipeline's name", () => {
    const facts = factsOf("Heilongjiang trade grew in 2031. Crude oil imports on the Mohe-Daqing pipeline reached 15.2 million "
      + "tonnes.", { title: "Heilongjiang trade" });
    expect(facts.filter((f) => f.value === 15.2 && f.entity.startsWith("city:"))).toEqual([]);
  });
});

describe("rvc35: trade between two sides names the text's place only as its first side", () => {
  it("gives 'trade between the mainland and Hong Kong' to no province with Hong Kong as its partner", () => {
    const facts = factsOf("Trade between the mainland and Hong Kong rose 5.1 percent to 30.2 billion yuan in 2031.",
      { title: "Guangdong trade" });
    expect(facts.filter((f) => f.entity === "guangdong" && f.partner === "hong-kong")).toEqual([]);
  });
  it("still reads 'trade between Fujian province and Taiwan' as Fujian's with Taiwan", () => {
    const facts = factsOf("Trade between Fujian province and Taiwan rose 5.1 percent to 30.2 billion yuan in 2031.",
      { title: "Fujian trade" });
    expect(facts.find((f) => f.value === 30.2)?.partner).toBe("taiwan");
  });
});

describe("rvc35: a value traded with several places outside the mainland listed after it", () => {
  it("gives 'exported US$2.35 billion of goods to Hong Kong, Macao and Taiwan' no one partner", () => {
    const facts = factsOf("Guangdong exported US$2.35 billion of goods to Hong Kong, Macao and Taiwan in 2031.",
      { title: "Guangdong trade" });
    expect(facts.filter((f) => f.value === 2.35 && f.partner)).toEqual([]);
  });
});

describe("rvc35: 'the batteries' as the one kind the sentence before named", () => {
  it("reads no kind when the sentence before names two, a possessive's or a quantity's word", () => {
    for (const before of ["Sales of lithium batteries and lead-acid batteries both grew in 2031.",
      "Hefei's batteries sold well in 2031.", "Hefei makes many batteries."]) {
      const facts = factsOf(`${before} Exports of the batteries reached 3.2 billion yuan.`, { title: "Hefei trade" });
      expect(facts.find((f) => f.value === 3.2)?.subject).toBe("batteries");
    }
  });
  it("still reads 'the batteries' after 'Lithium-ion batteries were the main engine'", () => {
    const facts = factsOf("Lithium-ion batteries were the main engine in 2031. Exports of the batteries reached 3.2 billion yuan.",
      { title: "Hefei trade" });
    expect(facts.find((f) => f.value === 3.2)?.subject).toBe("lithium-ion batteries");
  });
});

describe("rvc35: 'shipped … to the island' is exports only after the sentence names the island", () => {
  it("reads no exports into 'Ferries shipped 3.2 million tonnes of goods to the island' in a report on Hainan", () => {
    const facts = factsOf("Haikou's trade rose in 2031. Ferries shipped 3.2 million tonnes of goods to the island, up 5.1 percent.",
      { title: "Hainan trade" });
    expect(facts.filter((f) => f.metric === "exports")).toEqual([]);
  });
});

describe("rvc35: a place outside the mainland hyphened to the mainland or China is no province's partner", () => {
  it("gives 'Mainland-Taiwan trade' and 'China-Taiwan trade' to no province with Taiwan", () => {
    for (const side of ["Mainland", "China"]) {
      const facts = factsOf(`${side}-Taiwan trade rose 5.1 percent to 200.4 billion US dollars in 2031.`, { title: "Fujian trade" });
      expect(facts.filter((f) => f.entity === "fujian" && f.partner === "taiwan")).toEqual([]);
    }
  });
  it("still gives 'Fujian-Taiwan trade' to Fujian with Taiwan", () => {
    const facts = factsOf("Fujian-Taiwan trade rose 5.1 percent to 30.2 billion yuan in 2031.", { title: "Fujian trade" });
    expect(one(facts, 30.2)).toMatchObject({ entity: "fujian", partner: "taiwan" });
  });
});
