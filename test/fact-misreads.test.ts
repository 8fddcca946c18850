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

describe("the amount of a place's own whole after its share", () => {
  it("is of the whole's flow, not the share's", () => {
    const facts = factsOf("In 2023, Hebei's exports accounted for 60 percent of its total trade of 30 billion yuan.", MARCH);
    expect(one(facts, 60)).toMatchObject({ entity: "hebei", metric: "exports", measure: "share" });
    expect(one(facts, 30)).toMatchObject({ entity: "hebei", metric: "trade", measure: "amount" });
  });
  it("(a partner's share of the place's own total: the total has no partner)", () => {
    const facts = factsOf("In 2023, Hebei's trade rose 4 percent, and trade with Japan accounted for 9 percent of its total "
      + "trade of 30 billion yuan.", MARCH);
    expect(one(facts, 30)).toMatchObject({ entity: "hebei", metric: "trade", measure: "amount" });
    expect(one(facts, 30).partner).toBeUndefined();
  });
});

describe("an appositive after a partner", () => {
  it("is set aside: a place it names owns no figure", () => {
    const facts = factsOf("In 2023, Hebei's exports to Japan, home to many buyers in Baoding, rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "exports", partner: "partner:japan" });
  });
  it("(a list of partners is no appositive: the figure is of them together)", () => {
    const facts = factsOf("In 2023, Hebei's exports to ASEAN, the EU and Japan rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "exports" });
    expect(one(facts, 3).partner).toBeUndefined();
  });
  it("(nor is the last of a list after a serial comma the figure's one partner)", () => {
    const facts = factsOf("In 2023, Hebei's exports to ASEAN, the EU, and the US rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "exports" });
    expect(one(facts, 3).partner).toBeUndefined();
  });
});

describe("a zone a cause names", () => {
  it("owns no figure of its sentence, but is the zone 'the zone' names next", () => {
    const facts = factsOf("In 2023, Hebei's imports rose 4 percent, boosted by the Caofeidian Comprehensive Bonded Zone, which "
      + "opened in 2019. The zone's imports rose 6 percent.", MARCH);
    expect(one(facts, 4).entity).toBe("hebei");
    expect(one(facts, 6).entity).toBe("zone:Caofeidian Comprehensive Bonded Zone");
  });
});

describe("a whole year named in a later clause", () => {
  it("is that figure's period, not the period of the clause before", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in the first half of 2023, and imports for the whole year rose 3 percent.",
      MARCH);
    expect(one(facts, 5).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 6 });
    expect(one(facts, 3).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 12 });
  });
});

describe("'that of' and 'those of' after a figure", () => {
  it("'that of' a place named again is the place's, not the zone's before", () => {
    const facts = factsOf("In 2023, imports of the Caofeidian Comprehensive Bonded Zone rose 6 percent, and that of Hebei itself "
      + "rose 3 percent.", MARCH);
    expect(one(facts, 6).entity).toBe("zone:Caofeidian Comprehensive Bonded Zone");
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports" });
    expect(one(facts, 3).subject).toBeUndefined();
  });
  it("'those of' goods names those goods, not the goods before", () => {
    const facts = factsOf("In 2023, the Caofeidian Comprehensive Bonded Zone's imports of coal rose 6 percent and those of iron "
      + "ore 3 percent.", MARCH);
    expect(one(facts, 6).subject).toBe("coal");
    expect(one(facts, 3)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "imports",
      subject: "iron ore" });
  });
});
