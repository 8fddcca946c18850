import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// Pure fact shapes for issue 17's surviving mutants (stop 32, part a: facts/extract.ts up to line 740 — zones,
// resolveWho, lists of places and partners): made-up sentences in, each fact's value, owner, partner, measure,
// metric, period, goods and whole out. Each extraction runs inside its test.
const Y = { published: "2032-01-20" };
const per = (p: Fact["period"]) => p ? `${p.y1}-${p.m1}..${p.y2}-${p.m2}` : null;
const rows = (text: string) => factsOf(text, Y).map((f) => [f.value, f.entity, f.partner ?? null, f.measure, f.metric,
  per(f.period), f.subject ?? null, f.shareOf ?? null]);
const Z = "zone:Kelvar Free Trade Zone";
const YR = "2031-1..2031-12";

describe("a zone's sentence: which of its figures are the zone's (ownedByZone, zoneHome)", () => {
  it("keeps a place's figure after the zone's in a clause that names the place", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. The zone's imports reached 4.5 billion yuan in 2031, "
      + "while Hebei's trade rose 3 percent.")).toEqual([
      [4.5, Z, null, "amount", "imports", YR, null, null],
      [3, "hebei", null, "growth", "trade", YR, null, null],
    ]);
  });
  it("gives the zone the later clause that says 'the zone's', the place its own clause", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. Hebei's trade rose 3 percent in 2031, and the zone's "
      + "imports reached 4.5 billion yuan.")).toEqual([
      [3, "hebei", null, "growth", "trade", YR, null, null],
      [4.5, Z, null, "amount", "imports", YR, null, null],
    ]);
    expect(rows("The Kelvar Free Trade Zone opened in 2029. In 2031 Hebei's trade rose 3 percent; the zone's imports "
      + "reached 4.5 billion yuan, up 6 percent.")).toEqual([
      [3, "hebei", null, "growth", "trade", YR, null, null],
      [4.5, Z, null, "amount", "imports", YR, null, null],
      [6, Z, null, "growth", "imports", YR, null, null],
    ]);
  });
  it("gives the zone a figure through 'the zone' and one its head names", () => {
    expect(rows("The Kelvar Free Trade Zone grew fast in 2031. Imports through the zone reached 4.5 billion yuan, "
      + "and Kelvar's exports 2 billion yuan.")).toEqual([
      [4.5, Z, null, "amount", "imports", YR, null, null],
      [2, Z, null, "amount", "exports", YR, null, null],
    ]);
  });
  it("gives the zone the points it added to the growth of a place named before them", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. Its imports reached 4.5 billion yuan in 2031, driving "
      + "Hebei's trade growth up by 1.2 percentage points.")).toEqual([
      [4.5, Z, null, "amount", "imports", YR, null, null],
      [1.2, Z, null, "pp_change", "trade", YR, null, null],
    ]);
  });
  it("reads a zone named after an aside before the figure as the sentence's zone", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. In 2031 (a record year) the Kelvar Free Trade Zone's "
      + "imports reached 4.5 billion yuan.")).toEqual([[4.5, Z, null, "amount", "imports", YR, null, null]]);
  });
  it("reads the whole of 'the city's total' and of 'the province's total' after a city", () => {
    expect(rows("The Kelvar Free Trade Zone grew fast in 2031. The zone's trade reached 4.5 billion yuan, 12 percent "
      + "of the city's total.")).toEqual([
      [4.5, Z, null, "amount", "trade", YR, null, null],
      [12, Z, null, "share", "trade", YR, null, "own"],
    ]);
    expect(rows("Wuhan's trade grew in 2031. The Kelvar Free Trade Zone's trade reached 4.5 billion yuan, 12 percent "
      + "of the province's total.")).toEqual([
      [4.5, Z, null, "amount", "trade", YR, null, null],
      [12, Z, null, "share", "trade", YR, null, "hubei"],
    ]);
  });
});

describe("whose figure and with which partner (resolveWho)", () => {
  it("drops the partner named before when another flow's side the taggers do not know comes between", () => {
    expect(rows("Hebei's trade grew in 2031. Trade with Japan fell 8.1 percent, and trade with Zorland rose 5.6 "
      + "percent.")).toEqual([
      [-8.1, "hebei", "partner:japan", "growth", "trade", YR, null, null],
      [5.6, "hebei", null, "growth", "trade", YR, null, null],
    ]);
  });
  it("keeps the partner named again before the figure", () => {
    expect(rows("Hebei's trade grew in 2031. Trade with Japan fell 8.1 percent, while exports to Japan rose 5.6 "
      + "percent.")).toEqual([
      [-8.1, "hebei", "partner:japan", "growth", "trade", YR, null, null],
      [5.6, "hebei", "partner:japan", "growth", "exports", YR, null, null],
    ]);
  });
  it("leaves a figure before a later clause's possessive place with the place the text is about", () => {
    const expected = [
      [3, "hebei", null, "growth", "exports", YR, null, null],
      [4, "shanxi", null, "amount", "imports", YR, null, null],
    ];
    expect(rows("Hebei's trade grew in 2031. Exports rose 3 percent, while Shanxi's imports reached 4 billion yuan."))
      .toEqual(expected);
    expect(rows("Hebei's trade grew in 2031. Exports rose 3 percent, while Shanxi imports reached 4 billion yuan."))
      .toEqual(expected);
  });
  it("carries the partner of the clause before into a clause opening with its verb, not into one saying 'overall'", () => {
    expect(rows("Hebei's trade with Russia was smaller in 2031, at 8.9 billion yuan, but grew fastest, up 31.6 "
      + "percent.")).toEqual([
      [8.9, "hebei", "partner:russia", "amount", "trade", YR, null, null],
      [31.6, "hebei", "partner:russia", "growth", "trade", YR, null, null],
    ]);
    expect(rows("Hebei's trade grew in 2031. Trade with Russia was 8.9 billion yuan, but grew 31.6 percent overall."))
      .toEqual([
        [8.9, "hebei", "partner:russia", "amount", "trade", YR, null, null],
        [31.6, "hebei", null, "growth", "trade", YR, null, null],
      ]);
  });
  it("gives each figure the partner right after it", () => {
    expect(rows("In 2031 Hebei traded 310 billion yuan with ASEAN and 40 billion yuan with the EU.")).toEqual([
      [310, "hebei", "partner:asean", "amount", "trade", YR, null, null],
      [40, "hebei", "partner:eu", "amount", "trade", YR, null, null],
    ]);
  });
  it("reads two partners joined by 'and' as the two together, unless 'respectively' maps them", () => {
    expect(rows("In 2031 Hebei's durian imports from Vietnam and Thailand were 3 billion yuan.")).toEqual([
      [3, "hebei", null, "amount", "imports", YR, null, null],
    ]);
    expect(rows("In 2031 Hebei's durian imports from Vietnam and Thailand were 3 billion yuan and 2 billion yuan "
      + "respectively.")).toEqual([
      [3, "hebei", "partner:vn", "amount", "imports", YR, null, null],
      [2, "hebei", "partner:th", "amount", "imports", YR, null, null],
    ]);
  });
  it("reads 'the region' after a flow as the world region named before", () => {
    expect(rows("In 2031 Hebei's exports to Africa grew 5 percent, while imports from the region rose 7 percent."))
      .toEqual([
        [5, "hebei", "partner:africa", "growth", "exports", YR, null, null],
        [7, "hebei", "partner:africa", "growth", "imports", YR, null, null],
      ]);
  });
  it("makes the partner leading the sentence the figure's partner", () => {
    expect(rows("Vietnam remained Guangxi's top trading partner in 2031, with bilateral trade of 98 billion yuan."))
      .toEqual([[98, "guangxi", "partner:vn", "amount", "trade", YR, null, null]]);
    expect(rows("Among ASEAN members, Vietnam was Guangxi's biggest partner in 2031 at 98 billion yuan."))
      .toEqual([[98, "guangxi", "partner:vn", "amount", "trade", YR, null, null]]);
  });
  it("makes a place outside the mainland leading the sentence the partner of the place the text is about", () => {
    const expected = [[3, "zhejiang", "taiwan", "amount", "imports", YR, null, null]];
    expect(rows("Zhejiang's trade grew in 2031. On the import side, Taiwan was the largest source, with imports of 3 "
      + "billion yuan.")).toEqual(expected);
    expect(rows("Zhejiang's trade grew in 2031. Taiwan was the largest source, with imports of 3 billion yuan."))
      .toEqual(expected);
  });
  it("gives a share the place whose total it is of when no place comes before", () => {
    expect(rows("In 2031 trade with Japan accounted for 9 percent of Hebei's total trade.")).toEqual([
      [9, "hebei", "partner:japan", "share", "trade", YR, null, "own"],
    ]);
  });
  it("gives a figure 'for' a place after it to that place", () => {
    expect(rows("Hebei's exports reached 4 billion yuan in 2031, against 9 billion yuan for Shandong as a whole."))
      .toEqual([
        [4, "hebei", null, "amount", "exports", YR, null, null],
        [9, "shandong", null, "amount", "exports", YR, null, null],
      ]);
  });
  it("gives the figure after a place ranked against ('behind Qingdao at') to that place", () => {
    expect(rows("Rizhao ranked second in 2031, behind Qingdao at 92.7 million tonnes.")).toEqual([
      [92.7, "city:qingdao", null, "count", "other", YR, null, null],
      [2, "city:rizhao", null, "rank", "trade", YR, null, null],
    ]);
  });
  it("reads 'the city' after a city a province locates as that city", () => {
    expect(rows("Customs in Wenzhou, Zhejiang province, said the city's exports rose 5 percent in 2031.")).toEqual([
      [5, "city:wenzhou", null, "growth", "exports", YR, null, null],
    ]);
  });
});

describe("a city of the province the text is about leading an export side (cityOfHome)", () => {
  it("keeps a city of the same province as the city before the owner of its own exports", () => {
    expect(rows("Fuzhou's trade grew in 2031. On the export side, Xiamen was the largest source, with exports of 3.2 "
      + "billion yuan.")).toEqual([[3.2, "city:xiamen", null, "amount", "exports", YR, null, null]]);
  });
  it("reads a city leading the export side after a zone's sentence without failing on the zone", () => {
    expect(rows("The Kelvar Free Trade Zone grew fast in 2031. On the export side, Xiamen was the largest source, with "
      + "exports of 3.2 billion yuan.").map((r) => r[0])).toEqual([3.2]);
  });
});

describe("a province that only locates a place on its coast (coastLocated)", () => {
  it("gives no owner to a facility the province's coast locates", () => {
    expect(rows("A new container terminal on the east coast of Fujian handled 3 million tonnes in 2031.")).toEqual([]);
  });
  it("keeps a known city on the province's coast the owner", () => {
    expect(rows("Xiamen on the southern coast of Fujian handled 3 million tonnes in 2031.")).toEqual([
      [3, "city:xiamen", null, "count", "other", YR, null, null],
    ]);
  });
  it("keeps the province the owner after an unknown name without its kind, or after 'The port'", () => {
    const expected = [[3, "fujian", null, "count", "other", YR, null, null]];
    expect(rows("Kelport on the southern coast of Fujian handled 3 million tonnes in 2031.")).toEqual(expected);
    expect(rows("The port on the southern coast of Fujian handled 3 million tonnes in 2031.")).toEqual(expected);
  });
  it("gives a port named with its kind on the coast its own figure", () => {
    expect(rows("Kelport Port on the southern coast of Fujian handled 3 million tonnes in 2031.")).toEqual([
      [3, "zone:Kelport Port", null, "count", "other", YR, null, null],
    ]);
  });
});

describe("China as a subject or a pair's side (subjectEligible)", () => {
  it("gives the place the pair's trade goes through the figure, the other country as partner", () => {
    expect(rows("China-Russia trade through Erenhot rose 5 percent in 2031.")).toEqual([
      [5, "city:erenhot", "partner:russia", "growth", "trade", YR, null, null],
    ]);
  });
  it("reads China before its exports as the subject, 'by' and all", () => {
    expect(rows("In 2031 China exports grew by 5 percent.")).toEqual([[5, "china", null, "growth", "exports", YR, null, null]]);
  });
  it("reads no region as a partner after 'trade with'", () => {
    expect(rows("In 2031 Hebei's trade with the Pearl River Delta rose 5 percent.")).toEqual([
      [5, "hebei", null, "growth", "trade", YR, null, null],
    ]);
  });
});

describe("'the country' after a flow to a partner (countryReferred)", () => {
  it("reads 'imports from the country' as from the partner named before", () => {
    expect(rows("Exports to Russia jumped 5 percent in 2031, while imports from the country rose 3 percent.")).toEqual([
      [5, "china", "partner:russia", "growth", "exports", YR, null, null],
      [3, "china", "partner:russia", "growth", "imports", YR, null, null],
    ]);
  });
  it("reads 'the country's imports' as China's own", () => {
    expect(rows("Hebei's trade grew in 2031. Exports to Russia jumped 5 percent, while the country's imports rose 3 "
      + "percent.")).toEqual([
      [5, "hebei", "partner:russia", "growth", "exports", YR, null, null],
      [3, "china", null, "growth", "imports", YR, null, null],
    ]);
  });
});

describe("lists of places and partners mapped onto lists of figures (entityRuns, numberRuns, listsGroup)", () => {
  it("gives a group the figure after the list of its members", () => {
    expect(rows("The six central provinces, Anhui, Henan, Hubei, Hunan, Jiangxi and Shanxi, traded 3 trillion yuan in "
      + "2031.")).toEqual([[3, "region:central", null, "amount", "trade", YR, null, null]]);
  });
  it("maps the places after an opening partner onto the figures, the partner on each", () => {
    expect(rows("In trade with Japan, Hubei, Hunan and Henan had growth of 3 percent, 4 percent and 5 percent "
      + "respectively in 2031.")).toEqual([
      [3, "hubei", "partner:japan", "growth", "trade", YR, null, null],
      [4, "hunan", "partner:japan", "growth", "trade", YR, null, null],
      [5, "henan", "partner:japan", "growth", "trade", YR, null, null],
    ]);
  });
  it("reads a spelled-out name in brackets as the same item of the list", () => {
    expect(rows("In 2031 Hebei's exports to ASEAN (Association of Southeast Asian Nations), the EU and the US rose 3 "
      + "percent, 4 percent and 5 percent respectively.")).toEqual([
      [3, "hebei", "partner:asean", "growth", "exports", YR, null, null],
      [4, "hebei", "partner:eu", "growth", "exports", YR, null, null],
      [5, "hebei", "partner:us", "growth", "exports", YR, null, null],
    ]);
  });
  it("runs bare figures on to the amount that names their unit, and multiples on to percents", () => {
    expect(rows("In 2031 Hebei's exports to Japan, Korea and the US were 1.7 billion, 22 million and 19 million "
      + "dollars respectively.")).toEqual([
      [1.7, "hebei", "partner:japan", "amount", "exports", YR, null, null],
      [22, "hebei", "partner:south-korea", "amount", "exports", YR, null, null],
      [19, "hebei", "partner:us", "amount", "exports", YR, null, null],
    ]);
    expect(rows("In 2031 Hebei's exports to Japan and Korea rose 2.6 times and 25.1 percent respectively.")).toEqual([
      [2.6, "hebei", "partner:japan", "multiple", "exports", YR, null, null],
      [25.1, "hebei", "partner:south-korea", "growth", "exports", YR, null, null],
    ]);
  });
});

describe("wholes and asides (isWholeOfShare, asideEnd)", () => {
  it("reads 'the province' after a share of a province's trade as that province", () => {
    expect(rows("Yingkou accounted for 36 percent of Liaoning's trade in 2031; the province's exports rose 5 percent."))
      .toEqual([
        [36, "city:yingkou", null, "share", "trade", YR, null, "liaoning"],
        [5, "liaoning", null, "growth", "exports", YR, null, null],
      ]);
  });
  it("gives the change after a relative clause's figure to the clause's place", () => {
    expect(rows("In 2031 Hebei, whose foreign trade reached 347.67 billion yuan, up 11.2 percent, led the north."))
      .toEqual([
        [347.67, "hebei", null, "amount", "trade", YR, null, null],
        [11.2, "hebei", null, "growth", "trade", YR, null, null],
      ]);
  });
});

// rows with the qualifier and base too
const full = (text: string, title?: string) => factsOf(text, { ...Y, ...(title && { title }) }).map((f) => [f.value,
  f.entity, f.partner ?? null, f.measure, f.metric, per(f.period), f.subject ?? null, f.shareOf ?? null,
  f.qualifier ?? null]);

describe("more of a zone's sentences (zoneOfSentence, ownedByZone, zoneHome)", () => {
  it("takes the place named before as the whole of 'the region's total' after the zone's own sentence", () => {
    expect(rows("Hebei's trade grew in 2030. The Kelvar Free Trade Zone grew fast in 2031. The zone's trade reached 4.5 "
      + "billion yuan, 12 percent of the region's total.")).toEqual([
      [4.5, Z, null, "amount", "trade", YR, null, null],
      [12, Z, null, "share", "trade", YR, null, "hebei"],
    ]);
  });
  it("takes the province named last, before the city's own province, as the whole of 'the province's total'", () => {
    expect(rows("Hebei's trade grew in 2030. Wuhan's trade grew in 2031. The Kelvar Free Trade Zone's trade reached 4.5 "
      + "billion yuan, 12 percent of the province's total.")).toEqual([
      [4.5, Z, null, "amount", "trade", YR, null, null],
      [12, Z, null, "share", "trade", YR, null, "hebei"],
    ]);
  });
  it("reads no zone's figure in 'the area of' the zone", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. In the area of the Kelvar Free Trade Zone, imports reached "
      + "4.5 billion yuan in 2031.")).toEqual([]);
  });
  it("keeps a place named before the figure in its clause the owner of imports 'through the zone'", () => {
    expect(full("The Kelvar Free Trade Zone opened in 2029. Hebei's exports rose 3 percent in 2031; imports through "
      + "the zone, from Hebei, reached 4.5 billion yuan.")).toEqual([
      [3, "hebei", null, "growth", "exports", YR, null, null, null],
      [4.5, "hebei", null, "amount", "imports", YR, null, null, "through the zone"],
    ]);
  });
  it("reads a city leading the export side after a zone's figure without failing", () => {
    expect(rows("The Kelvar Free Trade Zone's trade reached 3 billion yuan in 2031. On the export side, Xiamen was the "
      + "largest source, with exports of 3.2 billion yuan.").map((r) => r[0])).toEqual([3, 3.2]);
  });
});

describe("datelines, pairs, coasts and leads", () => {
  it("masks a hyphen dateline naming a city (and a country) in a document about another place", () => {
    expect(full("GUANGZHOU CHINA - Imports rose 5 percent in 2031.", "Hebei foreign trade in 2031")).toEqual([
      [5, "hebei", null, "growth", "imports", YR, null, null, null],
    ]);
  });
  it("reads 'Russia-China trade' as the place the text is about trading with Russia", () => {
    expect(rows("Hebei's trade grew in 2030. Russia-China trade rose 5 percent in 2031.")).toEqual([
      [5, "hebei", "partner:russia", "growth", "trade", YR, null, null],
    ]);
  });
  it("keeps a city the owner of a facility on its coast", () => {
    expect(rows("A new container terminal on the east coast of Xiamen handled 3 million tonnes in 2031.")).toEqual([
      [3, "city:xiamen", null, "count", "other", YR, null, null],
    ]);
  });
  it("keeps the home place leading its own export side the owner", () => {
    expect(full("On the export side, Fujian was the largest source, with exports of 3.2 billion yuan.",
      "Fujian foreign trade in 2031")).toEqual([[3.2, "fujian", null, "amount", "exports", YR, null, null, null]]);
  });
  it("lets the region a scope opens with lead no sentence: the partner after it leads", () => {
    expect(rows("In 2031 in Central China, Vietnam was Hubei's biggest partner at 9 billion yuan.")).toEqual([
      [9, "hubei", "partner:vn", "amount", "trade", YR, null, null],
    ]);
  });
});

describe("more partners and owners (resolveWho, unreadPartnerBetween)", () => {
  it("drops a change of trade with an unknown side named after the partner before", () => {
    expect(rows("Hebei's trade grew in 2031. Trade with Japan fell 8.1 percent, trade with Zorland rose 5.6 percent, "
      + "above trade with Japan.")).toEqual([[-8.1, "hebei", "partner:japan", "growth", "trade", YR, null, null]]);
    expect(rows("Hebei's trade grew in 2031. Trade with Japan fell 8.1 percent, trade with Zorland rose 5.6 percent, "
      + "the most in Hebei.")).toEqual([[-8.1, "hebei", "partner:japan", "growth", "trade", YR, null, null]]);
    expect(rows("Hebei's trade grew in 2031. Exports to Japan fell 8.1 percent, exports to Zorland rose 5.6 percent."))
      .toEqual([[-8.1, "hebei", "partner:japan", "growth", "exports", YR, null, null]]);
  });
  it("carries no partner into a verb-led clause after a place's own trade with it", () => {
    expect(rows("Hebei's trade grew in 2031. Hunan traded 8.9 billion yuan with Russia, and grew 31.6 percent."))
      .toEqual([
        [8.9, "hunan", "partner:russia", "amount", "trade", YR, null, null],
        [31.6, "hunan", null, "growth", "trade", YR, null, null],
      ]);
  });
  it("reads 'the continent' as the continent named before, not the country named last", () => {
    expect(rows("Hebei's trade grew in 2031. Exports to Europe grew 5 percent and to Japan 4 percent, while imports "
      + "from the continent rose 7 percent.")).toEqual([
      [5, "hebei", "partner:europe", "growth", "exports", YR, null, null],
      [4, "hebei", "partner:japan", "growth", "exports", YR, null, null],
      [7, "hebei", "partner:europe", "growth", "imports", YR, null, null],
    ]);
  });
  it("gives each share the place whose total it is of", () => {
    expect(full("In 2031 trade with Japan accounted for 9 percent of Hebei's total trade, and 4 percent of Shanxi's."))
      .toEqual([
        [9, "hebei", "partner:japan", "share", "trade", YR, null, "own", null],
        [4, "shanxi", "partner:japan", "share", "trade", YR, null, "own", "Shanxi's"],
      ]);
  });
  it("gives a figure the place named after it, not the partners after that", () => {
    expect(rows("Exports reached 4 billion yuan in 2031 in Dalian, with Japan and Korea the main buyers.")).toEqual([
      [4, "city:dalian", null, "amount", "exports", YR, null, null],
    ]);
  });
  it("masks an aside's words when reading 'its' after it", () => {
    expect(rows("Western China's trade grew in 2031. Sichuan, which ranks first in the western region, saw its exports "
      + "rise 5 percent.")).toEqual([
      [5, "sichuan", null, "growth", "exports", YR, null, null],
      [1, "sichuan", null, "rank", "exports", YR, null, null],
    ]);
    expect(rows("Hebei's trade grew in 2031. Tangshan's exports, which the province's customs counted, rose 5 percent."))
      .toEqual([[5, "city:tangshan", null, "growth", "exports", YR, null, null]]);
  });
  it("maps two amounts and their changes onto two places, each run of its own kind", () => {
    expect(rows("In 2031 Hubei and Hunan exported 3 billion yuan and 4 billion yuan, up 5 percent and 6 percent "
      + "respectively.")).toEqual([
      [3, "hubei", null, "amount", "exports", YR, null, null],
      [4, "hunan", null, "amount", "exports", YR, null, null],
      [5, "hubei", null, "growth", "exports", YR, null, null],
      [6, "hunan", null, "growth", "exports", YR, null, null],
    ]);
  });
});

describe("a zone's sentence and the clauses that do not speak of the zone (ownedByZone's refers)", () => {
  const ZS = "The Kelvar Free Trade Zone opened in 2029. ";
  it("gives a later clause's figure to the place it names after the figure, not to the zone", () => {
    const expected = [
      [4.5, Z, null, "amount", "imports", YR, null, null],
      [3, "hebei", null, "growth", "exports", YR, null, null],
    ];
    expect(rows(ZS + "Its imports reached 4.5 billion yuan in 2031, while exports rose 3 percent in Hebei.")).toEqual(expected);
    expect(rows(ZS + "Kelvar's imports reached 4.5 billion yuan in 2031, while exports rose 3 percent in Hebei."))
      .toEqual(expected);
    expect(rows(ZS + "Its imports reached 4.5 billion yuan in 2031, while exports rose 3 percent in Hebei, near Kelvar."))
      .toEqual(expected);
    expect(rows(ZS + "Its imports reached 4.5 billion yuan in 2031, while exports rose 3 percent in Hebei, as did "
      + "Kelvar's.")).toEqual(expected);
  });
  it("takes 'the region's total' of a zone named after a city as the province named before, not the city", () => {
    expect(rows("Guangxi's trade grew in 2030. The Nanning Pilot Free Trade Zone's trade reached 40 billion yuan in 2031, "
      + "26.4 percent of the region's total.")).toEqual([
      [40, "zone:Nanning Pilot Free Trade Zone", null, "amount", "trade", YR, null, null],
      [26.4, "zone:Nanning Pilot Free Trade Zone", null, "share", "trade", YR, null, "guangxi"],
    ]);
  });
  it("keeps a place opening the zone's sentence the owner of its imports through the zone", () => {
    expect(full(ZS + "Hebei's imports through the zone reached 4.5 billion yuan in 2031.")).toEqual([
      [4.5, "hebei", null, "amount", "imports", YR, null, null, "through the zone"],
    ]);
  });
  it("keeps the province named before the zone's clause the owner of its own clause", () => {
    expect(rows("Hebei's trade grew in 2030. " + ZS + "Exports of the province rose 4 percent in 2031, and the zone's "
      + "imports reached 4.5 billion yuan.")).toEqual([
      [4, "hebei", null, "growth", "exports", YR, null, null],
      [4.5, Z, null, "amount", "imports", YR, null, null],
    ]);
  });
});

describe("still more partners and owners (resolveWho)", () => {
  it("carries the partner into a verb-led clause when 'total' stands only in the clause before", () => {
    expect(rows("Hebei's trade grew in 2031. Trade with Russia was 8.9 billion yuan in total, but grew 31.6 percent."))
      .toEqual([
        [8.9, "hebei", "partner:russia", "amount", "trade", YR, null, null],
        [31.6, "hebei", "partner:russia", "growth", "trade", YR, null, null],
      ]);
  });
  it("carries a place traded with ('imports from Hong Kong') into a verb-led clause", () => {
    expect(rows("Hebei's trade grew in 2031. Imports from Hong Kong were 8.9 billion yuan, but grew 31.6 percent."))
      .toEqual([
        [8.9, "hebei", "hong-kong", "amount", "imports", YR, null, null],
        [31.6, "hebei", "hong-kong", "growth", "imports", YR, null, null],
      ]);
  });
  it("keeps the lead partner when a count stands before it and the partner ranked behind has no figure", () => {
    expect(rows("Among 10 ASEAN members, Vietnam was Guangxi's biggest partner in 2031, ahead of Malaysia, at 98 billion "
      + "yuan.")).toEqual([[98, "guangxi", "partner:vn", "amount", "trade", YR, null, null]]);
  });
  it("reads no owner for a figure of two places listed after it with a third compared", () => {
    expect(rows("Exports reached 4 billion yuan in 2031 in Dalian and Yingkou, more than in Jinzhou.")).toEqual([]);
  });
  it("reads 'the city' after a city in a later clause as that city, not the located one before", () => {
    expect(rows("Customs in Wenzhou, Zhejiang province, reported growth in 2031; in Ningbo, the city's exports rose 5 "
      + "percent.")).toEqual([[5, "city:ningbo", null, "growth", "exports", YR, null, null]]);
  });
  it("reads 'the province's' after a city and its bracketed aside as the province the text is about", () => {
    expect(rows("Hebei's trade grew in 2031. Tangshan (a port city) saw the province's exports rise 5 percent.")).toEqual([
      [5, "hebei", null, "growth", "exports", YR, null, null],
    ]);
  });
  it("keeps the partner of a figure after an unknown side named before the partner", () => {
    expect(rows("Hebei's trade grew in 2031. Trade with Zorland rose 3 percent, while trade with Japan fell 8.1 percent."))
      // (the unknown side's own 3 percent is no figure of Hebei's total: test/fact-unread-trade-side.test.ts)
      .toEqual([
        [-8.1, "hebei", "partner:japan", "growth", "trade", YR, null, null],
      ]);
  });
  it("makes a place outside the mainland leading the import side the partner, a place ranked behind it no partner", () => {
    expect(rows("Zhejiang's trade grew in 2031. On the import side, Hong Kong was the largest source, ahead of Macao, with "
      + "imports of 3 billion yuan.")).toEqual([[3, "zhejiang", "hong-kong", "amount", "imports", YR, null, null]]);
  });
  it("keeps a city after 'the trade capital of' the owner", () => {
    expect(rows("The trade capital of Xiamen saw exports rise 5 percent in 2031.")).toEqual([
      [5, "city:xiamen", null, "growth", "exports", YR, null, null],
    ]);
  });
  it("turns no 'China' after a flow into the partner named before", () => {
    expect(rows("In 2031 Hong Kong's exports to Japan rose 5 percent, while exports to China rose 3 percent.")).toEqual([
      [5, "hong-kong", "partner:japan", "growth", "exports", YR, null, null],
      [3, "hong-kong", null, "growth", "exports", YR, null, null],
    ]);
  });
});

// (misreads pinned at stop 32 with it.fails, fixed at stop 33: each comment says what was read before)
describe("misreads found at stop 32 (fixed at stop 33)", () => {
  // a province named without its possessive as the whole of a share ("36 percent of Liaoning trade") is not "the province"
  it("reads 'the province' after a share of 'Liaoning trade' as Liaoning", () => {
    expect(rows("Hebei's trade grew in 2030. Yingkou accounted for 36 percent of Liaoning trade in 2031; the province's "
      + "exports rose 5 percent.").map((r) => [r[0], r[1]])).toEqual([[36, "city:yingkou"], [5, "liaoning"]]);
  });
  // a possessive place opening a later clause with no figure of its own ("and Shanxi's reached a record") takes the
  // figure before it
  it("keeps a figure before 'and Shanxi's reached a record' the place the text is about", () => {
    expect(rows("Hebei's trade grew in 2031. Exports rose 3 percent, and Shanxi's reached a record.")).toEqual([
      [3, "hebei", null, "growth", "exports", YR, null, null],
    ]);
  });
  // "It had … of trade with Russia, but grew …": the place's own growth, yet the partner of the clause before is carried
  // (only "Trade with X was …" makes X the subject whose partner a verb-led clause keeps)
  it("carries no partner into a verb-led clause after 'It had … of trade with' the partner", () => {
    expect(rows("Hebei's trade grew in 2031. It had 8.9 billion yuan of trade with Russia, but grew 31.6 percent.")
      .map((r) => [r[0], r[1], r[2]])).toEqual([[8.9, "hebei", "partner:russia"], [31.6, "hebei", null]]);
  });
  // a zone's share of a place's trade, and the points it lifted a place's flow by, are read as the place's own
  it("gives the points of a zone's share of a place's trade to the zone", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. Its share of Hebei's trade rose 1.2 percentage points in "
      + "2031.").map((r) => [r[0], r[1]])).toEqual([[1.2, Z]]);
  });
  it("gives the points a zone lifted a place's exports by to the zone", () => {
    expect(rows("The Kelvar Free Trade Zone opened in 2029. The zone lifted Hebei's exports by 1.2 percentage points "
      + "in 2031.").map((r) => [r[0], r[1]])).toEqual([[1.2, Z]]);
  });
  // a figure in a zone's sentence takes a place named in an earlier clause, though its own clause says "the zone's"
  it("gives the zone's imports in a later clause to the zone, not to the place before", () => {
    expect(rows("At the Kelvar Free Trade Zone, Hebei's exports rose 3 percent in 2031, while the zone's imports reached "
      + "4.5 billion yuan.")).toEqual([
      [3, "hebei", null, "growth", "exports", YR, null, null],
      [4.5, Z, null, "amount", "imports", YR, null, null],
    ]);
  });
  // a possessive place after the figure ("with Shanxi's reaching …") takes the figure before it
  it("keeps a figure before 'with Shanxi's reaching …' the place the text is about", () => {
    expect(rows("Hebei's trade grew in 2031. Exports rose 3 percent, with Shanxi's reaching 4 billion yuan.")).toEqual([
      [3, "hebei", null, "growth", "exports", YR, null, null],
      [4, "shanxi", null, "amount", "exports", YR, null, null],
    ]);
  });
  // the partner in brackets after "the EU" breaks the list: the three changes all go to the US
  it("maps a list whose first partner has another in brackets onto the figures", () => {
    expect(rows("Hebei's exports to the EU (Germany), Japan and the US rose 3 percent, 4 percent and 5 percent "
      + "respectively in 2031.").map((r) => [r[0], r[2]])).toEqual([[3, "partner:eu"], [4, "partner:japan"],
      [5, "partner:us"]]);
  });
  // a place ("Hong Kong") opening "In trade with …" is read as the first item of the places' list
  it("maps the places after an opening 'In trade with Hong Kong' onto the figures", () => {
    expect(rows("In trade with Hong Kong, Hubei and Hunan had growth of 3 percent and 4 percent respectively in 2031."))
      .toEqual([
        [3, "hubei", "hong-kong", "growth", "trade", YR, null, null],
        [4, "hunan", "hong-kong", "growth", "trade", YR, null, null],
      ]);
  });
  // the partner ranked behind the lead ("ahead of Japan") takes the lead's figure
  it("gives the lead place of an import side its figure when another partner is ranked behind it", () => {
    expect(rows("Zhejiang's trade grew in 2031. On the import side, Taiwan was the largest source ahead of Japan, with "
      + "imports of 3 billion yuan.")).toEqual([[3, "zhejiang", "taiwan", "amount", "imports", YR, null, null]]);
  });
  // "among Hebei's partners" is read as the field ranked in, and the figure goes to China
  it("gives the figure of a partner ranked against the place whose partners they are", () => {
    expect(rows("In 2031 Korea ranked second among Hebei's partners, behind Japan at 9 billion yuan.")
      .map((r) => [r[0], r[1], r[2]])).toEqual([[9, "hebei", "partner:japan"]]);
  });
  // the located pair before ("Wenzhou, Zhejiang province") wins over the city the clause names
  it("reads 'the city' after 'in Ningbo' as Ningbo", () => {
    expect(rows("Customs in Wenzhou, Zhejiang province, said that in Ningbo the city's exports rose 5 percent in 2031."))
      .toEqual([[5, "city:ningbo", null, "growth", "exports", YR, null, null]]);
  });
});
