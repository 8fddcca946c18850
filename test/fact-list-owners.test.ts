import { describe, expect, it } from "vitest";
import type { Fact } from "../text/terms.js";
import { factsOf } from "./helpers/facts.js";

// The facts without figures a sentence states of a list of places or items (listFacts, sharedListFacts and
// namedListFacts in facts/extract.ts): whose list it is, its members or items, its flow and period, where it is cited,
// and the runs that are no such list. Made-up sentences. (Written against the mutants that survived the facts area's
// mutation run, Stop 26: a list's span emptied or cut at its second item, a list kept with no owner, a list of
// partners or of places mapped to figures kept as a statement, the first flow of the sentence taken over the
// statement's own, a period dropped, a group's members read as a statement or a statement as a group's members, a
// partner taken as the owner, a long statement kept whole.)
const listed = (text: string) => factsOf(text).filter((f) => f.measure === "listed");
const described = (text: string, f: Fact) => ({
  entity: f.entity, members: f.members, items: f.items, metric: f.metric, qualifier: f.qualifier,
  year: f.period?.y1, cited: text.slice(f.valueStart, f.valueEnd),
});

describe("a statement shared by a run of places", () => {
  it("is cited at the run, with its members, the statement's own flow and no period when none is said", () => {
    const text = "Driven by exports, Hubei, Hunan and Henan saw imports grow.";
    const found = listed(text);
    expect(found.map((f) => described(text, f))).toEqual([{ entity: "list:hubei+hunan+henan",
      members: ["hubei", "hunan", "henan"], items: undefined, metric: "imports", qualifier: "saw imports grow",
      year: undefined, cited: "Hubei, Hunan and Henan" }]);
    expect(Object.keys(found[0]!)).not.toContain("period");
  });
  it("takes the period of its sentence, else of the text before", () => {
    expect(listed("In 2023, Hubei, Hunan and Henan saw imports grow.").map((f) => f.period?.y1)).toEqual([2023]);
    expect(listed("Trade grew in 2022. Hubei, Hunan and Henan led the way.").map((f) => f.period?.y1)).toEqual([2022]);
  });
  it("keeps at most 160 characters of a long statement", () => {
    const text = "In 2023, Hubei, Hunan and Henan saw imports of integrated circuits, semiconductor manufacturing equipment, "
      + "liquid crystal display panels, lithium-ion batteries and electric vehicles grow faster than in any year since "
      + "the start of the century.";
    const [fact] = listed(text);
    expect(fact?.qualifier).toHaveLength(160);
    expect(fact?.qualifier?.startsWith("saw imports of integrated circuits")).toBe(true);
  });
  it("is no statement when the places are mapped to figures, or the run has a partner or the nation in it", () => {
    expect(listed("Hubei, Hunan and Henan recorded growth of 5.1, 6.2 and 7.3 percent respectively.")).toEqual([]);
    expect(listed("Hubei, Hunan, Henan and the EU have all grown.")).toEqual([]);
    expect(listed("Hubei, Hunan, Henan and China all posted growth.")).toEqual([]);
  });
});

describe("the members a group's definition spells out", () => {
  it("are the members of each group, named by the group whose members they all are, with no verb after them", () => {
    const text = "In 2023, the three central provinces - Hubei, Hunan and Henan - and the four inland provinces - Hubei, "
      + "Sichuan, Shaanxi and Gansu - drew more investment.";
    expect(listed(text).map((f) => [f.qualifier, text.slice(f.valueStart, f.valueEnd)])).toEqual([
      ["members of the three central provinces", "Hubei, Hunan and Henan"],
      ["members of the four inland provinces", "Hubei, Sichuan, Shaanxi and Gansu"],
    ]);
  });
  it("are no group's members when the count does not fit them, even where one of them is a group's member", () => {
    const text = "The three central provinces - Hubei, Hunan and Henan - grew fast. Ten provinces - Hubei, Jiangsu and "
      + "Zhejiang - drew investment.";
    expect(listed(text).map((f) => f.members)).toEqual([["hubei", "hunan", "henan"]]);
  });
  it("are a statement when the members are named again later, not the group's definition", () => {
    const text = "The three central provinces - Hubei, Hunan and Henan - drew investment. Hubei, Hunan and Henan saw imports "
      + "grow in 2023.";
    expect(listed(text).map((f) => f.qualifier)).toEqual(["members of the three central provinces", "saw imports grow in 2023"]);
  });
});

describe("items sharing one statement", () => {
  it("belong to the place named before them, cited at the items", () => {
    const text = "Hubei's trade with Laos, Myanmar and Cambodia more than doubled in 2023.";
    expect(listed(text).map((f) => described(text, f))).toEqual([{ entity: "hubei", members: undefined,
      items: ["Laos", "Myanmar", "Cambodia"], metric: "partners", qualifier: "trade more than doubled in 2023", year: 2023,
      cited: "Laos, Myanmar and Cambodia" }]);
  });
  it("belong to the place named before them, not to a partner named after that place", () => {
    expect(listed("Hubei's exports to the EU rose, and its trade with Laos, Myanmar and Cambodia more than doubled.")
      .map((f) => f.entity)).toEqual(["hubei"]);
  });
  it("belong to the text's place when none is named before them, not to a place named after", () => {
    expect(listed("Hubei's trade grew. Trade with Laos, Myanmar and Cambodia more than doubled, outpacing Hunan.")
      .map((f) => f.entity)).toEqual(["hubei"]);
  });
  it("are no list when no place owns them", () => {
    expect(factsOf("Trade with Laos, Myanmar and Cambodia more than doubled.").map((f) => f.measure)).toEqual(["multiple"]);
  });
});

describe("a list named by what its items are", () => {
  it("belongs to the province 'the province's' refers to, cited at its items", () => {
    const text = "Hubei's trade grew. Wuhan's exports rose 3 percent. The province's three biggest trading partners were "
      + "ASEAN, the EU and the US.";
    expect(listed(text).map((f) => described(text, f))).toEqual([{ entity: "hubei", members: undefined,
      items: ["ASEAN", "EU", "US"], metric: "partners", qualifier: "three biggest trading partners", year: undefined,
      cited: "ASEAN, the EU and the US" }]);
  });
  it("is no list with no owner, nor a list of partners or neighbours with an item that is no place", () => {
    expect(listed("Its three biggest trading partners were ASEAN, the EU and the US.")).toEqual([]);
    expect(listed("Hubei's trade grew. Its three biggest trading partners were ASEAN, the EU and emerging markets."))
      .toEqual([]);
    expect(listed("Yunnan's trade grew. It borders Myanmar, Laos and many ethnic regions.")).toEqual([]);
  });
  it("lists the countries a place borders with their scope", () => {
    expect(listed("Yunnan's trade grew. It borders Myanmar, Laos and Vietnam.").map((f) => [f.entity, f.items, f.scope]))
      .toEqual([["yunnan", ["Myanmar", "Laos", "Vietnam"], "borders"]]);
  });
});
