import { describe, expect, it } from "vitest";
import { askIntent, baseOf, frameOf } from "./helpers/figureBase.js";

// "Rank a place's trading partners by export value": the partners are what is ranked, exports the figure ranked by.
// (Regression: "trading partners" was read as the flow, and the ranking fell back to total trade with each partner.)
// A made-up article giving both the trade with and the exports to three partners, in different orders.
const base = baseOf([["zhejiang", "Zhejiang trade in 2025", "2026-01-20", [
  "Zhejiang's foreign trade reached 5 trillion yuan in 2025.",
  "Its trade with the European Union, the United States and Japan was 900 billion yuan, 700 billion yuan and 300 billion yuan respectively.",
  "Exports to the European Union, the United States and Japan were 500 billion yuan, 600 billion yuan and 100 billion yuan respectively.",
  "Imports from the European Union, the United States and Japan were 400 billion yuan, 100 billion yuan and 200 billion yuan respectively.",
].join(" ")]]);

describe("rankings of a place's partners by one flow", () => {
  it("reads the flow after 'by' as the figure, and the partners as what is ranked", () => {
    expect(frameOf("rank zhejiang's trading partners by export value in 2025", base))
      .toMatchObject({ metric: "exports", intent: "rank" });
    expect(frameOf("rank zhejiang's trading partners by imports in 2025", base).metric).toBe("imports");
    expect(frameOf("rank zhejiang's trading partners in 2025", base).metric).toBe("partners");
    // a count of partners is still a count of partners
    expect(frameOf("how many trading partners did zhejiang export to in 2025?", base).metric).toBe("partners");
  });
  it("ranks the partners by exports when asked by export value, and by total trade when no flow is named", () => {
    const exports = askIntent(base, "rank zhejiang's trading partners by export value in 2025");
    expect(exports.intent).toBe("rank within a place");
    expect(exports.answer?.figures.map((f) => f.value)).toEqual([600, 500, 100]);
    expect(exports.answer?.lines[0]?.text)
      .toMatch(/^Ranked by Zhejiang's exports to each partner, 2025: 1\. United States \(US\) 600 billion yuan/);
    expect(askIntent(base, "rank zhejiang's trading partners by imports in 2025").answer?.figures.map((f) => f.value))
      .toEqual([400, 200, 100]);
    expect(askIntent(base, "rank zhejiang's trading partners in 2025").answer?.figures.map((f) => f.value))
      .toEqual([900, 700, 300]);
  });
});
