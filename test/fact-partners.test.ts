import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Which partner a figure is with when a sentence names several, and whose trade with a partner it is when the partner
// leads the sentence. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit,
  period: f.period && periodLabel(f.period),
});

describe("several partners in one sentence", () => {
  it("gives each amount the partner right after it, not the one after the amount before", () => {
    const facts = factsOf("In 2023 Guangxi traded 310.2 billion yuan with ASEAN and 40.1 billion yuan with the EU.", Y2023);
    expect(seen(one(facts, 310.2))).toEqual({ entity: "guangxi", partner: "partner:asean", metric: "trade", measure: "amount",
      value: 310.2, unit: "billion yuan", period: "2023" });
    expect(seen(one(facts, 40.1))).toEqual({ entity: "guangxi", partner: "partner:eu", metric: "trade", measure: "amount",
      value: 40.1, unit: "billion yuan", period: "2023" });
  });
  it("keeps a partner named before an amount for that amount, even with another partner after it", () => {
    const facts = factsOf("In 2023 Guangxi's trade reached 690.1 billion yuan, and with ASEAN 310.2 billion yuan, ahead of the EU.",
      Y2023);
    expect(seen(one(facts, 690.1))).toMatchObject({ entity: "guangxi", partner: undefined, measure: "amount" });
    expect(seen(one(facts, 310.2))).toMatchObject({ entity: "guangxi", partner: "partner:asean", measure: "amount" });
  });
  it("takes a partner after the figure only when it follows closely", () => {
    const near = factsOf("In 2023 Guangxi traded 40.1 billion yuan with the EU.", Y2023);
    expect(one(near, 40.1).partner).toBe("partner:eu");
    const far = factsOf("In 2023 Guangxi's trade came to 40.1 billion yuan, a level it had long hoped for with the EU.", Y2023);
    expect(seen(one(far, 40.1))).toMatchObject({ entity: "guangxi", measure: "amount" });
    expect(one(far, 40.1).partner).toBeUndefined();
  });
});

describe("a partner that leads its sentence", () => {
  it("is the partner of the place the sentence names, not of the scope it names", () => {
    const facts = factsOf("Vietnam remained Guangxi's top trading partner in ASEAN in 2023, with bilateral trade of 310.2 billion yuan.",
      Y2023);
    expect(seen(one(facts, 310.2))).toEqual({ entity: "guangxi", partner: "partner:vn", metric: "trade", measure: "amount",
      value: 310.2, unit: "billion yuan", period: "2023" });
  });
  it("is the partner of the place the text is about when the sentence says 'its'", () => {
    const facts = factsOf("Guangxi's trade grew in 2023. Vietnam remained its top trading partner in ASEAN, with bilateral trade "
      + "of 310.2 billion yuan.", Y2023);
    expect(seen(one(facts, 310.2))).toMatchObject({ entity: "guangxi", partner: "partner:vn", measure: "amount" });
  });
  it("is the partner of the place named earlier in the sentence, in a clause of its own ('its imports from Korea')", () => {
    const facts = factsOf("Hebei's exports to Japan grew 4 percent in 2023; its imports from Korea fell 2.2 percent.", Y2023);
    expect(seen(one(facts, 4))).toMatchObject({ entity: "hebei", partner: "partner:japan", metric: "exports" });
    expect(seen(one(facts, -2.2))).toEqual({ entity: "hebei", partner: "partner:south-korea", metric: "imports",
      measure: "growth", value: -2.2, unit: "%", period: "2023" });
  });
  it("is China's partner when no place is named", () => {
    const facts = factsOf("Vietnam remained the top trading partner in ASEAN in 2023, with bilateral trade of 310.2 billion yuan.", Y2023);
    expect(seen(one(facts, 310.2))).toMatchObject({ entity: "china", partner: "partner:vn", measure: "amount" });
  });
});

describe("a partner that opens a sentence naming no flow", () => {
  it("goes on with the flow of the sentence before", () => {
    const facts = factsOf("Shanxi's trade with the EU grew 7.1 percent to 40.2 billion yuan in 2023. Germany alone accounted for "
      + "15.3 billion yuan, up 9.9 percent.", { published: "2024-01-20" });
    expect([15.3, 9.9].map((v) => [one(facts, v).partner, one(facts, v).metric])).toEqual([["partner:germany", "trade"], ["partner:germany", "trade"]]);
  });
});

describe("a partner the sentence before named, and a port's appositive", () => {
  it("gives 'Bilateral trade came to N' to the partner a figure-less sentence before named the lead partner", () => {
    const facts = factsOf("Laos remained Yunnan's largest trading partner. Bilateral trade came to 2.4 billion yuan in 2023, "
      + "up 8.1 percent.", { published: "2024-01-20" });
    expect([one(facts, 2.4).partner, one(facts, 8.1).partner, one(facts, 2.4).entity])
      .toEqual(["partner:la", "partner:la", "yunnan"]);
  });
  it("reads 'Trade through Longbang port, the main land port between China and Vietnam, rose …' as the port's", () => {
    const facts = factsOf("Guangxi's trade grew in 2023. Trade through Longbang port, the main land port between China and Vietnam, rose "
      + "12.2 percent to 3.1 billion yuan.", { published: "2024-01-20" });
    expect([one(facts, 3.1).entity, one(facts, 3.1).partner]).toEqual(["zone:Longbang port", undefined]);
  });
});

describe("a partner's name written with '&'", () => {
  it.each([
    ["a bloc's", "Yunnan's trade with Belt & Road countries rose 8.1 percent in 2023.", "partner:bri"],
    ["a country's", "Yunnan's trade with Trinidad & Tobago rose 8.1 percent in 2023.", "partner:tt"],
  ])("reads %s name with '&' for 'and' as that partner", (_kind, sentence, partner) => {
    expect(one(factsOf(sentence, Y2023), 8.1)).toMatchObject({ entity: "yunnan", partner, measure: "growth" });
  });
});

describe("a border named by its two sides", () => {
  it("is where a port lies, not whom its trade is with", () => {
    const facts = factsOf("Imports and exports through Erenhot port on the China-Mongolia border reached 5.35 billion U.S. "
      + "dollars in 2023, up 11.4 percent.", Y2023);
    expect(seen(one(facts, 5.35))).toMatchObject({ entity: "city:erenhot", partner: undefined, metric: "trade" });
    expect(one(facts, 11.4).partner).toBeUndefined();
  });
  it("still names the other side of 'border trade'", () => {
    const facts = factsOf("China-Russia border trade reached 5.35 billion U.S. dollars in 2023.", Y2023);
    expect(one(facts, 5.35).partner).toBe("partner:russia");
  });
});

// (b11's first run: the port a partner's trade went through was read as its owner, and the partner left out of a ranking)
describe("a route set aside after a partner", () => {
  it("reads ', carried mainly through the X port on the Y highway,' as the route, the place the text is on as the owner", () => {
    const facts = factsOf("Tacheng's foreign trade rose 16 percent to 12.4 billion yuan in 2023. Trade with Mongolia, carried "
      + "mainly through the Baketu port on the border highway, grew 9.2 percent to 0.84 billion yuan.", { published: "2024-01-20" });
    expect(one(facts, 9.2)).toMatchObject({ entity: "city:tacheng", partner: "partner:mn", measure: "growth" });
    expect(one(facts, 0.84)).toMatchObject({ entity: "city:tacheng", partner: "partner:mn", measure: "amount" });
  });
  it("reads ', through A and B,' the same way, and keeps the partner for 'but their value' after the tonnes", () => {
    const facts = factsOf("Yunnan's trade rose 3 percent in 2031. Imports of copper ores and concentrates from Myanmar, "
      + "through Ruili and Tengchong, were 41,200 tonnes, up 9.1 percent in volume, but their value fell 18.7 percent to "
      + "8.63 billion yuan.", { published: "2032-02-10" });
    const goods = { entity: "yunnan", partner: "partner:mm", subject: "copper ores and concentrates" };
    expect(one(facts, 41200)).toMatchObject({ ...goods, measure: "count" });
    expect(one(facts, -18.7)).toMatchObject({ ...goods, measure: "growth" });
    expect(one(facts, 8.63)).toMatchObject({ ...goods, measure: "amount" });
  });
});

describe("a world region named again by its kind", () => {
  it("gives 'imports from the region' and 'from the continent' the region named before, in the sentence or the one before", () => {
    const facts = factsOf("In 2023, Gansu's exports to Latin America grew 11 percent to 40.5 billion yuan, while its imports from the "
      + "region fell 3 percent to 12.2 billion yuan. Trade with Africa rose too. Imports from the continent reached 7.7 billion yuan.",
    Y2023);
    expect([11, 40.5, -3, 12.2].map((v) => one(facts, v).partner)).toEqual(Array(4).fill("partner:latam"));
    expect([one(facts, 12.2).metric, one(facts, 7.7).partner]).toEqual(["imports", "partner:africa"]);
  });
  it("gives 'imports from the country' the country named before it in the sentence, not China, and keeps the owner", () => {
    const facts = factsOf("Gansu's trade grew in 2023. Exports to Mongolia jumped 21 percent to 4.4 billion yuan, while imports from "
      + "the country rose 3 percent to 9.9 billion yuan. The country's total trade grew 5 percent.", Y2023);
    expect([21, 4.4, 3, 9.9].map((v) => [one(facts, v).entity, one(facts, v).partner]))
      .toEqual(Array(4).fill(["gansu", "partner:mn"]));
    expect(one(facts, 9.9).metric).toBe("imports");
    expect(one(facts, 5).entity).toBe("china");
  });
  it("leaves 'exports from the region' and 'the region's total' to the owner, and a country before 'the region' alone", () => {
    const facts = factsOf("In 2023, Guangxi's trade with Vietnam rose 5 percent. Exports from the region grew 8 percent, and trade "
      + "with the region's neighbours came to 9.9 billion yuan.", Y2023);
    expect([one(facts, 8).partner, one(facts, 9.9).partner]).toEqual([undefined, undefined]);
  });
  it("gives the whole of a share named in a 'which' clause after it no partner", () => {
    const facts = factsOf("In 2023, trade with Latin America accounted for 7 percent of Gansu's total foreign trade, which rose 2.5 "
      + "percent to 51.3 billion yuan.", Y2023);
    expect(one(facts, 7).partner).toBe("partner:latam");
    expect([2.5, 51.3].map((v) => [one(facts, v).entity, one(facts, v).partner])).toEqual([["gansu", undefined], ["gansu", undefined]]);
  });
});

describe("a partner named by a figureless sentence, then 'trade with them'", () => {
  it("gives the figures the one partner the sentence before named", () => {
    const facts = factsOf("Countries along the Belt and Road stayed the core of Qinghai's trade. In 2023, Qinghai's trade with them was "
      + "worth 3.3 billion yuan, accounting for 61.5 percent of the province's total.", Y2023);
    expect([3.3, 61.5].map((v) => one(facts, v).partner)).toEqual(["partner:bri", "partner:bri"]);
  });
  it("leaves 'exports to them' after two partners to the readers of lists", () => {
    const facts = factsOf("Japan and Korea stayed Qinghai's main markets. In 2023, Qinghai's exports to them were worth 3.3 billion yuan.",
      Y2023);
    expect(one(facts, 3.3).partner).toBeUndefined();
  });
});
