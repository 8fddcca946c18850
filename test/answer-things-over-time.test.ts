import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { answersOver } from "./helpers/answerOver.js";

// Things named with no measure, flow nor money asked ("2031 trips vs 2024 trips - how many times as many?") are counts
// of the place set over time, in the one unit the question names (trips, never the TEUs the same trains carried).
// Made-up articles and figures.
const EARLY = `---
title: "Lanzhou's freight trains in 2024"
published: "2025-01-12"
---
The Lanzhou international freight train service made 150 trips in 2024, carrying 12,000 TEUs, the city's logistics
office said.
`;
const LATE = `---
title: "Lanzhou's freight trains in 2031"
published: "2032-01-15"
---
The Lanzhou international freight train service made 1,200 trips in 2031, carrying 96,500 TEUs, the city's logistics
office said.
`;

const plan = (q: string) => readPlan(parseQuestion(q));

describe("things named over time with no measure asked", () => {
  it("plans a count in the unit named", () => {
    const p = plan("lanzhou's freight trains: 2031 trips vs 2024 trips - how many times as many?");
    expect(p?.operation).toBe("overTime");
    // (a train run is a trip: "freight trains" and "trips" are one unit, the first named)
    expect(p?.inputs[0]).toMatchObject({ measure: "count", metric: "other", unit: "trains" });
  });
  it("names no unit when the question names two", () => {
    const p = plan("lanzhou's freight trains: 2031 trips and TEUs vs 2024 - how many times as many?");
    expect(p).toBeDefined();
    expect(p!.inputs[0]?.unit).toBeUndefined();
  });
  it("reads no count comparison when money is named", () => {
    const p = plan("lanzhou's trade: 2031 vs 2024 yuan value - how many times as much?");
    expect(p?.inputs[0]?.measure).not.toBe("count");
  });

  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "early.md": EARLY, "late.md": LATE });
  });
  afterAll(() => ask.close());
  it("answers the trips' ratio, never the TEUs'", async () => {
    const a = await ask.ask("lanzhou's freight trains: 2031 trips vs 2024 trips - how many times as many?");
    expect(a.abstained).toBe(false);
    // 1,200 ÷ 150 = 8 times; the TEUs would give 8.04
    expect(a.figures.map((f) => f.value)).toContain(8);
    expect(a.figures.map((f) => f.value)).not.toContain(8.04);
  });
});
