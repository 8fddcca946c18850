import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A period named as a start ("since last year") is no period the text goes on in, even when the sentence counts
// something from it. Made-up places and figures.
describe("a figure counted since a period", () => {
  it("leaves the next sentences in the text's own period", () => {
    const facts = factsOf("Hengshui's imports and exports reached 12.5 billion U.S. dollars in the first four months of this "
      + "year, up 11.2 percent year on year.\n\nOfficials said at least 12 trading firms had moved some of their work to "
      + "inland parks since last year.\n\nAutomobile exports were a bright spot. The city's car makers shipped 8,400 "
      + "vehicles abroad worth 131 million dollars, up 22.4 percent.", { published: "2031-05-16" });
    const ytd = { y1: 2031, m1: 1, y2: 2031, m2: 4 };
    expect(one(facts, 8400)).toMatchObject({ measure: "count", period: ytd });
    expect(one(facts, 131)).toMatchObject({ measure: "amount", period: ytd });
  });
});
