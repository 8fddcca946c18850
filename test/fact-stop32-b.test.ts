import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Stop 32, part b: the rules of facts/extract.ts from line 741 to 1500 (at 2b34e68) read shape by shape, so that the
// mutation run's pure tests kill their surviving mutants (each extraction runs inside its test).
// (the misreads found here, pinned with it.fails at stop 32, are fixed since stop 33: each "misread" comment says
// what was read before)

const Y = { published: "2031-03-01" };
const year = (y: number) => ({ y1: y, m1: 1, y2: y, m2: 12 });
const months = (y: number, m1: number, m2: number) => ({ y1: y, m1, y2: y, m2 });
const periodOf = (text: string, value: number) => one(factsOf(text, Y), value).period;

describe("the period of a figure (periodFor)", () => {
  it("leaves a remark's period to the remark when the figure has its own ('…, the first increase this year')", () => {
    const text = "Hubei's trade in March 2030 came to 143.9 billion yuan, up 0.5 percent, the first increase this year.";
    expect(periodOf(text, 0.5)).toEqual(months(2030, 3, 3));
    expect(periodOf(text, 143.9)).toEqual(months(2030, 3, 3));
  });
  it("leaves a remark's own period to the remark ('…, the highest growth in 2029', '…, the fastest since January 2029')", () => {
    expect(periodOf("In March 2030, Hubei's trade came to 143.9 billion yuan, up 0.5 percent, the highest growth in 2029.", 0.5))
      .toEqual(months(2030, 3, 3));
    expect(periodOf("In March 2030 Hubei's trade rose 0.5 percent, the fastest growth since January 2029.", 0.5))
      .toEqual(months(2030, 3, 3));
    expect(periodOf("In March 2030 Hubei's trade rose 0.5 percent, the first increase in 2030.", 0.5))
      .toEqual(months(2030, 3, 3));
  });
  it("carries 'for the year as a whole' of a clause before to the figures of the clauses after it", () => {
    const text = "Hubei's trade grew 5 percent in the first half of 2030. For the year as a whole, exports rose 3 percent; "
      + "imports fell 2 percent.";
    expect(periodOf(text, 5)).toEqual(months(2030, 1, 6));
    expect(periodOf(text, 3)).toEqual(year(2030));
    expect(periodOf(text, -2)).toEqual(year(2030));
  });
  it("reads 'over the whole year' after a figure in its own clause, not the half of the clause before", () => {
    const text = "Hubei's trade grew in 2029. In the first half of 2030 exports rose 5 percent, while imports rose 3 percent "
      + "over the whole year.";
    expect(periodOf(text, 5)).toEqual(months(2030, 1, 6));
    expect(periodOf(text, 3)).toEqual(year(2030));
  });
  it("leaves 'over the whole year' of a later clause to that clause", () => {
    const text = "Hubei's trade grew in 2029. In the first half of 2030, exports rose 5 percent, and imports rose 3 percent, "
      + "while over the whole year trade grew 4 percent.";
    expect(periodOf(text, 3)).toEqual(months(2030, 1, 6));
    expect(periodOf(text, 4)).toEqual(year(2030));
  });
  it("gives each clause the year that opens it ('2030 exports …, while 2029 imports …')", () => {
    const text = "Hubei is a province. 2030 exports reached 80 billion yuan, while 2029 imports were 60 billion yuan.";
    expect(periodOf(text, 80)).toEqual(year(2030));
    expect(periodOf(text, 60)).toEqual(year(2029));
  });
  it("reads 'over the whole year' before a figure as the whole of the year the text was on", () => {
    const text = "Hubei's trade grew in the first half of 2030. Over the whole year, trade reached 500 billion yuan.";
    expect(periodOf(text, 500)).toEqual(year(2030));
  });
  it("reads 'for the whole year' right after a figure as the whole of that year too", () => {
    const text = "Hubei's trade grew in the first half of 2030. Exports are expected to exceed 80 billion yuan for the whole year.";
    expect(periodOf(text, 80)).toEqual(year(2030));
  });
  it("gives the whole year its own clause names, not the other clause's half", () => {
    const text = "Hubei's exports grew 5 percent in the first half of 2030, and imports for the whole year rose 3 percent.";
    expect(periodOf(text, 5)).toEqual(months(2030, 1, 6));
    expect(periodOf(text, 3)).toEqual(year(2030));
  });
  it("leaves a period in the cause to the cause ('… because of a steep fall in September')", () => {
    const text = "Hubei's exports fell 0.2 percent in 2030 because of a steep fall in September.";
    expect(periodOf(text, -0.2)).toEqual(year(2030));
  });
  it("leaves the year of the figure compared with to that figure ('… from the record 68.5 billion of 2028')", () => {
    const text = "Hubei's exports reached 61.2 billion yuan in 2030, down 10.8 percent from the record 68.5 billion yuan of 2028.";
    expect(periodOf(text, 61.2)).toEqual(year(2030));
    expect(periodOf(text, -10.8)).toEqual(year(2030));
    expect(periodOf(text, 68.5)).toEqual(year(2028));
  });
  it("leaves another period's event to the event ('…, up 2.4 percent, after a decline in the second quarter')", () => {
    const text = "Hubei's exports came to 28.7 billion yuan in the fourth quarter of 2030, up 2.4 percent, after a decline in the second quarter.";
    expect(periodOf(text, 2.4)).toEqual(months(2030, 10, 12));
  });
  it("gives each figure the period its own phrase names ('12.1 percent in the first quarter, 3.4 percent in the second')", () => {
    const text = "Hubei's exports rose 12.1 percent in the first quarter of 2030, 3.4 percent in the second quarter.";
    expect(periodOf(text, 12.1)).toEqual(months(2030, 1, 3));
    expect(periodOf(text, 3.4)).toEqual(months(2030, 4, 6));
  });
  it("gives the ends of a span named before to 'over the same years … from X to Y'", () => {
    const text = "Hubei's trade grew from 23.3 billion dollars in 2021 to 40.5 billion dollars in 2024, and over the same years "
      + "trade with ASEAN increased from 9.5 billion dollars to 19.8 billion dollars.";
    expect(periodOf(text, 23.3)).toEqual(year(2021));
    expect(periodOf(text, 40.5)).toEqual(year(2024));
    expect(periodOf(text, 9.5)).toEqual(year(2021));
    expect(periodOf(text, 19.8)).toEqual(year(2024));
  });
  // misread: "over the same years" after the figures is not read, so the start of the span gets its end's year
  it("gives the ends of a span named before to 'from X to Y over the same years'", () => {
    const text = "Hubei's trade grew from 23.3 billion dollars in 2021 to 40.5 billion dollars in 2024. Trade with ASEAN "
      + "increased from 9.5 billion dollars to 19.8 billion dollars over the same years.";
    expect(periodOf(text, 9.5)).toEqual(year(2021));
  });
  it("leaves 'for the whole year' of a later clause to that clause, the figure before going on in the text's half", () => {
    const text = "Hubei's trade grew in the first half of 2030. Exports rose 3 percent, and imports for the whole year fell 2 percent.";
    expect(periodOf(text, 3)).toEqual(months(2030, 1, 6));
    expect(periodOf(text, -2)).toEqual(year(2030));
  });
  it("leaves 'in the month' of a later clause to that clause", () => {
    const text = "Hubei's trade reached 300 billion yuan in the first ten months of 2030, and growth slowed in October. "
      + "Exports rose 5 percent, and imports in the month fell 3 percent.";
    expect(periodOf(text, 5)).toEqual(months(2030, 1, 10));
    expect(periodOf(text, -3)).toEqual(months(2030, 10, 10));
  });
  it("gives 'in the month' the month just named", () => {
    const text = "Growth slowed in October 2030. Hubei's trade in the month was 30.2 billion yuan.";
    expect(periodOf(text, 30.2)).toEqual(months(2030, 10, 10));
  });
});

describe("an item of a series of quarters (seriesPeriod)", () => {
  const text = "In January-June 2030, Hubei's trade reached 300 billion yuan, the first quarter recorded 140 billion yuan "
    + "and the second 160 billion yuan.";
  it("reads the first item by its own noun and the second by the noun the first named", () => {
    expect(periodOf(text, 140)).toEqual(months(2030, 1, 3));
    expect(periodOf(text, 160)).toEqual(months(2030, 4, 6));
  });
  it("reads a later half named after the series as no noun of its items ('…, more than in the second half of 2029')", () => {
    const more = `${text.slice(0, -1)}, more than in the second half of 2029.`;
    expect(periodOf(more, 140)).toEqual(months(2030, 1, 3));
    expect(periodOf(more, 160)).toEqual(months(2030, 4, 6));
  });
  it("takes the length of the items from the months the first item named ('January-March …, the second …, the third …')", () => {
    const quarters = "Hubei's trade in January-March 2030 came to 140 billion yuan, the second 160 billion yuan and the third "
      + "170 billion yuan.";
    expect(periodOf(quarters, 140)).toEqual(months(2030, 1, 3));
    expect(periodOf(quarters, 160)).toEqual(months(2030, 4, 6));
    expect(periodOf(quarters, 170)).toEqual(months(2030, 7, 9));
  });
  it("reads an item with no quarter or half named before it by the period its own words name", () => {
    expect(periodOf("In 2030 Hubei's trade reached 300 billion yuan, the first quarter recorded 70 billion yuan.", 70))
      .toEqual(months(2030, 1, 3));
  });
  // misread: the half's own figure is dated by the nearest period, "the first quarter" right after it, not by the
  // half named before it
  it("keeps the whole half's figure over the half", () => {
    expect(periodOf(text, 300)).toEqual(months(2030, 1, 6));
  });
});

describe("'the city's', 'the province's': the place a figure's words refer back to (ownerFor's anaphora)", () => {
  const entityOf = (text: string, value: number) => one(factsOf(text, Y), value).entity;

  it("gives 'the city's' the city a province after it locates, said by customs or opening the sentence", () => {
    expect(entityOf("Customs in Luoyang, Henan province, said the city's exports reached 5.2 billion yuan in 2030.", 5.2))
      .toBe("city:luoyang");
    expect(entityOf("In Luoyang, Henan province, the city's exports reached 5.2 billion yuan in 2030.", 5.2))
      .toBe("city:luoyang");
  });
  it("gives 'the province's' the province locating the city, not the city", () => {
    expect(entityOf("Customs in Luoyang, Henan province, said the province's exports reached 5.2 billion yuan in 2030.", 5.2))
      .toBe("henan");
    expect(entityOf("In Luoyang, Henan province, the province's exports reached 5.2 billion yuan in 2030.", 5.2))
      .toBe("henan");
  });
  it("gives 'the city's' a municipality named before it", () => {
    expect(entityOf("In Chongqing, the city's exports reached 5.2 billion yuan in 2030.", 5.2)).toBe("chongqing");
    expect(entityOf("In Shanghai, Jiangsu and Zhejiang, the city's exports rose 4.1 percent in 2030.", 4.1)).toBe("shanghai");
  });
  it("gives 'the province's' the province in apposition before it", () => {
    expect(entityOf("Zhejiang province, the province's exports reached 5.2 billion yuan in 2030.", 5.2)).toBe("zhejiang");
    expect(entityOf("In Zhejiang, the province's exports reached 5.2 billion yuan in 2030.", 5.2)).toBe("zhejiang");
    expect(entityOf("Trade in Luoyang grew. Henan, the province's exports reached 5.2 billion yuan in 2030.", 5.2))
      .toBe("henan");
  });
  it("leaves a figure of a part to the part, not the whole 'of the province's trade'", () => {
    const text = "Tangshan accounted for 3.46 billion dollars of the province's trade in 2030, up 9.2 percent.";
    expect(entityOf(text, 3.46)).toBe("city:tangshan");
    expect(entityOf(text, 9.2)).toBe("city:tangshan");
  });
  it("gives 'the province's' the whole a share before was of", () => {
    const text = "Yingkou accounted for 36 percent of Liaoning's trade in 2030; the province's exports rose 4.1 percent.";
    expect(entityOf(text, 36)).toBe("city:yingkou");
    expect(entityOf(text, 4.1)).toBe("liaoning");
  });
  it("gives 'the city's' the city named last before, not the province the text opened with", () => {
    expect(entityOf("Hebei grew in 2030. Tangshan, a port, also grew. The city's exports rose 4.1 percent.", 4.1))
      .toBe("city:tangshan");
  });
  it("goes on with the place an earlier clause referred back to in a clause naming no one", () => {
    const text = "Hubei's trade grew in 2030. The province's private enterprises traded 20 billion yuan, while "
      + "foreign-invested enterprises traded 10 billion yuan.";
    expect(entityOf(text, 20)).toBe("hubei");
    expect(entityOf(text, 10)).toBe("hubei");
  });
});

describe("a sentence going on with a series of places of one province (seriesBegun)", () => {
  const LED = "Hangzhou led in 2030, with cross-border e-commerce trade of 136.8 billion yuan. ";
  it("gives the next cities of the province the series' flow and goods ('Jinhua recorded …; Ningbo …')", () => {
    const facts = factsOf(`${LED}Jinhua recorded 112.5 billion yuan; Ningbo 98.4 billion yuan.`, Y);
    for (const [value, entity] of [[112.5, "city:jinhua"], [98.4, "city:ningbo"]] as const) {
      const f = one(facts, value);
      expect(f.entity).toBe(entity);
      expect(f.metric).toBe("trade");
      expect(f.subject).toBe("cross-border e-commerce");
    }
  });
  it("begins no series with a sentence the text opens with", () => {
    const f = one(factsOf("Jinhua recorded 112.5 billion yuan in 2030.", Y), 112.5);
    expect(f.metric).toBe("other");
    expect(f.subject).toBeUndefined();
  });
  it("goes on with no series of a partner's trade, nor of a city of another province", () => {
    const partner = one(factsOf("Hangzhou's trade with ASEAN reached 136.8 billion yuan in 2030. Jinhua recorded 112.5 billion yuan.", Y), 112.5);
    expect(partner.metric).toBe("other");
    expect(partner.partner).toBeUndefined();
    const other = one(factsOf(`${LED}Wuhan recorded 112.5 billion yuan.`, Y), 112.5);
    expect(other.metric).toBe("other");
    expect(other.subject).toBeUndefined();
  });
  it("gives a sentence naming its own flow none of the series' goods", () => {
    const text = "Hangzhou's cross-border e-commerce exports reached 136.8 billion yuan in 2030. Jinhua's exports reached 112.5 billion yuan.";
    expect(one(factsOf(text, Y), 112.5).subject).toBeUndefined();
  });
});

describe("counted goods leading the figures after them in their sentence (countedLead, clauseGoods, quantityChange)", () => {
  const COUNTED = "Hubei exported 3.5 million tonnes of cement in 2030";
  const of = (rest: string, value: number) => one(factsOf(`${COUNTED}${rest}`, Y), value);

  it("gives the change right after the quantity to the quantity, and the value and its change to the goods", () => {
    const text = ", up 12.4 percent, worth 2.16 billion yuan, up 4.1 percent.";
    expect(of(text, 12.4).qualifier).toBe("cement, quantity");
    expect(of(text, 2.16)).toMatchObject({ subject: "cement", metric: "exports", measure: "amount" });
    expect(of(text, 4.1)).toMatchObject({ subject: "cement", qualifier: "cement" });
  });
  it("leads through a route and past the partners the goods came from", () => {
    expect(of(" through Wuhan port, worth 2.16 billion yuan.", 2.16)).toMatchObject({ subject: "cement", entity: "hubei" });
    const coal = one(factsOf("Hubei imported 3.5 million tonnes of coal in 2030 from Mongolia and Russia, worth 2.16 billion yuan.", Y), 2.16);
    expect(coal).toMatchObject({ subject: "coal", metric: "imports" });
  });
  it("stops at a place and a flow of their own between ('…, and Wuhan's exports were worth …')", () => {
    const f = of(", and Wuhan's exports were worth 2.16 billion yuan.", 2.16);
    expect(f.entity).toBe("city:wuhan");
    expect(f.subject).toBeUndefined();
    const there = of(", and in Wuhan mobile phones were worth 2.16 billion yuan.", 2.16);
    expect(there.entity).toBe("city:wuhan");
    expect(there.subject).not.toBe("cement");
  });
  it("gives a later clause the goods it opens with, but not the counted goods' value or price", () => {
    expect(of(", and mobile phones were worth 2.16 billion yuan.", 2.16).subject).toBe("mobile phones");
    expect(of(", and the value of these exports rose 4.1 percent.", 4.1).subject).toBe("cement");
    expect(of(", and prices fell 12 percent.", -12).subject).toBe("cement");
  });
  it("leads a part of the goods counted ('2 million tonnes of it') and its value", () => {
    const text = ", and 2 million tonnes of it went to Japan, worth 1.2 billion yuan.";
    expect(of(text, 2)).toMatchObject({ subject: "cement", partner: "partner:japan", measure: "count" });
    expect(of(text, 1.2)).toMatchObject({ subject: "cement", partner: "partner:japan", measure: "amount" });
  });
  // misread (a missed subject): a later clause's goods are read only after a quantity of goods counted as exports or
  // imports in the same sentence, so they are lost after an amount of goods or a quantity handled
  it("gives a later clause the goods it opens with after an amount of goods", () => {
    expect(one(factsOf("Hubei exported 2 billion yuan of tea in 2030, and widgets were worth 1 billion yuan.", Y), 1).subject)
      .toBe("widgets");
  });
  it("gives a later clause the goods it opens with after a quantity handled", () => {
    expect(one(factsOf("Hubei handled 3.5 million tonnes of cement in 2030, and widgets were worth 1 billion yuan.", Y), 1)
      .subject).toBe("widgets");
  });
  it("gives the change right after a quantity handled the quantity, and a change to a count its level's unit", () => {
    const freight = one(factsOf("Wuhan port handled 3.5 million tonnes of freight in 2030, up 12 percent.", Y), 12);
    expect(freight).toMatchObject({ measure: "growth", subject: "freight", qualifier: "freight, quantity" });
    const teu = one(factsOf("Wuhan port's container throughput rose 8.9 percent to 4.15 million TEUs in 2030.", Y), 8.9);
    expect(teu).toMatchObject({ measure: "growth", qualifier: "TEUs, quantity" });
  });
  // misread: the increase of a quantity ("up 0.4 million tonnes") is read as a quantity exported, a figure no one said
  it("reads no quantity exported from the increase of one", () => {
    const fs = factsOf("Hubei exported 3.5 million tonnes of cement in 2030, up 0.4 million tonnes.", Y);
    expect(fs.filter((f) => f.value === 0.4 && f.measure === "count")).toHaveLength(0);
  });
  it("lets other goods' figure between lead the figures after it ('…, and lamps were worth …, with Japan taking …')", () => {
    const text = ", and lamps were worth 1.5 million yuan, with Japan taking 0.4 million yuan.";
    expect(of(text, 1.5).subject).toBe("lamps");
    expect(of(text, 0.4)).toMatchObject({ subject: "lamps", partner: "partner:japan" });
  });
  it("gives an amount of goods named right after it those goods ('…, and 2 million yuan of coffee')", () => {
    expect(of(", worth 2.16 billion yuan, and 2 million yuan of coffee.", 2).subject).toBe("coffee");
    expect(of(", worth 2.16 billion yuan, and 2 million yuan of coffee.", 2.16).subject).toBe("cement");
  });
});

describe("a table's rows (tableRowFacts, placesAcross)", () => {
  const HEAD = "Hubei's trade grew in 2030.\n\n";
  const facts = (rows: string) => factsOf(HEAD + rows, Y);

  it("reads the rows of a table with no header by the figures their cells name", () => {
    const fs = facts("| Exports | 12.5 billion yuan |\n| Imports | 8.5 billion yuan |");
    expect(one(fs, 12.5)).toMatchObject({ entity: "hubei", metric: "exports", measure: "amount", unit: "billion yuan" });
    expect(one(fs, 8.5)).toMatchObject({ entity: "hubei", metric: "imports", measure: "amount" });
  });
  it("gives a row naming a city the city, under a column naming the province's flow", () => {
    const fs = facts("| City | Hubei exports (billion yuan) |\n| Wuhan | 350.2 |\n| Yichang | 40.3 |");
    expect(one(fs, 350.2)).toMatchObject({ entity: "city:wuhan", metric: "exports" });
    expect(one(fs, 40.3)).toMatchObject({ entity: "city:yichang", metric: "exports" });
  });
  it("reads goods' rows under a flow's header: the whole, a product group, goods, a fall, a part", () => {
    const fs = facts("| Exports | Value (billion yuan) | Growth (%) |\n| Total | 350.2 | 4.5 |\n"
      + "| Mechanical and electrical | 120.3 | -2.5 |\n| Crude oil | 20.1 | down 3.2% |\n| Of which: tea | 2.1 | 0.0 |");
    expect(one(fs, 350.2)).toMatchObject({ entity: "hubei", metric: "exports", measure: "amount", scale: 1e9 });
    expect(one(fs, 350.2).subject).toBeUndefined();
    expect(one(fs, 4.5)).toMatchObject({ measure: "growth", unit: "%" });
    expect(one(fs, 120.3).subject).toBe("mechanical and electrical products");
    expect(one(fs, -2.5).subject).toBe("mechanical and electrical products");
    expect(one(fs, 20.1).subject).toBe("crude oil");
    expect(one(fs, -3.2)).toMatchObject({ subject: "crude oil", measure: "growth" });
    expect(one(fs, 2.1).subject).toBe("tea");
    expect(one(fs, 0).subject).toBe("tea");
  });
  it("reads 'down 0.0%' in a growth column as no change, not a negative zero", () => {
    const fs = facts("| Exports | Value (billion yuan) | Growth (%) |\n| Crude oil | 20.1 | down 0.0% |");
    expect(one(fs, 0).value).toBe(0);
  });
  it("reads a month's row as its period and 'Full year' as the whole of the table's year, shares of the own whole", () => {
    const fs = facts("| Month | Exports (billion yuan) | Share (%) |\n| March | 30.1 | 8.2 |\n| Full year | 350.2 | 100 |");
    expect(one(fs, 30.1).period).toEqual(months(2030, 3, 3));
    expect(one(fs, 8.2)).toMatchObject({ measure: "share", shareOf: "own", period: months(2030, 3, 3) });
    expect(one(fs, 350.2).period).toEqual(year(2030));
    expect(one(fs, 100)).toMatchObject({ measure: "share", shareOf: "own", period: year(2030) });
  });
  it("gives a city's row's share the province it is of", () => {
    const fs = facts("| City | Exports (billion yuan) | Share (%) |\n| Wuhan | 30.1 | 58.2 |");
    expect(one(fs, 30.1)).toMatchObject({ entity: "city:wuhan", measure: "amount" });
    expect(one(fs, 58.2)).toMatchObject({ entity: "city:wuhan", measure: "share", shareOf: "hubei" });
  });
  it("carries the one flow of a sentence on goods before to goods' rows, not to rows of kinds of firm", () => {
    const TEA = "Hubei's exports of tea reached 2 billion yuan in 2030.\n\n";
    const goods = one(factsOf(`${TEA}| Goods | Value (billion yuan) |\n| Green tea | 1.2 |`, Y), 1.2);
    expect(goods).toMatchObject({ metric: "exports", subject: "green tea" });
    const firms = one(factsOf(`${TEA}| Enterprise | Value (billion yuan) |\n| Private enterprises | 1.2 |`, Y), 1.2);
    expect(firms).toMatchObject({ metric: "trade", subject: "private enterprises" });
  });
  it("reads a flow a trade mode's row names beside the mode's own 'trade'", () => {
    const fs = facts("| Trade mode | Value (billion yuan) |\n| General trade | 200.5 |\n| Processing trade exports | 50.5 |");
    expect(one(fs, 200.5)).toMatchObject({ metric: "trade", subject: "general trade" });
    expect(one(fs, 50.5)).toMatchObject({ metric: "exports", subject: "processing trade" });
  });
  it("reads rows naming flows and wholes, and goods under the whole of the trade", () => {
    const fs = facts("| Item | Value (billion yuan) |\n| Exports | 200.5 |\n| Total | 500.5 |\n| Total trade | 700.5 |\n| Chips | 60.5 |");
    expect(one(fs, 200.5).metric).toBe("exports");
    expect(one(fs, 500.5).metric).toBe("trade");
    expect(one(fs, 700.5).metric).toBe("trade");
    expect(one(fs, 60.5)).toMatchObject({ metric: "trade", subject: "chips" });
  });
});

describe("a start or a look back that moves the text's period on or not (endsBefore)", () => {
  const third = (text: string) => periodOf(text, 3);
  it("goes on from a start after the text's period ('… in 2029. Exports have risen 8 percent since January 2030.')", () => {
    expect(third("Hubei's trade grew 5 percent in 2029. Exports have risen 8 percent since January 2030. Imports rose 3 percent."))
      .toEqual(months(2030, 1, 1));
  });
  it("stays in the text's period after a start before it", () => {
    expect(third("Hubei's trade grew 5 percent in 2030. Exports have risen 8 percent since January 2029. Imports rose 3 percent."))
      .toEqual(year(2030));
  });
  it("stays in the text's period after a past perfect looking back to a year before it, not after one later", () => {
    const back = "Hubei's trade grew 5 percent in 2030. For the whole of 2029, trade had fallen 4.2 percent. Imports rose 3 percent.";
    expect(periodOf(back, -4.2)).toEqual(year(2029));
    expect(third(back)).toEqual(year(2030));
    const on = "Hubei's trade grew 5 percent in 2029. For the whole of 2030, trade had fallen 4.2 percent. Imports rose 3 percent.";
    expect(third(on)).toEqual(year(2030));
  });
  // misread: a start within the text's period ("since January 2030" in a report on its first half) moves the text
  // on to that month, so the next figure is read as January's
  it("stays in the text's period after a start within it", () => {
    expect(third("Hubei's trade grew 5 percent in the first half of 2030. Exports have risen 8 percent since January 2030. "
      + "Imports rose 3 percent.")).toEqual(months(2030, 1, 6));
  });
});

describe("a partner as the subject of a figure, and pairs of countries (ownerFor)", () => {
  const T = "Hubei's trade grew in 2030. ";
  const at = (text: string, value: number) => one(factsOf(text, Y), value);

  it("gives a partner leading the sentence the trade of the place the text is about with it", () => {
    expect(at(`${T}ASEAN remained the largest partner, with 110.2 billion yuan.`, 110.2))
      .toMatchObject({ entity: "hubei", partner: "partner:asean" });
    expect(at(`${T}Vietnam remained its top partner in ASEAN, with 50.2 billion yuan.`, 50.2))
      .toMatchObject({ entity: "hubei", partner: "partner:vn" });
  });
  it("gives each flow's figure its own partner, and a partner right after a figure that figure", () => {
    const flows = `${T}Imports from Japan rose 3.1 percent and exports to Korea fell 2.2 percent.`;
    expect(at(flows, 3.1)).toMatchObject({ partner: "partner:japan", metric: "imports" });
    expect(at(flows, -2.2)).toMatchObject({ partner: "partner:south-korea", metric: "exports" });
    const after = `${T}Trade with Japan rose 3.1 percent, reaching 1.2 billion yuan with Korea.`;
    expect(at(after, 3.1).partner).toBe("partner:japan");
    expect(at(after, 1.2).partner).toBe("partner:south-korea");
  });
  it("reads a partner's trade with the place as the place's trade with the partner", () => {
    expect(at(`${T}ASEAN's trade with Hubei reached 3.1 billion yuan.`, 3.1))
      .toMatchObject({ entity: "hubei", partner: "partner:asean", metric: "trade" });
    expect(at(`${T}Trade with ASEAN, its largest partner, reached 3.1 billion yuan.`, 3.1))
      .toMatchObject({ entity: "hubei", partner: "partner:asean" });
  });
  // misread: another country's trade with a third ("Vietnam's imports from Japan") is read as the text's place's trade
  // with the third
  it("reads no trade of the place from another country's trade with a third", () => {
    const fs = factsOf(`${T}Vietnam's imports from Japan rose 3.1 percent.`, Y);
    expect(fs.filter((f) => f.entity === "hubei" && f.partner === "partner:japan")).toHaveLength(0);
  });
  it("gives goods from two partners together neither alone", () => {
    const f = at(`${T}Durian imports from Vietnam and Thailand were 2.5 billion yuan.`, 2.5);
    expect(f).toMatchObject({ entity: "hubei", subject: "durian" });
    expect(f.partner).toBeUndefined();
  });
  it("reads 'China-ASEAN trade' as China's own, unless it goes through the port the text is about", () => {
    expect(at("China-ASEAN trade grew 4.2 percent in 2030.", 4.2)).toMatchObject({ entity: "china", partner: "partner:asean" });
    expect(at(`${T}China-ASEAN trade through the port grew 4.2 percent.`, 4.2))
      .toMatchObject({ entity: "hubei", partner: "partner:asean" });
  });
  it("gives a base a pair names to the place in its brackets, and nationwide route trains to the country", () => {
    expect(at(`${T}The China-Kazakhstan (Wuhan) logistics base dispatched 120 trains.`, 120))
      .toMatchObject({ entity: "city:wuhan", partner: "partner:kz" });
    const trips = at(`${T}China-Europe freight trains nationwide made 12400 trips.`, 12400);
    expect(trips.entity).toBe("china");
    expect(trips.partner).toBeUndefined();
  });
});

describe("goods named right after an amount, and the flow a figure's words name (ownGoods, metricFor)", () => {
  const at = (text: string, value: number) => one(factsOf(text, Y), value);

  it("gives 'tonnes of the concentrate' the goods' fuller name named before it, not one named after, nor a verb's", () => {
    const LEAD = "Copper concentrate was the largest import. Hubei imported 1.2 million tonnes of the concentrate in 2030";
    expect(at(`${LEAD}.`, 1.2).subject).toBe("copper concentrate");
    expect(at(`${LEAD}, and zinc concentrate came next.`, 1.2).subject).toBe("copper concentrate");
    expect(at("Hubei refined ore for export. It imported 1.2 million tonnes of the ore in 2030.", 1.2).subject).toBe("ore");
  });
  it("gives an amount the goods right after it, the partner after them not part of them", () => {
    expect(at("Hubei bought 2 million yuan of coffee from Vietnam in 2030.", 2))
      .toMatchObject({ subject: "coffee", partner: "partner:vn" });
  });
  it("gives an amount no goods named by their partner ('1.9 billion yuan of African farm goods')", () => {
    const f = at("Hubei imported 1.9 billion yuan of African farm goods in 2030.", 1.9);
    expect(f.metric).toBe("imports");
    expect(f.subject).toBeUndefined();
  });
  // misread: the verb after goods in general is read as part of their name
  it("names no goods for a quantity of goods in general ('500 tonnes of goods went to …')", () => {
    const f = at("Hubei exported 3.5 million tonnes of cement in 2030, and 500 tonnes of goods went to Japan by rail.", 500);
    expect(f.subject === undefined || f.subject === "cement").toBe(true);
  });
  it("reads the flow named right after a figure at the end of its clause ('… 5.1 billion yuan in exports')", () => {
    expect(at("Hubei recorded 5.1 billion yuan in exports in 2030.", 5.1).metric).toBe("exports");
    expect(at("In 2030 Hubei recorded 5.1 billion yuan in exports.", 5.1).metric).toBe("exports");
  });
  it("goes on with the sentence's flow for a trade mode with none of its own", () => {
    const text = "Hubei's exports rose 5 percent in 2030, while general trade totaled 45.28 billion yuan.";
    expect(at(text, 45.28)).toMatchObject({ metric: "exports", subject: "general trade" });
    expect(at("Hubei's exports under market procurement trade reached 4.5 billion yuan in 2030.", 4.5))
      .toMatchObject({ metric: "exports", subject: "market procurement" });
  });
  it("reads the part's flow after a whole named before it ('Of Hubei's trade …, exports made up 60 percent')", () => {
    const text = "Of Hubei's trade in 2030, exports made up 60 percent and reached 3.3 billion yuan.";
    expect(at(text, 60)).toMatchObject({ metric: "exports", measure: "share" });
    expect(at(text, 3.3)).toMatchObject({ metric: "exports", measure: "amount" });
  });
  it("carries the flow past a plain 'trade' and across a clause break to a trade mode, and no flow to a measure of its own", () => {
    const past = "Hubei's exports rose 5 percent in 2030 and its trade grew, while general trade totaled 45.28 billion yuan.";
    expect(at(past, 45.28)).toMatchObject({ metric: "exports", subject: "general trade" });
    const across = "Hubei's imports rose 5 percent in 2030; processing trade totaled 45.28 billion yuan.";
    expect(at(across, 45.28)).toMatchObject({ metric: "imports", subject: "processing trade" });
    expect(at("Hubei's exports rose 5 percent in 2030, and container throughput rose 3 percent.", 3).metric).toBe("other");
  });
});

describe("an amount under an earlier base beside the table's own period (baseColumn in tableRowFacts)", () => {
  it("dates the earlier amount by the base's months and gives it no base of a change", () => {
    const text = `Gansu's trade in the first three quarters

Gansu province's imports and exports reached 48.20 billion yuan in the first three quarters of this year, up 12.3 percent year on year.

Gansu's foreign trade by kind of enterprise, January-September
Kind of enterprise | January-September Value (billion yuan) | Compared with January-September 2019 Value (billion yuan) |
Private enterprises | 21.40 | 16.90 |`;
    const fs = factsOf(text, { published: "2022-10-21" });
    expect(one(fs, 21.4)).toMatchObject({ measure: "amount", period: months(2022, 1, 9) });
    const earlier = one(fs, 16.9);
    expect(earlier).toMatchObject({ measure: "amount", period: months(2019, 1, 9) });
    expect(earlier.base).toBeUndefined();
  });
});

describe("the subject a later phrase refers back to (subjectFor)", () => {
  it("gives 'in this sector' the subject named before, only for the figure after it", () => {
    const text = "Private enterprises traded 20 billion yuan in Hubei in 2030. Exports rose 5 percent, while imports in this sector "
      + "fell 3 percent.";
    const fs = factsOf(text, Y);
    expect(one(fs, -3).subject).toBe("private enterprises");
    expect(one(fs, 5).subject).toBeUndefined();
  });
});
