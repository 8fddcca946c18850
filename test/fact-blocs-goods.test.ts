import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { findPeriods } from "../text/periods.js";
import { place } from "../text/places.js";

// Sentence shapes of partner blocs, goods and averages (made-up sentences): whose figure it is, of what, against what.
const Y2023 = { title: "Xiamen trade in 2023", published: "2024-01-25" };
const H1 = { title: "Baotou trade", published: "2025-07-18" };

describe("partners and blocs", () => {
  it("gives 'trade with the bloc' to the bloc named before", () => {
    const facts = factsOf("ASEAN has been Xiamen's largest trading partner for years. Trade with the bloc totaled 96.3 billion "
      + "yuan in 2023, up 4.6 percent.", Y2023);
    expect([one(facts, 96.3).entity, one(facts, 96.3).partner, one(facts, 4.6).partner])
      .toEqual(["city:xiamen", "partner:asean", "partner:asean"]);
  });

  it("gives the figure after 'Among the bloc's members, X was the biggest partner' to X, and each later one to its own", () => {
    const facts = factsOf("Xiamen's trade fell in 2023. Among ASEAN members, Vietnam was the city's biggest partner at 48.9 "
      + "billion yuan, ahead of Malaysia (37.2 billion yuan) and Indonesia (31.5 billion yuan).", Y2023);
    expect([48.9, 37.2, 31.5].map((v) => [one(facts, v).partner, one(facts, v).metric])).toEqual([
      ["partner:vn", "trade"], ["partner:my", "trade"], ["partner:id", "trade"]]);
  });

  it("keeps the lead partner for its figure when its scope stands between ('X remained its top partner in ASEAN, with …')", () => {
    const facts = factsOf("Vietnam remained Nanning's top trading partner in ASEAN, with trade of 12.5 billion yuan in 2023.",
      Y2023);
    expect(one(facts, 12.5).partner).toBe("partner:vn");
  });

  it("knows the members of the blocs", () => {
    expect(place("partner:asean")?.members).toContain("partner:vn");
    expect(place("partner:eu")?.members).toEqual(expect.arrayContaining(["partner:germany", "partner:fr"]));
    expect(place("partner:rcep")?.members).toEqual(expect.arrayContaining(["partner:japan", "partner:south-korea"]));
  });
});

describe("trade modes", () => {
  it("reads 'Border small-volume trade reached N' as border trade", () => {
    expect(one(factsOf("Guangxi's trade grew in 2023. Border small-volume trade reached 91.5 billion yuan.", Y2023), 91.5).subject)
      .toBe("border trade");
  });
});

describe("a place named by its kind", () => {
  it("reads 'imports of the city from X' as the city's imports from X, with no goods", () => {
    const facts = factsOf("Harbin's trade grew in 2023. Imports of the city from Kazakhstan reached 1.1 billion yuan.", Y2023);
    expect([one(facts, 1.1).entity, one(facts, 1.1).partner, one(facts, 1.1).subject])
      .toEqual(["city:harbin", "partner:kz", undefined]);
  });

  it("still reads goods after 'exports of' ('exports of port machinery')", () => {
    expect(one(factsOf("Exports of port machinery from Shanghai reached 2.4 billion yuan in 2023.", Y2023), 2.4).subject)
      .toBe("port machinery");
  });
});

describe("goods before a flow", () => {
  it.each([
    ["an adverb between the flow and its verb", "Rare earth exports alone reached 3.6 billion yuan in 2023.", 3.6, "rare earth"],
    ["a partner between the flow and its verb", "Coal imports from Mongolia reached 30.4 billion yuan in 2023.", 30.4, "coal"],
    ["a verb of recording", "Steel exports registered 8.8 billion yuan in 2023.", 8.8, "steel"],
    ["the way they came between the flow and its verb", "Nickel ore imports through the port reached 8.35 billion yuan "
      + "in 2023, up 12.4 percent.", 8.35, "nickel ore"],
    ["the measure named before the goods", "With prices lower, the value of iron ore imports fell 4.4 percent to 6.12 "
      + "billion yuan.", 6.12, "iron ore"],
  ])("names the goods with %s", (_name, sentence, value, goods) => {
    const facts = factsOf(`Baotou's foreign trade rose in 2023. ${sentence}`, Y2023);
    expect([one(facts, value).subject, one(facts, value).entity]).toEqual([goods, "city:baotou"]);
  });

  it("names the goods of 'X and Y, whose exports more than doubled to N', never the place's total exports", () => {
    const facts = factsOf("Ningxia's trade rose in 2024. The rise came mainly from monocrystalline silicon and silicon wafers, "
      + "whose exports more than doubled to 2.4 billion yuan.", Y2023);
    expect([one(facts, 2.4).subject, one(facts, 2.4).metric]).toEqual(["monocrystalline silicon and silicon wafers", "exports"]);
    const firm = factsOf("Ningxia's trade rose in 2024. Growth came from Longji, a solar company, whose exports reached 1.1 "
      + "billion yuan.", Y2023);
    expect(one(firm, 1.1).subject ?? "").not.toMatch(/company/);
  });

  it("reads 'Of this, durian imports from A and B were N' as the goods' imports from both, from neither alone", () => {
    const facts = factsOf("Guangxi's fruit imports came to 42.5 billion yuan in 2024. Of this, durian imports from Vietnam and "
      + "Thailand were 8.9 billion yuan.", Y2023);
    expect([one(facts, 8.9).subject, one(facts, 8.9).partner, one(facts, 8.9).entity]).toEqual(["durian", undefined, "guangxi"]);
  });

  it("gives each figure the goods named last before it in a run of 'exports of X rose N, exports of Y rose M'", () => {
    const facts = factsOf("In 2023, Taiyuan's exports of steel pipes rose 41 percent, exports of coke rose 17 percent, and "
      + "exports of magnesium fell 8 percent.", Y2023);
    expect([41, 17, -8].map((v) => one(facts, v).subject)).toEqual(["steel pipes", "coke", "magnesium"]);
  });

  it.each([
    ["the goods before 'worth'", "Taiyuan exported steel pipes worth 4.2 billion yuan, up 9 percent.", "steel pipes"],
    ["the goods after the value", "Taiyuan exported 4.2 billion yuan of steel pipes, up 9 percent.", "steel pipes"],
    ["a participle after the goods", "The value of steel pipes exported by Taiyuan rose 9 percent to 4.2 billion yuan.",
      "steel pipes"],
  ])("gives a value and its change the goods a verb of trade names: %s", (_name, sentence, goods) => {
    const facts = factsOf(`Taiyuan's trade grew in 2023. ${sentence}`, Y2023);
    expect([one(facts, 4.2).subject, one(facts, 9).subject]).toEqual([goods, goods]);
  });

  it("reads 'imported X worth N and Y worth M' as two goods, and 'exported goods worth N' as the place's total", () => {
    const facts = factsOf("In 2023, Taiyuan imported coking coal worth 6.3 billion yuan and iron ore worth 2.7 billion yuan. "
      + "Altogether it exported goods worth 51.2 billion yuan.", Y2023);
    expect([6.3, 2.7, 51.2].map((v) => one(facts, v).subject)).toEqual(["coking coal", "iron ore", undefined]);
  });

  it("gives 'G accounted for N percent of the city's exports' to the goods, never to a place or a flow that opens it", () => {
    const facts = factsOf("Taiyuan's exports reached 80.4 billion yuan in 2023. Steel pipes accounted for 14.6 percent of the "
      + "city's exports. Xiaodian accounted for 22.5 percent of them. Exports made up 61.3 percent of its trade.", Y2023);
    expect([14.6, 22.5, 61.3].map((v) => [one(facts, v).subject, one(facts, v).entity])).toEqual([
      ["steel pipes", "city:taiyuan"], [undefined, "city:taiyuan"], [undefined, "city:taiyuan"]]);
  });

  it("reads the members of a group: 'X led the group with N, followed by Y at M and Z at K', in the flow of the text", () => {
    const facts = factsOf("Xiamen's exports of the 'new three' products rose 35.7 percent to 29.8 billion yuan in 2023. "
      + "Lithium batteries led the group with 17.1 billion yuan, followed by solar cells at 8.2 billion yuan and electric "
      + "vehicles at 4.5 billion yuan.", Y2023);
    expect([17.1, 8.2, 4.5].map((v) => [one(facts, v).subject, one(facts, v).metric])).toEqual([
      ["lithium batteries", "exports"], ["solar cells", "exports"], ["electric vehicles", "exports"]]);
  });
});

describe("gaps to another average than the nation's", () => {
  const text = "Baotou recorded foreign trade of 19.6 billion yuan in the first half of 2025, up 16.8 percent year on year. "
    + "The growth rate was 9.4 percentage points higher than the regional average.";

  it("marks a gap to the regional average as regional", () => {
    const gap = factsOf(text, H1).find((f) => f.measure === "pp_gap")!;
    expect([gap.value, gap.scope]).toEqual([9.4, "regional"]);
  });

  it("leaves a gap to the national average unmarked", () => {
    const gap = factsOf(text.replace("regional", "national"), H1).find((f) => f.measure === "pp_gap")!;
    expect(gap.scope).toBeUndefined();
  });

  it("works out the province's rate from a city's growth and its gap to the regional average", () => {
    const parent = factsOf(text, H1).find((f) => f.entity === "inner-mongolia")!;
    expect([parent.measure, parent.value, parent.derived?.from.length]).toEqual(["growth", 7.4, 2]);
    expect(factsOf(text.replace("regional", "national"), H1).some((f) => f.entity === "inner-mongolia")).toBe(false);
  });
});

describe("months and names", () => {
  it("reads a month's name after a surname as a given name, and after words that lead into a date as a month", () => {
    const ctx = { docYear: 2025, docMonth: 1 };
    expect(findPeriods("the figures rose sharply, said Ma Jun, deputy director of the customs office.", ctx)).toEqual([]);
    expect(findPeriods("Zhang May told reporters that exports grew.", ctx)).toEqual([]);
    expect(findPeriods("In May, exports grew. Since Jun 2024 imports fell.", ctx).map((p) => p.text)).toEqual(["May", "Jun 2024"]);
  });
});

describe("periods a sentence looks ahead to", () => {
  it("reads 'the second half' in a plan as the coming one, and in a report as the last one", () => {
    const ctx = { docYear: 2025, docMonth: 7 };
    expect(findPeriods("The city would open two new routes in the second half.", ctx)[0]?.period.y1).toBe(2025);
    expect(findPeriods("Exports grew in the second half.", ctx)[0]?.period.y1).toBe(2024);
  });
});

describe("goods a list names, and goods of 'shipments of'", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Hebei's exports grew in 2024. Exports of the \"new three\" products and of ships grew rapidly: "
      + "shipments of ships rose 41.8 percent to 27.6 billion yuan, and exports of electric vehicles, lithium batteries and "
      + "solar cells together rose 22.7 percent to 9.3 billion yuan.", { published: "2025-01-20" }); });
  it("reads 'shipments of ships' as the ships' exports, not the group named before", () => {
    expect(facts.find((f) => f.value === 27.6)).toMatchObject({ metric: "exports", subject: "ships" });
  });
  it("reads every kind of a group's members listed together as the group", () => {
    expect(facts.find((f) => f.value === 9.3)).toMatchObject({ metric: "exports", subject: "new three" });
    const two = factsOf("Hebei's exports grew in 2024. Exports of electric vehicles and lithium batteries rose 22.7 percent to "
      + "9.3 billion yuan.", { published: "2025-01-20" });
    expect(two.find((f) => f.value === 9.3)?.subject).not.toBe("new three");
  });
  it("leaves out the place the goods come from ('… and solar cells from Wuxi totaled …')", () => {
    const from = factsOf("Wuxi's exports grew in 2023. Exports of electric vehicles, lithium-ion batteries and solar cells from "
      + "Wuxi totaled 23.8 billion yuan, up 132.6 percent.", { published: "2024-01-20" });
    expect(from.find((f) => f.value === 23.8)).toMatchObject({ metric: "exports", subject: "new three" });
  });
});
