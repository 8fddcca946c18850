import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Whose a figure is, rule by rule in facts/extract.ts (the owner and partner of a figure, a zone's figures, the
// country's trains), on made-up sentences. Written against the survivors of the facts area's mutation run, Stop 29.
const Y2019 = { published: "2020-01-20" };

describe("trains a route names, counted nationwide", () => {
  it("are the country's", () => {
    const facts = factsOf("Jilin's trade rose 5 percent in 2019. China-Europe freight trains nationwide made 9,800 trips "
      + "in 2019.", Y2019);
    expect(one(facts, 9800)).toMatchObject({ entity: "china", measure: "count", unit: "trips" });
  });
  it("are the place's when the route is not counted nationwide", () => {
    const facts = factsOf("Jilin's trade rose 5 percent in 2019. China-Europe freight trains made 9,800 trips in 2019.", Y2019);
    expect(one(facts, 9800).entity).toBe("jilin");
  });
  it("are the place's when the route is named after the figure, or in a clause before the figure's", () => {
    const after = factsOf("Jilin's trade rose 5 percent in 2019. Freight trains nationwide made 9,800 trips in 2019, more "
      + "than China-Europe freight trains did in 2018.", Y2019);
    expect(one(after, 9800).entity).toBe("jilin");
    const before = factsOf("Jilin's trade rose 5 percent in 2019. China-Europe freight trains grew busier, while freight "
      + "trains nationwide made 9,800 trips in 2019.", Y2019);
    expect(one(before, 9800).entity).toBe("jilin");
  });
});

describe("partners named together", () => {
  it("are the figure's together, no one of them alone: two or three", () => {
    const two = factsOf("Jilin's imports from Vietnam and Thailand rose 5 percent in 2019.", Y2019);
    expect(one(two, 5)).toMatchObject({ entity: "jilin" });
    expect(one(two, 5).partner).toBeUndefined();
    const three = factsOf("Jilin's imports from Vietnam, Laos and Thailand rose 5 percent in 2019.", Y2019);
    expect(one(three, 5).partner).toBeUndefined();
  });
  it("give each flow's figure its own partner in a clause after the figure before", () => {
    const facts = factsOf("Imports from Vietnam rose 3 percent in 2019 and exports to Laos fell 2 percent.", Y2019);
    expect(one(facts, 3).partner).toBe("partner:vn");
    expect(one(facts, -2).partner).toBe("partner:la");
  });
});

describe("a share of a place named after the figure", () => {
  it("is that place's in the figure's clause", () => {
    const facts = factsOf("Trade with Japan accounted for 9 percent of Hebei's total trade in 2019.", Y2019);
    expect(one(facts, 9)).toMatchObject({ entity: "hebei", partner: "partner:japan", measure: "share" });
  });
  it("is not the place's a later clause names", () => {
    const facts = factsOf("Trade with Japan accounted for 9 percent in 2019, while Hebei's total trade rose 4 percent.", Y2019);
    expect(one(facts, 9).entity).not.toBe("hebei");
    expect(one(facts, 4).entity).toBe("hebei");
  });
});

describe("a place that is not the figure's owner", () => {
  it("a place in a compound word that describes a firm", () => {
    const facts = factsOf("Hunan's trade rose 5 percent in 2019. A Shenzhen-based trader exported 2 billion yuan of phones "
      + "in 2019.", Y2019);
    expect(one(facts, 2)).toMatchObject({ entity: "hunan", metric: "exports" });
  });
  it("a place ranked against after the figure", () => {
    const facts = factsOf("Guizhou's trade rose 9 percent in 2018. Exports grew 12 percent behind only Chongqing in 2019.", Y2019);
    expect(one(facts, 12)).toMatchObject({ entity: "guizhou", metric: "exports" });
  });
  it("China named in a pair with a hyphen, before or after it", () => {
    for (const pair of ["Russia-China", "China-Russia"]) {
      const facts = factsOf(`${pair} trade through Erenhot rose 5 percent in 2019.`, Y2019);
      expect(one(facts, 5)).toMatchObject({ entity: "city:erenhot", partner: "partner:russia" });
    }
  });
  it("a city or province the trade is with, after the place the text is about", () => {
    for (const [where, id] of [["Shenzhen", "city:shenzhen"], ["Shanghai", "shanghai"]]) {
      const facts = factsOf(`Jilin's trade rose 5 percent in 2019. Trade with ${where} rose 4 percent.`, Y2019);
      expect(one(facts, 4)).toMatchObject({ entity: "jilin", partner: id });
    }
  });
  it("the province whose capital the sentence speaks of", () => {
    const facts = factsOf("Wuhan's trade rose 5 percent in 2019. The capital of Hubei province saw its imports rise 8 percent.",
      Y2019);
    expect(one(facts, 8)).toMatchObject({ entity: "city:wuhan", metric: "imports" });
  });
});

describe("'the country' after a flow to or from it", () => {
  const LEAD = "Hebei's exports to Russia jumped 12 percent in 2019, while ";
  it("is the partner named before", () => {
    expect(one(factsOf(`${LEAD}imports from the country rose 3 percent.`, Y2019), 3))
      .toMatchObject({ entity: "hebei", partner: "partner:russia", metric: "imports" });
  });
  it("leaves a country named by its name after a flow the country named", () => {
    expect(one(factsOf("Hebei's exports to Japan jumped 12 percent in 2019, while imports from Russia rose 3 percent.", Y2019), 3))
      .toMatchObject({ entity: "hebei", partner: "partner:russia", metric: "imports" });
  });
  it("is China when it owns the flow or the flow goes across it", () => {
    const owned = one(factsOf(`${LEAD}the country's imports rose 3 percent.`, Y2019), 3);
    expect(owned).toMatchObject({ entity: "china", metric: "imports" });
    expect(owned.partner).toBeUndefined();
    const across = one(factsOf(`${LEAD}trade across the country rose 3 percent.`, Y2019), 3);
    expect(across).toMatchObject({ entity: "china", metric: "trade" });
    expect(across.partner).toBeUndefined();
  });
});

describe("a partner that leads its sentence", () => {
  const LEAD = "Guangxi's trade rose 5 percent in 2019. Vietnam remained its largest trading partner, with trade of 50 billion yuan, ";
  it("owns its own figure, not one a partner named after that figure owns", () => {
    const facts = factsOf(`${LEAD}ahead of Malaysia (37.2 billion yuan).`, Y2019);
    expect(one(facts, 50)).toMatchObject({ entity: "guangxi", partner: "partner:vn" });
    expect(one(facts, 37.2)).toMatchObject({ entity: "guangxi", partner: "partner:my" });
  });
  it("owns no figure of a later clause that trades with another partner", () => {
    const facts = factsOf(`${LEAD}and trade with Chile rose 12 percent.`, Y2019);
    expect(one(facts, 12)).toMatchObject({ entity: "guangxi", partner: "partner:cl" });
  });
});

describe("'the province's' and 'the city's' after a place", () => {
  it("set as an appositive of the place: the place's figure", () => {
    const facts = factsOf("Henan's trade rose 3 percent in 2019. Zhengzhou, the province's capital, saw exports rise 5 percent.",
      Y2019);
    expect(one(facts, 5)).toMatchObject({ entity: "city:zhengzhou", metric: "exports" });
  });
  it("after a city its province locates: the city's, after the province was the topic", () => {
    for (const lead of ["Customs in", "In"]) {
      const facts = factsOf(`Henan's trade rose 3 percent in 2019. ${lead} Luoyang, Henan province, the city's exports rose `
        + "5 percent.", Y2019);
      expect(one(facts, 5)).toMatchObject({ entity: "city:luoyang", metric: "exports" });
    }
  });
  it("'the city's' set after a province: the province's figure, not the city named before", () => {
    const facts = factsOf("Luoyang's trade rose 3 percent in 2019. Henan province, the city's home, saw exports rise 5 percent.",
      Y2019);
    expect(one(facts, 5).entity).toBe("henan");
  });
});

describe("a figureless sentence on a partner of 'the province' after figures of its cities", () => {
  it("goes back to the province: the partners' figures after it are the province's, not the last city's", () => {
    const facts = factsOf("In 2031 the trade of Hunan province was 600.2 billion yuan, down 1.1%. Changsha followed with "
      + "310.5 billion yuan, and Yueyang's trade was 50.3 billion yuan.\nChile was the largest single-country trading partner "
      + "of the province. Trade with Peru grew fastest, while trade with Japan fell 8.8%.", { published: "2032-03-01" });
    expect(one(facts, -8.8)).toMatchObject({ entity: "hunan", partner: "partner:japan" });
  });
});
