import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// Pure fact shapes for issue 17's surviving mutants (stop 31, part a: resolveWho, zones, periods, goods of
// facts/extract.ts up to line 1499): made-up sentences in, each fact's value, owner, partner, measure, metric,
// period and goods out.
const Y = { published: "2032-01-20" };
const per = (p: Fact["period"]) => p ? `${p.y1}-${p.m1}..${p.y2}-${p.m2}` : null;
const rows = (facts: Fact[]) => facts.map((f) => [f.value, f.entity, f.partner ?? null, f.measure, f.metric, per(f.period),
  f.subject ?? null, f.shareOf ?? null]);

describe("a place named as the other side of an import or export lead (placeLead)", () => {
  it("makes a city of another province leading 'On the export side' the partner of the place the text is about", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the export side, Xiamen was the largest source, with "
      + "exports of 3.2 billion yuan, up 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3.2, "zhejiang", "city:xiamen", "amount", "exports", "2031-1..2031-12", null, null],
      [4, "zhejiang", "city:xiamen", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps a city of the province the text is about as the owner of its own exports", () => {
    const facts = factsOf("Fujian's trade grew in 2031. On the export side, Xiamen was the largest source, with "
      + "exports of 3.2 billion yuan, up 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3.2, "city:xiamen", null, "amount", "exports", "2031-1..2031-12", null, null],
      [4, "city:xiamen", null, "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives a partner named after the lead's figure its own figure", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the import side, Xiamen was the largest source, with "
      + "imports of 2.6 billion yuan, ahead of Japan at 1.1 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [2.6, "zhejiang", "city:xiamen", "amount", "imports", "2031-1..2031-12", null, null],
      [1.1, "zhejiang", "partner:japan", "amount", "imports", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes Taiwan leading the import side the partner and Japan the next figure's", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the import side, Taiwan was the largest source, with "
      + "imports of 2.6 billion yuan, and Japan came second with 1.1 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [2.6, "zhejiang", "taiwan", "amount", "imports", "2031-1..2031-12", null, null],
      [1.1, "zhejiang", "partner:japan", "amount", "imports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps a city of a city of the same province as the text's as the owner of its own exports", () => {
    const facts = factsOf("Fuzhou's trade grew in 2031. On the export side, Xiamen was the largest source, with "
      + "exports of 3.2 billion yuan, up 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3.2, "city:xiamen", null, "amount", "exports", "2031-1..2031-12", null, null],
      [4, "city:xiamen", null, "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives no partner to a figure after a place lead when another partner was named after the lead", () => {
    const facts = factsOf("Guangdong's trade grew in 2031. On the import side, Taiwan was the largest source, ahead "
      + "of Japan; imports reached 600 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [600, "guangdong", null, "amount", "imports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps the place lead the partner of the next clause's imports when no other partner is named", () => {
    const facts = factsOf("Guangdong's trade grew in 2031. On the import side, Taiwan was the largest source; "
      + "imports reached 600 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [600, "guangdong", "taiwan", "amount", "imports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("'the city' after a place and the province locating it", () => {
  it("reads 'Customs in Wenzhou, Zhejiang province, … the city's trade' as Wenzhou's", () => {
    const facts = factsOf("Customs in Wenzhou, Zhejiang province, said the city's trade reached 5.5 billion yuan in "
      + "2031.", Y);
    expect(rows(facts)).toEqual([
      [5.5, "city:wenzhou", null, "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'In Wuhan, Hubei province, the city's exports' as Wuhan's, not the province's or the topic's", () => {
    const facts = factsOf("Hebei's trade grew in 2031. In Wuhan, Hubei province, the city's exports reached 7.7 "
      + "billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [7.7, "city:wuhan", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'In Chongqing, the city's exports' as the municipality's", () => {
    const facts = factsOf("In Chongqing, the city's exports reached 7.7 billion yuan in 2031.", Y);
    expect(rows(facts)).toEqual([
      [7.7, "chongqing", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'In Zhejiang, the city's exports' as the city the text is about, not the province", () => {
    const facts = factsOf("Hangzhou's trade grew in 2031. In Zhejiang, the city's exports reached 7.7 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [7.7, "city:hangzhou", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'In Zhejiang province, the city's exports' as the city the text is about", () => {
    const facts = factsOf("Hangzhou's trade grew in 2031. In Zhejiang province, the city's exports reached 7.7 "
      + "billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [7.7, "city:hangzhou", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'In Shanghai, the city's exports' as the municipality's, not the city before", () => {
    const facts = factsOf("Hangzhou's trade grew in 2031. In Shanghai, the city's exports reached 7.7 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [7.7, "shanghai", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'Customs in Hangzhou, Zhejiang, said the city's trade' as the city's", () => {
    const facts = factsOf("Customs in Hangzhou, Zhejiang, said the city's trade reached 5.5 billion yuan in 2031.", Y);
    expect(rows(facts)).toEqual([
      [5.5, "city:hangzhou", null, "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'the city's' in a later clause as the city the sentence opened with", () => {
    const facts = factsOf("Hangzhou, Zhejiang's capital, traded 5.5 billion yuan in 2031, and the city's exports "
      + "rose 3 percent.", Y);
    expect(rows(facts)).toEqual([
      [5.5, "city:hangzhou", null, "amount", "trade", "2031-1..2031-12", null, null],
      [3, "city:hangzhou", null, "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("owners named after the figure", () => {
  it("makes the place whose total a partner's share is of its owner", () => {
    const facts = factsOf("Trade with Japan accounted for 9 percent of Hebei's total trade in 2031.", Y);
    expect(rows(facts)).toEqual([
      [9, "hebei", "partner:japan", "share", "trade", "2031-1..2031-12", null, "own"],
    ]);
  });
  it("gives the place after 'for' the figure before it, and keeps the first figure its sentence's owner", () => {
    const facts = factsOf("Yantai's exports reached 3.3 billion dollars in 2031, against 19.2 billion dollars for "
      + "Shandong as a whole.", Y);
    expect(rows(facts)).toEqual([
      [3.3, "city:yantai", null, "amount", "exports", "2031-1..2031-12", null, null],
      [19.2, "shandong", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps a place where goods were made from owning the figure", () => {
    const facts = factsOf("Hebei's exports rose 4 percent in 2031, and nearly all of them, 2.2 billion yuan, were "
      + "made in Tangshan.", Y);
    expect(rows(facts)).toEqual([
      [4, "hebei", null, "growth", "exports", "2031-1..2031-12", null, null],
      [2.2, "hebei", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("China paired with a partner", () => {
  it("makes the place in brackets the owner of a China-partner base", () => {
    const facts = factsOf("The China-Kazakhstan (Wenzhou) logistics base dispatched 340 trains in 2031.", Y);
    expect(rows(facts)).toEqual([
      [340, "city:wenzhou", "partner:kz", "count", "other", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes China-Europe trains nationwide China's own", () => {
    const facts = factsOf("China-Europe freight trains nationwide made 12,400 trips in 2031.", Y);
    expect(rows(facts)).toEqual([
      [12400, "china", null, "count", "other", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes the province in brackets the owner of a China-partner base", () => {
    const facts = factsOf("The China-Kazakhstan (Xinjiang) logistics base dispatched 340 trains in 2031.", Y);
    expect(rows(facts)).toEqual([
      [340, "xinjiang", "partner:kz", "count", "other", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes no base of a partner in brackets: China's trade with the pair's partner", () => {
    const facts = factsOf("The China-Europe (Germany) logistics base dispatched 340 trains in 2031.", Y);
    expect(rows(facts)).toEqual([
      [340, "china", "partner:europe", "count", "other", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("partners of flows in two clauses", () => {
  it("gives a partner leading its clause its own growth and the later flow's partner the later figure", () => {
    const facts = factsOf("Vietnam grew 3 percent in 2031, and exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "china", "partner:vn", "growth", "other", "2031-1..2031-12", null, null],
      [-2, "china", "partner:la", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives each flow its own partner after a place's imports", () => {
    const facts = factsOf("Hunan's imports from Vietnam rose 3 percent in 2031 and exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hunan", "partner:vn", "growth", "imports", "2031-1..2031-12", null, null],
      [-2, "hunan", "partner:la", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps the leading partner's trade and gives the later export clause its own partner", () => {
    const facts = factsOf("Vietnam remained Hunan's largest partner in 2031, with trade of 4.4 billion yuan, while "
      + "exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([
      [4.4, "hunan", "partner:vn", "amount", "trade", "2031-1..2031-12", null, null],
      [-2, "hunan", "partner:la", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives an import's partner after an export's partner to the import alone", () => {
    const facts = factsOf("Hunan's trade grew in 2031. Exports to Laos rose 3 percent and imports from Vietnam fell "
      + "2 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hunan", "partner:la", "growth", "exports", "2031-1..2031-12", null, null],
      [-2, "hunan", "partner:vn", "growth", "imports", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives each of two flows after a partnerless one its own partner", () => {
    const facts = factsOf("Hunan's trade grew in 2031. Exports rose 3 percent, while imports from Vietnam fell 2 "
      + "percent and exports to Laos rose 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hunan", null, "growth", "exports", "2031-1..2031-12", null, null],
      [-2, "hunan", "partner:vn", "growth", "imports", "2031-1..2031-12", null, null],
      [4, "hunan", "partner:la", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps the import partner for the amount after its change and gives trade with another partner its own", () => {
    const facts = factsOf("Hunan's trade grew in 2031. Imports from Vietnam rose 3 percent to 2.1 billion yuan, and "
      + "trade with Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hunan", "partner:vn", "growth", "imports", "2031-1..2031-12", null, null],
      [2.1, "hunan", "partner:vn", "amount", "imports", "2031-1..2031-12", null, null],
      [-2, "hunan", "partner:la", "growth", "trade", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("periods of remarks and whole years", () => {
  it("keeps a figure's own period over a remark's 'this year'", () => {
    const facts = factsOf("Hebei's trade reached 143.9 billion yuan in the first ten months of 2031, up 0.5 percent, "
      + "the first cumulative increase this year.", Y);
    expect(rows(facts)).toEqual([
      [143.9, "hebei", null, "amount", "trade", "2031-1..2031-10", null, null],
      [0.5, "hebei", null, "growth", "trade", "2031-1..2031-10", null, null],
    ]);
  });
  it("reads 'Over the whole year' as the whole of the year the text was on", () => {
    const facts = factsOf("Hebei's trade grew in the second half of 2031. Over the whole year, trade fell 2 percent.", Y);
    expect(rows(facts)).toEqual([
      [-2, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("reads 'for the whole year' after the figure as the whole year", () => {
    const facts = factsOf("Hebei's trade grew in the second half of 2031. Exports are expected to exceed 8 billion "
      + "yuan for the whole year.", Y);
    expect(rows(facts)).toEqual([
      [8, "hebei", null, "amount", "exports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("goods counted and named after figures", () => {
  it("gives each tonnage its own goods", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea and 500 tonnes of coffee in 2031.", Y);
    expect(rows(facts)).toEqual([
      [3000, "hebei", null, "count", "exports", "2031-1..2031-12", "tea", null],
      [500, "hebei", null, "count", "exports", "2031-1..2031-12", "coffee", null],
    ]);
  });
  it("names no goods for 'goods' and the tea for its own amount", () => {
    const facts = factsOf("Hebei exported 2 billion yuan of goods in 2031, and 1.5 billion yuan of tea.", Y);
    expect(rows(facts)).toEqual([
      [2, "hebei", null, "amount", "exports", "2031-1..2031-12", null, null],
      [1.5, "hebei", null, "amount", "exports", "2031-1..2031-12", "tea", null],
    ]);
  });
  it("gives the value after a tonnage its goods and a clause opening with other goods those goods", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea worth 2 million yuan in 2031, and coffee exports were "
      + "1.5 million yuan.", Y);
    expect(rows(facts)).toEqual([
      [3000, "hebei", null, "count", "exports", "2031-1..2031-12", "tea", null],
      [2, "hebei", null, "amount", "exports", "2031-1..2031-12", "tea", null],
      [1.5, "hebei", null, "amount", "exports", "2031-1..2031-12", "coffee", null],
    ]);
  });
  it("gives the change after a tonnage the goods and a new tonnage its own goods", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, up 4 percent, and the province brought "
      + "in 152,000 tonnes of fresh fruit.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", null, "count", "imports", "2031-1..2031-12", "coal", null],
      [4, "hebei", null, "growth", "imports", "2031-1..2031-12", "coal", null],
      [152000, "hebei", null, "count", "imports", "2031-1..2031-12", "fresh fruit", null],
    ]);
  });
  it("gives an amount of goods named right after it those goods, not the tonnage's", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and 2 million "
      + "yuan of coffee.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", null, "count", "imports", "2031-1..2031-12", "coal", null],
      [9, "hebei", null, "amount", "imports", "2031-1..2031-12", "coal", null],
      [2, "hebei", null, "amount", "imports", "2031-1..2031-12", "coffee", null],
    ]);
  });
  it("keeps the partner and goods of a tonnage for its value", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal from Mongolia in 2031, worth 9 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", "partner:mn", "count", "imports", "2031-1..2031-12", "coal", null],
      [9, "hebei", "partner:mn", "amount", "imports", "2031-1..2031-12", "coal", null],
    ]);
  });
  it("gives no goods to another place's amount after a tonnage", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, while Shanxi took in 4 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", null, "count", "imports", "2031-1..2031-12", "coal", null],
      [4, "shanxi", null, "amount", "imports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("zones' figures", () => {
  it("makes the points a zone added to its province's growth the zone's", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Kelvar's imports reached 4.5 billion yuan in "
      + "2031, driving the province's trade growth up by 1.2 percentage points.", Y);
    expect(rows(facts)).toEqual([
      [4.5, "zone:Kelvar Free Trade Zone", null, "amount", "imports", "2031-1..2031-12", null, null],
      [1.2, "zone:Kelvar Free Trade Zone", null, "pp_change", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes a count before a place named after it the zone's", () => {
    const facts = factsOf("Hebei's trade grew in 2031. The Kelvar Free Trade Zone registered 300 firms, rolled out "
      + "across Hebei.", Y);
    expect(rows(facts)).toEqual([
      [300, "zone:Kelvar Free Trade Zone", null, "count", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("keeps the zone's trade and its share of the province's total the zone's", () => {
    const facts = factsOf("The Kelvar Free Trade Zone grew fast in 2031. The zone's trade reached 4.5 billion yuan, "
      + "12 percent of the province's total.", Y);
    expect(rows(facts)).toEqual([
      [4.5, "zone:Kelvar Free Trade Zone", null, "amount", "trade", "2031-1..2031-12", null, null],
      [12, "zone:Kelvar Free Trade Zone", null, "share", "trade", "2031-1..2031-12", null, "own"],
    ]);
  });
});

describe("a period looked back to with a past perfect", () => {
  it("carries the quarter the text is on past a looked-back half of the same year", () => {
    const facts = factsOf("In the fourth quarter of 2031, Hebei's trade rose 3 percent. In the first half of 2031, "
      + "trade had fallen 2 percent. Exports rose 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2031-10..2031-12", null, null],
      [-2, "hebei", null, "growth", "trade", "2031-1..2031-6", null, null],
      [4, "hebei", null, "growth", "exports", "2031-10..2031-12", null, null],
    ]);
  });
  it("carries a quarter of the text's year named with a past perfect (it ends no earlier)", () => {
    const facts = factsOf("In 2031, Hebei's trade rose 3 percent. In the first quarter of 2031, trade had fallen 2 "
      + "percent. Exports rose 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
      [-2, "hebei", null, "growth", "trade", "2031-1..2031-3", null, null],
      [4, "hebei", null, "growth", "exports", "2031-1..2031-3", null, null],
    ]);
  });
  it("carries a later year named with a past perfect", () => {
    const facts = factsOf("In 2030, Hebei's trade rose 3 percent. In 2031, trade had risen 2 percent. Exports rose 4 "
      + "percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2030-1..2030-12", null, null],
      [2, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
      [4, "hebei", null, "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("goes back to the text's year after a year before it looked back to", () => {
    const facts = factsOf("In 2031, Hebei's trade rose 3 percent. For the whole of 2030, trade had fallen 2 percent. "
      + "Exports rose 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
      [-2, "hebei", null, "growth", "trade", "2030-1..2030-12", null, null],
      [4, "hebei", null, "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
  it("goes back to the text's quarter after the quarter before it looked back to", () => {
    const facts = factsOf("In the third quarter of 2031, Hebei's trade rose 3 percent. In the second quarter of "
      + "2031, trade had fallen 2 percent. Exports rose 4 percent.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2031-7..2031-9", null, null],
      [-2, "hebei", null, "growth", "trade", "2031-4..2031-6", null, null],
      [4, "hebei", null, "growth", "exports", "2031-7..2031-9", null, null],
    ]);
  });
});

describe("shares in a table of places by the place the text is about", () => {
  it("makes a city row's share of its province", () => {
    const facts = factsOf("Hubei's trade by city in 2031:\n\n| City | Trade (billion yuan) | Share (%) "
      + "|\n|---|---|---|\n| Wuhan | 350 | 54.5 |\n| Yichang | 40 | 6.2 |\n", Y);
    expect(rows(facts)).toEqual([
      [350, "city:wuhan", null, "amount", "trade", "2031-1..2031-12", null, null],
      [54.5, "city:wuhan", null, "share", "trade", "2031-1..2031-12", null, "hubei"],
      [40, "city:yichang", null, "amount", "trade", "2031-1..2031-12", null, null],
      [6.2, "city:yichang", null, "share", "trade", "2031-1..2031-12", null, "hubei"],
    ]);
  });
  it("makes a province row's share under the nation's figure a national one", () => {
    const facts = factsOf("China's trade reached 40 trillion yuan in 2031. Its trade by province:\n\n| Province | "
      + "Trade (billion yuan) | Share (%) |\n|---|---|---|\n| Guangdong | 8,000 | 20.1 |\n", Y);
    expect(rows(facts)).toEqual([
      [40, "china", null, "amount", "trade", "2031-1..2031-12", null, null],
      [8000, "guangdong", null, "amount", "trade", "2031-1..2031-12", null, null],
      [20.1, "guangdong", null, "share", "trade", "2031-1..2031-12", null, "national"],
    ]);
  });
  it("makes a province row's share under a region's figure the region's", () => {
    const facts = factsOf("The western region's trade reached 3 trillion yuan in 2031. Its trade by province:\n\n| "
      + "Province | Trade (billion yuan) | Share (%) |\n|---|---|---|\n| Sichuan | 900 | 30.2 |\n", Y);
    expect(rows(facts)).toEqual([
      [3, "region:western", null, "amount", "trade", "2031-1..2031-12", null, null],
      [900, "sichuan", null, "amount", "trade", "2031-1..2031-12", null, null],
      [30.2, "sichuan", null, "share", "trade", "2031-1..2031-12", null, "region:western"],
    ]);
  });
  it("names goods rows left without their head word 'products'", () => {
    const facts = factsOf("Hubei's exports by product in 2031:\n\n| Product | Exports (billion yuan) | Share (%) "
      + "|\n|---|---|---|\n| Mechanical and electrical | 150 | 54.5 |\n| High-tech | 40 | 14.2 |\n", Y);
    expect(rows(facts)).toEqual([
      [150, "hubei", null, "amount", "exports", "2031-1..2031-12", "mechanical and electrical products", null],
      [54.5, "hubei", null, "share", "exports", "2031-1..2031-12", "mechanical and electrical products", "own"],
      [40, "hubei", null, "amount", "exports", "2031-1..2031-12", "high-tech products", null],
      [14.2, "hubei", null, "share", "exports", "2031-1..2031-12", "high-tech products", "own"],
    ]);
  });
});

describe("goods a clause opens with, after counted goods or none", () => {
  it("names no goods for a clause opening with goods when nothing was counted before", () => {
    const facts = factsOf("Hebei's trade rose 3 percent in 2031, and machine tools were worth 1.5 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [3, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
      [1.5, "hebei", null, "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("names the goods a clause opens with after counted goods in a later sentence of the text", () => {
    const facts = factsOf("Hebei's trade grew in 2031. Hebei exported 3,000 tonnes of tea worth 2 million yuan, and "
      + "lamps were worth 1.5 million yuan.", Y);
    expect(rows(facts)).toEqual([
      [3000, "hebei", null, "count", "exports", "2031-1..2031-12", "tea", null],
      [2, "hebei", null, "amount", "exports", "2031-1..2031-12", "tea", null],
      [1.5, "hebei", null, "amount", "exports", "2031-1..2031-12", "lamps", null],
    ]);
  });
  it("names no goods for a clause opening with goods when the goods were counted in the sentence before", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea in 2031. Its trade rose 3 percent, and lamps were "
      + "worth 1.5 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [3000, "hebei", null, "count", "exports", "2031-1..2031-12", "tea", null],
      [3, "hebei", null, "growth", "trade", "2031-1..2031-12", null, null],
      [1.5, "hebei", null, "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives a share 'of it' after a tonnage the tonnage's goods and partner", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, 12 percent of it from Mongolia.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", null, "count", "imports", "2031-1..2031-12", "coal", null],
      [12, "hebei", "partner:mn", "share", "imports", "2031-1..2031-12", "coal", "own"],
    ]);
  });
  it("keeps the goods of a tonnage for its value after a port it came through", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031 through Tianjin port, worth 9 billion "
      + "yuan.", Y);
    expect(rows(facts)).toEqual([
      [30, "hebei", null, "count", "imports", "2031-1..2031-12", "coal", null],
      [9, "hebei", null, "amount", "imports", "2031-1..2031-12", "coal", null],
    ]);
  });
  it("reads a measure of its own after a flow as no flow", () => {
    const facts = factsOf("Hebei's exports grew 4 percent in 2031, and container throughput rose 3 percent.", Y);
    expect(rows(facts)).toEqual([
      [4, "hebei", null, "growth", "exports", "2031-1..2031-12", null, null],
      [3, "hebei", null, "growth", "other", "2031-1..2031-12", null, null],
    ]);
  });
  it("names the goods a clause opens with after counted goods when its partner follows the figure", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea in 2031, and lamps were worth 1.5 million yuan to "
      + "Japan.", Y);
    expect(rows(facts)).toEqual([
      [3000, "hebei", null, "count", "exports", "2031-1..2031-12", "tea", null],
      [1.5, "hebei", "partner:japan", "amount", "exports", "2031-1..2031-12", "lamps", null],
    ]);
  });
});

describe("partners leading a sentence and places in asides", () => {
  it("makes the partner leading a sentence in a bloc's scope the city's partner", () => {
    const facts = factsOf("Nanning's trade grew in 2031. Among ASEAN members, Vietnam was the city's biggest partner "
      + "at 48.9 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [48.9, "city:nanning", "partner:vn", "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives a place with an aside its own figure and the aside's rank", () => {
    const facts = factsOf("Sichuan, which ranks first in the western region, traded 900 billion yuan in 2031.", Y);
    expect(rows(facts)).toEqual([
      [900, "sichuan", null, "amount", "trade", "2031-1..2031-12", null, null],
      [1, "sichuan", null, "rank", "trade", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("a partner's figure with no place named", () => {
  it("makes China the owner of trade with partners named after the figure when no place is named", () => {
    const facts = factsOf("Traded 29.4 billion yuan with Mongolian partners in 2031.", Y);
    expect(rows(facts)).toEqual([
      [29.4, "china", "partner:mn", "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("makes China the owner of a bloc's trade as the largest partner when no place is named", () => {
    const facts = factsOf("ASEAN remained the largest partner in 2031, with 121.5 billion yuan.", Y);
    expect(rows(facts)).toEqual([
      [121.5, "china", "partner:asean", "amount", "trade", "2031-1..2031-12", null, null],
    ]);
  });
  it("gives the partner of an export clause after a colon its growth", () => {
    const facts = factsOf("Hebei's trade grew in 2031, and the goal was more trade with Europe: exports to the EU "
      + "rose 15 percent.", Y);
    expect(rows(facts)).toEqual([
      [15, "hebei", "partner:eu", "growth", "exports", "2031-1..2031-12", null, null],
    ]);
  });
});

describe("a table of cities under a zone's sentence", () => {
  it("reads each city row's amount as the city's (the zone is no place with a kind)", () => {
    const facts = factsOf("The Kelvar Free Trade Zone's trade reached 3 billion yuan in 2031. By city:\n\n"
      + "| City | Trade (billion yuan) | Share (%) |\n|---|---|---|\n| Wuhan | 1.2 | 40.1 |\n", Y);
    expect(facts.filter((f) => f.measure === "amount").map((f) => [f.value, f.entity]))
      .toEqual([[3, "zone:Kelvar Free Trade Zone"], [1.2, "city:wuhan"]]);
  });
});

describe("misreads found (left as they are: the product code is not changed here)", () => {
  it("reads 'the first half …, the second …' in a year as the two halves", () => {
    const facts = factsOf("In 2031, Hebei's trade grew: the first half recorded 152.3 billion yuan and the second 161.8 "
      + "billion yuan.", Y);
    expect(facts.map((f) => [f.value, per(f.period)])).toEqual([[152.3, "2031-1..2031-6"], [161.8, "2031-7..2031-12"]]);
  });
  it("reads 'the first quarter …, the second …' in a half-year as the first and second quarters", () => {
    const facts = factsOf("In the first half of 2031, Hebei's trade grew: the first quarter recorded 152.3 billion yuan "
      + "and the second 161.8 billion yuan.", Y);
    expect(facts.map((f) => [f.value, per(f.period)])).toEqual([[152.3, "2031-1..2031-3"], [161.8, "2031-4..2031-6"]]);
  });
  it("gives a place, not the zone, the later clause a place opens after a zone's sentence", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Hebei's trade rose 3 percent in 2031; "
      + "Shanxi's imports reached 4.5 billion yuan.", Y);
    expect(facts.map((f) => [f.value, f.entity])).toEqual([[3, "hebei"], [4.5, "shanxi"]]);
  });
  it("gives a zone named by its head in a later clause that clause's figure", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Hebei's trade rose 3 percent in 2031; "
      + "Kelvar's imports reached 4.5 billion yuan.", Y);
    expect(facts.map((f) => [f.value, f.entity])).toEqual([[3, "hebei"], [4.5, "zone:Kelvar Free Trade Zone"]]);
  });
});

describe("a partner named after the lead partner's figure", () => {
  it("gives the lead its figure and the partner after it the figures in its brackets", () => {
    const facts = factsOf("Vietnam was Guangxi's largest partner in 2031 at 98 billion yuan, ahead of Malaysia "
      + "(37.2 billion yuan, up 6.5 percent).", Y);
    expect(facts.map((f) => [f.value, f.entity, f.partner, f.measure])).toEqual([[98, "guangxi", "partner:vn", "amount"],
      [37.2, "guangxi", "partner:my", "amount"], [6.5, "guangxi", "partner:my", "growth"]]);
  });
  it("reads no trade from a change of something else after a partner's trade", () => {
    const facts = factsOf("Vietnam was Guangxi's largest partner in 2031 at 98 billion yuan, and the number of partners "
      + "rose 6.5 percent.", Y);
    expect(facts.find((f) => f.value === 6.5)?.metric).not.toBe("trade");
  });
  it("reads the change in a partner's brackets as a change of its trade", () => {
    const facts = factsOf("Vietnam was Guangxi's largest partner in 2031 at 98 billion yuan, ahead of Malaysia "
      + "(37.2 billion yuan, up 6.5 percent).", Y);
    expect(facts.find((f) => f.value === 6.5)?.metric).toBe("trade");
  });
});

describe("a tonnage 'of it' after counted goods", () => {
  it("gives a tonnage of goods of its own those goods, not the ones counted before", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, and 2 million tonnes of ore.", Y);
    expect(facts.find((f) => f.value === 2)?.subject).toBe("ore");
  });
  it("gives a tonnage 'of it' the goods counted before", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, and 2 million tonnes of it came from Mongolia.", Y);
    expect(facts.find((f) => f.value === 2)?.subject).toBe("coal");
  });
});

describe("partners listed together before a figure", () => {
  // (three partners that "followed with" one amount share it; only the last was read as its partner when the list
  // opened the sentence)
  it("gives an amount three listed partners followed with to none of them alone", () => {
    const facts = factsOf("Hebei's exports grew in 2031. Vietnam, Laos and Thailand followed with 2.1 billion yuan.", Y);
    expect(facts.find((f) => f.value === 2.1)?.partner).toBeUndefined();
  });
  it("while one partner opening the sentence keeps its amount ('Vietnam followed with …')", () => {
    const facts = factsOf("Hebei's exports grew in 2031. Vietnam followed with 2.1 billion yuan.", Y);
    expect(facts.find((f) => f.value === 2.1)?.partner).toBe("partner:vn");
  });
});

describe("trains counted nationwide beside a place's own", () => {
  it("gives a figure before ', and X's …' no owner X, and keeps a place named right after a figure its owner", () => {
    expect(factsOf("Hebei's trade grew in 2031. Trade rose 5.1 percent, and Shanxi's rose 3.2 percent.", Y)
      .map((f) => [f.value, f.entity])).toEqual([[5.1, "hebei"], [3.2, "shanxi"]]);
    expect(factsOf("Hebei's trade grew in 2031. Exports rose 5.1 percent in Shanxi, reaching 3 billion yuan.", Y)
      .map((f) => [f.value, f.entity])).toEqual([[5.1, "shanxi"], [3, "shanxi"]]);
  });
  it("keeps the nationwide count China's when a place's own count follows", () => {
    const facts = factsOf("Hebei's trade grew in 2031. China-Europe freight trains nationwide made 12,400 trips, "
      + "and Hebei's made 400 trips.", Y);
    expect(facts.map((f) => [f.value, f.entity])).toEqual([[12400, "china"], [400, "hebei"]]);
  });
});

describe("a partner's part of goods a clause opened with", () => {
  it("gives a partner's part the goods counted when no other goods come between", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea in 2031, worth 1.5 million yuan, with Japan taking 0.4 million "
      + "yuan.", Y);
    expect(facts.map((f) => [f.value, f.subject])).toEqual([[3000, "tea"], [1.5, "tea"], [0.4, "tea"]]);
  });
  it("gives a partner's part the goods of the clause before it", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea in 2031, and lamps were worth 1.5 million yuan, "
      + "with Japan taking 0.4 million yuan.", Y);
    expect(facts.map((f) => [f.value, f.subject])).toEqual([[3000, "tea"], [1.5, "lamps"], [0.4, "lamps"]]);
  });
});

describe("figures of other goods after a tonnage and its value", () => {
  // ("1.9 billion yuan of African farm goods" names goods of their own, by their partner: the amount was read as more of
  // the coal counted first; no goods are read for it, so it is left out rather than made a plain figure)
  it("gives no coal to an amount of goods named by their partner", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and 1.9 billion yuan "
      + "of African farm goods.", Y);
    expect(facts.find((f) => f.value === 1.9)?.subject).not.toBe("coal");
    expect(facts.find((f) => f.value === 1.9 && !f.subject)).toBeUndefined();
  });
  // ("40 percent of the iron ore" is a share of the iron ore, whose whole is not told: it was read as a share of the coal)
  it("gives no coal to a share of other goods", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and 40 percent of "
      + "the iron ore.", Y);
    expect(facts.find((f) => f.value === 40)?.subject).not.toBe("coal");
    expect(facts.find((f) => f.value === 40 && !f.subject)).toBeUndefined();
  });
  it("while goods named plainly after the amount keep it, and a share 'of it' stays the coal's", () => {
    expect(factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and 1.9 billion yuan of farm "
      + "goods.", Y).find((f) => f.value === 1.9)?.subject).toBe("farm goods");
    expect(factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and Mongolia supplied 40 "
      + "percent of it.", Y).find((f) => f.value === 40)?.subject).toBe("coal");
  });
});
