import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Shops' sales and the people counted beside them (facts/extract.ts, retrieval/figures/query.ts and select.ts).
// Made-up places' words, made-up figures.
const SHOPS = "Changsha, January 19, 2032 — Sales at Hunan's duty-free shops reached 8.11 billion yuan in 2031, up 30.1 "
  + "percent from 6.2 billion yuan in 2030, customs said. The shops served 2.5 million shoppers.\n\nIn 2031 Hunan's "
  + "imports and exports were 640 billion yuan.\n";

describe("a question on sales and the number of people", () => {
  it("asks an amount for 'sales' and a count for 'number of shoppers'", () => {
    expect(parseQuestion("hunan duty free 2031: sales and number of shoppers?").measures)
      .toEqual(expect.arrayContaining(["amount", "count"]));
  });
});

describe("'Sales at the shops reached …' is a figure of sales", () => {
  it("the figure, its change and its base are marked as sales", () => {
    const facts = factsOf(SHOPS, { published: "2032-01-19" });
    expect([8.11, 30.1, 6.2].map((v) => one(facts, v).qualifier)).toEqual(["sales", "sales", "sales"]);
  });
});

describe("answers on sales", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "hunan-shops.md": `---\ntitle: "Hunan duty-free sales in 2031"\n`
      + `published: "2032-01-19"\n---\n${SHOPS}` }));
  }, 120_000);
  afterAll(() => close());

  it("gives the sales and the shoppers, never the place's total trade as its sales", async () => {
    const a = await ask("hunan duty free 2031: sales and number of shoppers?");
    expect(a.abstained).toBe(false);
    const values = a.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([8.11, 2.5]));
    expect(values).not.toContain(640);
  });
});
