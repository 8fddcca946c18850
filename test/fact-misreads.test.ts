import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Figures read with the wrong owner, partner, goods, flow or period (found by mutation testing): each a wrong cited
// figure, worse than none. Made-up figures.
const MARCH = { published: "2024-03-10" };

describe("a partner of a later clause's flow", () => {
  it("is that figure's, not the partner the sentence's first flow named", () => {
    const facts = factsOf("In 2023, Hebei's imports from Russia rose 3 percent and exports to Vietnam fell 2 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports", partner: "partner:russia" });
    expect(one(facts, -2)).toMatchObject({ entity: "hebei", metric: "exports", partner: "partner:vn" });
  });
});

describe("figures never given to China", () => {
  it("a flow from 'the country' when no country was named: no figure", () => {
    const facts = factsOf("In 2023, Hebei's exports to ASEAN jumped 12 percent, while imports from the country rose 3 percent.", MARCH);
    expect(one(facts, 12)).toMatchObject({ entity: "hebei", partner: "partner:asean" });
    expect(facts.filter((f) => f.value === 3 && f.entity === "china")).toEqual([]);
  });
  it("a figure after a rank 'in the country': the place's", () => {
    const facts = factsOf("In 2023, Hebei's exports rose 12 percent, ranking second in the country by growth rate, while its "
      + "total trade rose 5 percent.", MARCH);
    expect(one(facts, 5)).toMatchObject({ entity: "hebei", metric: "trade" });
  });
  it("a partner's share of a place's total trade, with no place before: the place's", () => {
    const facts = factsOf("In 2023, trade with Japan accounted for 9 percent of Hebei's total trade.", MARCH);
    expect(one(facts, 9)).toMatchObject({ entity: "hebei", partner: "partner:japan", measure: "share" });
  });
});

describe("goods counted one after another", () => {
  it("each figure has the goods named with it, never 'and'", () => {
    const facts = factsOf("In 2023, Hebei exported 3,000 tonnes of tea, worth 2 billion yuan, and 500 tonnes of coal, "
      + "worth 1 billion yuan.", MARCH);
    expect(one(facts, 3000).subject).toBe("tea");
    expect(one(facts, 500).subject).toBe("coal");
    expect(one(facts, 1).subject).toBe("coal");
  });
  it("goods before 'and' and the next figure end there: no 'tonnes' goods", () => {
    const facts = factsOf("In 2023, Hebei exported 3,000 tonnes of tea and 500 tonnes of coffee.", MARCH);
    expect(one(facts, 3000).subject).toBe("tea");
    expect(one(facts, 500).subject).toBe("coffee");
  });
  it("an amount of other goods after a count is theirs, not the counted goods'", () => {
    const facts = factsOf("In 2023, Hebei exported 3,000 tonnes of tea, up 5 percent, and 2 million yuan of coffee.", MARCH);
    expect(one(facts, 5).subject).toBe("tea");
    expect(one(facts, 2).subject).toBe("coffee");
  });
  it("a later clause opening with other goods, or their value, is about those goods", () => {
    const phones = factsOf("In 2023, Hebei exported 3,000 tonnes of tea, and mobile phones were worth 3 billion yuan.", MARCH);
    expect(one(phones, 3).subject).toBe("mobile phones");
    const steel = factsOf("In 2023, Hebei exported 3,000 tonnes of tea, and the value of steel products rose 7 percent.", MARCH);
    expect(one(steel, 7).subject).toBe("steel products");
  });
  it("(the value of the goods counted stays theirs)", () => {
    const facts = factsOf("In 2023, Hebei exported 3,000 tonnes of tea, and the value of these exports rose 7 percent.", MARCH);
    expect(one(facts, 7).subject).toBe("tea");
  });
});
