import { describe, expect, it } from "vitest";
import { flowModifiers } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "full-yr" typed before the flow: made-up questions.
describe("flowModifiers: the whole year typed before the flow", () => {
  it("narrows nothing", () => {
    expect(flowModifiers(parseQuestion("gansu's 2030 full-yr trade in yuan and in usd?"))).toEqual([]);
    expect(flowModifiers(parseQuestion("gansu 2030 full-year exports?"))).toEqual([]);
  });
  it("leaves goods before the flow narrowing it", () => {
    expect(flowModifiers(parseQuestion("gansu 2030 full-yr zinc exports?"))).toContain("zinc");
  });
});
