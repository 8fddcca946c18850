import { describe, expect, it } from "vitest";
import { correctSpelling, distance, expandPeriodShorthand, parseQuestion } from "../retrieval/figures/query.js";
import { splitAsks } from "../retrieval/asks.js";

// Question shapes, one per row: the frame fields each shape decides. Made-up questions, no evaluation set's.
describe("the kind of question", () => {
  it.each([
    ["what was the yuan to dollar rate in the article?", "exchange_rate"],
    ["what dollar-yuan rate do the two figures give?", "exchange_rate"],
    ["given the 12% growth, what was hubei's trade in 2020?", "implied_previous"],
    ["going by its 4.5% growth, how big were hunan's exports a year earlier?", "implied_previous"],
    ["judging by the 20% share, what was china's total trade?", "implied_whole"],
    ["hubei's trade was 3% of china's, so how big was china's trade?", "implied_whole"],
    ["what was hunan's trade deficit in 2020?", "surplus"],
    ["how much did hunan and hubei trade together in 2020?", "sum"],
    ["what was the sum of hunan's and hubei's exports in 2020?", "sum"],
    ["how much of hubei's first-half 2020 trade came in june alone?", "share_of"],
    ["what position did hubei hold in 2020?", "rank_position"],
    ["was hunan's trade bigger than hubei's in 2020?", "comparison"],
    ["hunan vs hubei exports in 2020?", "comparison"],
    ["whose exports grew faster in 2020, hunan's or hubei's?", "comparison"],
    ["by how much did hunan's trade beat the national growth rate in 2020?", "comparison"],
    ["how many percentage points faster did hunan grow in 2020?", "comparison"],
    ["which province had the lowest trade growth in 2020?", "rank"],
    ["top 3 provinces by exports in 2020?", "rank"],
    ["which province says its exports grew in 2020?", "list"],
    ["list the provinces whose trade grew in 2020", "list"],
    ["what products did hunan export in 2020?", "list"],
    ["how much did hunan export in 2020?", "lookup"],
    ["what were hunan's main import commodities in 2020?", "list"],
    ["what are jiangxi's major export markets?", "list"],
    ["what was the value of hunan's main import commodities in 2020?", "lookup"],
    ["what were the shares of hunan's main export products in 2020?", "lookup"],
  ])("%s → %s", (question, intent) => {
    expect(parseQuestion(question).intent).toBe(intent);
  });
});

describe("the measures a question asks for", () => {
  it.each([
    ["how fast did hunan's exports grow in 2020?", ["growth", "multiple"]],
    ["did hunan's trade change year on year in 2020?", ["growth", "multiple"]],
    ["did hunan's imports shrink in 2020?", ["growth", "multiple"]],
    ["what proportion of hunan's trade was with asean in 2020?", ["share"]],
    ["what did hunan's exports account for in 2020?", ["share"]],
    ["what was hunan's trade worth in 2020?", ["amount"]],
    ["what was hunan's trade in 2020, in us dollars?", ["amount"]],
    ["what were hunan's imports in 2020?", ["amount"]],
    ["how much did hunan's exports increase in 2020?", ["growth", "multiple"]],
    ["how much was hunan's trade in 2020, and how fast did it grow?", ["growth", "multiple", "amount"]],
    ["hunan's exports in 2020 and the yoy growth?", ["growth", "multiple", "amount"]],
    ["what share of china's trade did hunan account for in 2020?", ["share"]],
    ["how many percentage points above the average was hunan in 2020?", ["pp_gap", "pp_change"]],
    ["how many trading partners did hunan have in 2020?", ["count"]],
    ["how many billion yuan did hunan export in 2020?", ["amount"]],
    ["where was hunan ranked for exports in 2020?", ["rank"]],
  ])("%s → %j", (question, measures) => {
    expect(parseQuestion(question).measures).toEqual(measures);
  });
});

describe("places by the short forms people type", () => {
  it("reads 'hlj', 'xuar' and 'imar' as Heilongjiang, Xinjiang and Inner Mongolia", () => {
    expect(["hlj 2024 exports", "xuar h1 2024 exports", "imar trade in 2023"].map((q) => parseQuestion(q).entities))
      .toEqual([["heilongjiang"], ["xinjiang"], ["inner-mongolia"]]);
  });
  it("reads 'IM' as written as Inner Mongolia, never the 'im' people type for 'I'm'", () => {
    expect(["IM jan-oct 2024: export growth vs import growth?", "im looking for jilin's 2024 exports"]
      .map((q) => parseQuestion(q).entities)).toEqual([["inner-mongolia"], ["jilin"]]);
  });
  it("reads 'hk' in a list of partners ranked as Hong Kong", () => {
    const q = parseQuestion("lakeview jan-may 2031: rank asean, hk, eu and us by trade growth");
    expect(q.partners).toEqual(expect.arrayContaining(["partner:asean", "partner:eu", "partner:us"]));
    expect([...q.entities, ...q.partners].some((e) => /hong-kong/.test(e))).toBe(true);
  });
  it("reads 'latam' (also joined to a place by a hyphen) as Latin America, the partner", () => {
    expect(["ningxia-latam 2022: which grew faster, exports or imports?", "ningxia trade with latam in 2022"]
      .map((q) => parseQuestion(q).partners)).toEqual([["partner:latam"], ["partner:latam"]]);
  });
});

describe("goods by the abbreviation people type", () => {
  it("reads 'IC exports' and 'chip imports' as integrated circuits, and no bare 'ic' elsewhere", () => {
    expect(parseQuestion("chengdu IC exports in 2017").subjects).toEqual(["integrated circuits"]);
    expect(parseQuestion("how did the province's chip imports change").subjects).toEqual(["integrated circuits"]);
    expect(parseQuestion("which ic firms grew fastest").subjects).toEqual([]);
  });
});

describe("what else a question frame holds", () => {
  it("reads a region filter only in a question that asks which, and names it in one form", () => {
    expect(parseQuestion("which central and western provinces grew fastest in 2020?").filter).toBe("central-western");
    expect(parseQuestion("list the northeast provinces by trade in 2020").filter).toBe("northeastern");
    expect(parseQuestion("how did the coastal provinces' trade change in 2020?").filter).toBeUndefined();
  });
  it("reads the kind of thing ranked, the direction, a lower bound and the flow", () => {
    const q = parseQuestion("which cities had the slowest export growth, more than 5 percent, in 2020?");
    expect(q).toMatchObject({ subjectKind: "city", ascending: true, threshold: 5, metric: "exports" });
    expect(parseQuestion("which regions grew most in 2020?")).toMatchObject({ subjectKind: "region", ascending: false });
    expect(parseQuestion("which provinces grew most in 2020?").subjectKind).toBe("province");
    expect(parseQuestion("which provinces grew most in 2020?").threshold).toBeUndefined();
    // a flow other than total trade wins over "trade"
    expect(parseQuestion("hunan's trade: what were its imports in 2020?").metric).toBe("imports");
  });
  it("takes the US after 'with' for the country, and each place listed after 'exports to' for a partner", () => {
    expect(parseQuestion("what was hunan's trade with the us in 2020?").partners).toEqual(["partner:us"]);
    const q = parseQuestion("how much did china export to hong kong and taiwan in 2020?");
    expect(q.entities).toEqual(["china"]);
    expect(q.partners).toHaveLength(2);
  });
  it("asks the months of a period once for each year named", () => {
    const q = parseQuestion("hunan's exports in january-august: 2020 vs 2021?");
    expect(q.periods.map((p) => [p.m1, p.m2, p.y1])).toEqual([[1, 8, 2020], [1, 8, 2021]]);
    const repeated = parseQuestion("hunan's exports in jan-aug 2020 vs jan-aug 2021: how much lower was 2021?");
    expect(repeated.periods.map((p) => [p.m1, p.m2, p.y1])).toEqual([[1, 8, 2020], [1, 8, 2021]]);
  });
  it("keeps the content words a question adds beyond places, flows and periods", () => {
    expect(parseQuestion("how much did hunan export in wigs and tyres in 2020?").terms).toEqual(["wigs", "tyres"]);
  });
  it("takes no words from a note of what the whole includes, '(X included)' or '(including X)'", () => {
    expect(parseQuestion("what share of gansu's 2019 trade went via lanzhou (oil included)?").terms).not.toContain("oil");
    expect(parseQuestion("jilin 2020 trade (including re-exports) and growth?").terms).toEqual([]);
  });
  it("knows a figure question from a question about what someone did", () => {
    expect(parseQuestion("what did customs do about exports?").asksFigure).toBe(false);
    expect(parseQuestion("hunan foreign trade in q1 2020?").asksFigure).toBe(true);
    expect(parseQuestion("what did hunan say about 5 ports?").asksFigure).toBe(true);
  });
});

describe("spelling", () => {
  it("corrects into a city the gazetteer generated only when the documents name it", () => {
    expect(correctSpelling("zhoushn q1 2023 trade?", new Set(["zhoushan", "trade"]))).toBe("zhoushan q1 2023 trade?");
    expect(correctSpelling("zhoushn q1 2023 trade?")).toBe("zhoushn q1 2023 trade?");
  });
  it("counts an edit, a swap of two letters and stops early past the limit", () => {
    expect(distance("export", "exprot", 2)).toBe(1);
    expect(distance("trade", "trades", 2)).toBe(1);
    expect(distance("kitten", "sitting", 3)).toBe(3);
    expect(distance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(distance("a", "abcdef", 2)).toBe(3);
  });
  it("corrects a four-letter word only by a missing letter, and leaves a tie alone", () => {
    expect(correctSpelling("totl trade")).toBe("total trade");
    expect(correctSpelling("hunans trade")).toBe("hunan's trade");
    expect(correctSpelling("importts and exprots in the frist quarter")).toBe("imports and exports in the first quarter");
    // documents' words are not typos
    expect(correctSpelling("manned vehicles", new Set(["manned"]))).toBe("manned vehicles");
  });
});

describe("each way of asking for a change, a share, an amount or a rank", () => {
  it.each([
    ["hunan's trade year on year in 2020?", ["growth", "multiple"]],
    ["hunan's trade year-on-year in 2020?", ["growth", "multiple"]],
    ["do hunan's exports show increases in 2020?", ["growth", "multiple"]],
    ["did hunan's trade surge in 2020?", ["growth", "multiple"]],
    ["did hunan's exports jump in 2020?", ["growth", "multiple"]],
    ["did hunan's trade gain in 2020?", ["growth", "multiple"]],
    ["did hunan's trade change in 2020?", ["growth", "multiple"]],
    ["hunan's trade changes in 2020?", ["growth", "multiple"]],
    ["did hunan's imports drop in 2020?", ["growth", "multiple"]],
    ["did hunan's imports decline in 2020?", ["growth", "multiple"]],
    ["did hunan's imports decrease in 2020?", ["growth", "multiple"]],
    ["hunan's imports decreased in 2020?", ["growth", "multiple"]],
    ["did hunan's imports contract in 2020?", ["growth", "multiple"]],
    ["how much did hunan's trade grow in 2020?", ["growth", "multiple"]],
    ["how much did hunan's imports drop in 2020?", ["growth", "multiple"]],
    ["how much did hunan's imports decline in 2020?", ["growth", "multiple"]],
    ["by how much did trade in hunan shrink in 2020?", ["growth", "multiple"]],
    ["how much did hunan trade in 2020 as it grew?", ["growth", "multiple", "amount"]],
    ["how much, and how fast did hunan's trade grow in 2020?", ["growth", "multiple", "amount"]],
    ["hunan's import and its growth in 2020?", ["growth", "multiple", "amount"]],
    ["hunan's exports & growth in 2020?", ["growth", "multiple", "amount"]],
    ["what percent of china's trade did hunan make up in 2020?", ["share"]],
    ["what percent of china's trade value did hunan account for in 2020?", ["share"]],
    ["did hunan trade more than hubei in 2020?", ["amount"]],
    ["what was hunan's import bill in 2020?", ["amount"]],
    ["what was hunan's export bill in 2020?", ["amount"]],
    ["was hunan's growth a point above the average in 2020?", ["growth", "multiple", "pp_gap", "pp_change"]],
    ["what was hunan's rank in 2020?", ["rank"]],
  ])("%s → %j", (question, measures) => {
    expect(parseQuestion(question).measures).toEqual(measures);
  });
  it.each([
    ["what was the yuan-dollar rate in 2020?", "exchange_rate"],
    ["how many yuan per dollar does the figure give?", "exchange_rate"],
    ["how many yuan per us dollar does the figure give?", "exchange_rate"],
    ["what was the dollar to yuan rate in 2020?", "exchange_rate"],
    ["what was the dollar per yuan rate in 2020?", "exchange_rate"],
    ["given it grew 12%, what was hubei's trade in 2020?", "implied_previous"],
    ["hubei's trade was 3% of china's, so roughly how big was china's trade?", "implied_whole"],
    ["hubei's trade was 3% of china's: what was china's total?", "implied_whole"],
    ["what percent of hubei's first-half 2020 trade came in june alone?", "share_of"],
    ["where did hubei rank in 2020?", "rank_position"],
    ["how did hubei rank nationally in 2020?", "rank_position"],
    ["compare hunan and hubei's trade in 2020", "comparison"],
    ["how hunan's trade compared with hubei's in 2020?", "comparison"],
    ["did hunan outpace hubei in 2020?", "comparison"],
    ["hunan outpaced hubei in 2020?", "comparison"],
    ["top3 provinces by exports in 2020?", "rank"],
    ["top provinces by exports in 2020?", "rank"],
    ["which province did officials say grew fastest in 2020?", "list"],
  ])("%s → %s", (question, intent) => {
    expect(parseQuestion(question).intent).toBe(intent);
  });
  it("reads a province after 'import from' or 'traded with' as the other side of the trade", () => {
    expect(parseQuestion("how much did hunan import from hong kong in 2020?").partners).toHaveLength(1);
    expect(parseQuestion("how much hunan traded with hong kong in 2020?").partners).toHaveLength(1);
    expect(parseQuestion("hunan's exports vs us in 2020?").partners).toEqual(["partner:us"]);
  });
  it("corrects a long word by two edits, leaves a tie between two words alone, and a place with a stray letter", () => {
    expect(correctSpelling("qaurtres")).toBe("quarters");
    expect(correctSpelling("firs")).toBe("firs");
    expect(correctSpelling("anhuii")).toBe("anhui");
  });
});

describe("asks a question joins", () => {
  it("splits at ', and what …' and completes the later ask with the first one's place and period", () => {
    expect(splitAsks("how much did Hunan trade in 2021, and what share of its trade was with ASEAN?")).toEqual([
      "how much did Hunan trade in 2021", "what share of Hunan's trade was with ASEAN in 2021?",
    ]);
  });
  it("splits a short tail naming another flow (', and imports?') and asks it of the first ask's place and period", () => {
    expect(splitAsks("how much did Hunan export in 2021, and imports?")).toEqual([
      "how much did Hunan export in 2021", "how much did Hunan import in 2021",
    ]);
  });
  it("leaves one ask whole: 'its value and its share', 'exports and imports'", () => {
    expect(splitAsks("what were Hunan's exports and imports in 2021?")).toHaveLength(1);
    expect(splitAsks("Hunan's private firms in 2021: value and share of the total?")).toHaveLength(1);
    // (a bare "what's the gap" asks the gap between the sides the first ask sets against each other)
    expect(splitAsks("ASEAN trade: Hunan 2021 vs Hubei 2022, who's higher and what's the gap?")).toHaveLength(1);
  });
});

describe("each place's own period, in a year named once", () => {
  it("reads 'in 2024: A (full yr) vs B (jan-oct)' as A in 2024 and B in January–October 2024", () => {
    const q = parseQuestion("export growth in 2024: yangzhou (full yr) vs yancheng (jan-oct) - who was faster, by how many pts?");
    expect([q.entities, q.periods, q.periodsByPlace]).toEqual([["city:yangzhou", "city:yancheng"],
      [{ y1: 2024, m1: 1, y2: 2024, m2: 12 }, { y1: 2024, m1: 1, y2: 2024, m2: 10 }], true]);
  });
  it("leaves a period named for neither place as it was", () => {
    expect(parseQuestion("export growth in jan-oct 2024: yangzhou vs yancheng?").periodsByPlace).toBeUndefined();
  });
});

describe("terse periods", () => {
  it.each([
    ["ningbo exports 9M22?", "first 9 months of 2022"],
    ["ningbo exports 1-9M 2022?", "first 9 months of 2022"],
    ["hefei exports 2023H1?", "H1 2023"],
    ["henan trade 2Q23?", "Q2 2023"],
    ["jiangxi trade FY2024?", "2024"],
    ["xian trade nov '23?", "nov 2023"],
    ["ningbo 1h25 trade surplus", "H1 2025"],
    ["jilin trade 2H 2024?", "H2 2024"],
    ["jilin trade 1-3q 2024?", "first three quarters of 2024"],
    ["jilin trade q1-q3 2024?", "first three quarters of 2024"],
  ])("%s reads as %s", (question, written) => {
    expect(expandPeriodShorthand(question)).toContain(written);
  });
  it("leaves amounts and ordinary words alone", () => {
    expect(expandPeriodShorthand("exports of $275M in 2023")).toBe("exports of $275M in 2023");
    expect(expandPeriodShorthand("what was the FYI about?")).toBe("what was the FYI about?");
  });
  it("reads 'w/' as 'with', and a place compared with another as a side, not a partner", () => {
    expect(parseQuestion("inner mongolia trade w/ mongolia 2024?").partners).toEqual(["partner:mn"]);
    const compared = parseQuestion("compare hunan q1 2024 trade with hubei q1 2023 trade");
    expect([compared.entities, compared.partners]).toEqual([["hunan", "hubei"], []]);
  });
  it("gives the period a frame reads from a terse form", () => {
    expect(parseQuestion("ningbo exports 9M22?").periods).toEqual([{ y1: 2022, m1: 1, y2: 2022, m2: 9 }]);
  });
});

describe("terse figure questions", () => {
  it("reads a place and a flow with nothing else asked as a figure question, and 'how is its trade doing' as not", () => {
    expect(parseQuestion("ningbo exports?").asksFigure).toBe(true);
    expect(parseQuestion("guizhou's foreign trade?").asksFigure).toBe(true);
    expect(parseQuestion("how is ningbo's trade doing these days after all the news?").asksFigure).toBe(false);
  });
});
