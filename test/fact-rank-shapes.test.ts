import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Each part of a stated rank: whose it is, by which flow, among whom, for when, and the words it cites; one sentence
// shape each. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const ranks = (text: string) => factsOf(text, Y2023).filter((f) => f.measure === "rank").map((f) => ({
  entity: f.entity, metric: f.metric, value: f.value, scope: f.scope, qualifier: f.qualifier, subject: f.subject,
  period: f.period && periodLabel(f.period), cited: text.slice(f.valueStart, f.valueEnd),
}));

describe("ranks with their flows", () => {
  it("gives each rank the flow its clause names before it", () => {
    expect(ranks("Wuhu's trade grew in the first half. Its exports ranked 9th and its imports ranked 12th among the "
      + "province's cities.")).toEqual([
      { entity: "city:wuhu", metric: "exports", value: 9, scope: undefined, qualifier: undefined, subject: undefined,
        period: "first half of 2023", cited: "ranked 9th" },
      { entity: "city:wuhu", metric: "imports", value: 12, scope: "among the province's cities", qualifier: undefined,
        subject: undefined, period: "first half of 2023", cited: "ranked 12th among the province's cities" },
    ]);
  });
  it("gives a rank the flow its own phrase names, over the flow of the clause before", () => {
    expect(ranks("Hebei's trade grew 5 percent in 2023, ranking third in the country for exports.")).toMatchObject([
      { entity: "hebei", metric: "exports", value: 3, scope: "in the country", period: "2023", cited: "ranking third in the country" },
    ]);
    expect(ranks("Hebei's trade grew 5 percent in 2023, ranking third in the country.")).toMatchObject([
      { entity: "hebei", metric: "trade", value: 3, scope: "in the country" },
    ]);
  });
  it("reads one rank per flow, each citing its own ordinal and flow", () => {
    expect(ranks("Anhui's trade grew 5 percent in 2023. The province ranked 11th nationwide for total trade and 9th for exports."))
      .toEqual([
        { entity: "anhui", metric: "trade", value: 11, scope: "nationwide", qualifier: undefined, subject: undefined, period: "2023",
          cited: "11th nationwide for total trade" },
        { entity: "anhui", metric: "exports", value: 9, scope: "nationwide", qualifier: undefined, subject: undefined, period: "2023",
          cited: "9th for exports" },
      ]);
  });
  it("ranks goods by the flow they are named with, and goods with none by trade", () => {
    expect(ranks("Trade grew in 2023. Anhui ranked 8th in China for exports of mechanical and electrical products, and 6th "
      + "for high-tech products.")).toEqual([
      { entity: "anhui", metric: "exports", value: 8, scope: "in China", qualifier: "mechanical and electrical products",
        subject: "mechanical and electrical products", period: "2023", cited: "8th" },
      { entity: "anhui", metric: "trade", value: 6, scope: "in China", qualifier: "high-tech products", subject: "high-tech products",
        period: "2023", cited: "6th" },
    ]);
  });
});

describe("whose rank it is", () => {
  it("is the city the text last named for 'The city ranked …', not the province it went on to", () => {
    expect(ranks("Hefei's exports rose 5 percent in 2023. Anhui's trade rose 3 percent. The city ranked second in the province."))
      .toMatchObject([{ entity: "city:hefei", value: 2, scope: "in the province", cited: "ranked second in the province" }]);
    // ("It ranked …" goes on with the place the text is about)
    expect(ranks("Hefei's exports rose 5 percent in 2023. Anhui's trade rose 3 percent. It ranked second in the country."))
      .toMatchObject([{ entity: "anhui", value: 2 }]);
  });
  it("is the place before 'the third fastest', a rank by growth", () => {
    expect(ranks("Hefei's exports grew 5 percent in 2023, the third fastest among the province's cities.")).toEqual([
      { entity: "city:hefei", metric: "exports", value: 3, scope: "among the province's cities", qualifier: "growth rate",
        subject: undefined, period: "2023", cited: "the third fastest among the province's cities" },
    ]);
  });
  it("is the city 'put the city fourth' names, with the period of the text", () => {
    expect(ranks("Anhui's trade grew in 2023. Hefei's exports rose 5 percent, which put the city fourth among the province's "
      + "cities.")).toEqual([{ entity: "city:hefei", metric: "exports", value: 4, scope: "among the province's cities",
      qualifier: undefined, subject: undefined, period: "2023", cited: "put the city fourth among the province's cities" }]);
  });
});

describe("a place said to take or hold a place in the table", () => {
  it("reads '… edge past X (…) and take 10th place' as the province's rank, never the place passed", () => {
    const found = ranks("The biggest change was Guizhou, which climbed into the top ten. The province's trade rose 6.2 percent "
      + "to 702.1 billion yuan in 2023, enough to edge past Yunnan (699.4 billion yuan) and take 10th place, just behind "
      + "Hebei (712.5 billion yuan). Gansu held eighth place with 812.3 billion yuan.");
    expect(found.map(({ entity, metric, value }) => ({ entity, metric, value }))).toEqual([
      { entity: "guizhou", metric: "trade", value: 10 }, { entity: "gansu", metric: "trade", value: 8 }]);
  });
});
