import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Misreadings of stop 30's mutation-test writers and of the combined eval folder (made-up sentences).
const Y2015 = { published: "2016-01-20" };

describe("change participles and elided items", () => {
  it("', growing by N percent' after a part's amount is that part's change, no item named 'growing'", () => {
    const facts = factsOf("In 2015, Qinghai's foreign trade reached 9 billion yuan. Its processing trade topped $2 billion, "
      + "growing by more than 30% year on year.", Y2015);
    expect(one(facts, 30).subject).toBe("processing trade");
    expect(one(facts, 30).qualifier ?? "").not.toMatch(/growing/);
  });
  it("', increasing by' and ', declining by' are no items either", () => {
    const facts = factsOf("In 2015, Qinghai's processing trade reached $2 billion, increasing by 31 percent, and its border "
      + "trade $1 billion, declining by 4 percent.", Y2015);
    expect(facts.filter((f) => /increasing|declining/.test(`${f.subject ?? ""} ${f.qualifier ?? ""}`))).toEqual([]);
  });
});
