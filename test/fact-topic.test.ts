import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Whose a figure is when its sentence names no owner before it: the place the text is about (with the partner the
// sentence names), never a place named in the attribution after it, and never a group the text defined but is not
// talking about. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, members: f.members, metric: f.metric, measure: f.measure, value: f.value,
  period: f.period && periodLabel(f.period),
});
const GROUP = "The three northeastern provinces: Liaoning, Jilin and Heilongjiang, reported figures in 2023. ";

describe("a group the text defined", () => {
  it("lends its members to no other place the sentence names", () => {
    const facts = factsOf(`${GROUP}Hebei's trade grew 4.4 percent.`, Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: undefined, members: undefined, metric: "trade",
      measure: "growth", value: 4.4, period: "2023" });
  });
  it("lends its members to no other place the text went on to", () => {
    const facts = factsOf(`${GROUP}Hebei's trade grew. Its exports rose 4.4 percent.`, Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: undefined, members: undefined, metric: "exports",
      measure: "growth", value: 4.4, period: "2023" });
  });
});

describe("a sentence that names no owner before its figure", () => {
  it("is the trade of the place the text is about with the partner it names", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Trade with ASEAN grew 4.4 percent.", Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: "partner:asean", members: undefined, metric: "trade",
      measure: "growth", value: 4.4, period: "2023" });
  });
  it("is not about the city named in who said it", () => {
    const facts = factsOf("Henan's exports rose in 2023. Trade grew 4.4 percent, customs authorities in Zhengzhou said.", Y2023);
    expect(seen(one(facts, 4.4))).toMatchObject({ entity: "henan", measure: "growth", value: 4.4, period: "2023" });
  });
  it("is about a city named right after the figure", () => {
    const facts = factsOf("Henan's exports rose in 2023. Trade grew 4.4 percent in Zhengzhou.", Y2023);
    expect(seen(one(facts, 4.4))).toMatchObject({ entity: "city:zhengzhou", measure: "growth", value: 4.4, period: "2023" });
  });
});
