import { describe, expect, it } from "vitest";
import { intentBase } from "./helpers/figureBase.js";

// A ranking of goods keeps to the category the question asks (retrieval/intents/rankWithin.ts); made-up figures.
const { ask } = intentBase([
  ["wf", "Weifang goods", "2024-01-20", [
    "In 2023, Weifang's exports of garments came to 40 billion yuan, its exports of aquatic products came to 20 billion yuan",
    "and its exports of green tea came to 0.5 billion yuan.",
  ].join(" ")],
]);
const text = (question: string) => ask(question).answer?.lines[0]?.text;

describe("a ranking of goods of one category", () => {
  it("gives no ranking of all goods for 'its three main seafood products'", () => {
    const { answer } = ask("weifang 2023 - what are the three main seafood products it exports?");
    expect(answer?.lines.map((l) => l.text).join(" ") ?? "").not.toMatch(/garments|green tea/);
  });
  it("still ranks its main export products", () => {
    expect(text("what are weifang's three main export products in 2023?")).toMatch(/^Ranked by .*1\. garments/);
  });
});
