import { describe, expect, it } from "vitest";
import { intentBase, lineValues } from "./helpers/figureBase.js";

// "Exports and imports": each flow looked up on its own (retrieval/intents/bothFlows.ts), over made-up articles.
const { ask } = intentBase([
  ["yinchuan", "Yinchuan trade", "2024-01-20", [
    "Yinchuan's exports grew 7 percent in 2023, and its imports grew 3 percent.",
    "Exports reached 5 billion yuan and imports 2 billion yuan in 2023.",
  ].join(" ")],
  ["yinchuan-21", "Yinchuan 2021", "2022-01-20", "Yinchuan's exports reached 4 billion yuan in 2021."],
]);
const BOTH = "exports and imports, each";
const EACH = ["Yinchuan's exports grew 7% in 2023", "Yinchuan's exports were 5 billion yuan in 2023",
  "Yinchuan's imports grew 3% in 2023", "Yinchuan's imports were 2 billion yuan in 2023"];

describe("exports and imports, each", () => {
  it.each(["yinchuan's exports and imports in 2023?", "yinchuan's export and import in 2023?", "yinchuan's exports + imports in 2023?",
    "yinchuan's exports & imports in 2023?"])("answers %s flow by flow, exports first", (question) => {
    const { intent, answer } = ask(question);
    expect(intent).toBe(BOTH);
    expect(answer?.lines.map((l) => l.text)).toEqual(EACH);
    expect(answer?.figures.map((f) => f.value)).toEqual([7, 5, 3, 2]);
    expect(lineValues(answer)).toEqual([[7], [5], [3], [2]]);
  });
  it("gives nothing when one of the flows is not stated for the period", () => {
    expect(ask("yinchuan's exports and imports in 2021?")).toEqual({ intent: undefined, answer: undefined });
  });
  it("abstains when neither flow is stated, so that no total of both stands in", () => {
    const { intent, answer } = ask("yinchuan's exports and imports in 2019?");
    expect(intent).toBe(BOTH);
    expect(answer?.status).toBe("abstain");
  });
  it("is not the intent for a ranking", () => {
    expect(ask("rank yinchuan's exports and imports in 2023").intent).toBeUndefined();
  });
});
