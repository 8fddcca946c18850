import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Misreadings of stop 30's mutation-test writers and of the combined eval folder (made-up sentences).
const Y2015 = { published: "2016-01-20" };

describe("change participles and elided items", () => {
  it("', growing by N percent' after a part's amount is that part's change, no item named 'growing'", () => {
    const facts = factsOf("In 2015, Qinghai's foreign trade reached 9 billion yuan. Its processing trade topped $2 billion, "
      + "growing by more than 30% year on year.", Y2015);
    expect(one(facts, 30).subject).toBe("processing trade");
    expect(one(facts, 30).qualifier ?? "").not.toMatch(/growing/);
  });
  it("', increasing by' and ', declining by' are no items either", () => {
    const facts = factsOf("In 2015, Qinghai's processing trade reached $2 billion, increasing by 31 percent, and its border "
      + "trade $1 billion, declining by 4 percent.", Y2015);
    expect(facts.filter((f) => /increasing|declining/.test(`${f.subject ?? ""} ${f.qualifier ?? ""}`))).toEqual([]);
  });
});

describe("a sentence led 'Nationally,'", () => {
  it("keeps the partner it names: the country's trade with that partner, not its total", () => {
    const facts = factsOf("Qinghai's trade with Peru rose 9.2 percent in 2015. Nationally, trade with Peru rose 4.7 percent.", Y2015);
    expect(one(facts, 4.7)).toMatchObject({ entity: "china", partner: "partner:pe" });
  });
  it("each clause keeps its own partner", () => {
    const facts = factsOf("Qinghai's trade rose 9.2 percent in 2015. Nationally, exports to the EU grew 3.3 percent and imports "
      + "from Brazil fell 2.2 percent.", Y2015);
    expect(one(facts, 3.3)).toMatchObject({ entity: "china", partner: "partner:eu" });
    expect(one(facts, -2.2)).toMatchObject({ entity: "china", partner: "partner:br" });
  });
  it("a lead with no partner is still the country's total", () => {
    const facts = factsOf("Qinghai's trade with Peru rose 9.2 percent in 2015. Nationally, foreign trade grew 7.6 percent.", Y2015);
    expect(one(facts, 7.6)).toMatchObject({ entity: "china" });
    expect(one(facts, 7.6).partner).toBeUndefined();
  });
});

describe("'respectively' runs and their partners", () => {
  it("places mapped onto figures keep the one partner named after the figures", () => {
    const facts = factsOf("In 2015, Qinghai, Gansu and Ningxia traded 1.4, 2.5 and 3.6 billion yuan with Peru respectively.", Y2015);
    expect(one(facts, 1.4)).toMatchObject({ entity: "qinghai", partner: "partner:pe" });
    expect(one(facts, 2.5)).toMatchObject({ entity: "gansu", partner: "partner:pe" });
    expect(one(facts, 3.6)).toMatchObject({ entity: "ningxia", partner: "partner:pe" });
  });
  it("a partner in a later clause of its own is not the places'", () => {
    const facts = factsOf("In 2015, Qinghai, Gansu and Ningxia traded 1.4, 2.5 and 3.6 billion yuan respectively, and Peru "
      + "was their top partner.", Y2015);
    expect(one(facts, 1.4).partner).toBeUndefined();
  });
  it("changes after a total and two partners' amounts go to each in order, the first to the total", () => {
    const facts = factsOf("In 2015, Qinghai's exports were 1.1 trillion yuan, with the EU 0.5 trillion yuan and with the US "
      + "0.4 trillion yuan, increases of 27.1, 26.2 and 34.3 percent respectively.", Y2015);
    expect(one(facts, 27.1)).toMatchObject({ entity: "qinghai", metric: "exports" });
    expect(one(facts, 27.1).partner).toBeUndefined();
    expect(one(facts, 26.2)).toMatchObject({ entity: "qinghai", partner: "partner:eu" });
    expect(one(facts, 34.3)).toMatchObject({ entity: "qinghai", partner: "partner:us" });
  });
});

describe("a percent more than another place's figure", () => {
  it("'That was N percent more than Ningxia's' after amounts is no amount in '%' of anyone", () => {
    const facts = factsOf("In 2015, Qinghai's exports reached 3.4 billion yuan and Ningxia's 2.8 billion yuan. That was 21.4 "
      + "percent more than Ningxia's.", Y2015);
    expect(facts.filter((f) => f.value === 21.4)).toEqual([]);
  });
  it("a percent more than a month's, or than in a year, is still a change", () => {
    const facts = factsOf("Qinghai's exports in March 2015 were 10.2 percent higher than February's.", Y2015);
    expect(one(facts, 10.2).entity).toBe("qinghai");
    const other = factsOf("In 2015, Qinghai's exports rose 12.7 percent more than in 2014.", Y2015);
    expect(one(other, 12.7)).toMatchObject({ entity: "qinghai", measure: "growth" });
  });
});

describe("a carrier named after a count", () => {
  it("'…, and 2,000 TEUs carried by trucks' after trains counted is the trucks' load, not the trains'", () => {
    const facts = factsOf("In 2015, 310 freight trains left Qinghai. They carried 15,700 TEUs, and 2,300 TEUs carried by trucks.",
      Y2015);
    expect(one(facts, 2300).qualifier).toBe("carried by trucks");
    expect(one(facts, 15700).qualifier).toBe("carried by trains");
  });
});

describe("a share's verb ends the goods before it", () => {
  it("'exports of garments made up 12 percent' are of garments, not 'garments made'", () => {
    const facts = factsOf("Qinghai's exports of garments made up 13 percent of its total exports in 2015.", Y2015);
    expect(one(facts, 13).subject).toBe("garments");
    const other = factsOf("Qinghai's exports of garments represented 14 percent of its total exports in 2015.", Y2015);
    expect(one(other, 14).subject).toBe("garments");
  });
});

describe("'the city's' after a province", () => {
  it("a municipality is still 'the city'", () => {
    const facts = factsOf("Tianjin's trade rose 3.2 percent in 2015. In Tianjin, the city's exports rose 5.4 percent.", Y2015);
    expect(one(facts, 5.4).entity).toBe("tianjin");
  });
});

describe("'the zone's' in a later clause", () => {
  it("turns only that clause's figure to the zone in focus", () => {
    const facts = factsOf("Gansu's trade rose 5.1 percent in 2015. The Heyuan Comprehensive Bonded Zone's trade rose 31 percent. "
      + "Gansu's exports reached 4.6 billion yuan, and the zone's imports 2.7 billion yuan.", Y2015);
    expect(one(facts, 2.7).entity).toBe("zone:Heyuan Comprehensive Bonded Zone");
    expect(one(facts, 4.6).entity).toBe("gansu");
  });
});
