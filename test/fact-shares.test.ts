import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// What a share is of (the place's own total, the country's, another place's, the trade with a partner), and the level
// a share had the year before when the sentence gives its change. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("the whole of a share", () => {
  it("is the country's when the sentence says so, else the place's own", () => {
    const national = factsOf("Guangxi's trade accounted for 2.1 percent of the country's total in 2023.", Y2023);
    expect(one(national, 2.1))
      .toMatchObject({ entity: "guangxi", metric: "trade", measure: "share", shareOf: "national" });
    const own = factsOf("Guangxi's trade accounted for 2.1 percent of the total in 2023.", Y2023);
    expect(one(own, 2.1)).toMatchObject({ entity: "guangxi", measure: "share", shareOf: "own" });
  });
  it("reads a share that moved 'from A percent in one year to B percent in another' as the share in each year", () => {
    const facts = factsOf("Fujian's share of the national total slid from 4.8 percent in 2016 to 4.1 percent in 2021.", Y2023);
    expect(one(facts, 4.8)).toMatchObject({ entity: "fujian", metric: "trade", measure: "share", shareOf: "national" });
    expect(periodLabel(one(facts, 4.8).period!)).toBe("2016");
    expect(one(facts, 4.1)).toMatchObject({ measure: "share", shareOf: "national" });
    expect(periodLabel(one(facts, 4.1).period!)).toBe("2021");
    // (a first level with no year of its own is no share of the second's year)
    const loose = factsOf("Fujian's share of the national total rose from 4.1 percent to 4.8 percent in 2021.", Y2023);
    expect(loose.filter((f) => f.measure === "share" && f.value === 4.1)).toEqual([]);
  });
  it("is another place's when the whole is named right after the figure", () => {
    const facts = factsOf("Xinjiang's trade accounted for 3 percent of Guangdong's in 2023.", Y2023);
    expect(one(facts, 3)).toMatchObject({ entity: "xinjiang", measure: "share", shareOf: "guangdong", unit: "%" });
  });
  it("reads 'X contributed N yuan, or M percent of the provincial total' as X's trade and its share, not growth's", () => {
    const facts = factsOf("Jilin's trade rose 5 percent to 150.2 billion yuan in 2023. Changchun, the provincial capital, "
      + "contributed 98.04 billion yuan, or 65.3 percent of the provincial total.", Y2023);
    expect(one(facts, 98.04)).toMatchObject({ entity: "city:changchun", metric: "trade", measure: "amount" });
    expect(one(facts, 65.3)).toMatchObject({ entity: "city:changchun", metric: "trade", measure: "share" });
    expect(one(facts, 65.3).qualifier).toBeUndefined();
  });
  it("is the trade with a partner when the whole names one", () => {
    const facts = factsOf("Xinjiang's trade accounted for 43.4 percent of China's total trade with the five Central Asian countries "
      + "in 2023.", Y2023);
    expect(one(facts, 43.4)).toMatchObject({ entity: "xinjiang", partner: "partner:central-asia", measure: "share" });
  });
});

describe("a share's change in points", () => {
  it("gives the year before its level: this year's share less the rise", () => {
    const facts = factsOf("Guizhou's trade grew in 2023. Private firms accounted for 79 percent of the total, "
      + "up 1.5 percentage points from a year earlier.", Y2023);
    expect(one(facts, 1.5))
      .toMatchObject({ entity: "guizhou", measure: "pp_change", unit: "percentage points",
        subject: "private enterprises" });
    const before = one(facts, 77.5);
    expect(before)
      .toMatchObject({ entity: "guizhou", measure: "share", unit: "%", subject: "private enterprises",
        shareOf: "own" });
    expect(periodLabel(before.period!)).toBe("2022");
    expect(before.derived?.formula).toBe("79 − 1.5 = 77.5 (2023 level minus its 1.5-point rise)");
  });
});

describe("the whole of a share, with its amount after it", () => {
  it("gives 'of the province's total of N' to the province as its trade, and the share no qualifier", () => {
    const facts = factsOf("Wenzhou's trade rose 8 percent in 2021. The city accounted for 6.1 percent of the province's total of "
      + "4.14 trillion yuan.", { title: "Zhejiang city's trade", published: "2022-01-20" });
    expect(one(facts, 4.14)).toMatchObject({ entity: "zhejiang", metric: "trade", measure: "amount" });
    expect(one(facts, 4.14).subject).toBeUndefined();
    expect(one(facts, 6.1)).toMatchObject({ entity: "city:wenzhou", shareOf: "zhejiang" });
    expect(one(facts, 6.1).qualifier).toBeUndefined();
  });
  it("gives 'of China's total foreign trade of N' to China, and the share no qualifier of growth for 'contributed'", () => {
    const facts = factsOf("In the first half of 2025, the Pearl River Delta contributed 20 percent of China's total foreign trade of "
      + "21.5 trillion yuan.", { published: "2025-07-20" });
    expect(one(facts, 21.5)).toMatchObject({ entity: "china", metric: "trade", measure: "amount" });
    expect(one(facts, 20)).toMatchObject({ entity: "region:prd", shareOf: "national" });
    expect(one(facts, 20).qualifier).toBeUndefined();
  });
  it("reads 'of X province's foreign trade of N' likewise, the share no qualifier", () => {
    const facts = factsOf("In 2021, Wenzhou's trade accounted for 6.1 percent of Zhejiang province's foreign trade of 4.14 trillion yuan.",
      { published: "2022-01-20" });
    expect(one(facts, 4.14)).toMatchObject({ entity: "zhejiang", metric: "trade" });
    expect(one(facts, 6.1).qualifier).toBeUndefined();
  });
});
