import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Whose each figure is when a sentence maps a list onto its figures ("A, B and C … 1, 2 and 3 … respectively"), or
// when a figure restates or carries on from the one before (extractSentence in facts/extract.ts): the place, the
// partner, the flow. Made-up sentences. (Written against the mutants that survived the facts area's mutation run,
// Stop 26: a list of another length or one after the figures mapped onto them, a listed place taken as the partner
// of the place before it, the partners of the figures before counted with a figure of no partner, a carried partner
// dropped or put over the figure's own, a list of flows no longer read as the figures' flows, a list of markets read
// as goods, the national average looked for before the end of the whole sentence.)
const owners = (text: string) => factsOf(text).filter((f) => f.measure !== "listed")
  .map((f) => ({ value: f.value, entity: f.entity, partner: f.partner, metric: f.metric }));

describe("places mapped in order onto figures 'respectively'", () => {
  it("takes the list of as many places before the figures, not a longer one nearer nor one after them", () => {
    const mapped = [{ value: 5.1, entity: "hubei" }, { value: 6.2, entity: "hunan" }];
    expect(owners("Hubei and Hunan, unlike Henan, Anhui and Jiangxi, grew 5.1 and 6.2 percent respectively."))
      .toMatchObject(mapped);
    expect(owners("Hubei and Hunan grew 5.1 and 6.2 percent respectively, ahead of Henan and Anhui.")).toMatchObject(mapped);
  });
  it("gives each place the partner named after the list, not the next place of the list", () => {
    expect(owners("Hubei, Hunan and Henan's trade with ASEAN grew 5.1, 6.2 and 7.3 percent respectively.")).toEqual([
      { value: 5.1, entity: "hubei", partner: "partner:asean", metric: "trade" },
      { value: 6.2, entity: "hunan", partner: "partner:asean", metric: "trade" },
      { value: 7.3, entity: "henan", partner: "partner:asean", metric: "trade" },
    ]);
  });
  it("makes a list of partners the partners of the place named after it", () => {
    expect(owners("Japan, South Korea and Russia were Liaoning's top three trading partners, with trade of 1.1, 2.2 and 3.3 "
      + "billion yuan respectively.")).toEqual([
      { value: 1.1, entity: "liaoning", partner: "partner:japan", metric: "trade" },
      { value: 2.2, entity: "liaoning", partner: "partner:south-korea", metric: "trade" },
      { value: 3.3, entity: "liaoning", partner: "partner:russia", metric: "trade" },
    ]);
  });
  it("gives a run of changes the partners of the amounts before it, not counting an amount of no partner", () => {
    const text = "Hubei's exports reached 9.1 billion yuan in 2023, with ASEAN 2.5 billion yuan and with the EU 2.52 billion "
      + "yuan, increases of 27.8 and 26.7 percent respectively.";
    expect(owners(text).slice(3)).toEqual([
      { value: 27.8, entity: "hubei", partner: "partner:asean", metric: "exports" },
      { value: 26.7, entity: "hubei", partner: "partner:eu", metric: "exports" },
    ]);
  });
});

describe("items mapped in order onto figures", () => {
  it("maps no goods from a list of markets, even of names no gazetteer knows", () => {
    const text = "Hubei's exports grew. Its three biggest export markets were Xanadu, Utopia and Atlantis, taking 8.1, 5.2 and "
      + "3.3 billion yuan respectively.";
    const found = factsOf(text).filter((f) => f.measure === "amount");
    expect(found.map((f) => f.value)).toEqual([8.1, 5.2, 3.3]);
    expect(found.map((f) => f.subject)).toEqual([undefined, undefined, undefined]);
  });
});

describe("flows mapped in order onto figures", () => {
  it("reads a list of flows before as many figures, with or without 'respectively'", () => {
    const flows = [{ value: 37.7, metric: "imports" }, { value: 18.8, metric: "exports" }, { value: 62.1, metric: "trade" }];
    expect(owners("Hubei's imports, exports and total trade rose by 37.7, 18.8 and 62.1 percent respectively."))
      .toMatchObject(flows);
    expect(owners("Hubei's imports, exports and total trade rose by 37.7, 18.8 and 62.1 percent.")).toMatchObject(flows);
  });
  it("reads a pair of flows in its order", () => {
    expect(owners("In 2023, Hubei's exports rose 5 percent, and imports and exports reached 520.3 and 231.1 billion yuan "
      + "respectively.")).toMatchObject([{ value: 5, metric: "exports" }, { value: 520.3, metric: "imports" },
      { value: 231.1, metric: "exports" }]);
  });
});

describe("the nation's own rate", () => {
  it("is the figure after 'the national average of', not the place's figure before it", () => {
    expect(owners("Hubei's exports grew 6.1 percent, above the national average of 4.1 percent.")).toEqual([
      { value: 6.1, entity: "hubei", partner: undefined, metric: "exports" },
      { value: 4.1, entity: "china", partner: undefined, metric: "exports" },
    ]);
  });
});

describe("a figure about the one before", () => {
  it("keeps the partner of a figure 'those of …' carries on from", () => {
    expect(owners("Hubei's exports to Japan by private firms rose 5.1 percent, and those of State-owned firms 3.2 percent."))
      .toEqual([{ value: 5.1, entity: "hubei", partner: "partner:japan", metric: "exports" },
        { value: 3.2, entity: "hubei", partner: "partner:japan", metric: "exports" }]);
  });
  it("keeps the partner of the amount a change restates, not when a place of its own is named before the figure", () => {
    expect(owners("Hubei's trade with Japan reached 5 billion yuan. That was a rise of 3 percent.")[1])
      .toEqual({ value: 3, entity: "hubei", partner: "partner:japan", metric: "trade" });
    expect(owners("Hubei's trade with Japan reached 5 billion yuan. That was more than Hunan's trade of 4 billion yuan.")[1])
      .toEqual({ value: 4, entity: "hunan", partner: undefined, metric: "trade" });
  });
  it("gives 'that trade' the partner before, but keeps a figure's own partner", () => {
    expect(owners("Hubei's trade with Japan rose 5 percent. That trade accounted for 35.2 percent of the province's "
      + "total.")[1]).toMatchObject({ value: 35.2, entity: "hubei", partner: "partner:japan" });
    expect(owners("Hubei's trade with Japan rose 5 percent. This was faster than trade with Korea, which rose 2 percent.")[1])
      .toEqual({ value: 2, entity: "hubei", partner: "partner:south-korea", metric: "trade" });
  });
});
