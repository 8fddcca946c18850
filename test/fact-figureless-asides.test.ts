import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A sentence with no figure that tells where and when something happened, inside a report on a longer period: the
// place and the month it names are not what the next figures are of. Made-up sentences.
const H1 = { published: "2022-07-20" };

describe("a sentence with no figure", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("In the first half of 2022, Hubei's imports and exports were 300.2 billion yuan, up 12.1 percent. "
      + "Trade was disrupted in May by floods along the Yangtze, which held up port logistics in Shanghai. "
      + "Private enterprises traded 180.4 billion yuan, up 20.2 percent, accounting for 60.1 percent of the province's total.", H1); });
  it("leaves the topic and \"the province\" where they were when it names a place only as where something happened", () => {
    expect(one(facts, 180.4).entity).toBe("hubei");
    expect(one(facts, 60.1)).toMatchObject({ entity: "hubei", measure: "share" });
  });
  it("leaves the text's period when it names a month within it", () => {
    expect(periodLabel(one(facts, 180.4).period!)).toBe(periodLabel(one(facts, 300.2).period!));
  });
});

describe("a place that only describes or is ranked against", () => {
  const Y2011 = { published: "2012-01-20" };
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Shaanxi's trade rose 44.2 percent in 2011. The growth rate was the third-fastest among China's 31 "
      + "provincial-level regions, behind only Chongqing and Henan, and 21.7 percentage points higher than the national average of "
      + "22.5 percent. Samsung, the Korea-funded chipmaker, moved its plant into the bonded zone. In 2011 imports and exports "
      + "through the zone reached 3.31 billion dollars. Chip exports from the province were worth 1.02 billion dollars.", Y2011); });
  it("is no owner: the gap is the text's place's, the average of the gap the country's", () => {
    expect(one(facts, 21.7)).toMatchObject({ entity: "shaanxi", measure: "pp_gap" });
    expect(one(facts, 22.5)).toMatchObject({ entity: "china", measure: "growth" });
  });
  it("leaves \"the province\" as it was, and a figure through \"the zone\" is the zone's, not a total", () => {
    expect(one(facts, 1.02).entity).toBe("shaanxi");
    expect(one(facts, 3.31).qualifier).toBe("through the zone");
  });
});
