import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Goods' share of the country's exports of the same goods ("23.7 percent of the country's total agricultural exports"),
// asked with the short form people type ("agri exports"): the stated share, never the goods' share of the place's own
// exports worked out and labelled national. Made-up article and figures.
const ARTICLE = `---
title: "Hainan's farm trade in 2031"
published: "2032-01-20"
---
Hainan's exports reached 412.50 billion yuan in 2031, up 6.2 percent.

The province exported 61.20 billion yuan of agricultural products in 2031, up 3.3 percent, equal to 9.1 percent of the country's total agricultural exports.
`;

const NO_SHARE = `---
title: "Guangxi's farm trade in 2031"
published: "2032-01-21"
---
Guangxi's exports reached 300.00 billion yuan in 2031. The region exported 45.00 billion yuan of agricultural products in 2031.
`;

describe("'agri' exports", () => {
  it("are agricultural products", () => {
    expect(parseQuestion("hainan agri exports 2031?").subjects).toEqual(["agricultural products"]);
    expect(parseQuestion("hainan agri-food exports 2031?").subjects).toEqual(["agricultural products"]);
  });
});

describe("goods' share of the country's exports of those goods", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "hainan.md": ARTICLE, "guangxi.md": NO_SHARE });
  });
  afterAll(() => ask.close());
  it("is the stated share, beside the goods' value", async () => {
    const a = await ask.ask("hainan agri exports 2031 + what share of china's total agri exports?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([61.2, 9.1]));
  });
  it("is never the goods' share of the place's own exports", async () => {
    const a = await ask.ask("hainan agricultural exports 2031 - what share of the national total?");
    expect(a.figures.map((f) => f.value)).not.toContain(14.84);
    expect(a.answer).not.toMatch(/14\.8/);
    for (const q of ["guangxi agri exports 2031 - what share of the national total?",
      "guangxi's agricultural exports 2031: value and national share?"]) {
      const b = await ask.ask(q);
      expect(b.answer).not.toMatch(/\b15%/);
      expect(b.figures.map((f) => f.value)).not.toContain(15);
    }
  });
});
