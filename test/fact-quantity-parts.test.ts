import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { findNumbers } from "../text/numbers.js";

// Counts and amounts beside the whole they are part of: a count named by up to three words before its noun, a part of
// it named after "of them", and a caption naming the one place a table of its crossings is of. Made-up text.

describe("a count and the part of it named after 'of them'", () => {
  it("reads a count whose noun has three words before it", () => {
    expect(findNumbers("Wuhu saw 1,234 new cross border enterprises registered in 2031.")[0])
      .toMatchObject({ value: 1234, kind: "count", unit: "new cross border enterprises" });
  });
  it("reads the part after 'of them' as a count of its own noun", () => {
    expect(findNumbers("Wuhu saw 1,234 new firms set up in 2031, 987 of them private companies.")[1])
      .toMatchObject({ value: 987, kind: "count", unit: "private companies" });
  });
  it("reads 'N were …' after 'of these' as the part counted, the verb no part of its noun", () => {
    expect(findNumbers("Of these, 4,321 were new energy vehicles.")[0]).toMatchObject({ value: 4321, unit: "vehicles" });
  });
  it("leaves a figure with a scale or a currency after 'of them' alone", () => {
    expect(findNumbers("Of the 50 firms, 3 million yuan of them went abroad.")[1]).toMatchObject({ kind: "money" });
  });
});

const TABLE = `Border trade through Wuzhou rose in 2031. Wuzhou handled 2.11 billion yuan of it.

Table: Guangxi border trade by crossing, 2031 (billion yuan)
| Wuzhou | 2.11 |
| Hezhou | 1.05 |
| Total | 3.70 |
`;

describe("a table whose caption names one place", () => {
  it("gives its total row to that place, of the caption's subject", () => {
    expect(one(factsOf(TABLE, { published: "2032-02-01" }), 3.7)).toMatchObject({ entity: "guangxi", subject: "border trade" });
  });
  it("gives the rows naming places their own figures", () => {
    expect(one(factsOf(TABLE, { published: "2032-02-01" }), 1.05)).toMatchObject({ entity: "city:hezhou" });
  });
});
