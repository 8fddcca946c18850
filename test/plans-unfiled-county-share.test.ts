import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { isPrefectureLevel } from "../text/places.js";

// A county-level city the city list knows only by its English name (no level filed) is a part of the prefecture or
// division the question names as the whole of its share; two prefecture-level cities are never part and whole.
const plan = (text: string) => readPlan(parseQuestion(text));

describe("a county-level city known only by its English name, as a share of a prefecture", () => {
  it("'xilinhot's share of xilingol's trade' is the part over the whole", () => {
    const p = plan("xilinhot's share of xilingol's foreign trade in 2031?")!;
    expect(p.operation).toBe("part");
    expect(p.inputs.map((i) => i.entity)).toEqual(["city:xilinhot", "city:xilingol"]);
  });
  it("a division is prefecture-level under any of its names", () => {
    expect(isPrefectureLevel("city:xilingol")).toBe(true);
    expect(isPrefectureLevel("city:xilinhot")).toBe(false);
  });
  it("a prefecture-level capital the list spells otherwise is no part of another prefecture", () => {
    const p = plan("what share of baotou's foreign trade came from hohhot in 2031?");
    expect(p?.operation === "part" && p.inputs.some((i) => i.entity === "city:hohhot")).toBe(false);
  });
});
