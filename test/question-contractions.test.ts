import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "whos ahead?", "hows it compare": an asking word typed without its apostrophe is no word a figure's sentence must say.
describe("an asking word typed without the apostrophe", () => {
  it("reads as the asking word: no term of its own", () => {
    const typed = parseQuestion("hebei vs henan trade 2031 - whos ahead?");
    expect(typed.terms).not.toContain("whos");
    expect(typed.terms).toEqual(parseQuestion("hebei vs henan trade 2031 - who's ahead?").terms);
  });
  it("keeps the question's other words", () => {
    expect(parseQuestion("hebei vs henan steel exports 2031, hows it compare?").terms).toContain("steel");
  });
});
