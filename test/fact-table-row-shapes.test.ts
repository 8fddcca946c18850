import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Rows of a table read one by one: a trade mode's row under flow columns, a count's change with no goods, a block of
// rows under a flow's own row ended by a partner's row. Made-up tables, figures and years.
const COMMUNIQUE = { published: "2032-03-10" };

describe("a trade mode's row under columns named by flows", () => {
  it("takes each column's flow: the 'trade' in the mode's name is none", () => {
    const facts = factsOf("Ningxia Statistical Communique 2031\n\nTrade of Ningxia by mode in 2031:\n"
      + "| Item | Exports (billion yuan) | Imports (billion yuan) |\n"
      + "| General trade | 30.7 | 20.4 |\n"
      + "| Processing trade | 10.3 | 5.9 |\n", COMMUNIQUE);
    expect(one(facts, 30.7)).toMatchObject({ metric: "exports", subject: "general trade", measure: "amount" });
    expect(one(facts, 20.4)).toMatchObject({ metric: "imports", subject: "general trade" });
    expect(one(facts, 10.3)).toMatchObject({ metric: "exports", subject: "processing trade" });
    expect(one(facts, 5.9)).toMatchObject({ metric: "imports", subject: "processing trade" });
  });
});

describe("the change after a count's column in a row naming no goods", () => {
  it("is the quantity's change, in the unit the count's column names", () => {
    const facts = factsOf("Ningxia Statistical Communique 2031\n\nFreight through Ningxia's ports in 2031:\n"
      + "| Item | Freight volume (million tonnes) | Change |\n"
      + "| Total | 42.9 | 7.3 |\n", COMMUNIQUE);
    expect(one(facts, 42.9)).toMatchObject({ measure: "count", unit: "million tonnes", metric: "other" });
    expect(one(facts, 7.3)).toMatchObject({ measure: "growth", unit: "%", metric: "other", qualifier: "tonnes, quantity" });
  });
});

describe("rows under a flow's own row, ended by a partner's row", () => {
  it("leave the partner's row and the rows after it total trade", () => {
    const facts = factsOf("Ningxia Statistical Communique 2031\n\nTrade of Ningxia in 2031:\n"
      + "| Item | Value (billion yuan) | Growth (%) |\n"
      + "| Imports | 50.7 | 5.3 |\n"
      + "| Chips | 20.6 | -3.7 |\n"
      + "| ASEAN | 10.9 | 2.4 |\n"
      + "| Private enterprises | 30.8 | 1.6 |\n"
      + "| Exports | 60.2 | 4.8 |\n"
      + "| Machinery | 30.4 | 2.9 |\n", COMMUNIQUE);
    expect(one(facts, 20.6)).toMatchObject({ metric: "imports", subject: "chips" });
    expect(one(facts, 10.9)).toMatchObject({ metric: "trade", partner: "partner:asean", measure: "amount" });
    expect(one(facts, 2.4)).toMatchObject({ metric: "trade", partner: "partner:asean", measure: "growth" });
    expect(one(facts, 30.8)).toMatchObject({ metric: "trade", subject: "private enterprises", measure: "amount" });
    expect(one(facts, 1.6)).toMatchObject({ metric: "trade", subject: "private enterprises", measure: "growth" });
    expect(one(facts, 30.4)).toMatchObject({ metric: "exports", subject: "machinery" });
  });
});

describe("a row naming a part not read ('of which: tea/coffee mix')", () => {
  it("gives no figure, and the rows before keep theirs", () => {
    const facts = factsOf("Shanxi's exports rose 5 percent to 620 billion yuan in 2031.\n\n"
      + "| Product | Value (billion yuan) | YoY (%) |\n|---|---|---|\n"
      + "| Wigs | 4.7 | 3.6 |\n"
      + "| of which: tea/coffee mix | 1.4 | 3.9 |\n", COMMUNIQUE);
    expect(one(facts, 4.7)).toMatchObject({ subject: "wigs", metric: "exports" });
    expect(facts.map((f) => f.value)).toEqual([5, 620, 4.7, 3.6]);
  });
});
