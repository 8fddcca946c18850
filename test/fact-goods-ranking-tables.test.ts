import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A table ranking provinces for one kind of goods: its caption names the goods ("Ranking of tractor exports by
// province"), so the rows are the provinces' figures of those goods, never their whole exports; a column counting
// the goods in units ("Vehicles (10,000 units)") is a count of them. Made-up figures.
const Y = { published: "2032-01-20" };
const TEXT = "The country exported 2.1 million tractors in 2031.\n\n## Ranking of tractor exports by province, 2031\n\n"
  + "| Rank | Province | Tractors (10,000 units) | Year-on-year (%) | Value (billion yuan) |\n|---|---|---|---|---|\n"
  + "| 1 | Gansu | 46 | 5.8 | 15.2 |\n| 2 | Qinghai | 31 | 14.2 | 9.8 |\n";

describe("a goods ranking table by province", () => {
  it("gives each row the goods its caption names (as the text before counts them)", () => {
    const facts = factsOf(TEXT, Y);
    expect(one(facts, 15.2)).toMatchObject({ entity: "gansu", subject: "tractors", metric: "exports", measure: "amount" });
    expect(one(facts, 9.8).subject).toBe("tractors");
  });
  it("reads 'Vehicles (10,000 units)' as a count of vehicles", () => {
    const facts = factsOf(TEXT.replace(/tractor/g, "car").replace(/Tractors/g, "Vehicles"), Y);
    expect(one(facts, 460)).toMatchObject({ entity: "gansu", measure: "count", unit: "thousand vehicles" });
  });
  it("names no goods of a caption on the whole trade ('Foreign trade by province')", () => {
    const facts = factsOf("Trade rose in 2031.\n\n## Total exports by province, 2031\n\n| Province | Value (billion yuan) |\n"
      + "|---|---|\n| Gansu | 15.2 |\n| Qinghai | 9.8 |\n", Y);
    expect(one(facts, 15.2).subject).toBeUndefined();
  });
});

describe("the caption's goods by the text's own name", () => {
  it("names the rows' goods as the figures before the table do ('car exports' after 'vehicles')", () => {
    const facts = factsOf(TEXT.replace("2.1 million tractors", "2.1 million vehicles").replace(/tractor/g, "car"), Y);
    expect(one(facts, 15.2).subject).toBe("vehicles");
  });
});

describe("a partner table in '$ billion'", () => {
  it("reads a bare dollar sign before its scale as US dollars", () => {
    const facts = factsOf("Gansu's trade with main partners fell in 2031.\n\n| Partner | Trade ($ billion) | Year-on-year (%) |\n"
      + "|---|---|---|\n| Japan | 5.84 | -4.1 |\n| Germany | 3.12 | 6.8 |\n", Y);
    expect(one(facts, 5.84)).toMatchObject({ entity: "gansu", partner: "partner:japan", unit: "billion US dollars" });
  });
});
