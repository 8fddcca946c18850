import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// What a figure takes from the figure before it in its sentence ("those of …", "a share … higher") or from a group the
// text defined: the zone, the owner, the measure. Made-up sentences, one shape each.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit, subject: f.subject,
  period: f.period && periodLabel(f.period),
});
const ZONE = "Wuhan's trade rose 5 percent in 2023. The Yangluo Bonded Port Area recorded exports of 30.2 billion yuan, ";

describe("a zone's figure, and the figure after it", () => {
  it("keeps the zone for 'a share … higher than a year before' after its amount", () => {
    const facts = factsOf(`${ZONE}a share 2.5 percent higher than a year before.`, Y2023);
    expect(seen(one(facts, 2.5))).toEqual({
      entity: "zone:Yangluo Bonded Port Area", metric: "exports", measure: "pp_change", value: 2.5, unit: "percentage points",
      subject: undefined, period: "2023",
    });
  });
  it("keeps the zone for 'those of private firms', with the firms as the subject", () => {
    const facts = factsOf(`${ZONE}while those of private firms came to 19.5 billion yuan.`, Y2023);
    expect(seen(one(facts, 19.5))).toEqual({
      entity: "zone:Yangluo Bonded Port Area", metric: "exports", measure: "amount", value: 19.5, unit: "billion yuan",
      subject: "private enterprises", period: "2023",
    });
    expect(one(facts, 19.5).qualifier).toBe("private enterprises");
  });
  it("keeps the zone when 'the city' is named only after the figure", () => {
    const facts = factsOf(`${ZONE}while those of private firms came to 19.5 billion yuan, a record for the city.`, Y2023);
    expect(seen(one(facts, 19.5))).toMatchObject({ entity: "zone:Yangluo Bonded Port Area", subject: "private enterprises" });
  });
  it("goes back to the city for 'those of the city'", () => {
    const facts = factsOf(`${ZONE}while those of the city came to 190.5 billion yuan.`, Y2023);
    expect(seen(one(facts, 30.2))).toMatchObject({ entity: "zone:Yangluo Bonded Port Area", metric: "exports" });
    expect(seen(one(facts, 190.5))).toEqual({
      entity: "city:wuhan", metric: "exports", measure: "amount", value: 190.5, unit: "billion yuan", subject: undefined,
      period: "2023",
    });
    expect(one(facts, 190.5).qualifier).toBeUndefined();
  });
});

describe("'those of …' and the figures around it", () => {
  it("gives 'those of Shanxi' the flow of the figure before, and Shanxi", () => {
    const facts = factsOf("Hebei's exports rose 4 percent in 2023, while those of Shanxi rose 2.2 percent.", Y2023);
    expect(seen(one(facts, 2.2))).toEqual({ entity: "shanxi", metric: "exports", measure: "growth", value: 2.2, unit: "%",
      subject: undefined, period: "2023" });
  });
  it("carries nothing to a figure whose own clause does not say 'those of'", () => {
    const facts = factsOf("Hebei's exports rose 4 percent in 2023, and imports fell 2.2 percent, unlike those of Shanxi.", Y2023);
    expect(seen(one(facts, -2.2))).toEqual({ entity: "hebei", metric: "imports", measure: "growth", value: -2.2, unit: "%",
      subject: undefined, period: "2023" });
  });
});

describe("'That was …' after an amount", () => {
  const TRADED = "Hebei traded 5.4 billion US dollars with ASEAN in 2023. ";
  it("is the change of the amount before, with its owner and partner", () => {
    const facts = factsOf(`${TRADED}That was a rise of 3 percent.`, Y2023);
    expect(seen(one(facts, 3))).toEqual({ entity: "hebei", metric: "trade", measure: "growth", value: 3, unit: "%", subject: undefined,
      period: "2023" });
    expect(one(facts, 3).partner).toBe("partner:asean");
  });
  it("is another place's amount when the clause names the place ('It was more than Shanxi's trade of …')", () => {
    const facts = factsOf(`${TRADED}It was more than Shanxi's trade of 2.1 billion US dollars.`, Y2023);
    expect(seen(one(facts, 2.1))).toEqual({ entity: "shanxi", metric: "trade", measure: "amount", value: 2.1,
      unit: "billion US dollars", subject: undefined, period: "2023" });
    expect(one(facts, 2.1).partner).toBeUndefined();
  });
  it("is the change of the figure before in its own sentence, not of the sentence before's", () => {
    const facts = factsOf("Hebei's exports reached 40 billion yuan in 2023. Imports came to 10 billion yuan, and that was a rise "
      + "of 3 percent.", Y2023);
    expect(seen(one(facts, 3))).toEqual({ entity: "hebei", metric: "imports", measure: "growth", value: 3, unit: "%", subject: undefined,
      period: "2023" });
  });
});

describe("goods listed 'respectively' with no flow of their own", () => {
  it("take the one flow the sentence before named, not total trade", () => {
    const facts = factsOf("Hebei's exports rose in 2023. Steel, glass and coke rose 3.1, 2.2 and 1.3 percent respectively.", Y2023);
    expect([3.1, 2.2, 1.3].map((v) => [one(facts, v).subject, one(facts, v).metric, one(facts, v).measure])).toEqual([
      ["steel", "exports", "growth"], ["glass", "exports", "growth"], ["coke", "exports", "growth"],
    ]);
  });
});

describe("the value or the number of the goods before", () => {
  it("gives 'the number of shipments rose' the goods of the clause before, as their quantity", () => {
    const facts = factsOf("Hebei's exports of steel rose 4 percent in 2023, with a combined value of 5.1 billion yuan; the number of "
      + "shipments rose 12.8 percent.", Y2023);
    expect(seen(one(facts, 5.1))).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount", subject: "steel" });
    expect(seen(one(facts, 12.8))).toEqual({ entity: "hebei", metric: "exports", measure: "growth", value: 12.8, unit: "%",
      subject: "steel", period: "2023" });
    expect(one(facts, 12.8).qualifier).toBe("steel, quantity");
  });
});

describe("a statement about every member of a group the text defines", () => {
  // (its members are exactly a region the gazetteer knows, so the group is that region: stop 31)
  const text = "The three northeastern provinces: Liaoning, Jilin and Heilongjiang, reported trade figures in 2023. "
    + "All of the three northeastern provinces saw exports grow 3.3 percent in 2023.";
  it("gives the figure to the group, with its members, and one derived fact to each member", () => {
    const facts = factsOf(text, Y2023).filter((f) => f.value === 3.3);
    expect(facts.map((f) => [f.entity, f.metric, f.derived?.formula])).toEqual([
      ["region:northeastern", "exports", undefined],
      ["liaoning", "exports", "stated for all of the three northeastern provinces"],
      ["jilin", "exports", "stated for all of the three northeastern provinces"],
      ["heilongjiang", "exports", "stated for all of the three northeastern provinces"],
    ]);
    expect(facts[0]!.members).toEqual(["liaoning", "jilin", "heilongjiang"]);
    // each member's fact is a single place's, derived from the group's
    expect(facts.slice(1).every((f) => f.members === undefined && f.derived!.from[0] === facts[0]!.id)).toBe(true);
    expect(new Set(facts.map((f) => f.id)).size).toBe(4);
  });
  it("derives nothing for members when the statement is not about all of them", () => {
    const facts = factsOf(text.replace("All of the", "The"), Y2023).filter((f) => f.value === 3.3);
    expect(facts.map((f) => f.entity)).toEqual(["region:northeastern"]);
    // "all" after the figure is about something else
    const after = factsOf(text.replace("All of the", "The").replace("in 2023.", "in 2023, above all others."), Y2023)
      .filter((f) => f.value === 3.3);
    expect(after.map((f) => f.entity)).toEqual(["region:northeastern"]);
  });
});
