import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A share of goods of a kind whose sentence names none ("Mineral ores thus accounted for 41.2 percent of the region's
// total imports"): its items are the goods whose figures come before it in its paragraph, when they add up to it.
const doc = (share: string) => `---
title: "Inner Mongolia's trade in 2021"
published: 2022-01-25
---

Inner Mongolia's imports and exports reached 205.00 billion yuan in 2021. Exports came to 55.00 billion yuan and
imports rose 14.2 percent to 150.00 billion yuan.

Imports of iron ore rose 12.1 percent to 40.50 billion yuan. Imports of copper concentrate reached 21.30 billion yuan,
up 8.4 percent. Mineral ores thus accounted for ${share} percent of the region's total imports.

Imports of timber came to 9.10 billion yuan, up 3.3 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
let off: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "nmg-2021.md": doc("41.2") });
  off = await answersOver({ "nmg-2021.md": doc("55.0") });
}, 60_000);
afterAll(async () => { await over.close(); await off.close(); });

describe("the goods that make up a stated share", () => {
  it("names the goods whose figures before the share add up to it", async () => {
    const a = await over.ask("what mineral ores did inner mongolia import in 2021 (the ones making up ~41% of imports)?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/iron ore and copper concentrate/);
    expect(a.answer).not.toMatch(/timber/);
  });
  it("names none when they do not add up to it", async () => {
    const a = await off.ask("what mineral ores did inner mongolia import in 2021 (the ones making up ~55% of imports)?");
    expect(a.answer).not.toMatch(/iron ore and copper concentrate/);
  });
});

describe("the goods a share sentence opens with", () => {
  it("are named without the adverb that ties it to the sentences before ('thus')", async () => {
    const { factsOf } = await import("./helpers/facts.js");
    const facts = factsOf("Hebei's imports rose 10 percent to 100 billion yuan in 2020. Machinery products thus accounted "
      + "for 40.1 percent of the province's total imports.");
    expect(facts.filter((f) => f.measure === "share").map((f) => f.subject)).toEqual(["machinery products"]);
  });
});
