import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { contentWords } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { stem } from "../retrieval/figures/select.js";

// "…received 4.31 million tonnes of iron ore, 2.4 percent more than a year earlier, but the value of those imports
// fell …": the value is of the goods counted before, over a change between that names none; and "the Mongolian
// pipeline" asks for a text that names Mongolia. Made-up sentences and questions.

describe("the value of goods counted before a change of no goods", () => {
  it("reads 'the value of those imports' as the value of the goods of the sentence's count", () => {
    const facts = factsOf("Erenhot received 4.31 million tonnes of iron ore in 2023, 2.4 percent more than a year earlier, "
      + "but the value of those imports dropped 21.6 percent to 3.18 billion dollars.", { published: "2024-01-20" });
    expect([one(facts, 3.18).subject, one(facts, -21.6).subject]).toEqual(["iron ore", "iron ore"]);
  });
});

describe("a country's adjective in a question", () => {
  it("asks for the country's name: 'the kazakh pipeline' is the China-Kazakhstan pipeline", () => {
    const words = contentWords(parseQuestion("erenhot 2023 crude via the kazakh pipeline: how much was it worth?"));
    expect(words).toContain(stem("kazakhstan"));
    expect(words).not.toContain(stem("kazakh"));
  });
});

describe("a year named before the level a figure is compared with", () => {
  it("reads '2.3 times the 2024 level' as a base, not the figure's own year", () => {
    const facts = factsOf("Xiamen Customs said on January 18, 2026 that in 2025 Xiamen handled goods worth 4.17 "
      + "billion yuan. Under the repair policy, goods worth 1.36 billion yuan were sold duty-free, 1.8 times the 2024 level.",
    { published: "2026-01-18" });
    expect([one(facts, 1.36).period?.y2, one(facts, 1.8).period?.y2]).toEqual([2025, 2025]);
  });
});

describe("duties exempted", () => {
  it("reads 'duties and import taxes of N were exempted' as no imports", () => {
    const facts = factsOf("Xiamen's foreign trade grew 5.1 percent in the first quarter of 2031. Under the new arrangements, "
      + "goods worth 1.24 billion yuan were imported free of duty in the quarter, and duties and import taxes of 190 million "
      + "yuan were exempted.", { published: "2031-04-20" });
    expect([one(facts, 1.24).metric, one(facts, 190).metric]).toEqual(["imports", "other"]);
  });
});
