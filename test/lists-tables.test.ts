import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { chunkDocument } from "../corpus/chunk.js";
import { cleanText } from "../corpus/clean.js";
import { unwrapLines } from "../corpus/load.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { findBases, findPeriods, periodLabel } from "../text/periods.js";
import { findSubjects } from "../text/subjects.js";
import type { Fact } from "../text/terms.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { solveByIntent } from "../retrieval/intents/registry.js";

// Lists, tables, series, sections and sub-subjects: one made-up shape per test (none from an evaluation set).

describe("tables", () => {
  it("reads a Markdown table with outer pipes and a rule row, the header giving the period and the change", () => {
    const md = [
      "Customs figures show Hunan's trade with three neighbours in the period up to May:",
      "| Partner | Trade up to May | Change year on year |",
      "|---|---|---|",
      "| Thailand | $512 million | down 3.4 percent |",
      "| Laos | $61.5 million | up 12 percent |",
    ].join("\n");
    const facts = factsOf(cleanText(md).text, { published: "2019-07-01" });
    expect(one(facts, 512)).toMatchObject({ entity: "hunan", partner: "partner:th", measure: "amount", unit: "million US dollars" });
    expect(periodLabel(one(facts, 512).period!)).toBe("January–May 2019");
    expect(one(facts, -3.4)).toMatchObject({ partner: "partner:th", measure: "growth" });
    expect(one(facts, 61.5)).toMatchObject({ partner: "partner:la" });
  });
  it("takes a market column's places as partners and a bare figure's unit from its header", () => {
    const html = "Zhejiang's exports by market in 2022\nMarket | Exports (billion yuan) | Growth (%) | \nHong Kong | 120.5 | -4.2 | \nJapan | 98.1 | 6.3 | ";
    const facts = factsOf(html, { published: "2023-01-20" });
    expect(one(facts, 120.5)).toMatchObject({ entity: "zhejiang", partner: "hong-kong", metric: "exports", unit: "billion yuan", scale: 1e9 });
    expect(one(facts, -4.2)).toMatchObject({ partner: "hong-kong", measure: "growth", metric: "exports" });
  });
});

describe("respectively-lists", () => {
  it("maps bare figures that share the last one's unit onto a list of partners in a 'whose' clause", () => {
    const facts = factsOf("In 2015 Qinghai's top three trading partners were Peru, Chile and Australia, whose trade with the province came to 2.4 billion, 31 million and 18 million dollars respectively.");
    expect(one(facts, 2.4)).toMatchObject({ entity: "qinghai", partner: "partner:pe", scale: 1e9 });
    expect(one(facts, 31)).toMatchObject({ partner: "partner:cl", scale: 1e6 });
    expect(one(facts, 18)).toMatchObject({ partner: "partner:au" });
  });
  it("reads places after 'exports to' as partners of the province", () => {
    const facts = factsOf("Fujian's exports to Hong Kong, Macao and Japan rose by 8.1 percent, 3.2 percent and 5.5 percent respectively.");
    expect(one(facts, 8.1)).toMatchObject({ entity: "fujian", partner: "hong-kong", metric: "exports", measure: "growth" });
    expect(one(facts, 3.2)).toMatchObject({ entity: "fujian", partner: "macao" });
  });
});

describe("enumerations with figures", () => {
  it("gives each item of a list with its verb elided its own figure", () => {
    const facts = factsOf("In the first quarter, Tianjin's imports of crude oil rose 12.5%, natural gas 8.1% and soybeans 3.3%.", { published: "2021-04-20" });
    expect(one(facts, 12.5)).toMatchObject({ subject: "crude oil", metric: "imports", measure: "growth" });
    expect(one(facts, 8.1)).toMatchObject({ subject: "natural gas", metric: "imports", measure: "growth" });
    expect(one(facts, 3.3).subject).toBe("soybeans");
  });
  it("reads the goods before a flow, and maps changes 'respectively' onto the goods of the figures before", () => {
    const facts = factsOf("Qinghai's ship imports reached 3.2 billion yuan and medical devices 1.15 billion yuan, up 1.8 times and 14.2 percent respectively.");
    expect(one(facts, 3.2)).toMatchObject({ subject: "ship", metric: "imports" });
    expect(one(facts, 1.15)).toMatchObject({ subject: "medical devices", metric: "imports" });
    expect(one(facts, 1.8)).toMatchObject({ subject: "ship", measure: "multiple" });
    expect(one(facts, 14.2)).toMatchObject({ subject: "medical devices", measure: "growth" });
  });
  it("keeps a partner before its figure when the next figure's partner follows 'and with'", () => {
    const facts = factsOf("In 2019, China's trade with ASEAN came to 4.4 trillion yuan, with the EU 4.9 trillion yuan and with Japan 2.2 trillion yuan.");
    expect(one(facts, 4.9).partner).toBe("partner:eu");
    expect(one(facts, 2.2).partner).toBe("partner:japan");
  });
  it("reads goods after ', and' and goods 'shipped abroad', and the value's change in the clause after", () => {
    const a = factsOf("Ningxia's coal imports rose 12 percent to 3.1 billion yuan, and iron ore imports came to 420 million yuan, up 2.1 times.");
    expect(one(a, 420)).toMatchObject({ subject: "iron ore", metric: "imports" });
    const b = factsOf("In 2023 Hainan shipped more than 2,300 yachts abroad with a combined value of 0.8 billion yuan; the number was up 40.5 percent and the value 22.4 percent.");
    expect(one(b, 0.8)).toMatchObject({ subject: "yachts", metric: "exports" });
    expect(one(b, 22.4)).toMatchObject({ subject: "yachts", measure: "growth" });
    expect(one(b, 40.5).qualifier).toContain("quantity");
  });
  it("does not take a share's lead-in as an item", () => {
    const f = one(factsOf("Jilin's private firms grew fast.\nTheir trade rose 4.1 percent to 20.5 billion yuan, accounting for 31.2 percent of Jilin's total."), 31.2);
    expect(f.measure).toBe("share");
    expect(f.subject).toBe("private enterprises");
  });
  it("reads 'followed by X with N percent' as the same measure as the figure before", () => {
    const facts = factsOf("Wuxi's trade grew.\nThe private sector accounted for 51.5 percent of Wuxi's foreign trade, followed by foreign-invested firms with 38.2 percent and State-owned enterprises with 10.3 percent.");
    expect(one(facts, 38.2)).toMatchObject({ measure: "share", subject: "foreign-invested enterprises" });
    expect(one(facts, 10.3)).toMatchObject({ measure: "share", subject: "state-owned enterprises" });
  });
  it("reads a gap to the national average written in percent as a gap in points", () => {
    const facts = factsOf("Fujian's exports rose 9.1 percent, which outpaced the national average growth of exports by 2.4 percent. Its imports climbed 7.7 percent, 1.2 percent above the national average.");
    expect(one(facts, 2.4)).toMatchObject({ entity: "fujian", measure: "pp_gap", unit: "percentage points" });
    expect(one(facts, 1.2)).toMatchObject({ entity: "fujian", measure: "pp_gap", metric: "imports" });
  });
  it("reads '…, or 12.4% of the total' as a share", () => {
    expect(one(factsOf("Hunan's private firms traded 40.1 billion yuan, up 8.2%, or 12.4% of the total."), 12.4).measure).toBe("share");
  });
  it("reads a list of enterprise types with no flow named as their total trade", () => {
    const text = "Hebei's imported machinery rose 3 percent.\nIn terms of ownership, private enterprises, foreign-funded enterprises and state-owned enterprises were up 12.1%, 5.4% and 2.2% respectively.";
    expect(one(factsOf(text), 5.4)).toMatchObject({ metric: "trade", subject: "foreign-invested enterprises" });
  });
});

describe("lists across sentences", () => {
  it("maps 'They … respectively' onto the places the sentence before listed", () => {
    const text = "Jiangsu's cities all grew in 2021.\nWuxi, Nantong and Yangzhou led the way for trade growth. They recorded growth rates of 31.5 percent, 28.2 percent and 25.9 percent respectively.";
    const facts = factsOf(text, { published: "2022-01-20" });
    expect(one(facts, 31.5)).toMatchObject({ entity: "city:wuxi", measure: "growth" });
    expect(one(facts, 25.9).entity).toBe("city:yangzhou");
  });
});

describe("sections and periods", () => {
  it("does not carry a cause's month to the figures after it", () => {
    const text = "In the first three quarters, Anhui's processing trade totaled 51.2 billion USD, 0.4 percent less than a year earlier because of a weak June.\nExports in this sector dropped 1.5 percent to 30.1 billion USD.";
    const facts = factsOf(text, { published: "2018-10-20" });
    expect(one(facts, -0.4)).toMatchObject({ measure: "growth", subject: "processing trade" });
    expect(periodLabel(one(facts, -1.5).period!)).toBe("first three quarters of 2018");
    expect(one(facts, 30.1)).toMatchObject({ subject: "processing trade", metric: "exports" });
  });
  it("reads a dateline line as the filing date, not the subject or the period", () => {
    const text = "Gansu's trade doubles in 2016\nLANZHOU, January 18, 2017 (Xinhua)\nForeign trade in the Gansu province went above 6 billion U.S. dollars last year, a rise of 12 percent.";
    const f = one(factsOf(text, { title: "Gansu's trade doubles in 2016" }), 12);
    expect(f.entity).toBe("gansu");
    expect(periodLabel(f.period!)).toBe("2016");
  });
  it("does not carry the month that ends a report's period to the sentences after it", () => {
    const text = "In the first half, Shanxi's trade rose 9 percent.\nIn June, trade went up 12.2%.\nPrivate enterprises' trade grew 14.5 percent.";
    expect(periodLabel(one(factsOf(text, { published: "2019-07-20" }), 14.5).period!)).toBe("first half of 2019");
  });
  it("reads an opening date ('Mar 3, 2020 (Agency) - ') as the filing date, and 'N in exports' as exports", () => {
    const text = "Mar 3, 2020 (Wire) - Henan's foreign trade climbed to 570 billion yuan.\nIts trade in 2019 was made up of RMB 370 billion in exports and RMB 200 billion in imports.";
    const facts = factsOf(text, { title: "Henan's 2019 trade", published: "2020-03-03" });
    expect(periodLabel(one(facts, 570).period!)).toBe("2019");
    expect(one(facts, 370).metric).toBe("exports");
    expect(one(facts, 200).metric).toBe("imports");
  });
  it("reads 'over the first seven months' as the figure's period, not a base", () => {
    expect(findBases("reaching 2.5 trillion yuan over the first seven months, up 10 percent")).toEqual([]);
    expect(findBases("up 3 percent over the first seven months of 2019").length).toBe(1);
  });
  it("reads a share 'of trade in the region' as a share of the region an aside names", () => {
    const text = "The western region's trade reached 2.1 trillion yuan in 2019.\nAmong them, Shaanxi Province, which ranked second in the western region, accounted for 15.2 percent of foreign trade in the region.";
    expect(one(factsOf(text), 15.2)).toMatchObject({ entity: "shaanxi", measure: "share", shareOf: "region:western" });
  });
  it("reads 'up to April' as January to April", () => {
    expect(findPeriods("in the period up to April", { docYear: 2011, docMonth: 6 }).map((p) => periodLabel(p.period))).toEqual(["January–April 2011"]);
  });
  it("joins a PDF line broken after a preposition or a scale word", () => {
    expect(unwrapLines("a steep fall in\nMarch. Next")).toBe("a steep fall in March. Next");
    expect(unwrapLines("came to 3.1 trillion\nRMB")).toBe("came to 3.1 trillion RMB");
    expect(unwrapLines("Processing trade\nIn the first")).toBe("Processing trade\nIn the first");
  });
  it("joins a PDF line broken after a comma inside a list", () => {
    expect(unwrapLines("with Laos, Vietnam,\nThailand and Myanmar the figures were")).toBe("with Laos, Vietnam, Thailand and Myanmar the figures were");
  });
});

describe("sub-subjects", () => {
  it("does not take the whole of a share as the flow of the figures after it", () => {
    const facts = factsOf("Qinghai's trade grew in 2019.\nExports made up 91 percent of Qinghai's foreign trade, totaling 2.4 billion dollars, 12.5 percent more than a year earlier.");
    expect(one(facts, 2.4).metric).toBe("exports");
    expect(one(facts, 12.5)).toMatchObject({ metric: "exports", measure: "growth" });
  });
  it("reads a subject written with hyphens for spaces ('processing-trade exports')", () => {
    expect(findSubjects("processing-trade exports vs general-trade exports").map((x) => x.name)).toEqual(["processing trade", "general trade"]);
  });
  it("asks for an amount and a growth in 'exports + yoy %'", () => {
    expect(parseQuestion("Gansu h1 2015 exports + yoy %?").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
  it("asks for an amount and a growth in 'how much + yoy growth'", () => {
    expect(parseQuestion("wuxi's trade with japan in 2019: how much + yoy growth?").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
  it("reads an appositive after a city as an aside, not the figure's owner", () => {
    const facts = factsOf("Kunshan, the county-level city administered by Suzhou in Jiangsu province, recorded trade of 90.2 billion yuan in 2019.");
    expect(one(facts, 90.2).entity).toBe("city:kunshan");
  });
  it("reads two enterprise types in one list as two subjects, however a PDF hyphenates them", () => {
    expect(findSubjects("State- owned and collective enterprises").map((s) => s.name)).toEqual(["state-owned enterprises", "collective enterprises"]);
    const facts = factsOf("Hubei's State- owned and collective enterprises saw their trade fall to 12.5 billion USD and 3.4 billion USD respectively.");
    expect(one(facts, 12.5).subject).toBe("state-owned enterprises");
    expect(one(facts, 3.4).subject).toBe("collective enterprises");
  });
  it("does not take the national average as the subject of a figure before it", () => {
    const text = "Jiangxi's exports rose 9 percent.\nIts imports, meanwhile, came to 40.2 billion yuan after climbing 6.1 percent, which was 2.2 percent above the national average growth of imports.";
    expect(one(factsOf(text), 40.2).entity).toBe("jiangxi");
  });
});

describe("lists in questions and partners", () => {
  it("reads the partner named right after a figure, by its adjective ('with Mongolian partners')", () => {
    const facts = factsOf("Gansu's firms traded goods worth 3.1 billion yuan with Kazakh partners in 2019, up 8.2 percent, and 1.4 billion yuan with Russian partners, up 3.5 percent.");
    expect(one(facts, 3.1)).toMatchObject({ entity: "gansu", partner: "partner:kz" });
    expect(one(facts, 1.4)).toMatchObject({ entity: "gansu", partner: "partner:russia" });
  });
  it("does not read 'in 2019 to 38.7 billion' as a range of years", () => {
    expect(findPeriods("trade grew 8.3% in 2019 to 38.793 billion yuan").map((p) => periodLabel(p.period))).toEqual(["2019"]);
    expect(findPeriods("in 2016-20").map((p) => periodLabel(p.period))).toEqual(["2016–2020"]);
  });
  it("takes every item of a list after 'export growth to' as a partner", () => {
    const q = parseQuestion("rank fujian's export growth to hong kong, macao and japan in 2019");
    expect(q.entities).toEqual(["fujian"]);
    expect(q.partners).toEqual(["hong-kong", "macao", "partner:japan"]);
  });
  it("reads 'European countries' as Europe, and a list that repeats its preposition", () => {
    const facts = factsOf("In 2016, Wenzhou's exports to the United States and to European countries rose by 11.2 percent and 9.8 percent respectively.");
    expect(one(facts, 11.2)).toMatchObject({ entity: "city:wenzhou", partner: "partner:us" });
    expect(one(facts, 9.8)).toMatchObject({ entity: "city:wenzhou", partner: "partner:europe" });
  });
});

describe("lists without figures", () => {
  const listed = (facts: Fact[]) => facts.filter((f) => f.measure === "listed" && f.items);
  it("reads a list after its phrase, with the owner and the count", () => {
    const [f] = listed(factsOf("Anhui's five largest trading partners were the United States, ASEAN, the EU, Japan and South Korea.", { published: "2020-02-01" }));
    expect(f).toMatchObject({ entity: "anhui", metric: "partners", qualifier: "five largest trading partners" });
    expect(f!.items).toEqual(["United States", "ASEAN", "EU", "Japan", "South Korea"]);
  });
  it("reads a list before its phrase, and an appositive list after 'Its'", () => {
    const before = listed(factsOf("Shanxi's trade grew 3 percent.\nJapan, ASEAN and Australia are the province's three biggest trade partners."));
    expect(before[0]).toMatchObject({ entity: "shanxi", items: ["Japan", "ASEAN", "Australia"] });
    // ("the top three partners": plain "partners" after a ranked word)
    const plain = listed(factsOf("Guizhou's trade grew 5 percent in 2021.\nChile, Peru and Brazil were the top three partners."));
    expect(plain[0]).toMatchObject({ entity: "guizhou", metric: "partners", items: ["Chile", "Peru", "Brazil"] });
    const appositive = listed(factsOf("Jilin's trade grew.\nIts four main trading partners, Russia, Japan, South Korea and the EU, accounted for 58 percent of the total."));
    expect(appositive[0]).toMatchObject({ entity: "jilin", items: ["Russia", "Japan", "South Korea", "EU"] });
  });
  it("reads the goods of a list of biggest exports, and the countries a border adjoins", () => {
    const goods = listed(factsOf("The city's three biggest exports are furniture, toys and garments, which made up half of exports.", { title: "Taizhou trade" }));
    expect(goods[0]).toMatchObject({ metric: "exports", items: ["furniture", "toys", "garments"] });
    const borders = listed(factsOf("Yunnan's border, about 4,000 km long, adjoins Myanmar, Laos and Vietnam."));
    expect(borders[0]).toMatchObject({ entity: "yunnan", scope: "borders", items: ["Myanmar", "Laos", "Vietnam"] });
  });
  it("reads a list of places closed by its kind word and continued by 'as well as'", () => {
    const facts = factsOf("Data show that Hunan, Hubei and Henan provinces, as well as Chongqing Municipality, ranked in the top four for trade growth.");
    const f = facts.find((x) => x.measure === "listed" && x.members);
    expect(f?.members).toEqual(["hunan", "hubei", "henan", "chongqing"]);
    expect(f?.qualifier).toMatch(/^ranked in the top four/);
  });
  it("does not read a list of words that are not places as partners", () => {
    expect(listed(factsOf("Hebei's main markets were steady and growing."))).toEqual([]);
  });
});

describe("list questions", () => {
  const docs: CorpusDocument[] = [
    { id: "a", hash: "a", meta: { title: "Anhui trade in 2019", source: "a.md", published: "2020-01-20" },
      text: "Anhui's foreign trade grew 9 percent in 2019. Its three biggest trading partners were the United States, ASEAN and the EU. The province's three biggest exports are furniture, toys and garments." },
  ];
  const ask = (question: string) => {
    const b = figureIndex(docs.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), docs);
    return solveByIntent(parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words }), b);
  };
  it("answers 'who were its biggest partners' with the list the document names, in its order", () => {
    const a = ask("who were anhui's three biggest trading partners in 2019?");
    expect(a?.status).toBe("answered");
    expect(a?.lines[0]!.text).toContain("United States (US), ASEAN and EU");
    expect(ask("anhui's top 3 export products in 2019?")?.lines[0]!.text).toContain("furniture, toys and garments");
  });
  it("answers 'which three cities' from a statement naming a province's cities", () => {
    const cityDocs: CorpusDocument[] = [{ id: "g", hash: "g", meta: { title: "Guangdong trade in 2019", source: "g.md", published: "2020-01-20" },
      text: "Guangdong's exports grew in 2019. Shenzhen's exports rose 2.1 percent and Dongguan's 1.5 percent. Zhuhai, Foshan and Zhongshan were the three cities with the fastest export growth." }];
    const b = figureIndex(cityDocs.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), cityDocs);
    const a = solveByIntent(parseQuestion("which three guangdong cities had the fastest export growth in 2019?", { groups: b.groups }), b);
    expect(a?.lines[0]!.text).toContain("Zhuhai, Foshan and Zhongshan");
  });
  it("answers 'which five provinces led the region' from a statement that names the region's provinces", () => {
    const regionDocs: CorpusDocument[] = [{ id: "r", hash: "r", meta: { title: "Central and western trade", source: "r.md", published: "2021-11-09" },
      text: "Central and western China recorded strong trade in the first ten months. The data show that Shaanxi, Gansu, Hunan and "
        + "Hubei provinces, as well as Chongqing Municipality, ranked in the top five in terms of the growth rate for imports and exports." }];
    const b = figureIndex(regionDocs.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), regionDocs);
    const q = "which five provinces led central and western china in trade growth in the first 10 months of 2021?";
    const a = solveByIntent(parseQuestion(q, { groups: b.groups }), b);
    expect(a?.lines[0]!.text).toContain("Shaanxi, Gansu, Hunan, Hubei and Chongqing");
  });
  it("ranks a Markdown table's products and keeps the count 'which 3' asks for", () => {
    const tableDocs: CorpusDocument[] = [{ id: "t", hash: "t", meta: { title: "Henan exports in 2018", source: "t.md", published: "2019-01-20" },
      text: cleanText("Henan's exports grew in 2018. Exports of these products climbed:\n| Export product | Growth in 2018 |\n|---|---|\n| Tyres | 12% |\n| Gloves | 40.5% |\n| Wigs | 33% |\n| Pumps | 8.1% |").text }];
    const b = figureIndex(tableDocs.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), tableDocs);
    const a = solveByIntent(parseQuestion("henan 2018 exports: of the products listed, which 3 grew fastest?", { groups: b.groups, findSubjects: b.findSubjects }), b);
    expect(a?.lines[0]!.text).toMatch(/1\. gloves 40\.5%; 2\. wigs 33%; 3\. tyres 12%$/);
  });
  it("says what it has and lacks when asked for more than the document names", () => {
    const a = ask("anhui's top five trading partners in 2019?");
    expect(a?.status).toBe("abstain");
    expect(a?.lines[0]!.text).toMatch(/only 3 .*United States, ASEAN and EU/);
  });
});
