import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import { findSubjects, subjectFinder } from "../text/subjects.js";

// How sentences on goods are read into facts: goods named after the value shipped, goods owned by "its", goods listed
// together, and a year named as the base of a change. Made-up sentences (other places, other figures).
const Y2018 = { published: "2019-01-22" };

describe("goods named after the value shipped", () => {
  it("own the value and the change after it", () => {
    const facts = factsOf("Besides fruit, Kunming shipped 41.3 billion yuan of tea sets abroad in 2018, a year-on-year "
      + "increase of 27 percent.", Y2018);
    expect(one(facts, 41.3)).toMatchObject({ entity: "city:kunming", metric: "exports", measure: "amount", subject: "tea sets" });
    expect(one(facts, 27)).toMatchObject({ metric: "exports", measure: "growth", subject: "tea sets" });
  });
  it("may be several words joined by 'and'", () => {
    const facts = factsOf("Kunming Customs said the city exported 8.21 billion yuan of garden tools and machines in 2018, "
      + "61.4 percent more than a year earlier, while its exports of furniture grew 12.5 percent.", Y2018);
    expect(one(facts, 8.21)).toMatchObject({ measure: "amount", subject: "garden tools and machines" });
    expect(one(facts, 61.4)).toMatchObject({ measure: "growth", subject: "garden tools and machines" });
    expect(one(facts, 12.5)).toMatchObject({ subject: "furniture" });
  });
  it("leave a value that names no goods to the place", () => {
    const facts = factsOf("Kunming exported 210.5 billion yuan of goods in 2018, up 9 percent.", Y2018);
    expect(one(facts, 210.5).subject).toBeUndefined();
  });
});

describe("goods owned by a pronoun", () => {
  it("are named before the flow after 'its'", () => {
    const facts = factsOf("Yunnan's exports rose 6.2 percent to 128.4 billion yuan in 2018, and its bicycle exports soared "
      + "88.1 percent to 13.72 billion yuan.", Y2018);
    expect(one(facts, 88.1)).toMatchObject({ entity: "yunnan", subject: "bicycle" });
    expect(one(facts, 13.72)).toMatchObject({ measure: "amount", subject: "bicycle" });
    expect(one(facts, 128.4).subject).toBeUndefined();
  });
});

describe("goods listed together before one change", () => {
  it("are one subject, not the first of them", () => {
    const facts = factsOf("Yunnan's combined exports of tea, coffee and cut flowers rose 14.2 percent to 22.05 billion yuan "
      + "in 2018.", Y2018);
    expect(one(facts, 14.2).subject).toBe("tea, coffee and cut flowers");
    expect(one(facts, 22.05).subject).toBe("tea, coffee and cut flowers");
  });
});

describe("a year named as the base of a change", () => {
  it("is not the period of the change or of the level it reached", () => {
    const facts = factsOf("Last year Xiamen's exports of toys jumped 81.5 percent from 2017 to 12.06 billion yuan.", Y2018);
    expect(periodLabel(one(facts, 81.5).period!)).toBe("2018");
    expect(periodLabel(one(facts, 12.06).period!)).toBe("2018");
  });
  it("still reads 'from 2016 to 2018' as a span", () => {
    const facts = factsOf("Xiamen's exports of toys grew 40 percent from 2016 to 2018.", Y2018);
    expect(one(facts, 40).period).not.toMatchObject({ y1: 2016, y2: 2016 });
  });
});

describe("the whole year after a part of it", () => {
  it("is the year the text was on, not the part named before", () => {
    const facts = factsOf("Xiamen's trade reached 312.4 billion yuan in the second half of 2018. Over the whole year, "
      + "Xiamen's trade fell 3.3 percent to 601.7 billion yuan.", Y2018);
    expect(periodLabel(one(facts, 312.4).period!)).toBe("second half of 2018");
    expect(periodLabel(one(facts, 601.7).period!)).toBe("2018");
    expect(periodLabel(one(facts, -3.3).period!)).toBe("2018");
  });
});

describe("goods asked for by the word before a generic one", () => {
  it("finds 'chemical materials and dyes' as 'chemical', and not a part named by a short word", () => {
    const find = subjectFinder(["chemical materials and dyes", "raw materials and fuels", "furniture"]);
    expect(find("rank furniture and chemical exports by growth")).toEqual(["furniture", "chemical materials and dyes"]);
    expect(find("how did raw exports do?")).toEqual([]);
  });
});

describe("a product group written with '&'", () => {
  it("is the group written with 'and'", () => {
    expect(findSubjects("value of hunan's mechanical & electrical exports").map((x) => x.name))
      .toEqual(["mechanical and electrical products"]);
  });
});

describe("goods in a series whose verb is left out after the first", () => {
  it("own their figures, not the goods named first", () => {
    const facts = factsOf("Jiaxing's exports of paper came to 3.12 billion yuan, up 7.4 percent, steel exports to 2.41 billion "
      + "yuan, up 5.5 percent, and exports of glass to 1.38 billion, up 9.9 percent.", Y2018);
    expect(one(facts, 3.12).subject).toBe("paper");
    expect(one(facts, 2.41).subject).toBe("steel");
    expect(one(facts, 5.5).subject).toBe("steel");
    expect(one(facts, 1.38).subject).toBe("glass");
    expect(one(facts, 9.9).subject).toBe("glass");
  });
});

describe("a rank that closes a share of the national total", () => {
  it("is the goods' rank in the country", () => {
    const facts = factsOf("In 2018, Hefei's exports of television sets reached 61.2 billion yuan, equal to 18.4% of China's "
      + "television set exports and second in the country.", Y2018);
    expect(one(facts, 2)).toMatchObject({ entity: "city:hefei", metric: "exports", measure: "rank", subject: "television sets",
      scope: "in the country" });
  });
});

describe("goods a question writes with '&'", () => {
  it("are the goods the index names with 'and', not a part of them", () => {
    const find = subjectFinder(["copper ores and concentrates", "copper ores"]);
    expect(find("qinghai imports of copper ores & concentrates in 2018?")).toEqual(["copper ores and concentrates"]);
  });
});

describe("goods with an aside naming who led them", () => {
  it("own the level their change reached too", () => {
    const facts = factsOf("Sichuan's exports rose 9 percent in 2018. Liquor exports, led by Wuliangye, increased 14.4 percent "
      + "to 2.36 billion yuan, while tea exports jumped 21.3 percent to 386 million yuan.", Y2018);
    expect(one(facts, 14.4).subject).toBe("liquor");
    expect(one(facts, 2.36)).toMatchObject({ metric: "exports", measure: "amount", subject: "liquor" });
  });
});

describe("one of a group's goods opening the next sentence", () => {
  it("goes on with the group's flow and owns its figures", () => {
    const facts = factsOf("Exports of the \"new three\" products reached 1.21 billion yuan in 2018, up 64.2 percent. "
      + "Lithium batteries alone accounted for 734 million yuan, 3.1 times the figure of the year before.",
    { title: "Gansu's trade in 2018", published: "2019-01-22" });
    expect(one(facts, 734)).toMatchObject({ metric: "exports", measure: "amount", subject: "lithium batteries" });
    expect(one(facts, 3.1)).toMatchObject({ metric: "exports", subject: "lithium batteries" });
  });
});

describe("goods named before the value they were worth", () => {
  it("own the value, its change and its share", () => {
    const facts = factsOf("Ningbo's imports rose 12 percent in 2018. Ningbo imported iron ore worth 4.41 billion dollars through "
      + "its ports, up 18.5 percent, accounting for 21.4 percent of Ningbo's total imports.", Y2018);
    expect(one(facts, 4.41)).toMatchObject({ metric: "imports", measure: "amount", subject: "iron ore" });
    expect(one(facts, 18.5)).toMatchObject({ measure: "growth", subject: "iron ore" });
    expect(one(facts, 21.4)).toMatchObject({ measure: "share", subject: "iron ore" });
  });
});

describe("goods listed before an adverb and their verb", () => {
  it("are named without the adverb", () => {
    const facts = factsOf("Imports of copper concentrate and iron ore also fell in value in 2018, by 21.5 percent and 38.9 percent "
      + "respectively, Xining Customs said of Qinghai's trade.", Y2018);
    expect(one(facts, -38.9).subject).toBe("iron ore");
  });
});

describe("goods named by their partner after the value shipped", () => {
  it("are that partner's trade, no goods of their own", () => {
    const facts = factsOf("Hubei imported 1.92 billion yuan of African farm goods in 2018, up 24.1 percent, including coffee "
      + "beans from Ethiopia.", Y2018);
    expect(one(facts, 1.92).subject).toBeUndefined();
  });
});

describe("goods that open a clause on a share", () => {
  it("own the share, like the same goods named with their value elsewhere", () => {
    const facts = factsOf("Wuxi's exports reached 430.6 billion yuan in 2018. Bicycles accounted for 6.3 percent of the city's "
      + "exports, and Wuxi exported tyres worth 12.2 billion yuan, or 2.8 percent of its total exports.", Y2018);
    expect(one(facts, 6.3)).toMatchObject({ metric: "exports", measure: "share", subject: "bicycles" });
    expect(one(facts, 2.8)).toMatchObject({ measure: "share", subject: "tyres" });
    expect(one(facts, 430.6).subject).toBeUndefined();
  });
});

// shapes that must stay apart from the goods readers above
describe("figures the goods readers leave alone", () => {
  it("keeps 'exports to 27 member states' with the partner its clause names, not a clause of goods of its own", () => {
    const facts = factsOf("Jilin's trade with the EU grew 4 percent in 2018, with exports to 27 member states up 6 percent.", Y2018);
    expect([one(facts, 6).partner, one(facts, 6).metric]).toEqual(["partner:eu", "exports"]);
  });
  it("keeps the goods named before an aside that names the province's trade as a whole", () => {
    const facts = factsOf("Exports of ginseng, a major part of trade of the province, rose 5 percent in Jilin in 2018.", Y2018);
    expect(one(facts, 5).subject).toBe("ginseng");
  });
  it("gives the goods shipped 'N of X' to that value and its change only, not to a later total in the clause", () => {
    const facts = factsOf("Jilin exported 10 billion yuan of ginseng in 2018, up 3 percent, and its total exports reached 44 billion "
      + "yuan.", Y2018);
    expect([10, 3, 44].map((v) => one(facts, v).subject)).toEqual(["ginseng", "ginseng", undefined]);
  });
  it("gives no goods to 'the value of exports' (the measure named before the flow), but keeps 'the value of ginseng exports'", () => {
    const facts = factsOf("In 2018 the value of Jilin's exports was 41 billion yuan, up 7 percent, and the value of imports was "
      + "33 billion yuan. The value of ginseng exports was 2 billion yuan.", Y2018);
    expect([41, 7, 33].map((v) => one(facts, v).subject)).toEqual([undefined, undefined, undefined]);
    expect([one(facts, 33).metric, one(facts, 2).subject]).toEqual(["imports", "ginseng"]);
  });
  it("gives no goods to markets that take a share ('Emerging markets accounted for 40 percent')", () => {
    const facts = factsOf("Jilin's exports rose in 2018. Emerging markets accounted for 40 percent of the province's exports.", Y2018);
    expect(one(facts, 40).subject).toBeUndefined();
  });
  it("reads a national rank only where the country is the scope, and whatever verb stands before the figure", () => {
    const central = factsOf("Jilin's exports rose 12 percent in 2018, first in China's northeast.", Y2018);
    expect(central.filter((f) => f.measure === "rank" && f.scope?.includes("China"))).toEqual([]);
    const ranked = factsOf("Thanks to policies put in place, Jilin's exports rose 12 percent in 2018, first in the country.", Y2018);
    expect(ranked.find((f) => f.measure === "rank")).toMatchObject({ value: 1, metric: "exports", entity: "jilin" });
  });
  it("gives 'the city's' figure to the city named with its province nearest before it", () => {
    const facts = factsOf("Customs in Yanbian, Jilin province, said exports grew, while in Yichun, Heilongjiang province, the city's "
      + "exports rose 8 percent in 2018.", Y2018);
    expect(one(facts, 8).entity).toBe("city:yichun");
  });
});

describe("goods named after a product group in one clause", () => {
  it("own their figures, not the group ('of which exports of tea')", () => {
    const facts = factsOf("In 2018, exports of agricultural products from Guangxi were 6.12 billion yuan, up 17.4 percent, of "
      + "which exports of mangoes were 845 million yuan, up 22.6 percent.", Y2018);
    expect(one(facts, 6.12)).toMatchObject({ subject: "agricultural products" });
    expect(one(facts, 845)).toMatchObject({ subject: "mangoes", metric: "exports", measure: "amount" });
    expect(one(facts, 22.6)).toMatchObject({ subject: "mangoes", measure: "growth" });
  });
  it("leave an enterprise type named before the goods its own", () => {
    const facts = factsOf("In 2018, private enterprises in Guangxi exported 3.3 billion yuan of mangoes.", Y2018);
    expect(one(facts, 3.3).subject).toBe("private enterprises");
  });
});

describe("a figure each of many items had", () => {
  it("is no one's total", () => {
    const facts = factsOf("In 2018, Ningbo's cross-border e-commerce exports were 6.2 billion US dollars, and 45 local brands each "
      + "had online export sales of over $20 million.", Y2018);
    expect(facts.map((f) => f.value)).toContain(6.2);
    expect(facts.map((f) => f.value)).not.toContain(20);
  });
});

describe("goods a group's change is 'led by'", () => {
  it("own the figures of their 'which' clause, the group its own", () => {
    const facts = factsOf("In 2018, exports of the \"new three\" from Fujian grew 12.5 percent to 210.4 billion yuan, led by "
      + "lithium-ion batteries, which climbed 30.2 percent to 95.1 billion yuan.", Y2018);
    expect(one(facts, 210.4).subject).toBe("new three");
    expect(one(facts, 95.1)).toMatchObject({ subject: "lithium-ion batteries", metric: "exports", measure: "amount" });
    expect(one(facts, 30.2).subject).toBe("lithium-ion batteries");
  });
});
