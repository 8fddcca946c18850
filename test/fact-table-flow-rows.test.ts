import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A communique's table whose rows name a flow ("Exports") and then its parts ("Processing trade", "Mechanical and
// electrical"): the parts are of that flow, the "trade" in a mode's name is none, and a product group may leave out
// its head word. Made-up table and figures.
const TABLE = "The total value of imports and exports of goods was 120.50 billion yuan in 2031.\n"
  + "Table 1: Imports and exports of goods, 2031 (100 million yuan)\n"
  + "| Item | Value | Growth (%) |\n"
  + "| Total imports and exports | 1205.0 | 6.1 |\n"
  + "| Exports | 700.4 | 8.8 |\n"
  + "| General trade | 250.2 | 3.3 |\n"
  + "| Processing trade | 410.6 | 12.7 |\n"
  + "| Mechanical and electrical | 520.9 | 14.4 |\n"
  + "| Imports | 504.6 | 2.5 |\n"
  + "| Iron ore | 77.3 | -9.1 |\n";

describe("rows under a flow's own row", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf(`Ningxia Statistical Communique 2031\n\n${TABLE}`, { published: "2032-03-10" }); });
  it("are that flow's parts", () => {
    expect(one(facts, 41.06)).toMatchObject({ metric: "exports", subject: "processing trade", measure: "amount" });
    expect(one(facts, 25.02)).toMatchObject({ metric: "exports", subject: "general trade" });
    expect(one(facts, 7.73)).toMatchObject({ metric: "imports", subject: "iron ore" });
  });
  it("name a product group without its head word", () => {
    expect(one(facts, 52.09)).toMatchObject({ metric: "exports", subject: "mechanical and electrical products" });
  });
  it("leave the total's row the total", () => {
    expect(facts.filter((f) => f.value === 120.5).map((f) => f.metric)).toEqual(["trade", "trade"]);
    expect(one(facts, 70.04)).toMatchObject({ metric: "exports" });
  });
});

describe("a row bigger than its flow's own row", () => {
  it("is no part of it, nor are the rows after it", () => {
    const table = "Main indicators of imports and exports of goods, 2031\n"
      + "| Indicator | Value (100 million yuan) | Growth (%) |\n"
      + "| Total imports and exports | 9,000 | 4.6 |\n"
      + "| Exports | 6,000 | 3.9 |\n"
      + "| Machinery | 2,500 | 5.1 |\n"
      + "| Imports | 3,000 | 6.5 |\n"
      + "| Crude oil | 900 | 7.3 |\n"
      + "| General trade | 7,100 | 5.3 |\n"
      + "| Processing trade | 1,210 | -6.5 |\n";
    const facts = factsOf(`Ningxia Statistical Communique 2031\n\nTrade grew in 2031.\n${table}`, { published: "2032-03-10" });
    expect(one(facts, 250)).toMatchObject({ metric: "exports" });
    expect(one(facts, 90)).toMatchObject({ metric: "imports" });
    expect(one(facts, 710)).toMatchObject({ metric: "trade", subject: "general trade" });
    expect(one(facts, 121)).toMatchObject({ metric: "trade", subject: "processing trade" });
  });
});
