import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Fact shapes of the rules stop 31 added to facts/extract.ts (lines 1-1499) whose tests were not pure or not in the
// facts mutation area: ports' owners, goods made at places, groups defined by their members, "of which" parts, tables of
// kinds of firm, a document's unit note. Made-up places and figures.
const Y2033 = { published: "2034-01-20" };

describe("a province a stretch of coast names", () => {
  it("locates a named port before it, which owns the figure", () => {
    const facts = factsOf("Beihai port on the western coast of the Guangxi Zhuang autonomous region handled 41.3 million "
      + "tonnes of cargo in 2033.", Y2033);
    expect(one(facts, 41.3).entity).toBe("city:beihai");
  });
  it("locates a named place with an appositive before it", () => {
    const facts = factsOf("Hunan's trade rose 2.2 percent in 2033. Xiamen, the hub on the southeast coast of Fujian "
      + "province, handled 37.9 million tonnes of cargo in 2033.", Y2033);
    expect(one(facts, 37.9).entity).toBe("city:xiamen");
  });
  it("owns the figure when a common word stands before the coast ('The ports along the coast of Y')", () => {
    const facts = factsOf("Hunan's trade rose 2.2 percent in 2033. The ports on the eastern coast of Zhejiang province "
      + "handled 1.73 billion tonnes of cargo in 2033.", Y2033);
    expect(one(facts, 1.73).entity).toBe("zhejiang");
  });
});

describe("a province after a stretch of coast with no named place before it", () => {
  it("owns the figure ('The port on the coast of Y', 'Ports on the coast of Y')", () => {
    const the = factsOf("Hunan's trade rose 2.2 percent in 2033. The port on the eastern coast of Zhejiang province handled "
      + "1.73 billion tonnes of cargo in 2033.", Y2033);
    expect(one(the, 1.73).entity).toBe("zhejiang");
    const ports = factsOf("Hunan's trade rose 2.2 percent in 2033. Ports on the southern coast of Guangdong province "
      + "handled 2.96 billion tonnes of cargo in 2033.", Y2033);
    expect(one(ports, 2.96).entity).toBe("guangdong");
  });
  it("while a port of a name the taggers do not know is still located by it, and the province owns nothing", () => {
    const facts = factsOf("Hunan's trade rose 2.2 percent in 2033. Tiwen port on the southern coast of Fujian province "
      + "handled 4.45 million tonnes of cargo in 2033.", Y2033);
    expect(one(facts, 4.45).entity).not.toBe("fujian");
  });
});

describe("the field a place leads", () => {
  it("owns no rank after it ('the largest foreign trader among the six central provinces and ranked 9th')", () => {
    const facts = factsOf("Hunan's trade rose 2.2 percent in 2033. In 2033, Shanxi traded 181.95 billion yuan. The province "
      + "remained the largest foreign trader among the six central provinces and ranked 9th in the country.", Y2033);
    expect(one(facts, 9)).toMatchObject({ entity: "shanxi", measure: "rank" });
  });
});

describe("a place goods are made at, in an aside after the goods", () => {
  it("owns nothing: the figure is the text's place's", () => {
    const facts = factsOf("Hubei's exports rose 9.4 percent in 2033. Exports of optical fibre, made mainly at the Xiangyang "
      + "and Yichang plants, grew 17.3 percent to 8.6 billion yuan.", Y2033);
    expect(one(facts, 8.6)).toMatchObject({ entity: "hubei", subject: "optical fibre" });
  });
  it("while goods made in a place named with no aside are that place's", () => {
    const facts = factsOf("Hubei's exports rose 9.4 percent in 2033. Exports of goods made in Shaanxi grew 5.7 percent to "
      + "33.4 billion yuan in 2033.", Y2033);
    expect(one(facts, 33.4).entity).toBe("shaanxi");
  });
});

describe("the place ranked against at a figure", () => {
  it("owns the figure given with it ('behind X at N')", () => {
    const facts = factsOf("Lianyungang handled 28 million tonnes in 2033. Yancheng ranked second in the province by coal "
      + "unloaded, behind Lianyungang at 9.4 million tonnes.", Y2033);
    expect(one(facts, 9.4).entity).toBe("city:lianyungang");
  });
});

describe("places listed after a figure", () => {
  it("are where, not whose ('as plants in A, B and C shipped')", () => {
    const facts = factsOf("Guangdong province's imports and exports reached 8.31 trillion yuan in 2033. Exports of drones "
      + "rose 36.2 percent to 17.4 billion yuan, as plants in Shenzhen, Dongguan and Zhuhai shipped more.", Y2033);
    expect(one(facts, 17.4)).toMatchObject({ entity: "guangdong", subject: "drones" });
  });
});

describe("a group defined by its members in commas", () => {
  it("owns the figure, never its last member", () => {
    const facts = factsOf("The four lake cities, Wuhan, Changsha, Nanchang and Hefei, traded 23.8 billion yuan in 2033.",
      Y2033);
    expect(one(facts, 23.8).entity).not.toBe("city:hefei");
    expect(one(facts, 23.8).entity).toMatch(/^group:|^region:/);
  });
  it("gives a member after a place that is no member its own figure", () => {
    const facts = factsOf("The three northeastern provinces, Liaoning, Jilin and Heilongjiang, exported 57.2 billion yuan in "
      + "2033. Hebei and Jilin traded 3.1 billion yuan with Russia.", Y2033);
    expect(one(facts, 57.2).entity).toBe("region:northeastern");
  });
});

describe("an 'of which' part", () => {
  it("is the goods it names", () => {
    const facts = factsOf("In 2033, Shaanxi's exports reached 391 billion yuan, of which solar cells accounted for 44.7 "
      + "billion yuan.", Y2033);
    expect(one(facts, 44.7).subject).toBe("solar cells");
  });
  it("is a label when it is a period, and no goods when it is a place", () => {
    const month = factsOf("Shaanxi's exports reached 193 billion yuan in the first quarter of 2033, of which February alone "
      + "was 57 billion yuan.", Y2033);
    expect(one(month, 57).subject).toBe("february alone");
    const place = factsOf("In 2033, Shaanxi's exports reached 391 billion yuan, of which Xi'an accounted for 266 billion "
      + "yuan.", Y2033);
    expect(one(place, 266).subject).toBeUndefined();
  });
});

describe("a table of kinds of firm after a sentence on one goods' flow", () => {
  it("gives the firms' trade, not the goods' flow", () => {
    const facts = factsOf("Wuxi's trade rose 4 percent to 71.3 billion yuan in the first five months.\n\nIntegrated "
      + "circuits were the largest import, worth 6.6 billion yuan.\n\n## Who is trading\n\n| Kind of enterprise | "
      + "January-May (billion yuan) | Year on year |\n|---|---|---|\n| State-owned enterprises | 12.7 | +3.3% |\n"
      + "| Private enterprises | 36.1 | +14.9% |\n", { title: "Wuxi trade in January-May 2033" });
    expect(one(facts, 12.7)).toMatchObject({ metric: "trade", subject: "state-owned enterprises" });
    expect(one(facts, 14.9)).toMatchObject({ metric: "trade", measure: "growth", subject: "private enterprises" });
  });
});

describe("a note on the unit of every figure", () => {
  it("gives a table naming no unit its scale", () => {
    const facts = factsOf("Hunan Trade Bulletin\nAll figures are in billion yuan; changes are year on year.\nIn the first "
      + "half Hunan's exports totaled 251.4 billion yuan.\n| Item | H1 value | Change (%) |\n| Exports | 251.4 | 6.1 |\n"
      + "| Tea (exports) | 2.37 | +8.8 |", { title: "Hunan Trade Bulletin 2033" });
    expect(one(facts, 2.37)).toMatchObject({ measure: "amount", unit: "billion yuan", subject: "tea" });
  });
});

describe("a partner an opening phrase names before a run of places", () => {
  it("is an item of the run when no opening phrase names it ('Japan, A, B and C had …')", () => {
    const facts = factsOf("Ningxia's trade rose 4 percent in 2033. Japan, Hubei, Hunan and Henan had 1.1, 2.2, 3.3 and 4.4 "
      + "billion yuan respectively.");
    expect(one(facts, 1.1).partner).toBe("partner:japan");
    expect(one(facts, 2.2).entity).toBe("hubei");
    expect(one(facts, 4.4).entity).toBe("henan");
  });
  it("heads a run of partners after it, the place after them the owner of each figure", () => {
    const facts = factsOf("Ningxia's trade rose 4 percent in 2033. In trade with Japan, Korea and Laos, Hubei recorded "
      + "growth of 1.1, 2.2 and 3.3 percent respectively.");
    for (const v of [1.1, 2.2, 3.3]) expect(one(facts, v).entity).toBe("hubei");
  });
  it("gives each figure its own partner of the run ('In trade with A, B and C, X recorded … respectively')", () => {
    const facts = factsOf("Ningxia's trade rose 4 percent in 2033. In trade with Japan, Korea and Laos, Hubei recorded "
      + "growth of 1.1, 2.2 and 3.3 percent respectively.");
    expect(one(facts, 2.2).partner).toBe("partner:south-korea");
    expect(one(facts, 3.3).partner).toBe("partner:la");
  });
  it("gives places after a run of partners no figure of their own ('In trade with A and B, X and Y recorded …')", () => {
    // (trade with both partners at once: neither partner's alone, nor the places' total)
    const facts = factsOf("Ningxia's trade rose 4 percent in 2033. In trade with Japan and Korea, Hubei and Hunan recorded "
      + "growth of 1.1 and 2.2 percent respectively.");
    expect(facts.filter((f) => f.value === 1.1 || f.value === 2.2)).toEqual([]);
  });
  it("gives the possessive place after the run its partners' figures ('In trade with A, B and C, X's exports grew …')", () => {
    const facts = factsOf("Ningxia's trade rose 4 percent in 2033. In trade with Japan, Korea and Laos, Hubei's exports grew "
      + "1.1, 2.2 and 3.3 percent respectively.");
    expect(one(facts, 1.1)).toMatchObject({ entity: "hubei", partner: "partner:japan", metric: "exports" });
    expect(one(facts, 3.3)).toMatchObject({ entity: "hubei", partner: "partner:la" });
  });
});

describe("a field after a superlative with more words before 'of' or 'in'", () => {
  // "the fastest among the cities of Hunan province" names the field ranked in (SUPERLATIVE_SCOPE took at most two
  // words before "in/among/of", so the city's figures were read as the province's)
  it("owns none of the city's figures ('…, the fastest among the cities of Hunan province')", () => {
    const facts = factsOf("Changsha's trade rose 3 percent in 2033. Its exports grew 14.2 percent to 88.6 billion yuan, the "
      + "fastest among the cities of Hunan province.", Y2033);
    expect(one(facts, 88.6).entity).toBe("city:changsha");
  });
  it("while a province named before its superlative keeps its figures ('Hunan's …, the fastest among the provinces of …')", () => {
    const facts = factsOf("Hunan's exports grew 14.2 percent to 88.6 billion yuan in 2033, the fastest among the provinces of "
      + "central China, and Hubei's rose 3.1 percent.", Y2033);
    expect(one(facts, 88.6).entity).toBe("hunan");
    expect(one(facts, 3.1).entity).toBe("hubei");
  });
});

describe("a group defined by its members, beside other names", () => {
  it("owns its figure after another group defined before it in the sentence", () => {
    const facts = factsOf("While the three northeastern provinces, Liaoning, Jilin and Heilongjiang, exported 57.2 billion "
      + "yuan in 2033, the four lake cities, Wuhan, Changsha, Nanchang and Hefei, traded 23.8 billion yuan.");
    expect(one(facts, 57.2).entity).toBe("region:northeastern");
    expect(one(facts, 23.8).entity).toBe("group:four-lake-cities");
  });
  it("owns its figure with a partner named after it", () => {
    const facts = factsOf("The four lake cities, Wuhan, Changsha, Nanchang and Hefei, traded 23.8 billion yuan with Japan in "
      + "2033.");
    expect(one(facts, 23.8)).toMatchObject({ entity: "group:four-lake-cities", partner: "partner:japan" });
  });
  it("leaves a member named again in a later clause its own figure", () => {
    const facts = factsOf("The three northeastern provinces, Liaoning, Jilin and Heilongjiang, exported 57.2 billion yuan in "
      + "2033, and Jilin's imports rose 4.1 percent.");
    expect(one(facts, 4.1)).toMatchObject({ entity: "jilin", metric: "imports" });
  });
});

describe("an 'of which' part, one filter at a time", () => {
  const whole = "In 2033, Shaanxi's exports reached 391 billion yuan, of which ";
  it("is no goods when it is a place ('of which Baoji accounted for …')", () => {
    const facts = factsOf(whole + "Baoji accounted for 27 billion yuan.");
    expect(one(facts, 27)).toMatchObject({ entity: "city:baoji" });
    expect(one(facts, 27).subject).toBeUndefined();
  });
  it("is a label, not goods, when it is a month ('of which February accounted for …')", () => {
    const facts = factsOf("Shaanxi's exports reached 193 billion yuan in the first quarter of 2033, of which February "
      + "accounted for 57 billion yuan.");
    expect(one(facts, 57).subject).toBe("february");
  });
  it("is no goods when it is a flow ('of which exports to Japan were …')", () => {
    const facts = factsOf(whole + "exports to Japan were 61 billion yuan.");
    expect(one(facts, 61)).toMatchObject({ partner: "partner:japan" });
    expect(one(facts, 61).subject).toBeUndefined();
  });
  it("is the goods, in lower case ('of which LCD panels accounted for …')", () => {
    expect(one(factsOf(whole + "LCD panels accounted for 44.7 billion yuan."), 44.7).subject).toBe("lcd panels");
  });
  // MISREAD: "others" is no goods (OF_WHICH_NO_GOODS), but another reader still takes it as the subject. Left pinned in
  // stop 32: with no subject the 129 would stand as Shaanxi's plain exports (the whole's figure); "others" as a label,
  // like "the rest" (fact-review31a), keeps it off plain questions. The right fix is a part that is no goods, not none.
  it.fails("is no goods when it is the others ('of which others accounted for …')", () => {
    expect(one(factsOf(whole + "others accounted for 129 billion yuan."), 129).subject).toBeUndefined();
  });
});

describe("the place ranked against and places after a figure", () => {
  it("owns no figure the ranked place states of its own ('ranked second behind X and handled N')", () => {
    const facts = factsOf("Lianyungang handled 28 million tonnes in 2033. Yancheng ranked second behind Lianyungang and "
      + "handled 9.4 million tonnes.");
    expect(one(facts, 9.4).entity).toBe("city:yancheng");
  });
  it("are where even when two ('as plants in A and B shipped more')", () => {
    const facts = factsOf("Guangdong province's imports and exports reached 8.31 trillion yuan in 2033. Exports of drones "
      + "rose 36.2 percent to 17.4 billion yuan, as plants in Shenzhen and Dongguan shipped more.");
    expect(one(facts, 17.4)).toMatchObject({ entity: "guangdong", subject: "drones" });
    expect(one(facts, 36.2).entity).toBe("guangdong");
  });
});

describe("a note on every figure's unit, for a table whose rows restate no figure of the text", () => {
  it("gives the table its unit", () => {
    const facts = factsOf("Hunan Trade Bulletin\nAll figures are in billion yuan.\nHunan's trade rose in 2033.\n"
      + "| Item | H1 value |\n|---|---|\n| Tea (exports) | 2.37 |\n| Tobacco (exports) | 1.21 |", { title: "Hunan 2033" });
    expect(one(facts, 2.37)).toMatchObject({ entity: "hunan", unit: "billion yuan", subject: "tea" });
  });
});

describe("a column headed by another place's flow", () => {
  // "Anhui's exports (billion yuan)" heads Anhui's column (PLACE_FLOW_HEADER allows the "'s"; a possessive place was set
  // aside by placeColumn, and the rows read as the text's place's)
  it("is that place's, in a text about another ('| Year | Anhui's exports (billion yuan) |')", () => {
    const facts = factsOf("Jiangxi's trade rose 3 percent in 2033.\n\n| Year | Anhui's exports (billion yuan) |\n|---|---|\n"
      + "| 2032 | 41.5 |\n| 2033 | 44.2 |\n");
    expect(one(facts, 44.2).entity).toBe("anhui");
  });
  it("keeps the text's place's column its own; a possessive before no flow heads none ('Anhui's rank')", () => {
    const facts = factsOf("Jiangxi's trade rose 3 percent in 2033.\n\n| Year | Jiangxi's exports (billion yuan) | Anhui's "
      + "rank |\n|---|---|---|\n| 2032 | 41.5 | 7 |\n| 2033 | 44.2 | 8 |\n");
    expect(one(facts, 44.2).entity).toBe("jiangxi");
  });
});

describe("a flow set against the figure's own in an aside", () => {
  // (the figure is the trade with Japan; the flow the aside sets it against, "unlike exports to Hong Kong", took it as
  // its partner)
  it("keeps the partner of the clause's own flow ('trade with Japan, unlike exports to Hong Kong, rose …')", () => {
    const facts = factsOf("Ningxia's trade with Japan, unlike exports to Hong Kong, rose 5.2 percent in 2033.");
    expect(one(facts, 5.2)).toMatchObject({ partner: "partner:japan", metric: "trade" });
  });
  it("keeps the clause's own flow and partner beside 'like' ('exports to Laos, like imports from Japan, rose …')", () => {
    const facts = factsOf("Ningxia's exports to Laos, like imports from Japan, rose 5.2 percent in 2033, and its trade with "
      + "Japan fell 1.4 percent.");
    expect(one(facts, 5.2)).toMatchObject({ entity: "ningxia", partner: "partner:la", metric: "exports" });
    expect(one(facts, -1.4)).toMatchObject({ partner: "partner:japan", metric: "trade" });
  });
});
