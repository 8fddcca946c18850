import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { explainKind } from "../retrieval/explain.js";
import { findEntities } from "../text/entities.js";
import { findBases, findPeriods, periodLabel } from "../text/periods.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findSubjects, subjectFinder } from "../text/subjects.js";
import { itemsBefore } from "../text/lists.js";
import { findNumbers } from "../text/numbers.js";
import { zoneFinder } from "../text/zones.js";

// One sentence shape per test: what the extractor must read from it, on made-up sentences in the
// styles trade news uses (none is from an evaluation set).

describe("periods and comparison bases", () => {
  it("reads 'over the same period last year', 'from 2024' and 'than in May' as bases, not periods", () => {
    const ctx = { docYear: 2025, docMonth: 10 };
    expect(findPeriods("Exports rose 12.4% over the same period last year.", ctx)).toEqual([]);
    const west = "In 2025, the region's foreign trade hit 4.4 trillion yuan, up 8.7% from 2024.";
    expect(findPeriods(west, ctx).map((p) => periodLabel(p.period))).toEqual(["2025"]);
    expect(findBases(west).map((b) => b.kind)).toEqual(["earlier"]);
    const june = "In June alone, imports and exports jumped to 59.58 billion yuan, 5 percent higher than in May.";
    expect(findPeriods(june, ctx).map((p) => periodLabel(p.period))).toEqual(["June 2025"]);
  });
  it("reads the second and third quarters as themselves, and 'from the second quarter' as a base", () => {
    const ctx = { docYear: 2023, docMonth: 10 };
    expect(findPeriods("In the third quarter alone, trade rose 2.1 percent from the second quarter.", ctx).map((p) => periodLabel(p.period)))
      .toEqual(["July–September 2023"]);
    expect(findPeriods("in the second quarter", ctx).map((p) => periodLabel(p.period))).toEqual(["April–June 2023"]);
    expect(findPeriods("in the 4th quarter of 2022", ctx).map((p) => periodLabel(p.period))).toEqual(["October–December 2022"]);
  });
  it("keeps ranges that start with 'from' and reads 'January and February' as one period", () => {
    expect(findPeriods("from 2016 to 2020 it grew").map((p) => periodLabel(p.period))).toEqual(["2016–2020"]);
    expect(findPeriods("In January and February, trade edged up.", { docYear: 2023, docMonth: 3 }).map((p) => periodLabel(p.period)))
      .toEqual(["January–February 2023"]);
  });
  it("reads 'export trade' and 'import trade' as the flows, and 'import and export trade' as trade", () => {
    const facts = factsOf("Export trade in Henan amounted to 79.35 billion yuan and import trade was 68.55 billion yuan; "
      + "total import and export trade reached 147.9 billion yuan.", { published: "2014-07-23" });
    expect([79.35, 68.55, 147.9].map((v) => one(facts, v).metric)).toEqual(["exports", "imports", "trade"]);
  });
  it("reads 'a 11.6 percent increase' and 'a 4.1 percent drop' as changes, the second a fall", () => {
    const facts = factsOf("Hunan's trade came to 600 billion yuan. That was a remarkable 11.6 percent increase year-on-year. "
      + "Its exports posted a 4.1 percent drop.", { published: "2023-08-20" });
    expect(one(facts, 11.6)).toMatchObject({ measure: "growth", value: 11.6 });
    expect(one(facts, -4.1)).toMatchObject({ measure: "growth", metric: "exports" });
  });
  it("keeps a total named after goods ('momentum in trade of new products, with total trade value reaching …') a total", () => {
    const facts = factsOf("Hunan has shown momentum in import and export of new products, with total trade value reaching "
      + "2.2 trillion yuan in 2023.", { published: "2024-01-20" });
    expect(one(facts, 2.2)).toMatchObject({ entity: "hunan", metric: "trade" });
    expect(one(facts, 2.2).subject).toBeUndefined();
  });
  it("gives 'over the same years … from A to B' the two years of the change before it", () => {
    const facts = factsOf("Shanxi's foreign trade grew from $13.5 billion in 2006 to $21.5 billion in 2010, and over the same years "
      + "its trade with Japan increased from $1.5 billion to $2.5 billion.", { published: "2011-02-01" });
    expect([1.5, 2.5].map((v) => periodLabel(one(facts, v).period!))).toEqual(["2006", "2010"]);
    expect(one(facts, 1.5).partner).toBe("partner:japan");
  });
  it("reads '63.36 billion yuan of imports and exports' as trade, and '… in exports' as exports", () => {
    const facts = factsOf("Private companies in Hefei carried out 63.36 billion yuan of imports and exports in 2023, made up of "
      + "40.5 billion yuan in exports and 22.86 billion yuan in imports.", { published: "2024-01-20" });
    expect([63.36, 40.5, 22.86].map((v) => one(facts, v).metric)).toEqual(["trade", "exports", "imports"]);
  });
  it("gives a trade mode with no flow of its own the sentence's flow ('…, while general trade totaled …')", () => {
    const facts = factsOf("By trade mode, exports under market procurement trade reached 42.5 billion yuan in 2023, while general trade "
      + "totaled 15.5 billion yuan.", { title: "Yiwu trade", published: "2024-01-20" });
    expect(one(facts, 15.5)).toMatchObject({ metric: "exports", subject: "general trade" });
  });
  it("reads 'exports under market procurement trade' as exports of that trade mode", () => {
    const facts = factsOf("By trade mode, exports under market procurement trade reached 42.5 billion yuan in 2023, up 8.5 percent.",
      { title: "Yiwu trade", published: "2024-01-20" });
    expect(one(facts, 42.5)).toMatchObject({ metric: "exports", subject: "market procurement" });
  });
  it("gives each end of 'from A in one year to B in another' its own year", () => {
    const facts = factsOf("Shanxi's exports fell from 2.5 billion dollars in 2006 to 831 million dollars in 2010.", { published: "2011-02-01" });
    expect(periodLabel(one(facts, 2.5).period!)).toBe("2006");
    expect(periodLabel(one(facts, 831).period!)).toBe("2010");
  });
  it("gives a lead that omits its period the headline's", () => {
    const facts = factsOf("Hebei's foreign trade reached 143.08 billion yuan, up 17 percent.", { title: "Hebei trade rises in Q1 2023", published: "2023-04-20" });
    expect(periodLabel(one(facts, 143.08).period!)).toBe("Q1 2023");
  });
  it("keeps the base a change is measured against", () => {
    const f = one(factsOf("In October alone, Liaoning's foreign trade reached 63.5 billion yuan, 4.6 percent more than in September.", { published: "2023-11-23" }), 4.6);
    expect(f).toMatchObject({ measure: "growth", base: "than in September" });
    expect(periodLabel(f.period!)).toBe("October 2023");
  });
  it("does not file a figure compared with last year under last year", () => {
    const facts = factsOf("In the first half of this year, Jiangxi's exports rose 12.4% over the same period last year.", { published: "2023-07-20" });
    expect(periodLabel(one(facts, 12.4).period!)).toBe("first half of 2023");
  });
});

describe("subjects below and beside places", () => {
  it("files an enterprise type's figure under it, not as the province's total", () => {
    const facts = factsOf("Fujian's foreign trade grew 10.1 percent. Private enterprises' exports grew 10.2 percent.");
    expect(one(facts, 10.2)).toMatchObject({ entity: "fujian", subject: "private enterprises" });
    expect(one(facts, 10.1).subject).toBeUndefined();
  });
  it("carries the subject into 'their imports and exports'", () => {
    const facts = factsOf("Fujian's private enterprises performed strongly. In the first quarter, their imports and exports rose 21.2 percent to 284.11 billion yuan.");
    expect(one(facts, 284.11)).toMatchObject({ entity: "fujian", subject: "private enterprises", measure: "amount" });
  });
  it("maps a respectively-list of subjects onto its values", () => {
    const facts = factsOf("In Shenzhen, foreign-invested enterprises and state-owned enterprises traded 680.52 billion yuan and 140.31 billion yuan respectively.");
    expect(one(facts, 680.52)).toMatchObject({ subject: "foreign-invested enterprises", metric: "trade" });
    expect(one(facts, 140.31)).toMatchObject({ subject: "state-owned enterprises", metric: "trade" });
  });
  it("reads trade modes clause by clause", () => {
    const facts = factsOf("In Sichuan, processing trade came to 335.26 billion yuan, up 4.3%; general trade to 137.67 billion yuan, up 26.3%.");
    expect(one(facts, 335.26).subject).toBe("processing trade");
    expect(one(facts, 137.67).subject).toBe("general trade");
  });
  it("reads an elided head: 'general or processing trade', 'private and state-owned enterprises'", () => {
    expect(findSubjects("which was bigger, general or processing trade?").map((x) => x.name)).toEqual(["general trade", "processing trade"]);
    expect(parseQuestion("which was bigger in 2024 for guangxi, general or processing trade?").intent).toBe("comparison");
  });
  it("finds subjects by their table row, one name for each spelling", () => {
    expect(findSubjects("SOEs, foreign-funded firms and private companies").map((s) => s.name))
      .toEqual(["state-owned enterprises", "foreign-invested enterprises", "private enterprises"]);
  });
});

describe("goods", () => {
  it("reads 'imports and exports of goods worth X' as the total, and 'exports of steel products worth X' as the steel's", () => {
    const facts = factsOf("Hainan recorded imports and exports of goods worth 205.5 billion yuan in 2024, up 20.5 percent. "
      + "Exports of steel products worth 3.5 billion yuan rose 5.5 percent.", { published: "2025-01-16" });
    expect(one(facts, 20.5).subject).toBeUndefined();
    expect(one(facts, 205.5).qualifier).toBeUndefined();
    expect(one(facts, 3.5).subject).toBe("steel products");
  });
  it("makes the goods of 'exports of X' the figure's subject, without the place after them", () => {
    const facts = factsOf("Guangdong's exports grew. Exports of labor-intensive products grew 2.4%, and exports of steel products came to 89.86 billion yuan, an increase of 4.4 times. Exports of automobiles from Chongqing rose 1.5 times.");
    expect(one(facts, 2.4).subject).toBe("labor-intensive products");
    expect(one(facts, 89.86)).toMatchObject({ entity: "guangdong", subject: "steel products", metric: "exports" });
    expect(one(facts, 1.5)).toMatchObject({ entity: "chongqing", subject: "automobiles", measure: "multiple" });
  });
  it("finds 'automobile' and 'coke' in questions about 'automobiles' and 'coke and semi-coke'", () => {
    const find = subjectFinder(["automobiles", "coke and semi-coke"]);
    expect(find("how did chongqing's automobile exports and shanxi's coke exports do?")).toEqual(["automobiles", "coke and semi-coke"]);
  });
  it("never finds a table's 'Total' row as goods in a question ('total foreign trade')", () => {
    const find = subjectFinder(["Total", "ships"]);
    expect(find("what was the province's total foreign trade, and its ship exports?")).toEqual(["ships"]);
  });
  it("never 'corrects' an ordinary word into a generated place name", () => {
    expect(parseQuestion("foshan's foreign trade in 2022 and how it changed?").text).toContain("changed");
  });
});

describe("lists of items", () => {
  it("maps products listed before 'respectively' onto their figures, in order", () => {
    const facts = factsOf("Jiangsu's exports grew. Within this group, data processing equipment and parts, household appliances and integrated circuits grew by 14.6%, 16.7% and 26.3% respectively, while ships, electric vehicles and containers grew even faster, by 70.7%, 78.3% and 104% respectively.");
    expect(one(facts, 14.6)).toMatchObject({ subject: "data processing equipment and parts", metric: "exports", measure: "growth" });
    expect(one(facts, 26.3).subject).toBe("integrated circuits");
    expect(one(facts, 104)).toMatchObject({ entity: "jiangsu", subject: "containers" });
  });
  it("splits 'A, B and C' and 'A, B and C, and D' into exactly as many items as figures, or not at all", () => {
    const text = "Solar cells, automobiles and auto parts, and lithium batteries were among the fastest-growing exports, rising 40.7%, 62.6% and 93.3%, respectively.";
    expect(itemsBefore(text, text.indexOf("40.7"), 3)?.map((i) => i.name)).toEqual(["solar cells", "automobiles and auto parts", "lithium batteries"]);
    expect(itemsBefore(text, text.indexOf("40.7"), 4)).toBeUndefined();
    const flows = "Exports and imports grew 5% and 3% respectively.";
    expect(itemsBefore(flows, flows.indexOf("5%"), 2)).toBeUndefined();
  });
  it("finds an index's own subjects in questions, singular or plural", () => {
    const find = subjectFinder(["solar cells", "lithium-ion batteries", "ships"]);
    expect(find("What were Xi'an's solar cell exports, and lithium-ion battery ones, and ships?")).toEqual(["solar cells", "lithium-ion batteries", "ships"]);
  });
});

describe("whose trade, and with whom", () => {
  it("knows every country as a partner and every prefecture-level city", () => {
    const found = findEntities("Xinjiang's trade with Kazakhstan, Nantong and Tai'an");
    expect(found.map((e) => e.id)).toEqual(["xinjiang", "partner:kz", "city:nantong", "city:taian"]);
  });
  it("reads 'US $' and 'U.S. dollars' as a currency, not as the United States", () => {
    const found = findEntities("Capital reached US $4.05 billion, or 28 billion U.S. dollars, and trade with the US rose.");
    expect(found.map((e) => e.text)).toEqual(["the US"]);
  });
  it("reads 'China-X trade' and 'X-China trade' as trade with X, owned by the place it goes through or else China", () => {
    const facts = factsOf("China-Myanmar trade through Ruili fell 5.5% to 591 million dollars in 2009. Laos-China trade through "
      + "the port rose 7.5 percent. Sino-Pakistan trade grew 4.5% in 2009.", { title: "Ruili border trade", published: "2010-03-01" });
    expect(one(facts, 591)).toMatchObject({ entity: "city:ruili", partner: "partner:mm" });
    expect(one(facts, 7.5)).toMatchObject({ entity: "city:ruili", partner: "partner:la" });
    expect(one(facts, 4.5)).toMatchObject({ entity: "china", partner: "partner:pk" });
    // a dateline's dash joins no pair
    expect(one(factsOf("BEIJING -- China's exports reached 23.5 trillion yuan in 2024."), 23.5)).toMatchObject({ entity: "china" });
  });
  it("reads 'the South China province's' as the province the text is about, and 'across the country … on average' as China's", () => {
    const facts = factsOf("Fujian's trade rose in May. Customs said the East China province's foreign trade came to 120.5 billion yuan "
      + "in May. Across the country, trade was down 3.4 percent on average. Exports made up 80.2 billion yuan of the total "
      + "and imports 40.3 billion yuan, year-on-year falls of 1.5 percent and 6.5 percent respectively.", { published: "2016-06-10" });
    expect(one(facts, 120.5).entity).toBe("fujian");
    expect(one(facts, -3.4).entity).toBe("china");
    expect([80.2, 40.3].map((v) => one(facts, v).entity)).toEqual(["fujian", "fujian"]);
    expect([-1.5, -6.5].map((v) => one(facts, v).metric)).toEqual(["exports", "imports"]);
    const south = factsOf("Hainan's trade rose. The South China province's foreign trade came to 12.5 billion yuan in May.", { published: "2016-06-10" });
    expect(one(south, 12.5).entity).toBe("hainan");
  });
  it("maps three flows named before 'respectively', and makes every figure of the run a gap when the last is one", () => {
    const facts = factsOf("The growth of the province's total foreign trade, of its exports and of its imports in 2019 was "
      + "3.5 percent, 4.5 percent and 1.5 percent higher than the national average respectively.", { title: "Anhui trade", published: "2020-01-19" });
    expect([3.5, 4.5, 1.5].map((v) => [one(facts, v).metric, one(facts, v).measure])).toEqual([
      ["trade", "pp_gap"], ["exports", "pp_gap"], ["imports", "pp_gap"],
    ]);
  });
  it("never takes the year of a calendar day ('published on January 16, 2020') for a figure's period", () => {
    const facts = factsOf("Anhui's imports grew 11.5 percent in 2019, according to figures customs published on January 16, 2020.",
      { published: "2020-01-19" });
    expect(periodLabel(one(facts, 11.5).period!)).toBe("2019");
    const after = factsOf("Anhui's imports grew 11.5 percent, according to figures customs published on January 16, 2020.",
      { title: "Anhui trade in 2019", published: "2020-01-19" });
    expect(periodLabel(one(after, 11.5).period!)).toBe("2019");
  });
  it("reads 'a share 4.9 percent lower than a year before' as the share's change in points, and 'rose 2.1 points to 30.5%' as a level", () => {
    const facts = factsOf("Hunan's trade grew. Private firms accounted for 43.2 percent of the province's trade, a share 1.9 percent lower than a year before. "
      + "The share of general trade rose 2.1 percentage points to 30.5 percent.", { published: "2016-06-10" });
    expect(one(facts, -1.9)).toMatchObject({ measure: "pp_change", unit: "percentage points", subject: "private enterprises" });
    expect(one(facts, 30.5)).toMatchObject({ measure: "share" });
  });
  it("reads 'beat the national growth rate by 5.3 percent and Fujian's by 4.3 percent' as two gaps of the city's", () => {
    const facts = factsOf("In 2019 Ganzhou's exports grew at a pace that beat the national growth rate by 5.5 percent and "
      + "Jiangxi's by 4.5 percent.", { published: "2020-02-01" });
    expect(one(facts, 5.5)).toMatchObject({ entity: "city:ganzhou", measure: "pp_gap" });
    expect(one(facts, 4.5)).toMatchObject({ entity: "city:ganzhou", measure: "pp_gap", qualifier: "than Jiangxi" });
  });
  it("gives 'That was a drop of 2.3 percent' to the amount the sentence before stated, and no period to 'since 1990'", () => {
    const facts = factsOf("Hunan's general trade came to 26.5 billion yuan in May. Although that was a drop of 2.3 percent "
      + "from a year before, general trade moved ahead for the first time since 1990.", { published: "2016-06-10" });
    expect(one(facts, -2.3)).toMatchObject({ entity: "hunan", subject: "general trade", measure: "growth" });
    expect(periodLabel(one(facts, -2.3).period!)).toBe("May 2016");
  });
  it("reads 'exports from the whole country' as China's own, in an article about a province", () => {
    const facts = factsOf("Anhui's imports soared 94.5 percent in the first two months. Over the same period, exports from the whole "
      + "country jumped 31.5 percent and imports rose 63.5 percent.", { published: "2010-03-12" });
    expect([94.5, 31.5, 63.5].map((v) => one(facts, v).entity)).toEqual(["anhui", "china", "china"]);
  });
  it("does not take the field a superlative ranks in ('the highest in Northeast China') for the text's subject", () => {
    const facts = factsOf("Heilongjiang's trade rose 12.5 percent in 2021. That growth rate was 3.5 percentage points above the national "
      + "average and the highest in Northeast China. Exports for the period were 16.5 billion yuan.", { published: "2022-01-20" });
    expect([3.5, 16.5].map((v) => one(facts, v).entity)).toEqual(["heilongjiang", "heilongjiang"]);
  });
  it("keeps the partner of '$5.4 billion of trade with ASEAN' through 'That trade …' and 'It was made up of …'", () => {
    const facts = factsOf("Yunnan did $5.5 billion of trade with ASEAN countries in 2010. That trade accounted for 35.5 percent of the "
      + "province's total. It was made up of $3.5 billion of exports and $2 billion of imports. Yunnan's foreign trade came to "
      + "$15.5 billion.", { published: "2011-01-20" });
    expect([5.5, 35.5, 3.5, 2].map((v) => one(facts, v).partner)).toEqual(Array(4).fill("partner:asean"));
    expect(one(facts, 15.5).partner).toBeUndefined();
  });
  it("reads '$20.33 billion of it was done with ASEAN' as trade with ASEAN, and 'passed $40 billion' as a threshold", () => {
    const facts = factsOf("Yunnan's trade passed $40 billion in 2015. The province's foreign trade reached $40.5 billion, and $20.5 billion "
      + "of it was done with ASEAN.", { published: "2016-01-20" });
    expect(one(facts, 40)).toMatchObject({ approx: "past" });
    expect(one(facts, 20.5)).toMatchObject({ entity: "yunnan", partner: "partner:asean" });
    expect(one(facts, 40.5).approx).toBeUndefined();
  });
  it("makes 'trade with Kazakhstan' the province's trade with a partner, not its total", () => {
    const facts = factsOf("Xinjiang's imports and exports with Kazakhstan alone reached 35.48 billion yuan.");
    expect(one(facts, 35.48)).toMatchObject({ entity: "xinjiang", partner: "partner:kz" });
  });
  it("gives a list of partners 'respectively' to the place the sentence calls 'the province'", () => {
    const facts = factsOf("Hebei's trade grew. The United States, ASEAN and the European Union were the province's main trading partners, with trade of 19.11 billion yuan, 18.54 billion yuan and 14.72 billion yuan respectively.");
    expect(one(facts, 19.11)).toMatchObject({ entity: "hebei", partner: "partner:us" });
    expect(one(facts, 14.72)).toMatchObject({ entity: "hebei", partner: "partner:eu" });
  });
  it("treats a region in a list of partners as a partner ('China's Hong Kong, ASEAN …')", () => {
    const facts = factsOf("Shenzhen's trade grew. China's Hong Kong, ASEAN and the European Union were the city's top partners, with imports and exports of 365.68 billion yuan, 363.08 billion yuan and 267.78 billion yuan respectively.");
    expect(one(facts, 365.68)).toMatchObject({ entity: "city:shenzhen", partner: "hong-kong" });
    expect(one(facts, 363.08)).toMatchObject({ entity: "city:shenzhen", partner: "partner:asean" });
  });
  it("reads 'trade with Hong Kong' as a partner but 'exports from Guangdong' as Guangdong's", () => {
    expect(one(factsOf("Shenzhen's trade with Hong Kong rose 5 percent."), 5)).toMatchObject({ entity: "city:shenzhen", partner: "hong-kong" });
    const from = one(factsOf("In January, exports from Guangdong province fell 6.4 percent."), -6.4);
    expect(from.entity).toBe("guangdong");
    expect(from.partner).toBeUndefined();
  });
  it("reads 'member countries of RCEP' as a partner and keeps each clause's partner", () => {
    const facts = factsOf("Henan's trade grew. The province's trade with member countries of the Regional Comprehensive Economic Partnership (RCEP) rose 4.1 percent to 116.09 billion yuan, and its trade with countries along the Belt and Road grew 11.4 percent to 116.05 billion yuan.");
    expect(one(facts, 116.09)).toMatchObject({ entity: "henan", partner: "partner:rcep" });
    expect(one(facts, 116.05)).toMatchObject({ entity: "henan", partner: "partner:bri" });
  });
  it("does not take the subject from an attribution after the figure", () => {
    const facts = factsOf("Henan's trade grew. The province's exports rose to 250.58 billion yuan, customs authorities in the provincial capital Zhengzhou said.");
    expect(one(facts, 250.58).entity).toBe("henan");
  });
  it("reads a region that locates a place as a locator, and a bracketed dollar amount as the same figure", () => {
    const facts = factsOf("Foreign trade of Henan Province in central China came to 379.95 billion yuan (about 53.15 billion U.S. dollars) in the first half of 2023.");
    expect(facts.map((f) => f.value)).toEqual([379.95]);
    expect(facts[0]).toMatchObject({ entity: "henan", alt: { value: 53.15, unit: "billion US dollars" } });
  });
  it("reads 'US$' as a currency, not the United States", () => {
    const f = one(factsOf("In 2013, Dongguan's processing trade came to US$112.09 billion, an increase of 3.3%."), 3.3);
    expect(f).toMatchObject({ entity: "city:dongguan", subject: "processing trade" });
    expect(f.partner).toBeUndefined();
  });
  it("reads 'Trade between the province and ASEAN' as the province's trade with ASEAN", () => {
    const facts = factsOf("Fujian's trade grew. Trade between the province and ASEAN, its largest trading partner, came to 110.2 billion yuan.");
    expect(one(facts, 110.2)).toMatchObject({ entity: "fujian", partner: "partner:asean" });
  });
  it("does not take an office ('Nanchang Customs said') for the place a figure belongs to", () => {
    const facts = factsOf("Jiangxi's trade grew. Exports went up 3.3% to 249.95 billion yuan, Nanchang Customs said.");
    expect(one(facts, 249.95).entity).toBe("jiangxi");
  });
  it("does not take the dateline's city for the subject", () => {
    const facts = factsOf("SHANGHAI, July 25 (Xinhua) -- Foreign trade in the Yangtze River Delta region totaled 7.67 trillion yuan in the first half of 2024.");
    expect(one(facts, 7.67).entity).toBe("region:yrd");
  });
  it("reads past a relative clause that lists places ('which covers Shanghai and … Jiangsu, Zhejiang and Anhui,')", () => {
    const facts = factsOf("Foreign trade in the Yangtze River Delta region, which covers Shanghai and the provinces of Jiangsu, Zhejiang and Anhui, totaled 7.67 trillion yuan, up 4.9 percent.");
    expect(one(facts, 4.9).entity).toBe("region:yrd");
  });
  it("reads 'Yiwu in east China's Zhejiang province' as Yiwu's, and 'of RMB 671.2 billion' as no qualifier", () => {
    const f = one(factsOf("The small-commodity hub of Yiwu in east China's Zhejiang province recorded imports and exports of RMB 671.2 billion in 2024."), 671.2);
    expect(f.entity).toBe("city:yiwu");
    expect(f.qualifier).toBeUndefined();
  });
  it("reads 'in US dollar terms' as a currency, not a partner", () => {
    const f = one(factsOf("Shanxi's trade grew. Trade in US dollar terms amounted to 1.79 billion dollars."), 1.79);
    expect(f).toMatchObject({ entity: "shanxi", unit: "billion US dollars" });
    expect(f.partner).toBeUndefined();
  });
  it("maps 'Exports and imports reached A and B respectively, up x and y' onto the two flows", () => {
    const facts = factsOf("Hubei's trade grew. Exports and imports reached 520.3 billion yuan and 231.1 billion yuan respectively, up 11.2 percent and 6.1 percent.");
    expect(one(facts, 520.3).metric).toBe("exports");
    expect(one(facts, 6.1)).toMatchObject({ metric: "imports", measure: "growth" });
  });
  it("reads 'its trade with China's Taiwan region' as trade with a partner", () => {
    expect(one(factsOf("Hubei's trade with Hong Kong SAR fell 5.2 percent, while its trade with China's Taiwan region rose 18.9 percent."), 18.9))
      .toMatchObject({ entity: "hubei", partner: "taiwan" });
  });
  it("attributes nothing when no place is established", () => {
    expect(factsOf("Widget exports grew 5 percent to 3 billion yuan.").filter((f) => f.entity)).toEqual([]);
  });
  it("reads 'imported and exported goods worth' as total trade", () => {
    expect(one(factsOf("Hainan Province imported and exported goods worth 115.16 billion yuan in 2023."), 115.16).metric).toBe("trade");
  });
});

describe("numbers, offices and the article's place", () => {
  it("reads 'pct' as percent", () => {
    expect(one(factsOf("Ningxia's foreign trade surged 66.8 pct year on year to 17.41 billion yuan in 2022."), 66.8)).toMatchObject({ unit: "%", measure: "growth" });
  });
  it("gives each figure the nearest period, edge to edge", () => {
    const facts = factsOf("Xiamen's trade rose to 74.06 billion yuan in May and hit a record 75.25 billion yuan in June.", { published: "2021-07-20" });
    expect(periodLabel(one(facts, 74.06).period!)).toBe("May 2021");
    expect(periodLabel(one(facts, 75.25).period!)).toBe("June 2021");
  });
  it("reads 'the city's' in a lead as the city the office or headline names", () => {
    const facts = factsOf("Shenzhen Customs data released yesterday show that the city's imports and exports rose 8.1% to 2.37 trillion yuan.", { title: "City's trade expands" });
    expect(one(facts, 2.37).entity).toBe("city:shenzhen");
  });
  it("keeps the subject for 'Their 1.55 trillion yuan of imports and exports'", () => {
    const facts = factsOf("Shenzhen's private enterprises led. Their 1.55 trillion yuan of imports and exports was 65.3% of the city's foreign trade.");
    expect(one(facts, 1.55).subject).toBe("private enterprises");
  });
});

describe("tables", () => {
  it("reads each row under a header as its subject's figures, in the units the columns name", () => {
    const facts = factsOf([
      "Xi'an's exports grew in the first five months of 2021. Exports of these products all increased:",
      "",
      "Export product | Value (billion yuan) | Growth |",
      "",
      "Solar cells | 7.48 | 117.3% |",
      "",
      "Foreign-invested | 25.45 | +45.4% |",
    ].join("\n"), { published: "2021-07-22" });
    expect(one(facts, 7.48)).toMatchObject({ entity: "city:xian", subject: "solar cells", metric: "exports", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 117.3)).toMatchObject({ subject: "solar cells", measure: "growth" });
    expect(one(facts, 25.45).subject).toBe("foreign-invested enterprises");
    expect(periodLabel(one(facts, 7.48).period!)).toBe("January–May 2021");
  });
  it("does not carry 'In May alone' into the sentences after it", () => {
    const facts = factsOf("Xi'an's trade reached 165.4 billion yuan in the first five months. In May alone, the city's trade hit 39.49 billion yuan. General trade came to 39.57 billion yuan.", { published: "2021-07-22" });
    expect(periodLabel(one(facts, 39.49).period!)).toBe("May 2021");
    expect(periodLabel(one(facts, 39.57).period!)).toBe("January–May 2021");
  });
});

describe("undated articles", () => {
  it("take the year after their latest 'same period of' base", () => {
    const facts = factsOf("Sichuan's imports and exports came to RMB 581.74 billion in the first 8 months. That was 14.5% more than in the same period of 2020 and 38.6% more than in the same period of 2019.", { published: "" });
    expect(periodLabel(one(facts, 581.74).period!)).toBe("January–August 2021");
  });
});

describe("questions", () => {
  it("asks the months of 'h1 … in 2023 or in 2021' once for each year, and drops a bare year that repeats one", () => {
    expect(parseQuestion("was henan's h1 foreign trade bigger in 2023 or in 2021?").periods.map(periodLabel)).toEqual(["first half of 2023", "first half of 2021"]);
    expect(parseQuestion("trade with the US, jan-aug 2021 vs jan-aug 2022: how much lower was 2022?").periods.map(periodLabel))
      .toEqual(["January–August 2021", "January–August 2022"]);
  });
  it("reads 'imports+exports' as total trade and 'trade with Hong Kong' as a partner", () => {
    expect(parseQuestion("shanghai imports+exports in september 2025?").metric).toBe("trade");
    expect(parseQuestion("how much did the greater bay area trade with hong kong in 2025?").partners).toEqual(["hong-kong"]);
  });
  it("names the subjects it asks about and keeps 'state-owned' as written", () => {
    const q = parseQuestion("rank private, foreign-invested and state-owned firms by value");
    expect(q.subjects).toEqual(["private enterprises", "foreign-invested enterprises", "state-owned enterprises"]);
    expect(q.text).toContain("state-owned");
  });
  it("reads 'q1-q3 2025' as the first three quarters and 'may 2021' as a month", () => {
    expect(parseQuestion("shanghai q1-q3 2025: rank india and asean by growth").periods.map(periodLabel)).toEqual(["first three quarters of 2025"]);
    expect(parseQuestion("did june 2021 grow on may 2021?").periods.map(periodLabel)).toEqual(["June 2021", "May 2021"]);
  });
  it("counts 'how much did it grow' as growth or a multiple", () => {
    expect(parseQuestion("How much did Qinghai trade with the EU grow in Q1 2021?").measures).toEqual(expect.arrayContaining(["growth", "multiple"]));
  });
  it("tells explanations from figure questions", () => {
    expect(explainKind("why did shanghai's trade jump in september 2020?")).toBe("cause");
    expect(explainKind("which customs office put out the data?")).toBe("source");
    expect(explainKind("what's the GBA?")).toBe("definition");
    expect(explainKind("what was shandong's bonded logistics trade in 2022?")).toBeUndefined();
    expect(explainKind("how much did hubei export, and why?")).toBeUndefined();
  });
});

describe("zones and ports the gazetteer does not know", () => {
  it("makes a new area's or a port's figure that zone's own, never the city's total", () => {
    const facts = factsOf("Wuhan's foreign trade reached 300 billion yuan in 2023. Donghu New Area's imports and exports came to "
      + "88.5 billion yuan, up 12.1 percent. Trade through Yangluo Port rose 9.4 percent.", { title: "Wuhan trade", published: "2024-01-20" });
    expect(one(facts, 300)).toMatchObject({ entity: "city:wuhan" });
    expect(one(facts, 88.5)).toMatchObject({ entity: "zone:Donghu New Area" });
    expect(one(facts, 12.1)).toMatchObject({ entity: "zone:Donghu New Area" });
    expect(one(facts, 9.4)).toMatchObject({ entity: "zone:Yangluo Port" });
    expect(facts.every((f) => f.qualifier === undefined)).toBe(true);
  });
  it("gives the figure after 'of the city, which stood at' back to the city", () => {
    const facts = factsOf("The committee of Donghu New Area in Wuhan said the district's trade reached 88.5 billion yuan, "
      + "accounting for 29.5 percent of the total trade of the city, which stood at 300 billion yuan.", { published: "2024-01-20" });
    expect(one(facts, 88.5)).toMatchObject({ entity: "zone:Donghu New Area" });
    expect(one(facts, 300)).toMatchObject({ entity: "city:wuhan" });
  });
  it("finds a zone the index knows in a question, in any case, and drops the place that only locates it", () => {
    const findZones = zoneFinder(["zone:Donghu New Area", "city:wuhan"]);
    expect(parseQuestion("how much did wuhan's donghu new area trade in 2023?", { findZones }).entities).toEqual(["zone:Donghu New Area"]);
    expect(parseQuestion("compare the donghu new area and hefei in 2023", { findZones }).entities)
      .toEqual(["zone:Donghu New Area", "city:hefei"]);
  });
});

describe("ranks", () => {
  it("reads 'put the city fourth among …', 'ranks seventh in China' and 'the fifth largest among …' as ranks", () => {
    const facts = factsOf("Wuxi's trade grew 9.5 percent in 2017, which put the city fourth among the country's large cities. "
      + "Measured by volume, Wuxi ranks seventh in China. Its exports were the fifth largest among the country's cities.",
      { published: "2018-01-25" });
    expect(facts.filter((f) => f.measure === "rank").map((f) => [f.entity, f.value])).toEqual([
      ["city:wuxi", 4], ["city:wuxi", 7], ["city:wuxi", 5],
    ]);
  });
  it("ranks each 'for …' after an ordinal at that ordinal, with its product or trade mode as the subject", () => {
    const facts = factsOf("Anhui's trade grew 5 percent in 2023. The province ranked 8th in China both for exports of "
      + "electromechanical products and for processing trade, and 6th for hi-tech products.", { published: "2024-01-20" });
    const ranks = facts.filter((f) => f.measure === "rank").map((f) => [f.value, f.subject]);
    expect(ranks).toEqual([[8, "mechanical and electrical products"], [8, "processing trade"], [6, "high-tech products"]]);
  });
  it("reads one rank per flow from 'Nth for total trade, Mth for exports and Kth for imports'", () => {
    const facts = factsOf("Anhui's trade grew 5 percent in 2023. The province ranked 11th nationwide for total trade, 9th for exports and 14th for imports.",
      { published: "2024-01-20" });
    const ranks = facts.filter((f) => f.measure === "rank").map((f) => [f.entity, f.metric, f.value, f.scope]);
    expect(ranks).toEqual([["anhui", "trade", 11, "nationwide"], ["anhui", "exports", 9, "nationwide"], ["anhui", "imports", 14, "nationwide"]]);
  });
  it("pairs the flows named before 'ranked' with the ranks listed after it", () => {
    const facts = factsOf("Anhui's trade grew 5 percent in 2023. Its imports and exports, its exports and its imports ranked 10th, 8th and 15th in the country.",
      { published: "2024-01-20" });
    expect(facts.filter((f) => f.measure === "rank").map((f) => [f.metric, f.value])).toEqual([["trade", 10], ["exports", 8], ["imports", 15]]);
  });
});

describe("year ranges", () => {
  it("does not read 'in 2017 to 38.793 billion yuan' as the years 2017–2038", () => {
    const facts = factsOf("Xiamen's trade with Taiwan grew 8.3% in 2017 to 38.793 billion yuan.", { published: "2018-01-20" });
    expect(periodLabel(one(facts, 38.793).period!)).toBe("2017");
    expect(findPeriods("in 2016-20 the province grew", {}).map((p) => periodLabel(p.period))).toEqual(["2016–2020"]);
  });
});

describe("changes written after the figure", () => {
  it("reads 'N percent less than a year earlier' as a fall", () => {
    const facts = factsOf("In the first half, Anhui's processing trade came to 31.2 billion yuan, 0.4 percent less than a year earlier.",
      { published: "2023-07-20" });
    expect(one(facts, -0.4).measure).toBe("growth");
  });
});

describe("gaps to a reference rate", () => {
  it("reads a gap to the national rate written in percent as points, not as a growth", () => {
    const facts = factsOf("Hunan's imports climbed 12.2 percent in 2023, which was 5.1 percent above the national average.",
      { published: "2024-01-20" });
    expect(one(facts, 12.2).measure).toBe("growth");
    expect(one(facts, 5.1).measure).toBe("pp_gap");
    const beat = factsOf("In 2023 Wuhan's exports grew at a pace that beat the national growth rate by 3.4 percent.", { published: "2024-01-20" });
    expect(one(beat, 3.4).measure).toBe("pp_gap");
  });
  it("reads points 'above the national average' as a gap, without 'than'", () => {
    const facts = factsOf("Hunan's imports rose 3.3 percent in 2023, 2.1 percentage points above the national average.",
      { published: "2024-01-20" });
    expect(one(facts, 2.1).measure).toBe("pp_gap");
  });
  it("keeps a growth 'above' something else a growth", () => {
    const facts = factsOf("Hunan's exports rose 7.7 percent to above 300 billion yuan in 2023.", { published: "2024-01-20" });
    expect(one(facts, 7.7).measure).toBe("growth");
  });
});

describe("zones and the figures after them", () => {
  it("reads 'N percent of the city's total' after a growth as the zone's share of its city", () => {
    const facts = factsOf("Wuhan's trade rose in 2023. The Yangluo Bonded Port Area recorded trade of 30.2 billion yuan, "
      + "up 20.5 percent, 9.1 percent of the city's total.", { published: "2024-01-20" });
    expect(one(facts, 20.5).measure).toBe("growth");
    expect(one(facts, 9.1)).toMatchObject({ measure: "share", entity: "zone:Yangluo Bonded Port Area", shareOf: "city:wuhan" });
  });
  it("goes back to the article's place after a zone's sentence, unless the next sentence refers to the zone", () => {
    const text = "Wuhan's trade rose 5 percent in 2023. The Yangluo Bonded Port Area recorded trade of 30.2 billion yuan. ";
    const back = factsOf(`${text}Exports were 200.5 billion yuan.`, { published: "2024-01-20" });
    expect(one(back, 200.5).entity).toBe("city:wuhan");
    const zone = factsOf(`${text}Its exports were 20.5 billion yuan.`, { published: "2024-01-20" });
    expect(one(zone, 20.5).entity).toBe("zone:Yangluo Bonded Port Area");
  });
});

describe("product groups named by their modifier", () => {
  it("reads 'mechanical and electrical exports' and 'high-tech imports' as the product groups", () => {
    expect(findSubjects("mechanical and electrical exports rose").map((s) => s.name)).toEqual(["mechanical and electrical products"]);
    expect(findSubjects("its high-tech imports fell").map((s) => s.name)).toEqual(["high-tech products"]);
    // the modifier alone, with no flow after it, names nothing
    expect(findSubjects("the mechanical and electrical industry grew")).toEqual([]);
  });
});

describe("gaps written 'pts'", () => {
  it("reads '14.5 pts above the national average' as a gap in points", () => {
    const facts = factsOf("Hefei's exports grew 18.2 percent in 2023, 14.5 pts above the national average.", { published: "2024-01-20" });
    expect(one(facts, 14.5)).toMatchObject({ measure: "pp_gap", unit: "percentage points" });
  });
});

describe("money as official releases write it", () => {
  it("reads 'US$ 210 million' (a space after the sign) as dollars, not as the sentence's yuan", () => {
    const [n] = findNumbers("trade with Russia reached US$ 210 million (about 1.49 billion yuan)");
    expect(n).toMatchObject({ value: 210, unit: "million US dollars", alt: { value: 1.49, unit: "billion yuan" } });
  });
  it("restates 'hundred million yuan' in billions and 'ten thousand yuan' in thousands", () => {
    expect(findNumbers("came to 62.7 hundred million yuan")[0]).toMatchObject({ value: 6.27, unit: "billion yuan", scale: 1e9 });
    expect(findNumbers("a fine of 35 ten thousand yuan")[0]).toMatchObject({ value: 350, unit: "thousand yuan", scale: 1e3 });
  });
  it("reads a counting unit in brackets after the figure, restated in the largest scale it reaches, as one figure", () => {
    expect(findNumbers("rebates of 456,200 (10,000 yuan), up 3 percent").map((n) => [n.value, n.unit])).toEqual(
      [[4.562, "billion yuan"], [3, "%"]]);
    expect(findNumbers("came to 712.4 (US$100 million) in 2019").map((n) => [n.value, n.unit])).toEqual([[71.24, "billion US dollars"]]);
    expect(findNumbers("a levy of 35 (10,000 yuan)").map((n) => [n.value, n.unit])).toEqual([[350, "thousand yuan"]]);
    expect(findNumbers("with 12 (2023) projects")).toEqual([]);
  });
  it("reads 'Measured in US dollars, the total was …' as the trade before it, its change in dollar terms", () => {
    const facts = factsOf("Shanxi's foreign trade rose 3.3 percent to 120.5 billion yuan in 2015. Measured in US dollars, the total was "
      + "19.4 billion dollars, up 1.2 percent.", { published: "2016-01-20" });
    expect([one(facts, 19.4).metric, one(facts, 1.2).metric, one(facts, 1.2).qualifier]).toEqual(["trade", "trade", "in dollar terms"]);
  });
  it("reads export tax rebates as money paid to traders, not as exports or trade", () => {
    const facts = factsOf("In 2023, Ningbo's foreign trade companies received export tax rebates of 456,200 (10,000 yuan), up 3 percent.",
      { published: "2024-01-20" });
    expect([one(facts, 4.562).metric, one(facts, 4.562).entity, one(facts, 3).metric]).toEqual(["other", "city:ningbo", "other"]);
  });
  it("reads taxes waived on goods ('with tax exemptions of N') as no flow of the goods", () => {
    const facts = factsOf("Qinghai's trade rose 5 percent in the first quarter. In the first quarter, zero-tariff imports were "
      + "worth 2.71 billion yuan, with tax exemptions of 0.44 billion yuan.", { published: "2031-04-17" });
    expect(one(facts, 2.71)).toMatchObject({ metric: "imports", subject: "zero-tariff" });
    expect(one(facts, 0.44)).toMatchObject({ metric: "other", qualifier: "tax exemptions", measure: "amount" });
    // (no goods of their own: the policy the goods before them came in under names them)
    expect(one(facts, 0.44).subject).toBe("zero-tariff");
  });
  it("reads goods moved under a tariff policy as the policy's, and the taxes waived on them as its too", () => {
    const facts = factsOf("Qinghai's imports rose 5 percent to 61.2 billion yuan in 2031. Goods imported under the three "
      + "zero-tariff lists were valued at 2.71 billion yuan in 2031, with duties and taxes of 0.44 billion yuan exempted. Under "
      + "the processing value-added policy, goods worth 3.05 billion yuan were sold into other provinces duty-free, with tariffs "
      + "of 217 million yuan exempted.", { published: "2032-01-17" });
    expect(one(facts, 61.2)).toMatchObject({ metric: "imports" });
    expect(one(facts, 61.2).subject).toBeUndefined();
    expect(one(facts, 2.71)).toMatchObject({ metric: "imports", subject: "zero-tariff" });
    expect(one(facts, 0.44)).toMatchObject({ metric: "other", qualifier: "tax exemptions", subject: "zero-tariff" });
    expect(one(facts, 3.05)).toMatchObject({ subject: "processing value-added" });
    expect(one(facts, 217)).toMatchObject({ metric: "other", qualifier: "tax exemptions", subject: "processing value-added" });
  });
  it("reads goods imported under 'the lists' of a text on zero-tariff lists, and what they saved, as zero-tariff", () => {
    const facts = factsOf("The zero-tariff lists cover equipment and materials. In 2031, 1.92 billion yuan of goods were imported "
      + "under the three lists, with tax exemptions of 0.38 billion yuan. Firms that add at least 30 percent of value on the "
      + "island sold 0.75 billion yuan of goods to other provinces free of tariffs, saving 41.5 million yuan.",
    { published: "2032-01-17", title: "Qinghai's free trade port in 2031" });
    expect(one(facts, 1.92)).toMatchObject({ subject: "zero-tariff" });
    expect(one(facts, 0.38)).toMatchObject({ qualifier: "tax exemptions", subject: "zero-tariff" });
    expect(one(facts, 0.75)).toMatchObject({ subject: "processing value-added" });
    expect(one(facts, 41.5)).toMatchObject({ metric: "other", qualifier: "tax exemptions", subject: "processing value-added" });
  });
  it("reads no goods of a tariff policy given as a cause of a flow's figure", () => {
    const helped = factsOf("Qinghai's exports to ASEAN reached 30.4 billion yuan in 2031, helped by zero-tariff treatment "
      + "under the free trade agreement.", { published: "2032-01-17" });
    expect(one(helped, 30.4).subject).toBeUndefined();
    const thanks = factsOf("Thanks to zero-tariff treatment, Qinghai's imports reached 30.4 billion yuan in 2031.",
      { published: "2032-01-17" });
    expect(one(thanks, 30.4).subject).toBeUndefined();
    const as = factsOf("Qinghai's imports reached 30.4 billion yuan in 2031, as goods under zero-tariff lists grew.",
      { published: "2032-01-17" });
    expect(one(as, 30.4).subject).toBeUndefined();
  });
  it("reads a '(100 million yuan)' column's cells in billions", () => {
    const facts = factsOf("Hunan's trade in 2024.\n\n| Product | Exports (100 million yuan) |\n|---|---|\n| Rare earths | 53.2 |\n",
      { published: "2025-01-20" });
    expect(facts.find((f) => f.subject === "rare earths")).toMatchObject({ value: 5.32, unit: "billion yuan" });
  });
});

describe("goods named before a list of examples", () => {
  it("reads 'bulk commodity imports, including iron ore and soybeans, totaled N' as the bulk commodities' imports", () => {
    const facts = factsOf("Shandong's trade grew in 2024. The province's bulk commodity imports, including iron ore, soybeans and "
      + "crude oil, totaled 288.4 billion yuan in 2024.",
      { published: "2025-01-20" });
    expect(one(facts, 288.4)).toMatchObject({ metric: "imports", subject: "bulk commodity" });
  });
});

describe("one figure for several goods", () => {
  it("gives 'exports of garments, furniture and toys totalled N' to the goods together, not to garments", () => {
    const facts = factsOf("Ningbo's exports of garments, furniture and toys totalled 88.6 billion yuan in 2022.", { published: "2023-01-20" });
    expect(one(facts, 88.6).subject).toBe("garments, furniture and toys");
  });
});

describe("a rate's change against an earlier period", () => {
  it("reads '2.1 points faster than in the first four months' as a change against that period, not a national gap", () => {
    const facts = factsOf("In the first five months of 2024, Hubei's imports grew 6.2 percent, 2.1 percentage points faster than in "
      + "the first four months, and exports fell 2.5 percent, a decline 1.3 points narrower than in the first quarter.", { published: "2024-06-20" });
    expect(one(facts, 2.1)).toMatchObject({ measure: "pp_change", basePeriod: { y1: 2024, m1: 1, y2: 2024, m2: 4 } });
    // a narrower decline is a rise of the rate
    expect(one(facts, 1.3)).toMatchObject({ measure: "pp_change", basePeriod: { m1: 1, m2: 3 } });
  });
});

describe("a pronoun after an opening time phrase", () => {
  it("reads 'In the second quarter, it rose to N' as the flow of the sentence before", () => {
    const facts = factsOf("In the first quarter, Henan's trade was 180.2 billion yuan. In the second quarter, it rose to 209.3 billion yuan.",
      { published: "2023-07-25" });
    expect(one(facts, 209.3)).toMatchObject({ entity: "henan", metric: "trade", period: { m1: 4, m2: 6 } });
  });
});

describe("lone figures listed before one with a unit", () => {
  it("gives '84.6, 121.6 and 71.9 percent respectively' each its item, the unit named once", () => {
    const facts = factsOf("In 2023, Hunan's exports of solar cells, mobile phones and lithium-ion batteries grew 84.6, 121.6 and 71.9 "
      + "percent respectively.", { published: "2024-01-20" });
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.subject, f.value])).toEqual([
      ["solar cells", 84.6], ["mobile phones", 121.6], ["lithium-ion batteries", 71.9],
    ]);
  });
  it("maps 'increases of 27.8, 26.7 and 34.6 percent respectively' onto the partners of the amounts before", () => {
    const facts = factsOf("In the first half, Hunan's trade with ASEAN came to 266 billion yuan, with the European Union 252 billion yuan "
      + "and with the United States 221 billion yuan, increases of 27.8, 26.7 and 34.6 percent respectively.", { published: "2021-07-20" });
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.partner, f.value])).toEqual([
      ["partner:asean", 27.8], ["partner:eu", 26.7], ["partner:us", 34.6],
    ]);
  });
  it("reads '80.1, 60.3 and 52.7 billion yuan' as three amounts, and leaves years alone", () => {
    expect(findNumbers("were 80.1, 60.3 and 52.7 billion yuan").map((n) => [n.value, n.unit])).toEqual([
      [80.1, "billion yuan"], [60.3, "billion yuan"], [52.7, "billion yuan"],
    ]);
    expect(findNumbers("in 2022 and 5 percent").map((n) => n.value)).toEqual([5]);
  });
});

describe("a respectively-run with a direction word each", () => {
  it("maps 'up 3.1 percent and down 17.2 percent respectively' onto the two enterprise types in order", () => {
    const facts = factsOf("Dongguan's trade fell in 2022. Private enterprises and foreign-invested enterprises traded 701.2 billion yuan "
      + "and 610.4 billion yuan, up 3.1 percent and down 17.2 percent respectively.", { published: "2023-01-30" });
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.subject, f.value])).toEqual([
      ["private enterprises", 3.1], ["foreign-invested enterprises", -17.2],
    ]);
  });
});

describe("a share of another flow", () => {
  it("reads 'exports made up 55 percent of total trade' as exports' share of trade, and keeps exports' share of exports apart", () => {
    const facts = factsOf("In 2023, Tibet's exports made up 55 percent of the region's total trade. Guangdong's exports accounted for "
      + "23.1 percent of the country's total exports.", { published: "2024-01-18" });
    expect(one(facts, 55)).toMatchObject({ metric: "exports", measure: "share", ofMetric: "trade" });
    expect(one(facts, 23.1).ofMetric).toBeUndefined();
  });
});

describe("a year's own figure after 'from'", () => {
  it("reads 'a drop from 2022's growth of 8.1 percent' as 2022's growth, while 'up 8.7% from 2024' stays a base", () => {
    const facts = factsOf("Hunan's exports grew 5.2 percent in 2023. That was a drop from 2022's growth of 8.1 percent.",
      { published: "2024-01-20" });
    expect(one(facts, 8.1).period).toEqual({ y1: 2022, m1: 1, y2: 2022, m2: 12 });
    expect(findBases("up 8.7% from 2024.").map((b) => b.kind)).toEqual(["earlier"]);
    // a bulletin's base, a span of months, and a year a level is measured against
    expect(findBases("(growth compared with January-December 2018)").map((b) => b.kind)).toEqual(["earlier"]);
    expect(findBases("stayed above the pre-crisis peak of 2015").map((b) => b.kind)).toEqual(["earlier"]);
  });
});
