import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Changes of a rate or a share in points: their sign against an earlier period ("wider", "slower", "faster"), and the
// level a share had the year before, which only the same place's share gives. Made-up sentences.
const H1 = { published: "2023-07-20" };
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit, period: f.period && periodLabel(f.period),
  basePeriod: f.basePeriod && periodLabel(f.basePeriod),
});
const HALF = "Hebei's exports fell 2.1 percent in the first half of 2023, ";

describe("a change in points against an earlier period", () => {
  it("is a fall when a decline is 'wider' than the earlier one", () => {
    const facts = factsOf(`${HALF}a decline 1.3 percentage points wider than in the first quarter.`, H1);
    expect(seen(one(facts, -1.3))).toEqual({
      entity: "hebei", metric: "exports", measure: "pp_change", value: -1.3, unit: "percentage points",
      period: "first half of 2023", basePeriod: "Q1 2023",
    });
    expect(one(facts, -2.1).measure).toBe("growth");
  });
  it("reads the earlier period in the figure's year, not the year the text was published", () => {
    const facts = factsOf(`${HALF}a decline 1.3 percentage points wider than in the first quarter.`, { published: "2024-08-20" });
    expect(seen(one(facts, -1.3))).toMatchObject({ period: "first half of 2023", basePeriod: "Q1 2023" });
  });
  it("is a fall when a growth is 'slower' and a rise when it is 'faster'", () => {
    const grew = "Hebei's exports grew 2.1 percent in the first half of 2023, 1.3 percentage points ";
    const slower = factsOf(`${grew}slower than in the first quarter.`, H1);
    expect(seen(one(slower, -1.3))).toMatchObject({ measure: "pp_change", basePeriod: "Q1 2023" });
    const faster = factsOf(`${grew}faster than in the first quarter.`, H1);
    expect(seen(one(faster, 1.3))).toMatchObject({ measure: "pp_change", basePeriod: "Q1 2023" });
    expect(one(faster, 2.1).value).toBe(2.1);
  });
});

describe("a growth compared with an earlier period", () => {
  it("keeps its sign: 'grew 5 percent …, slower than in the first quarter' is a rise of 5 percent", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in the first half of 2023, slower than in the first quarter.", H1);
    expect(seen(one(facts, 5))).toMatchObject({ measure: "growth", value: 5, period: "first half of 2023" });
    expect(one(facts, 5).basePeriod).toBeUndefined();
  });
});

describe("last year's level of a share or a rate", () => {
  it("is not derived from a growth after a share", () => {
    const facts = factsOf("Hebei's exports accounted for 40 percent of the total in 2023 and grew 5 percent from the previous year.",
      Y2023);
    expect(seen(one(facts, 5))).toMatchObject({ measure: "growth", period: "2023" });
    expect(facts.filter((f) => f.derived)).toEqual([]);
  });
  it("adds a fall back: this year's share plus the points it lost", () => {
    const facts = factsOf("Hebei's exports accounted for 40 percent of the total in 2023, down 1.5 percentage points from the "
      + "previous year.", Y2023);
    const before = one(facts, 41.5);
    expect(seen(before)).toMatchObject({ entity: "hebei", metric: "exports", measure: "share", unit: "%", period: "2022" });
    expect(before.derived?.formula).toBe("40 + 1.5 = 41.5 (2023 level plus its 1.5-point fall)");
    expect(before.shareOf).toBe("own");
  });
  it("is not derived from another place's share", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Shijiazhuang's exports accounted for 40 percent of the total, while "
      + "Tangshan's imports fell 1.5 percentage points from the previous year.", Y2023);
    expect(seen(one(facts, -1.5))).toMatchObject({ entity: "city:tangshan", measure: "pp_change" });
    expect(facts.filter((f) => f.derived)).toEqual([]);
  });
  it("is a growth rate's too: a rate 'up 1.5 points from the previous year' was 1.5 points lower then", () => {
    const facts = factsOf("Hebei's exports grew 4 percent in 2023, up 1.5 percentage points from the previous year.", Y2023);
    const before = one(facts, 2.5);
    expect(seen(before)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth", unit: "%", period: "2022" });
    expect(before.derived?.from).toEqual([one(facts, 4).id, one(facts, 1.5).id]);
  });
  it("reads 'N points more than a year earlier' after a share as its change, and subtracts it", () => {
    const facts = factsOf("Private enterprises led Hebei's trade in 2023. Their imports and exports rose 28.7 percent to 37.4 "
      + "billion yuan, or 43.6 percent of the provincial total, 8.3 percentage points more than a year earlier.", Y2023);
    expect(seen(one(facts, 8.3))).toMatchObject({ measure: "pp_change", period: "2023" });
    expect(seen(one(facts, 35.3))).toMatchObject({ entity: "hebei", measure: "share", period: "2022" });
  });
});
