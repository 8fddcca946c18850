import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Facts a ranking or a list of named items rests on (stop 32). Made-up sentences.
const Y2019 = { title: "Taizhou trade in 2019", published: "2020-01-22" };

describe("a period in a relative clause that ends the sentence", () => {
  it("is what the thing referred to did then, not the period the text goes on in", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent to 30.1 billion dollars in 2019. The bureau said pumps had "
      + "become the city's largest export, overtaking valves, which had led the list in 2012 and 2013. By market, trade "
      + "with Brazil came to 3.21 billion dollars, and with Chile 2.05 billion dollars.", Y2019);
    expect(periodLabel(one(facts, 3.21).period!)).toBe("2019");
    expect(periodLabel(one(facts, 2.05).period!)).toBe("2019");
  });
  it("still carries when the clause is the sentence's own figure's", () => {
    const facts = factsOf("Taizhou's exports rose 4 percent in 2019. Exports to Brazil, which grew 3 percent in 2018, "
      + "rose 6 percent to 2.2 billion dollars in 2018.", Y2019);
    expect(periodLabel(one(facts, 2.2).period!)).toBe("2018");
  });
});
