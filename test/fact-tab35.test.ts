import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Tables whose caption or header says what the rows' figures are. Made-up documents (no evaluation set's place or
// number).
const BY_CITY = `Henan's trade with Chile grew fast in 2031, officials said.

Trade with Chile by city (100 million yuan)
City | 2030 Exports | 2030 Imports | 2030 Total | 2031 Exports | 2031 Imports | 2031 Total |
Henan province | 101.2 | 302.4 | 403.6 | 121.0 | 350.3 | 471.3 |
Hebi | 30.1 | 62.7 | 92.8 | 35.5 | 70.2 | 105.7 |

Officials expect more next year.`;

describe("a table of cities under a caption naming the partner, years over flows", () => {
  const facts = factsOf(BY_CITY, { published: "2032-02-01" });
  it("reads the total after both flows as the trade, not the imports", () => {
    expect(one(facts, 10.57)).toMatchObject({ entity: "city:hebi", measure: "amount", metric: "trade" });
    expect(one(facts, 47.13)).toMatchObject({ entity: "henan", metric: "trade", period: { y1: 2031 } });
  });
  it("gives each place's row the partner the caption trades with", () => {
    expect(one(facts, 10.57)).toMatchObject({ partner: "partner:cl" });
    expect(one(facts, 3.01)).toMatchObject({ entity: "city:hebi", partner: "partner:cl", metric: "exports" });
  });
});

// A figure in a relative clause that ends the sentence is the place's the clause goes on about. Made-up text.
describe("a figure in a trailing 'which' clause after a place", () => {
  const TEXT = `Hebi's foreign trade came to 80.4 billion yuan in 2031, down 1.2 per cent.
The city ranked second in Henan, second only to Luohe, which recorded 150.6 billion yuan over the same year.
Hebi's exports held up, helped by its trade with Taiwan, which rose to 9.9 billion yuan.`;
  const facts = factsOf(TEXT, { published: "2032-02-01" });
  it("gives the figure to the place before 'which', not the sentence's subject", () => {
    expect(one(facts, 150.6)).toMatchObject({ entity: "city:luohe", measure: "amount" });
  });
  it("leaves a partner's clause with the place whose trade it is", () => {
    expect(one(facts, 9.9).entity).not.toBe("taiwan");
  });
});

// A statistical yearbook's edition year is the year it came out; its tables are of the year before. Made-up yearbook.
describe("a yearbook's table", () => {
  const YEARBOOK = `Henan Statistical Yearbook 2032
Chapter 9 Foreign Trade 9-3 Imports and Exports by City (2031)
Unit: 10,000 US dollars
| City | Imports and exports | Growth (%) |
| Hebi | 1,234,560 | 7.7 |
| Luohe | 654,320 | -3.1 |`;
  const facts = factsOf(YEARBOOK, { title: "Henan Statistical Yearbook 2032 - 9-3 Imports and Exports by City" });
  it("dates the rows to the year before the edition's", () => {
    expect(one(facts, -3.1)).toMatchObject({ entity: "city:luohe", period: { y1: 2031, y2: 2031 } });
    expect(one(facts, 7.7)).toMatchObject({ entity: "city:hebi", period: { y1: 2031, y2: 2031 } });
  });
});

// "Trade between X and Taiwan": the place after "and" is the other side of the trade. Made-up text.
describe("trade between a province and a place outside the mainland", () => {
  it("gives the figure to the first place, with the second its partner", () => {
    const facts = factsOf("Trade between Henan province and Taiwan rose 9.7 per cent in 2031 to 15.95 billion yuan.",
      { published: "2032-02-01" });
    expect(one(facts, 15.95)).toMatchObject({ entity: "henan", partner: "taiwan" });
    expect(one(facts, 9.7)).toMatchObject({ entity: "henan", partner: "taiwan", measure: "growth" });
  });
});

// Pingtan, the island zone Fujian's tables list beside its cities: a place of its own. Made-up figures.
describe("Pingtan in a table of Fujian's cities", () => {
  it("is a row of its own", () => {
    const facts = factsOf(`Fujian's trade by city, 2031 (billion yuan)
| City | Trade | Growth (%) |
| Xiamen | 700.1 | 3.3 |
| Pingtan | 8.8 | 14.4 |`, { published: "2032-02-01" });
    expect(one(facts, 14.4)).toMatchObject({ entity: "city:pingtan", measure: "growth" });
  });
});
