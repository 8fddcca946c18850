import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A gap in points to another place's rate ("3.1 points higher than that of X"): the gap's scope is the kind of
// place compared with (a province's, a region's) or the place itself. Made-up figures.
const MARCH = { published: "2024-03-10" };
const gapTo = (place: string) => factsOf(`In 2023, Hebei's foreign trade grew 4.4 percent, 3.1 percentage points higher `
  + `than that of ${place}.`, MARCH);

describe("a gap to another place's rate", () => {
  it("to a province is a gap to a provincial rate", () => {
    expect(one(gapTo("Jiangsu province"), 3.1)).toMatchObject({ entity: "hebei", measure: "pp_gap", scope: "provincial" });
  });
  it("to a region of provinces is a gap to a regional rate", () => {
    expect(one(gapTo("the Yangtze River Delta"), 3.1)).toMatchObject({ measure: "pp_gap", scope: "regional" });
  });
  it("to a city is a gap to that city's rate", () => {
    expect(one(gapTo("Wuhan"), 3.1)).toMatchObject({ measure: "pp_gap", scope: "city:wuhan" });
  });
  it("to China is the nation's gap: no scope", () => {
    const gap = one(gapTo("China"), 3.1);
    expect(gap.measure).toBe("pp_gap");
    expect(gap.scope).toBeUndefined();
  });
  it("to an average named is to that average, whatever place is named after it", () => {
    const facts = factsOf("In 2023, Hebei's foreign trade grew 4.4 percent, 1.7 points above the regional average and "
      + "than that of Jiangsu.", MARCH);
    expect(one(facts, 1.7)).toMatchObject({ measure: "pp_gap", scope: "regional" });
  });
});

describe("a change compared with another place's", () => {
  it("is no gap and takes no scope", () => {
    const facts = factsOf("In 2023, Hebei's exports grew 5 percent, faster than that of Jiangsu province.", MARCH);
    expect(one(facts, 5)).toMatchObject({ entity: "hebei", measure: "growth" });
    expect(one(facts, 5).scope).toBeUndefined();
  });
});
