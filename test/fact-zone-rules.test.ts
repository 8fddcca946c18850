import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A zone's figures (facts/extract.ts): whose total a zone's share is of, the points a zone adds to its place's growth.
// Made-up figures; written against the survivors of the facts area's mutation run, Stop 29.
const Y2019 = { published: "2020-01-20" };
const ZONE = "zone:Lianhua Comprehensive Bonded Zone";
const zoneShare = (lead: string, whole: string) => factsOf(`${lead} The Lianhua Comprehensive Bonded Zone's trade reached `
  + `3 billion yuan, 12 percent of the ${whole}'s total.`, Y2019);

describe("a zone's share of its home's total", () => {
  it("is of the province named before when the words say 'province', of the city when they say 'city'", () => {
    const lead = "Hunan's trade rose 5 percent in 2019. Changsha's trade rose 7 percent.";
    expect(one(zoneShare(lead, "province"), 12)).toMatchObject({ entity: ZONE, shareOf: "hunan" });
    expect(one(zoneShare(lead, "city"), 12)).toMatchObject({ entity: ZONE, shareOf: "city:changsha" });
  });
  it("is of the province of the city named before when no province was named, never of the city", () => {
    const facts = zoneShare("Changsha's trade rose 7 percent in 2019.", "province");
    expect(one(facts, 12)).toMatchObject({ entity: ZONE, shareOf: "hunan" });
  });
});

describe("the points a zone adds to its place's growth", () => {
  it("are the zone's", () => {
    const facts = factsOf("Hunan's trade rose 5 percent in 2019. The Lianhua Comprehensive Bonded Zone's trade rose 30 percent, "
      + "driving the province's trade growth by 2.1 percentage points.", Y2019);
    expect(one(facts, 30).entity).toBe(ZONE);
    expect(one(facts, 2.1)).toMatchObject({ entity: ZONE, measure: "pp_change" });
    expect(one(facts, 5).entity).toBe("hunan");
  });
});

describe("a figure in a sentence about a zone that is not the zone's", () => {
  const LEAD = "Hunan's trade rose 5 percent in 2019. The Lianhua Comprehensive Bonded Zone's trade rose 30 percent, ";
  it("a place's figure in a later clause that names the place", () => {
    const facts = factsOf(`${LEAD}while Hunan's exports rose 4 percent.`, Y2019);
    expect(one(facts, 30).entity).toBe(ZONE);
    expect(one(facts, 4)).toMatchObject({ entity: "hunan", metric: "exports" });
  });
  it("a place's trade through the zone, the place named before the figure", () => {
    const facts = factsOf(`${LEAD}and Hunan's trade through the zone reached 4 billion yuan.`, Y2019);
    expect(one(facts, 4)).toMatchObject({ entity: "hunan", qualifier: "through the zone" });
  });
  it("the country's figure", () => {
    expect(one(factsOf(`${LEAD}and China's exports rose 4 percent.`, Y2019), 4).entity).toBe("china");
  });
});

describe("a zone's figure with a place named after it", () => {
  it("is the zone's when its clause speaks of the zone", () => {
    const facts = factsOf("Hunan's trade rose 5 percent in 2019. The Lianhua Comprehensive Bonded Zone's trade rose 30 percent, "
      + "and the zone has registered 1,234 firms across Hunan.", Y2019);
    expect(one(facts, 1234)).toMatchObject({ entity: ZONE, unit: "firms" });
  });
});

describe("a province in capitals before a hyphen", () => {
  it("is only where the report was filed, in a document whose headline names what owns the figures", () => {
    const facts = factsOf("HAINAN - Imports and exports declared at Lanwan Customs reached 70 billion yuan in 2023.",
      { title: "Lanwan Customs: trade in its district rises", published: "2024-01-20" });
    expect(one(facts, 70).entity).toBe("zone:Lanwan Customs");
  });
});

describe("the zone a sentence is about", () => {
  const LEAD = "Hunan's trade rose 3 percent in 2018. ";
  it("is none when the zone is named only after the sentence's first figure", () => {
    const facts = factsOf(`${LEAD}Trade rose 5 percent in 2019, and exports through the Lianhua Comprehensive Bonded Zone rose `
      + "30 percent.", Y2019);
    expect(one(facts, 5).entity).toBe("hunan");
    expect(one(facts, 30).entity).toBe(ZONE);
  });
  it("is the zone named after an aside, before the first figure", () => {
    const facts = factsOf(`${LEAD}In 2019, trade (in yuan terms) of the Lianhua Comprehensive Bonded Zone rose 30 percent.`, Y2019);
    expect(one(facts, 30).entity).toBe(ZONE);
  });
  it("is none when the zone is named only inside a cause set aside", () => {
    const facts = factsOf(`${LEAD}Trade, boosted by the Lianhua Comprehensive Bonded Zone, rose 5 percent in 2019.`, Y2019);
    expect(one(facts, 5).entity).toBe("hunan");
  });
});
