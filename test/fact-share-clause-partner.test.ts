import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "Trade with X reached …, and made up N percent of the provincial total": the share clause opens with its verb, so
// its subject is the clause before's, the trade with X; "total" after the figure is the share's whole. Made-up figures.
describe("a share clause opening with its verb after a partner's trade", () => {
  it.each([
    "Hunan's trade with Belt and Road partner countries reached 56.7 billion yuan in the seven months, up 11.4 percent, "
      + "and made up 25.8 percent of the provincial total.",
    "Trade with Laos reached 5.67 billion yuan, up 11.4 percent, and accounted for 2.58 percent of the total.",
  ])("is the partner's share: %s", (sentence) => {
    const facts = factsOf(sentence, { published: "2031-08-20" });
    const share = facts.find((f) => f.measure === "share")!;
    expect(share.partner).toBe(facts.find((f) => f.measure === "amount")!.partner);
    expect(share.partner).toBeDefined();
  });
});

// "By trading partner, X remained Y's largest, with imports and exports of N": the scope names the role. Made-up figures.
describe("a partner leading a sentence scoped 'by trading partner'", () => {
  it("owns the figure after it though the sentence does not say 'partner' again", () => {
    const facts = factsOf("By trading partner, Germany remained Hunan's largest, with imports and exports of 21.35 billion "
      + "yuan, up 4.6 percent, reflecting imports of machine tools. Japan came second at 9.04 billion yuan.",
    { published: "2031-02-20" });
    expect(facts.find((f) => f.value === 21.35)?.partner).toBe("partner:germany");
    expect(facts.find((f) => f.value === 9.04)?.partner).toBe("partner:japan");
  });
});

// "exported N through market procurement": the trade mode right after an amount is the amount's. Made-up figures.
describe("a trade mode named right after an amount", () => {
  it("is the amount's subject, as it is its change's", () => {
    const facts = factsOf("Yueyang exported 41.9 billion yuan through market procurement, up 8.2 percent.",
      { published: "2031-02-20" });
    expect(facts.find((f) => f.value === 41.9)?.subject).toBe("market procurement");
  });
});
