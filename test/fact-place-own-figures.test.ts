import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A place's own figures and its kinds of firm, read beside another's (a port's, a customs district's). Made-up figures.
const META = { title: "Nantong trade in the first ten months", published: "2031-11-20" };

describe("a city's own trade", () => {
  it("is the city's trade, with no qualifier narrowing it ('the city's own foreign trade')", () => {
    const facts = factsOf("Goods cleared by Nantong Customs were worth 12.3 billion dollars.\n\nNantong city's own "
      + "foreign trade came to 4.56 billion dollars in the ten months, up 7.1 percent.", META);
    expect(one(facts, 4.56)).toMatchObject({ entity: "city:nantong", metric: "trade", measure: "amount" });
    expect(one(facts, 4.56).qualifier).toBeUndefined();
    expect(one(facts, 7.1).qualifier).toBeUndefined();
  });
});

describe("a place named only as what the topic is set against, in a sentence with no figure", () => {
  it("does not own the figures of the paragraph after ('traded nowhere near as much as X')", () => {
    const facts = factsOf("Jiangsu's trade rose 5 percent to 80.1 billion dollars in 2031.\n\nOfficials at the provincial "
      + "commerce department said the province still traded nowhere near as much as Zhejiang.\n\nPrivate enterprises, the smallest group, grew the "
      + "fastest: their trade jumped 41.3 percent to 6.78 billion dollars.", { title: "Jiangsu trade in 2031" });
    expect(one(facts, 6.78)).toMatchObject({ entity: "jiangsu", subject: "private enterprises" });
  });
});

describe("a table of kinds of firm after a sentence on imported goods", () => {
  it("gives the firms' trade, not the goods' flow", () => {
    const facts = factsOf("Nantong's trade rose 5 percent to 80.1 billion yuan in the first five months.\n\nIntegrated "
      + "circuits were the largest import, worth 9.9 billion yuan.\n\n## Who is trading\n\n| Kind of enterprise | "
      + "January-May (billion yuan) | Year on year |\n|---|---|---|\n| Foreign-invested enterprises | 31.2 | +4.1% |\n"
      + "| Private enterprises | 29.4 | +22.7% |\n", { title: "Nantong trade in January-May 2031" });
    expect(one(facts, 31.2)).toMatchObject({ metric: "trade", subject: "foreign-invested enterprises" });
    expect(one(facts, 22.7)).toMatchObject({ metric: "trade", measure: "growth", subject: "private enterprises" });
  });
});

describe("a national rank after the field a place led ('the largest among the five eastern provinces')", () => {
  it("is the place's, not the field's, and the place stays the topic", () => {
    const facts = factsOf("In the first three quarters Jiangsu's imports and exports totaled 581.1 billion yuan, down 3.2% "
      + "year on year. The province remained the largest foreign trader among the five eastern provinces and ranked 4th in "
      + "the country.\nBy kind of enterprise, private and state-owned enterprises traded 261.1 billion yuan and 51.2 billion "
      + "yuan respectively.", { title: "Jiangsu trade bulletin" });
    expect(one(facts, 4)).toMatchObject({ entity: "jiangsu", measure: "rank" });
    expect(one(facts, 261.1)).toMatchObject({ entity: "jiangsu", subject: "private enterprises" });
  });
});

describe("a note giving the unit of every figure ('All values are in billion yuan')", () => {
  it("is the unit of a table's value column that names none", () => {
    const facts = factsOf("Jiangsu Trade Bulletin\nAll values are in billion yuan; changes are year on year unless "
      + "stated.\nIn the first half Jiangsu's exports totaled 372.1 billion yuan, down 4.8%.\n| Item | H1 value | Change (%) |\n"
      + "| Exports | 372.1 | -4.8 |\n| Solar cells (exports) | 8.14 | +19.3 |", { title: "Jiangsu Trade Bulletin 2031" });
    expect(one(facts, 8.14)).toMatchObject({ measure: "amount", unit: "billion yuan", subject: "solar cells" });
  });
  it("is no unit when it names only a currency ('All values are in US dollars')", () => {
    const facts = factsOf("Jiangsu's exports rose in 2031.\n\nAll values are in US dollars.\n\n| Item | Value |\n|---|---|\n"
      + "| Exports | 37.6 |\n| Imports | 21.9 |\n", { title: "Jiangsu Trade Bulletin 2031" });
    expect(facts.filter((f) => f.value === 37.6 || f.value === 21.9)).toEqual([]);
  });
});

describe("a rank a place moved to", () => {
  it("is read, with the place before ('it moved up two places nationally to 11th')", () => {
    const facts = factsOf("The biggest mover was Jiangsu: its trade jumped 12.1 percent to 196.1 billion yuan, the fastest "
      + "growth in the region, and it moved up two places nationally to 11th.");
    expect(one(facts, 11)).toMatchObject({ entity: "jiangsu", measure: "rank", metric: "trade" });
    expect(one(facts, 11).qualifier).toBeUndefined();
  });
  it("and after 'slipped one place to'", () => {
    const facts = factsOf("Zhejiang's trade rose 3.2 percent to 201.1 billion yuan but slipped one place to 10th in the country.");
    expect(one(facts, 10)).toMatchObject({ entity: "zhejiang", measure: "rank" });
  });
});
