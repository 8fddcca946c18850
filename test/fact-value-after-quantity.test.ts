import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "The city exported 5,000 tonnes of honey in 2031. The export value rose 9 percent to 200 million yuan.": the value
// a flow's sentence refers back to is of the goods the sentence before counted. Made-up sentences and figures.
const Y2031 = { published: "2032-02-10" };

describe("a flow's value referred back to after a count of goods", () => {
  it("is the value of the goods the sentence before counted", () => {
    const facts = factsOf("Honey exports from Baoji hit a record in 2031. The city exported 5,120 tonnes of honey in 2031, "
      + "up 4.4 percent. The export value rose 9.5 percent to 233 million yuan.", Y2031);
    expect(one(facts, 233)).toMatchObject({ metric: "exports", measure: "amount", subject: "honey" });
  });

  it("is the imports' when the sentence before counted imported goods", () => {
    const facts = factsOf("Gansu imported 1.35 million tonnes of soybeans in 2031. Its import value fell 3.1 percent "
      + "to 6.72 billion yuan.", Y2031);
    expect(one(facts, 6.72)).toMatchObject({ metric: "imports", measure: "amount", subject: "soybeans" });
  });

  it("keeps no goods when the sentence before counted none", () => {
    const facts = factsOf("Lanzhou's exports rose 6 percent in 2031. The export value reached 41.5 billion yuan.", Y2031);
    expect(one(facts, 41.5)?.subject).toBeUndefined();
  });
});
