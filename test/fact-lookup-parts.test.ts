import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// The figures two-part look-ups ask for, read from the shapes that lost one part (stop 28): a flow named by its
// measure ("The value of exports was …"), a partner named again as "the continent", a trade mode a figureless
// sentence opens with and "It was worth …" goes on with, a table of quarters after a sentence on goods and a lead-in
// naming a period only as a past event, and a city's share of "the province's total of N". Made-up sentences.

describe("a flow named by its measure", () => {
  it("reads 'The value of exports was N' as the place's exports, with no goods", () => {
    const facts = factsOf("Qinghai's trade in 2019 came to 8.1 billion yuan. The value of exports was 5.2 billion yuan, "
      + "up 3.4 percent, and the value of imports was 2.9 billion yuan, up 1.7 percent.", { published: "2020-02-01" });
    expect([5.2, 3.4, 2.9, 1.7].map((v) => [one(facts, v).metric, one(facts, v).subject, one(facts, v).qualifier])).toEqual([
      ["exports", undefined, undefined], ["exports", undefined, undefined],
      ["imports", undefined, undefined], ["imports", undefined, undefined]]);
  });
  it("still reads the goods after the measure ('The value of coal imports fell …')", () => {
    const facts = factsOf("Qinghai's trade in 2019 came to 8.1 billion yuan. The value of coal imports fell 6.3 percent.",
      { published: "2020-02-01" });
    expect(one(facts, -6.3).subject).toBe("coal");
  });
});
