import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Facts a ranking or a list of named items rests on (stop 32). Made-up sentences.
const Y2019 = { title: "Taizhou trade in 2019", published: "2020-01-22" };

describe("a period in a relative clause that ends the sentence", () => {
  it("is what the thing referred to did then, not the period the text goes on in", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent to 30.1 billion dollars in 2019. The bureau said pumps had "
      + "become the city's largest export, overtaking valves, which had led the list in 2012 and 2013. By market, trade "
      + "with Brazil came to 3.21 billion dollars, and with Chile 2.05 billion dollars.", Y2019);
    expect(periodLabel(one(facts, 3.21).period!)).toBe("2019");
    expect(periodLabel(one(facts, 2.05).period!)).toBe("2019");
  });
  it("still carries when the clause is the sentence's own figure's", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent in 2019. Exports to Brazil, which grew 3 percent in 2018, "
      + "rose 6 percent to 2.2 billion dollars in 2018.", Y2019);
    expect(periodLabel(one(facts, 2.2).period!)).toBe("2018");
  });
});

describe("the members of a group, each opening a clause of its own", () => {
  const Y2021 = { title: "Hebei trade in 2021", published: "2022-01-20" };
  const lead = "Hebei's exports of the \"new three\" products reached 16.4 billion yuan in 2021. ";
  it("are each their own clause's goods, an appositive after the first one or not", () => {
    const facts = factsOf(lead + "Solar cells, still the largest of the three, fell 3.2 percent to 7.8 billion yuan as "
      + "prices kept falling; lithium batteries rose 18.7 percent to 5.3 billion yuan; and electric vehicles jumped "
      + "27.5 percent to 3.3 billion yuan.", Y2021);
    expect(one(facts, 7.8)).toMatchObject({ subject: "solar cells", metric: "exports", measure: "amount" });
    expect(one(facts, -3.2)).toMatchObject({ subject: "solar cells", metric: "exports", measure: "growth" });
    expect(one(facts, 5.3)).toMatchObject({ subject: "lithium batteries", metric: "exports" });
    expect(one(facts, 18.7)).toMatchObject({ subject: "lithium batteries", measure: "growth" });
    expect(one(facts, 3.3)).toMatchObject({ subject: "electric vehicles", metric: "exports" });
  });
  it("open their clause with a multiple too ('Electric vehicles nearly doubled, rising …')", () => {
    const facts = factsOf(lead + "Electric vehicles nearly doubled, rising 92.4 percent to 5.6 billion yuan; lithium batteries "
      + "rose 21.8 percent to 7.3 billion yuan.", Y2021);
    expect(one(facts, 5.6)).toMatchObject({ subject: "electric vehicles", metric: "exports", measure: "amount" });
    expect(one(facts, 7.3)).toMatchObject({ subject: "lithium batteries", metric: "exports", measure: "amount" });
  });
  it("never lend the first member to a later clause that opens with something else", () => {
    const facts = factsOf(lead + "Solar cells fell 3.2 percent to 7.8 billion yuan; prices dropped 9.5 percent.", Y2021);
    expect(one(facts, 7.8)).toMatchObject({ subject: "solar cells" });
    expect(one(facts, -9.5).subject).toBeUndefined();
  });
});

describe("goods named before their flow, a connective set off between the flow and its verb", () => {
  it("are the figure's goods (', by contrast,', ', however,')", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent in 2019. Pump exports, by contrast, fell 21.5 percent to 2.73 "
      + "billion dollars. Valve imports, however, grew 3.5 percent to 1.1 billion dollars.", Y2019);
    expect(one(facts, -21.5)).toMatchObject({ subject: "pump", metric: "exports", measure: "growth" });
    expect(one(facts, 2.73)).toMatchObject({ subject: "pump", metric: "exports" });
    expect(one(facts, 1.1)).toMatchObject({ subject: "valve", metric: "imports" });
  });
});

describe("a place of home named in a list of partners, in a sentence with no figure", () => {
  it("is a partner, never the owner of the table of partners below", () => {
    const facts = factsOf("In 2019, the Taizhou customs district's trade rose 3 percent to 98.6 billion yuan.\n\n"
      + "ASEAN remained the district's largest trading partner, followed by the European Union, Japan and Hong Kong.\n\n"
      + "| Partner | Value (bn yuan) | Change y/y |\n| ASEAN | 16.21 | +4.8% |\n| European Union | 12.45 | +3.1% |\n"
      + "| Japan | 9.37 | -1.6% |\n| Hong Kong | 5.62 | -6.9% |\n", Y2019);
    expect(one(facts, 16.21)).toMatchObject({ entity: "city:taizhou", partner: "partner:asean" });
    expect(one(facts, 5.62)).toMatchObject({ entity: "city:taizhou", partner: "hong-kong" });
  });
});

describe("a caption naming a trade mode over a table of places", () => {
  const H1 = { title: "Hunan e-commerce in the first half of 2031", published: "2031-07-20" };
  it("makes each place's row that mode's figures, the total row's too", () => {
    const facts = factsOf("Hunan's foreign trade rose 4.1 percent to 255.2 billion yuan in the first half of 2031.\n\n"
      + "Cross-border e-commerce by city, first half\n\n| City | Value (billion yuan) | Value change y/y |\n"
      + "| Changsha | 12.4 | +12.1% |\n| Yueyang | 3.82 | +21.7% |\n| Hunan province | 19.3 | +10.6% |\n", H1);
    expect(one(facts, 3.82)).toMatchObject({ entity: "city:yueyang", subject: "cross-border e-commerce", measure: "amount" });
    expect(one(facts, 21.7)).toMatchObject({ entity: "city:yueyang", subject: "cross-border e-commerce", measure: "growth" });
    expect(one(facts, 19.3)).toMatchObject({ entity: "hunan", subject: "cross-border e-commerce" });
  });
  it("but a sentence that states something of the mode leaves the rows the places' own", () => {
    const facts = factsOf("Hunan's foreign trade rose 4.1 percent to 255.2 billion yuan in the first half of 2031.\n\n"
      + "Cross-border e-commerce grew fastest in the smaller cities, the bureau said.\n\n| City | Value (billion yuan) | Change y/y |\n"
      + "| Changsha | 112.4 | +12.1% |\n| Yueyang | 33.82 | +21.7% |\n", H1);
    expect(one(facts, 33.82).subject).toBeUndefined();
  });
});

describe("goods named before their flow after a colon", () => {
  it("are the figure's goods ('Valves lead the list: valve exports were …')", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent to 30.1 billion dollars in 2019. Valves lead the list: valve "
      + "exports were 12.3 billion dollars, up 8.2 percent.", Y2019);
    expect(one(facts, 12.3)).toMatchObject({ subject: "valve", metric: "exports", measure: "amount" });
    expect(one(facts, 8.2)).toMatchObject({ subject: "valve", measure: "growth" });
  });
});

describe("goods ranked on from the sentence before ('Then A, such as …, with N, B with M, and C, which grew …')", () => {
  it("are each their own figure's goods, in the flow the ranking is of", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent to 30.1 billion dollars in 2019. Valves are number one: valve "
      + "exports were 12.3 billion dollars, up 8.2 percent. Then water pumps, such as circulators and boosters, with 5.4 "
      + "billion dollars, fittings with 3.1 billion dollars, and faucets, which grew 12.7 percent to 1.6 billion dollars.", Y2019);
    expect(one(facts, 5.4)).toMatchObject({ subject: "water pumps", metric: "exports", measure: "amount" });
    expect(one(facts, 3.1)).toMatchObject({ subject: "fittings", metric: "exports", measure: "amount" });
    expect(one(facts, 12.7)).toMatchObject({ subject: "faucets", metric: "exports", measure: "growth" });
    expect(one(facts, 1.6)).toMatchObject({ subject: "faucets", metric: "exports", measure: "amount" });
  });
});

describe("goods and their flow after 'and', right after a figure", () => {
  it("begin a clause of their own ('… to 96.4 billion yuan and iron ore imports came to …')", () => {
    const facts = factsOf("In 2019, Taizhou's crude oil imports fell 8.3 percent to 96.4 billion yuan and iron ore imports "
      + "came to 31.2 billion yuan.", Y2019);
    expect(one(facts, 96.4)).toMatchObject({ subject: "crude oil", metric: "imports" });
    expect(one(facts, 31.2)).toMatchObject({ subject: "iron ore", metric: "imports" });
  });
});
