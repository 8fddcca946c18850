import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "X trade 2031 vs 2034, did it go up?" asks whether the later level is above the earlier one: two levels side by
// side. Read as a growth it set the two years' own rates against each other, a wrong answer stated with certainty.
describe("two years set side by side with 'did it grow?'", () => {
  it("asks the levels, not the growth rates", () => {
    const m = parseQuestion("hegang trade 2031 vs 2034, did it go up?").measures;
    expect(m).toContain("amount");
    expect(m).not.toContain("growth");
  });
  it("reads 'to' and a fall the same way", () => {
    const m = parseQuestion("jixi exports 2030 to 2033 - did they fall?").measures;
    expect(m).toEqual(["amount"]);
  });
  it("still asks a growth asked of one year", () => {
    expect(parseQuestion("did hegang's trade grow in 2031?").measures).toContain("growth");
  });
  it("still asks the growth rates compared by 'faster'", () => {
    expect(parseQuestion("hegang trade 2031 vs 2034, which grew faster?").measures).toContain("growth");
  });
});
