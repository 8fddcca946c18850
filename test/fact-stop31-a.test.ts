import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// Pure fact shapes for issue 17's surviving mutants (stop 31, part a: resolveWho, zones, periods, goods of
// facts/extract.ts up to line 1499): made-up sentences in, each fact's value, owner, partner, measure, metric,
// period and goods out.
const Y = { published: "2032-01-20" };
const per = (p: Fact["period"]) => p ? `${p.y1}-${p.m1}..${p.y2}-${p.m2}` : null;
const rows = (facts: Fact[]) => facts.map((f) => [f.value, f.entity, f.partner ?? null, f.measure, f.metric, per(f.period),
  f.subject ?? null]);

describe("a place named as the other side of an import or export lead (placeLead)", () => {
  it("makes a city of another province leading 'On the export side' the partner of the place the text is about", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the export side, Xiamen was the largest source, with exports of 3.2 billion yuan, up 4 percent.", Y);
    expect(rows(facts)).toEqual([[3.2,"zhejiang","city:xiamen","amount","exports","2031-1..2031-12",null],[4,"zhejiang","city:xiamen","growth","exports","2031-1..2031-12",null]]);
  });
  it("keeps a city of the province the text is about as the owner of its own exports", () => {
    const facts = factsOf("Fujian's trade grew in 2031. On the export side, Xiamen was the largest source, with exports of 3.2 billion yuan, up 4 percent.", Y);
    expect(rows(facts)).toEqual([[3.2,"city:xiamen",null,"amount","exports","2031-1..2031-12",null],[4,"city:xiamen",null,"growth","exports","2031-1..2031-12",null]]);
  });
  it("gives a partner named after the lead's figure its own figure", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the import side, Xiamen was the largest source, with imports of 2.6 billion yuan, ahead of Japan at 1.1 billion yuan.", Y);
    expect(rows(facts)).toEqual([[2.6,"zhejiang","city:xiamen","amount","imports","2031-1..2031-12",null],[1.1,"zhejiang","partner:japan","amount","imports","2031-1..2031-12",null]]);
  });
  it("makes Taiwan leading the import side the partner and Japan the next figure's", () => {
    const facts = factsOf("Zhejiang's trade grew in 2031. On the import side, Taiwan was the largest source, with imports of 2.6 billion yuan, and Japan came second with 1.1 billion yuan.", Y);
    expect(rows(facts)).toEqual([[2.6,"zhejiang","taiwan","amount","imports","2031-1..2031-12",null],[1.1,"zhejiang","partner:japan","amount","imports","2031-1..2031-12",null]]);
  });
});

describe("'the city' after a place and the province locating it", () => {
  it("reads 'Customs in Wenzhou, Zhejiang province, … the city's trade' as Wenzhou's", () => {
    const facts = factsOf("Customs in Wenzhou, Zhejiang province, said the city's trade reached 5.5 billion yuan in 2031.", Y);
    expect(rows(facts)).toEqual([[5.5,"city:wenzhou",null,"amount","trade","2031-1..2031-12",null]]);
  });
  it("reads 'In Wuhan, Hubei province, the city's exports' as Wuhan's, not the province's or the topic's", () => {
    const facts = factsOf("Hebei's trade grew in 2031. In Wuhan, Hubei province, the city's exports reached 7.7 billion yuan.", Y);
    expect(rows(facts)).toEqual([[7.7,"city:wuhan",null,"amount","exports","2031-1..2031-12",null]]);
  });
  it("reads 'In Chongqing, the city's exports' as the municipality's", () => {
    const facts = factsOf("In Chongqing, the city's exports reached 7.7 billion yuan in 2031.", Y);
    expect(rows(facts)).toEqual([[7.7,"chongqing",null,"amount","exports","2031-1..2031-12",null]]);
  });
});

describe("owners named after the figure", () => {
  it("makes the place whose total a partner's share is of its owner", () => {
    const facts = factsOf("Trade with Japan accounted for 9 percent of Hebei's total trade in 2031.", Y);
    expect(rows(facts)).toEqual([[9,"hebei","partner:japan","share","trade","2031-1..2031-12",null]]);
  });
  it("gives the place after 'for' the figure before it, and keeps the first figure its sentence's owner", () => {
    const facts = factsOf("Yantai's exports reached 3.3 billion dollars in 2031, against 19.2 billion dollars for Shandong as a whole.", Y);
    expect(rows(facts)).toEqual([[3.3,"city:yantai",null,"amount","exports","2031-1..2031-12",null],[19.2,"shandong",null,"amount","exports","2031-1..2031-12",null]]);
  });
  it("keeps a place where goods were made from owning the figure", () => {
    const facts = factsOf("Hebei's exports rose 4 percent in 2031, and nearly all of them, 2.2 billion yuan, were made in Tangshan.", Y);
    expect(rows(facts)).toEqual([[4,"hebei",null,"growth","exports","2031-1..2031-12",null],[2.2,"hebei",null,"amount","exports","2031-1..2031-12",null]]);
  });
});

describe("China paired with a partner", () => {
  it("makes the place in brackets the owner of a China-partner base", () => {
    const facts = factsOf("The China-Kazakhstan (Wenzhou) logistics base dispatched 340 trains in 2031.", Y);
    expect(rows(facts)).toEqual([[340,"city:wenzhou","partner:kz","count","other","2031-1..2031-12",null]]);
  });
  it("makes China-Europe trains nationwide China's own", () => {
    const facts = factsOf("China-Europe freight trains nationwide made 12,400 trips in 2031.", Y);
    expect(rows(facts)).toEqual([[12400,"china",null,"count","other","2031-1..2031-12",null]]);
  });
});

describe("partners of flows in two clauses", () => {
  it("gives a partner leading its clause its own growth and the later flow's partner the later figure", () => {
    const facts = factsOf("Vietnam grew 3 percent in 2031, and exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([[3,"china","partner:vn","growth","other","2031-1..2031-12",null],[-2,"china","partner:la","growth","exports","2031-1..2031-12",null]]);
  });
  it("gives each flow its own partner after a place's imports", () => {
    const facts = factsOf("Hunan's imports from Vietnam rose 3 percent in 2031 and exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([[3,"hunan","partner:vn","growth","imports","2031-1..2031-12",null],[-2,"hunan","partner:la","growth","exports","2031-1..2031-12",null]]);
  });
  it("keeps the leading partner's trade and gives the later export clause its own partner", () => {
    const facts = factsOf("Vietnam remained Hunan's largest partner in 2031, with trade of 4.4 billion yuan, while exports to Laos fell 2 percent.", Y);
    expect(rows(facts)).toEqual([[4.4,"hunan","partner:vn","amount","trade","2031-1..2031-12",null],[-2,"hunan","partner:la","growth","exports","2031-1..2031-12",null]]);
  });
});

describe("periods of remarks and whole years", () => {
  it("keeps a figure's own period over a remark's 'this year'", () => {
    const facts = factsOf("Hebei's trade reached 143.9 billion yuan in the first ten months of 2031, up 0.5 percent, the first cumulative increase this year.", Y);
    expect(rows(facts)).toEqual([[143.9,"hebei",null,"amount","trade","2031-1..2031-10",null],[0.5,"hebei",null,"growth","trade","2031-1..2031-10",null]]);
  });
  it("reads 'Over the whole year' as the whole of the year the text was on", () => {
    const facts = factsOf("Hebei's trade grew in the second half of 2031. Over the whole year, trade fell 2 percent.", Y);
    expect(rows(facts)).toEqual([[-2,"hebei",null,"growth","trade","2031-1..2031-12",null]]);
  });
  it("reads 'for the whole year' after the figure as the whole year", () => {
    const facts = factsOf("Hebei's trade grew in the second half of 2031. Exports are expected to exceed 8 billion yuan for the whole year.", Y);
    expect(rows(facts)).toEqual([[8,"hebei",null,"amount","exports","2031-1..2031-12",null]]);
  });
});

describe("goods counted and named after figures", () => {
  it("gives each tonnage its own goods", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea and 500 tonnes of coffee in 2031.", Y);
    expect(rows(facts)).toEqual([[3000,"hebei",null,"count","exports","2031-1..2031-12","tea"],[500,"hebei",null,"count","exports","2031-1..2031-12","coffee"]]);
  });
  it("names no goods for 'goods' and the tea for its own amount", () => {
    const facts = factsOf("Hebei exported 2 billion yuan of goods in 2031, and 1.5 billion yuan of tea.", Y);
    expect(rows(facts)).toEqual([[2,"hebei",null,"amount","exports","2031-1..2031-12",null],[1.5,"hebei",null,"amount","exports","2031-1..2031-12","tea"]]);
  });
  it("gives the value after a tonnage its goods and a clause opening with other goods those goods", () => {
    const facts = factsOf("Hebei exported 3,000 tonnes of tea worth 2 million yuan in 2031, and coffee exports were 1.5 million yuan.", Y);
    expect(rows(facts)).toEqual([[3000,"hebei",null,"count","exports","2031-1..2031-12","tea"],[2,"hebei",null,"amount","exports","2031-1..2031-12","tea"],[1.5,"hebei",null,"amount","exports","2031-1..2031-12","coffee"]]);
  });
  it("gives the change after a tonnage the goods and a new tonnage its own goods", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, up 4 percent, and the province brought in 152,000 tonnes of fresh fruit.", Y);
    expect(rows(facts)).toEqual([[30,"hebei",null,"count","imports","2031-1..2031-12","coal"],[4,"hebei",null,"growth","imports","2031-1..2031-12","coal"],[152000,"hebei",null,"count","imports","2031-1..2031-12","fresh fruit"]]);
  });
  it("gives an amount of goods named right after it those goods, not the tonnage's", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, worth 9 billion yuan, and 2 million yuan of coffee.", Y);
    expect(rows(facts)).toEqual([[30,"hebei",null,"count","imports","2031-1..2031-12","coal"],[9,"hebei",null,"amount","imports","2031-1..2031-12","coal"],[2,"hebei",null,"amount","imports","2031-1..2031-12","coffee"]]);
  });
  it("keeps the partner and goods of a tonnage for its value", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal from Mongolia in 2031, worth 9 billion yuan.", Y);
    expect(rows(facts)).toEqual([[30,"hebei","partner:mn","count","imports","2031-1..2031-12","coal"],[9,"hebei","partner:mn","amount","imports","2031-1..2031-12","coal"]]);
  });
  it("gives no goods to another place's amount after a tonnage", () => {
    const facts = factsOf("Hebei imported 30 million tonnes of coal in 2031, while Shanxi took in 4 billion yuan.", Y);
    expect(rows(facts)).toEqual([[30,"hebei",null,"count","imports","2031-1..2031-12","coal"],[4,"shanxi",null,"amount","imports","2031-1..2031-12",null]]);
  });
});

describe("zones' figures", () => {
  it("makes the points a zone added to its province's growth the zone's", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Kelvar's imports reached 4.5 billion yuan in 2031, driving the province's trade growth up by 1.2 percentage points.", Y);
    expect(rows(facts)).toEqual([[4.5,"zone:Kelvar Free Trade Zone",null,"amount","imports","2031-1..2031-12",null],[1.2,"zone:Kelvar Free Trade Zone",null,"pp_change","trade","2031-1..2031-12",null]]);
  });
  it("makes a count before a place named after it the zone's", () => {
    const facts = factsOf("Hebei's trade grew in 2031. The Kelvar Free Trade Zone registered 300 firms, rolled out across Hebei.", Y);
    expect(rows(facts)).toEqual([[300,"zone:Kelvar Free Trade Zone",null,"count","trade","2031-1..2031-12",null]]);
  });
  it("keeps the zone's trade and its share of the province's total the zone's", () => {
    const facts = factsOf("The Kelvar Free Trade Zone grew fast in 2031. The zone's trade reached 4.5 billion yuan, 12 percent of the province's total.", Y);
    expect(rows(facts)).toEqual([[4.5,"zone:Kelvar Free Trade Zone",null,"amount","trade","2031-1..2031-12",null],[12,"zone:Kelvar Free Trade Zone",null,"share","trade","2031-1..2031-12",null]]);
  });
});
