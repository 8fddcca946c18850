import { describe, expect, it } from "vitest";
import { figureFor, sidesOf } from "../retrieval/intents/sides.js";
import { frameOf, intentBase } from "./helpers/figureBase.js";

// What a comparison sets side by side (retrieval/intents/sides.ts), read from made-up articles (invented figures).
const { base } = intentBase([
  ["imongolia", "Inner Mongolia trade", "2024-01-20", [
    "Inner Mongolia's foreign trade reached 190 billion yuan in 2023, up 16 percent.",
    "Exports rose 9 percent to 70 billion yuan, and imports rose 21 percent to 120 billion yuan.",
    "General trade rose 4 percent to 150 billion yuan, and border trade grew 30 percent to 25 billion yuan.",
  ].join(" ")],
  ["qinghai", "Qinghai trade", "2024-01-21",
    "Qinghai's foreign trade reached 6 billion yuan in 2023, up 12 percent. Its trade with Russia was 1.5 billion yuan."],
]);
const sides = (question: string) => sidesOf(frameOf(question, base()));
const Y2022 = { y1: 2022, m1: 1, y2: 2022, m2: 12 };
const Y2023 = { y1: 2023, m1: 1, y2: 2023, m2: 12 };

describe("the sides of a comparison", () => {
  it("sets two places side by side, each with the one period the question names", () => {
    expect(sides("shanghai vs inner mongolia in 2023: shanghai's trade was how many times inner mongolia's?")).toEqual([
      { label: "Shanghai", entity: "shanghai", period: Y2023 },
      { label: "Inner Mongolia", entity: "inner-mongolia", period: Y2023 },
    ]);
  });
  it("gives each place its own period when the question names one per place", () => {
    expect(sides("shanghai 2023 vs inner mongolia 2022: shanghai's trade was how many times inner mongolia's?")).toEqual([
      { label: "Shanghai", entity: "shanghai", period: Y2023 },
      { label: "Inner Mongolia", entity: "inner-mongolia", period: Y2022 },
    ]);
  });
  it("keeps the one partner the question fixes on each place's side", () => {
    expect(sides("shanghai and qinghai, trade with russia in 2023")).toEqual([
      { label: "Shanghai", entity: "shanghai", partner: "partner:russia", period: Y2023 },
      { label: "Qinghai", entity: "qinghai", partner: "partner:russia", period: Y2023 },
    ]);
  });
  it("sets two partners of one place side by side", () => {
    expect(sides("qinghai 2023: was its trade with russia bigger than with japan?")).toEqual([
      { label: "Russia", entity: "qinghai", partner: "partner:russia", period: Y2023 },
      { label: "Japan", entity: "qinghai", partner: "partner:japan", period: Y2023 },
    ]);
  });
  it("sets two subjects of one place side by side", () => {
    expect(sides("did inner mongolia's general trade or border trade grow faster in 2023?")).toEqual([
      { label: "general trade", entity: "inner-mongolia", subject: "general trade", period: Y2023 },
      { label: "border trade", entity: "inner-mongolia", subject: "border trade", period: Y2023 },
    ]);
  });
  it("sets the two flows side by side in the order the question names them", () => {
    const flow = (metric: string) => ({ label: metric, entity: "inner-mongolia", metric, period: Y2023 });
    expect(sides("inner mongolia's imports were how many times its exports in 2023?")).toEqual([flow("imports"), flow("exports")]);
    expect(sides("inner mongolia's exports were how many times its imports in 2023?")).toEqual([flow("exports"), flow("imports")]);
    expect(sides("inner mongolia's import was how many times its export in 2023?")).toEqual([flow("imports"), flow("exports")]);
    // named both ways round: exports first
    expect(sides("inner mongolia's imports vs exports in 2023, and exports vs imports")).toEqual([flow("exports"), flow("imports")]);
  });
  it("reads 'exports and imports' and 'imports and exports' as no two sides", () => {
    expect(sides("inner mongolia's exports and imports in 2023?")).toEqual([]);
    expect(sides("inner mongolia's imports and exports in 2023?")).toEqual([]);
    expect(sides("inner mongolia's export and import in 2023?")).toEqual([]);
    expect(sides("inner mongolia's import and export in 2023?")).toEqual([]);
  });
  it("sets two periods of one place side by side, with the partner and subject it fixes", () => {
    expect(sides("qinghai's general trade with russia in 2023 vs 2022")).toEqual([
      { label: "2023", entity: "qinghai", partner: "partner:russia", subject: "general trade", period: Y2023 },
      { label: "2022", entity: "qinghai", partner: "partner:russia", subject: "general trade", period: Y2022 },
    ]);
  });
  it("finds no sides in a question about one thing, and takes China as the owner when no place is named", () => {
    expect(sides("shanghai's trade in 2023?")).toEqual([]);
    expect(sides("china's trade in 2023 vs 2022")).toEqual([
      { label: "2023", entity: "china", period: Y2023 }, { label: "2022", entity: "china", period: Y2022 },
    ]);
  });
});

describe("the figure for a side", () => {
  it("takes the side's flow, subject, partner and period, and the measure asked", () => {
    const q = frameOf("inner mongolia's exports were how many times its imports in 2023?", base());
    const [exports, imports] = sidesOf(q);
    expect(figureFor(exports!, q, base(), "amount")).toMatchObject({ metric: "exports", value: 70 });
    expect(figureFor(imports!, q, base(), "growth")).toMatchObject({ metric: "imports", measure: "growth", value: 21 });
    // a side without a flow of its own takes the question's
    expect(figureFor({ label: "x", entity: "inner-mongolia", period: Y2023 }, q, base(), "amount")).toMatchObject({ metric: "exports" });
    const modes = frameOf("did inner mongolia's general trade or border trade grow faster in 2023?", base());
    const border = { label: "border trade", entity: "inner-mongolia", subject: "border trade", period: Y2023 };
    expect(figureFor(border, modes, base(), "amount")).toMatchObject({ subject: "border trade", value: 25 });
    // a period the documents do not cover finds nothing
    expect(figureFor({ ...border, period: Y2022 }, modes, base(), "amount")).toBeUndefined();
  });
  it("reads a question about partners as one about total trade with them, and total trade when no flow is named", () => {
    const q = frameOf("who were qinghai's trading partners in 2023?", base());
    expect(q.metric).toBe("partners");
    const russia = { label: "Russia", entity: "qinghai", partner: "partner:russia", period: Y2023 };
    expect(figureFor(russia, q, base(), "amount")).toMatchObject({ metric: "trade", value: 1.5 });
    const plain = frameOf("qinghai in 2023 vs 2022", base());
    expect(figureFor({ label: "2023", entity: "qinghai", period: Y2023 }, plain, base(), "amount")).toMatchObject({ metric: "trade", value: 6 });
  });
});
