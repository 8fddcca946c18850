import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Lists mapped "respectively" onto their figures: places with the partner named after them, a group the text defined,
// partners owned by "the province" or "the city" the text names, and lists that are not the figures'. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value,
  period: f.period && periodLabel(f.period),
});
const row = (facts: Fact[], v: number) => [one(facts, v).entity, one(facts, v).partner];

describe("places listed before their figures", () => {
  it("gives each place its figure and the partner named between them", () => {
    const facts = factsOf("Liaoning and Jilin's trade with Russia grew 4.1 and 5.2 percent respectively in 2023.", Y2023);
    expect(seen(one(facts, 4.1)))
      .toEqual({ entity: "liaoning", partner: "partner:russia", metric: "trade", measure: "growth", value: 4.1, period: "2023" });
    expect(seen(one(facts, 5.2)))
      .toEqual({ entity: "jilin", partner: "partner:russia", metric: "trade", measure: "growth", value: 5.2, period: "2023" });
  });
  it("names no partner for a place that comes after the figures", () => {
    const facts = factsOf("Hebei and Shanxi exported 3.1 and 2.2 billion yuan respectively in 2023 to Russia.", Y2023);
    expect([row(facts, 3.1), row(facts, 2.2)]).toEqual([["hebei", undefined], ["shanxi", undefined]]);
    expect(one(facts, 3.1)).toMatchObject({ metric: "exports", measure: "amount", unit: "billion yuan" });
  });
  // (the group's members are exactly the north-eastern region, so it is filed as that region: stop 31)
  it("maps a group the text defined as one item of the list, with its members", () => {
    const facts = factsOf("The three northeastern provinces: Liaoning, Jilin and Heilongjiang, reported figures in 2023. "
      + "The three northeastern provinces and Inner Mongolia grew 3.1 and 4.2 percent respectively.", Y2023);
    expect(one(facts, 3.1)).toMatchObject({ entity: "region:northeastern", measure: "growth",
      members: ["liaoning", "jilin", "heilongjiang"] });
    expect(one(facts, 4.2)).toMatchObject({ entity: "inner-mongolia", measure: "growth" });
    expect(one(facts, 4.2).members).toBeUndefined();
  });
  it("carries a group the sentence before was about to 'Their exports …'", () => {
    const facts = factsOf("The three northeastern provinces: Liaoning, Jilin and Heilongjiang, reported figures in 2023. "
      + "Their exports grew 3.3 percent.", Y2023);
    expect(one(facts, 3.3)).toMatchObject({ entity: "region:northeastern", metric: "exports", measure: "growth",
      members: ["liaoning", "jilin", "heilongjiang"] });
  });
});

describe("partners listed before their figures", () => {
  const CITY = "Hebei's trade grew in 2023. Tangshan's exports rose 5 percent. Japan, South Korea and Russia were ";
  const TAIL = " top three partners, with trade of 30.1, 20.2 and 10.3 billion yuan respectively.";
  it("gives 'the province's' partners to the province the text named, not to the city it went on to", () => {
    const facts = factsOf(`${CITY}the province's${TAIL}`, Y2023);
    expect([row(facts, 30.1), row(facts, 20.2), row(facts, 10.3)]).toEqual([
      ["hebei", "partner:japan"], ["hebei", "partner:south-korea"], ["hebei", "partner:russia"],
    ]);
    expect(seen(one(facts, 30.1))).toMatchObject({ metric: "trade", measure: "amount", period: "2023" });
  });
  it("gives 'the city's' partners to the city", () => {
    const facts = factsOf(`${CITY}the city's${TAIL}`, Y2023);
    expect([row(facts, 30.1), row(facts, 10.3)]).toEqual([["city:tangshan", "partner:japan"], ["city:tangshan", "partner:russia"]]);
  });
  it("gives them to the place named with a possessive after the list", () => {
    const facts = factsOf(`${CITY}Shijiazhuang's${TAIL}`, Y2023);
    expect([row(facts, 30.1), row(facts, 20.2)]).toEqual([["city:shijiazhuang", "partner:japan"],
      ["city:shijiazhuang", "partner:south-korea"]]);
  });
  it("makes places after 'exports to' partners of the place before them", () => {
    const facts = factsOf("In 2023 Hebei's exports to Japan, South Korea and Russia grew 3.1, 2.2 and 1.3 percent respectively.", Y2023);
    expect(seen(one(facts, 2.2)))
      .toEqual({ entity: "hebei", partner: "partner:south-korea", metric: "exports", measure: "growth", value: 2.2, period: "2023" });
  });
});
