import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// Shares whose whole is written in a shape of its own: the flow named first and the trade it is part of after "in"
// ("share of imports in X's q1 trade"), and a partner's whole joined to its owner by a hyphen ("X-ASEAN trade").
// Made-up questions.
const plan = (q: string) => readPlan(parseQuestion(q));

describe("a flow's share with the trade after 'in'", () => {
  it("is the flow over the owner's total trade", () => {
    const p = plan("share of exports in xining's q2 2031 trade?");
    expect(p?.inputs[0]).toMatchObject({ entity: "city:xining", metric: "exports", wholeMetric: "trade", measure: "share" });
  });
  it("is no flow's share when both flows are named", () => {
    expect(plan("share of exports and imports in xining's q2 2031 trade?")?.inputs[0]?.wholeMetric).toBeUndefined();
  });
});

describe("a partner's share of a bigger partner's trade joined to its owner by a hyphen", () => {
  it("takes the partner after the hyphen as the whole", () => {
    const p = plan("thailand's share of yunnan-asean trade 2031 in %?");
    expect(p?.inputs[0]).toMatchObject({ entity: "yunnan", partner: "partner:th", wholePartner: "partner:asean", measure: "share" });
  });
});
