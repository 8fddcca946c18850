import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "Trade with A, B and C came to X, Y and Z, changes of +p, -q and +r percent respectively": each partner's amount and
// change, a plus sign written outside the figure; "changes of" says they are changes. Made-up figures and partners.
const TEXT = "Trade with Chile, Kenya and Norway came to 7.61 billion yuan, 3.08 billion yuan and 2.44 billion yuan, "
  + "changes of +2.7 percent, -5.3 percent and +14.9 percent respectively.";

describe("signed changes handed out 'respectively'", () => {
  const facts = factsOf(`Gansu's trade rose 4.0 percent in 2031. ${TEXT}`, { published: "2032-01-20" })
    .filter((f) => f.partner).map((f) => [f.partner, f.measure, f.value]);
  it("gives each partner its amount", () => {
    expect(facts).toContainEqual(["partner:ke", "amount", 3.08]);
    expect(facts).toContainEqual(["partner:no", "amount", 2.44]);
  });
  it("gives each partner its change, as growth", () => {
    expect(facts).toContainEqual(["partner:cl", "growth", 2.7]);
    expect(facts).toContainEqual(["partner:ke", "growth", -5.3]);
    expect(facts).toContainEqual(["partner:no", "growth", 14.9]);
  });
});
