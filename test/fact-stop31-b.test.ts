import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Pure fact shapes for the survivors of stop 30's run in facts/extract.ts, lines 1500 on (issue 17): made-up
// sentences in, the facts' fields out. Each sentence follows a lead sentence, so offsets into the chunk are never zero.
const META = { published: "2032-03-04" };
const LEAD = "Ningxia published its yearly figures. ";
const facts = (text: string) => factsOf(LEAD + text, META);
const fact = (text: string, value: number) => one(facts(text), value);

describe("the country's figure a sentence led by 'Nationally' states (leadPartner)", () => {
  it("keeps the partner named before the figure as the country's", () => {
    expect(fact("Nationally, trade with Japan rose 4.1 percent.", 4.1))
      .toMatchObject({ entity: "china", partner: "partner:japan", measure: "growth" });
  });
  it("gives a national average after a place's figure no partner of the place's", () => {
    const f = fact("Ningxia's exports to Japan rose 8.2 percent, above the national average of 4.1 percent.", 4.1);
    expect(f).toMatchObject({ entity: "china", measure: "growth" });
    expect("partner" in f).toBe(false);
  });
  it("keeps each partner to its own figure when a second follows", () => {
    expect(fact("Nationally, trade with Japan rose 4.1 percent, and trade with Korea 3.2 percent.", 4.1))
      .toMatchObject({ entity: "china", partner: "partner:japan" });
  });
  it("keeps the place's own figure with its partner", () => {
    expect(fact("Ningxia's exports to Japan rose 8.2 percent, above the national average of 4.1 percent.", 8.2))
      .toMatchObject({ entity: "ningxia", partner: "partner:japan" });
  });
});

describe("amounts before a run of changes, the first of no partner (amountsBefore)", () => {
  const TEXT = "Exports were 1.1 trillion yuan, with the EU 2.5 trillion yuan and with the US 2.2 trillion yuan, "
    + "increases of 27.8, 26.7 and 34.6 percent respectively.";
  it("gives the first change the total's owner and no partner", () => {
    const f = fact(TEXT, 27.8);
    expect(f).toMatchObject({ entity: "ningxia", metric: "exports", measure: "growth" });
    expect("partner" in f).toBe(false);
  });
  it("gives the later changes the partners of the amounts before, in their order", () => {
    const all = facts(TEXT);
    expect(one(all, 26.7)).toMatchObject({ entity: "ningxia", partner: "partner:eu", measure: "growth" });
    expect(one(all, 34.6)).toMatchObject({ entity: "ningxia", partner: "partner:us", measure: "growth" });
  });
  it("reads only the amounts of the run's own sentence, not a partner's amount the sentence before", () => {
    const all = facts("Imports from Japan were 0.4 trillion yuan. " + TEXT);
    expect(one(all, 27.8).partner).toBeUndefined();
    expect(one(all, 26.7)).toMatchObject({ partner: "partner:eu" });
    expect(one(all, 34.6)).toMatchObject({ partner: "partner:us" });
  });
});

describe("the one partner after a run of places' figures (partnerAfter)", () => {
  it("gives each place's amount the partner after the run", () => {
    const all = facts("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan with Japan respectively.");
    expect(one(all, 1.1)).toMatchObject({ entity: "hubei", partner: "partner:japan" });
    expect(one(all, 2.2)).toMatchObject({ entity: "hunan", partner: "partner:japan" });
    expect(one(all, 3.3)).toMatchObject({ entity: "henan", partner: "partner:japan" });
  });
  it("counts only partners after the run, not a place named after the partner", () => {
    const all = facts("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan with Japan respectively, ahead of Ningxia.");
    expect(one(all, 2.2)).toMatchObject({ entity: "hunan", partner: "partner:japan" });
  });
  it("gives them no partner more than 30 characters after the run", () => {
    const all = facts("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan of it predominantly electromechanically "
      + "with the US respectively.");
    for (const v of [1.1, 2.2, 3.3]) expect(one(all, v).partner).toBeUndefined();
  });
  it("gives them no partner when two partners follow", () => {
    const all = facts("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan with Japan and Korea respectively.");
    for (const v of [1.1, 2.2, 3.3]) expect(one(all, v).partner).toBeUndefined();
  });
  it("gives them no partner named far after the run", () => {
    const all = facts("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan respectively in the year, mostly with Japan.");
    expect(one(all, 1.1)).toMatchObject({ entity: "hubei" });
    for (const v of [1.1, 2.2, 3.3]) expect(one(all, v).partner).toBeUndefined();
  });
});

describe("a date line's date is no period of the figures after it (opening)", () => {
  it("reads the period the sentence names, not the date line's month", () => {
    expect(fact("KUNLAN, March 4, 2032 -- Exports rose 5.1 percent in the first two months.", 5.1))
      .toMatchObject({ entity: "ningxia", metric: "exports", period: { y1: 2032, m1: 1, y2: 2032, m2: 2 } });
  });
});

describe("an appositive after a partner is an aside (partner appositives)", () => {
  it("leaves a place the appositive names out of the figure's owners", () => {
    expect(fact("Exports to Japan, home to many buyers in Baoding, rose 5.2 percent.", 5.2))
      .toMatchObject({ entity: "ningxia", partner: "partner:japan", metric: "exports" });
  });
});

describe("a report on last year read for this year's months when published later than February", () => {
  it("reads 'the first half of the year' of a June report on last year as this year's", () => {
    const all = factsOf("Ningxia's exports rose 7.1 percent in 2031. In the first half of the year, exports rose 5.2 percent.",
      { title: "Ningxia's foreign trade in 2031", published: "2032-06-20" });
    expect(one(all, 5.2)).toMatchObject({ entity: "ningxia", period: { y1: 2032, m1: 1, y2: 2032, m2: 6 } });
  });
});

describe("changes after as many items' amounts name the items (earlier subjects)", () => {
  it("gives each change the goods of the amount in its place", () => {
    const all = facts("Imports of crude oil reached 6.1 billion yuan and imports of coal 2.65 billion yuan, up 2.6 times and "
      + "25.1 percent respectively.");
    expect(one(all, 2.6)).toMatchObject({ subject: "crude oil", metric: "imports" });
    expect(one(all, 25.1)).toMatchObject({ subject: "coal", metric: "imports", measure: "growth" });
  });
  it("counts only the amounts that name goods, not the flow's total before them", () => {
    const all = facts("Imports were 9.3 billion yuan; crude oil imports reached 6.1 billion yuan and coal 2.65 billion yuan, "
      + "up 2.6 times and 25.1 percent respectively.");
    expect(one(all, 25.1)).toMatchObject({ subject: "coal", measure: "growth" });
  });
  it("pairs no goods by place when the items outnumber the changes", () => {
    const all = facts("Crude oil imports reached 6.1 billion yuan, coal 2.65 billion yuan and ore 1.2 billion yuan, up 2.6 times "
      + "and 25.1 percent respectively.");
    expect(all.filter((f) => f.value === 25.1 && f.subject === "coal")).toHaveLength(0);
  });
  // (a change of no goods would read as the flow's total: the changes, whose goods are unknown, are left out)
  it("gives the second change no goods when the items outnumber the changes", () => {
    const all = facts("Crude oil imports reached 6.1 billion yuan, coal 2.65 billion yuan and ore 1.2 billion yuan, up 2.6 times "
      + "and 25.1 percent respectively.");
    expect(all.filter((f) => f.value === 25.1 || f.value === 2.6)).toHaveLength(0);
    expect(one(all, 1.2)).toMatchObject({ subject: "ore", measure: "amount" });
  });
});

describe("cities handed out as partners by 'respectively' (partner runs)", () => {
  it("reads a run of cities after 'exports to' as the figures' partners, the text's place their owner", () => {
    const all = facts("Exports to Shenzhen, Xiamen and Tianjin rose 5.1, 6.2 and 7.3 percent respectively.");
    expect(one(all, 5.1)).toMatchObject({ entity: "ningxia", partner: "city:shenzhen", measure: "growth" });
    expect(one(all, 6.2)).toMatchObject({ entity: "ningxia", partner: "city:xiamen" });
  });
});

describe("'those of' a place after goods' figure (thoseOf)", () => {
  it("keeps the goods of the figure before for the place's figure", () => {
    expect(fact("Imports of coal rose 6.1 percent and those of Gansu 3.2 percent.", 3.2))
      .toMatchObject({ entity: "gansu", subject: "coal", measure: "growth" });
  });
  it("leaves the first figure to the text's place", () => {
    expect(fact("Imports of coal rose 6.1 percent and those of Gansu 3.2 percent.", 6.1)).toMatchObject({ entity: "ningxia" });
  });
  it("still gives a figure the place 'for' names right after it, and the next the place 'those of' names", () => {
    const all = facts("Exports of wool rose 4.4 percent for Gansu, and those of Qinghai 2.1 percent.");
    expect(one(all, 4.4)).toMatchObject({ entity: "gansu", subject: "wool" });
    expect(one(all, 2.1)).toMatchObject({ entity: "qinghai", subject: "wool" });
  });
});

describe("'exports and imports' before a verb hands out a run's two figures only (runFlows)", () => {
  it("gives no flows of a pair named after the run", () => {
    const all = facts("Trade grew 5.1 and 6.2 percent in the two halves, while exports and imports rose steadily.");
    expect(one(all, 5.1)).toMatchObject({ metric: "trade", measure: "growth" });
    expect(one(all, 6.2)).toMatchObject({ metric: "trade", measure: "growth" });
  });
  it("gives no flows of the pair to a run of three figures", () => {
    const all = facts("Exports and imports rose 5.1, 6.2 and 7.3 percent in the three quarters.");
    expect(one(all, 5.1)).toMatchObject({ metric: "trade" });
    expect(one(all, 6.2)).toMatchObject({ metric: "trade" });
  });
});

describe("a change whose verb is left out goes the way of the change right before it (elidedChange, gappedChange)", () => {
  it("reads an elided change after a rise as a rise, though a fall came earlier", () => {
    const all = facts("Trade with Africa fell 8.1 percent, trade with Japan rose 58.6 percent to 19.77 billion yuan, and with "
      + "Korea 49.1 percent to 24.03 billion yuan.");
    expect(one(all, 49.1)).toMatchObject({ measure: "growth", partner: "partner:south-korea" });
    expect(one(all, -8.1)).toMatchObject({ measure: "growth", partner: "partner:africa" });
  });
  it("reads an elided change after a fall to an amount as a fall (the change's way, not the amount's)", () => {
    const all = facts("Trade with Japan fell 18.6 percent to 19.77 billion yuan, and with Korea 49.1 percent to 24.03 billion yuan.");
    expect(one(all, -49.1)).toMatchObject({ measure: "growth", partner: "partner:south-korea" });
  });
  it("reads a change with no direction word after a fall as a fall, though a rise came earlier", () => {
    const all = facts("Exports to Laos rose 3.3 percent, exports to Japan dropped 41.2 percent to 1.5 billion yuan and exports "
      + "to Korea 29.7 percent to 1.1 billion yuan.");
    expect(one(all, -29.7)).toMatchObject({ measure: "growth", partner: "partner:south-korea", metric: "exports" });
    expect(one(all, 3.3)).toMatchObject({ partner: "partner:la" });
  });
  // ("Asia" is no partner the taggers read: its figures are left out rather than given the partner before)
  it("gives a change with a partner not read no partner of the clause before", () => {
    const all = facts("Trade with Africa fell 8.1 percent, trade with Asia rose 58.6 percent to 19.77 billion yuan.");
    expect(all.filter((f) => (f.value === 58.6 || f.value === 19.77) && f.partner === "partner:africa")).toHaveLength(0);
    expect(one(all, -8.1)).toMatchObject({ partner: "partner:africa", measure: "growth" });
  });
  it("still gives a clause its own partner, and the partner before its figures after it", () => {
    const all = facts("Trade with Africa fell 8.1 percent to 2.2 billion yuan, and trade with Japan rose 58.6 percent.");
    expect(one(all, 2.2)).toMatchObject({ partner: "partner:africa", measure: "amount" });
    expect(one(all, 58.6)).toMatchObject({ partner: "partner:japan", measure: "growth" });
  });
});

describe("the change of a whole a share is of, told by 'which' (wholeWhich)", () => {
  it("gives the change to the place whose whole it is, with no partner of the share's", () => {
    const f = fact("Ningxia's exports to Japan made up 12.1 percent of Gansu's total trade, which rose 5.3 percent, ahead of "
      + "Qinghai's.", 5.3);
    expect(f).toMatchObject({ entity: "gansu", measure: "growth" });
    expect(f.partner).toBeUndefined();
  });
  it("gives the change of the province's own whole to the province, not to a place named after the change", () => {
    const f = fact("Ningxia's exports to Japan made up 12.1 percent of the province's total trade, which rose 5.3 percent, "
      + "ahead of Qinghai's.", 5.3);
    expect(f).toMatchObject({ entity: "ningxia", measure: "growth" });
    expect(f.partner).toBeUndefined();
  });
  it("never makes a partner whose whole it is the change's owner", () => {
    const all = facts("Ningxia's exports to Japan made up 12.1 percent of Korea's total imports, which rose 5.3 percent.");
    expect(all.filter((f) => f.value === 5.3 && (f.entity === "partner:south-korea" || f.partner))).toHaveLength(0);
  });
  it("reads the whole's change in the whole's flow", () => {
    expect(fact("Ningxia's exports to Japan made up 12.1 percent of Gansu's total trade, which rose 5.3 percent.", 5.3))
      .toMatchObject({ entity: "gansu", metric: "trade" });
  });
  it("reads the whole's change so with no partner in the share, and with none of the share's goods", () => {
    expect(fact("Ningxia's exports made up 12.1 percent of Gansu's total trade, which rose 5.3 percent.", 5.3))
      .toMatchObject({ entity: "gansu", metric: "trade", measure: "growth" });
    const f = fact("Exports of wool made up 12.1 percent of China's total exports, which rose 5.3 percent.", 5.3);
    expect(f).toMatchObject({ entity: "china", metric: "exports" });
    expect(f.subject).toBeUndefined();
    expect(f.qualifier).toBeUndefined();
  });
  it("keeps a change after the whole's own clause to the share's owner", () => {
    expect(fact("Ningxia's exports made up 12.1 percent of Gansu's total trade, which rose 5.3 percent, and its imports "
      + "fell 2.2 percent.", -2.2)).toMatchObject({ entity: "ningxia", metric: "imports" });
  });
  it("gives the text's place no change of a partner's whole", () => {
    const all = facts("Ningxia's exports to Japan made up 12.1 percent of Korea's total imports, which rose 5.3 percent.");
    expect(all.filter((f) => f.value === 5.3 && f.entity === "ningxia")).toHaveLength(0);
  });
});

describe("'it' ranked after a share is the sentence's subject (sentenceSubject)", () => {
  it("ranks the place the sentence opens with, not a place compared with it nor the whole", () => {
    const all = facts("Yinchuan's trade, twice that of Shizuishan, accounted for 58.2 percent of Ningxia's total, which put it "
      + "first in the region.");
    expect(all.filter((f) => f.measure === "rank")).toMatchObject([{ value: 1, entity: "city:yinchuan", metric: "trade" }]);
  });
});

describe("a carrier named right after a count (carrierAfter)", () => {
  it("qualifies the count with its carrier, in lower case", () => {
    expect(fact("Ningxia's port handled 15,420 TEUs carried by Trucks.", 15420))
      .toMatchObject({ measure: "count", unit: "TEUs", qualifier: "carried by trucks" });
  });
  it("qualifies no change with a carrier", () => {
    const f = fact("Exports rose 5.1 percent carried by trucks.", 5.1);
    expect(f).toMatchObject({ measure: "growth", metric: "exports" });
    expect(f.qualifier).toBeUndefined();
  });
  it("gives a count its own carrier after another carrier's count", () => {
    expect(fact("Trains carried 15,420 TEUs in the year, and 2,000 TEUs were carried by the trucks.", 2000))
      .toMatchObject({ qualifier: "carried by trucks" });
  });
  it("keeps the carrier named before a count with no carrier after it", () => {
    expect(fact("Trains carried 15,420 TEUs in the year, and 2,000 TEUs were carried by the trucks.", 15420))
      .toMatchObject({ measure: "count", qualifier: "carried by trains" });
  });
});

describe("a partner 'respectively' handed out is its own figure's only (handedOut)", () => {
  const LATER = "Trade with Japan and Korea grew 5.1 and 7.2 percent respectively, reaching 1.2 billion yuan with Japan.";
  it("gives a later figure of the sentence no partner handed out to a change", () => {
    const all = facts(LATER);
    expect(one(all, 7.2)).toMatchObject({ partner: "partner:south-korea", measure: "growth" });
    expect(one(all, 1.2).partner).not.toBe("partner:south-korea");
  });
  it("keeps the partner a later clause names again for itself", () => {
    const all = facts("Exports to Laos rose 3.3 percent. Exports to Japan and Korea grew 5.1 and 7.2 percent respectively, "
      + "while its imports from Laos were 1.2 billion yuan.");
    expect(one(all, 1.2)).toMatchObject({ partner: "partner:la", metric: "imports", measure: "amount" });
    expect(one(all, 5.1)).toMatchObject({ partner: "partner:japan" });
  });
  it("keeps a partner 'the country' refers back to, though 'respectively' handed it out before", () => {
    expect(fact("Exports to Japan and Korea grew 5.1 and 7.2 percent respectively, and imports from the country were 1.2 "
      + "billion yuan.", 1.2)).toMatchObject({ partner: "partner:south-korea", metric: "imports", measure: "amount" });
  });
  it("gives the amount the partner named after it", () => {
    expect(fact(LATER, 1.2)).toMatchObject({ partner: "partner:japan" });
  });
  it("keeps a partner named before a figure when the partner after it stands behind a comma", () => {
    const all = facts("Trade with Japan and Korea grew 5.1 and 7.2 percent respectively, reaching 1.2 billion yuan, with Japan "
      + "the largest.");
    expect(one(all, 1.2).partner).not.toBe("partner:japan");
  });
});

describe("the value of goods counted before, over a change between (goodsFact)", () => {
  const TEXT = "Exports of wool to Japan were 3,000 tonnes, and exports to Korea rose 5.5 percent, but their value fell 2.2 percent.";
  it("gives the value's change no goods of another partner's figure", () => {
    const f = fact(TEXT, -2.2);
    expect(f).toMatchObject({ partner: "partner:south-korea", metric: "exports", measure: "growth" });
    expect(f.subject).toBeUndefined();
  });
  it("names the goods without the partner after them", () => {
    expect(fact(TEXT, 3000)).toMatchObject({ subject: "wool", partner: "partner:japan" });
  });
  it("keeps a 'to' in the goods' name when no place or partner follows it", () => {
    expect(fact("Exports of wool to Japan were 3,000 tonnes, and exports of ready-to-wear clothing were 1.5 billion yuan.", 1.5))
      .toMatchObject({ subject: "ready-to-wear clothing", metric: "exports" });
    expect(fact("Exports of wool to Japan rose 4.4 percent, and exports of made to order suits 2.1 percent.", 2.1).subject)
      .toMatch(/to order/);
  });
});

describe("known misreads of elided verbs", () => {
  it("reads an elided change after a comma as a change", () => {
    expect(fact("Ningxia's exports rose 8.3 percent, and imports 3.6 percent.", 3.6))
      .toMatchObject({ metric: "imports", measure: "growth" });
    expect(fact("Ningxia's exports fell 8.3 percent, and imports 3.6 percent.", -3.6))
      .toMatchObject({ metric: "imports", measure: "growth" });
  });
  it("reads no change after a share, nor after 'but' (whose left-out verb may go the other way)", () => {
    expect(fact("Exports accounted for 60.3 percent, and imports 39.7 percent.", 39.7).measure).not.toBe("growth");
    expect(facts("Ningxia's exports fell 8.3 percent, but imports 3.6 percent.")
      .filter((f) => f.value === -3.6)).toHaveLength(0);
  });
});

describe("last year's level worked out from a change in points (previous-year level)", () => {
  it("works out no change as a rise of none, minus it", () => {
    const all = facts("In 2031, exports accounted for 79 percent of Ningxia's trade, up 0.0 percentage points from the previous year.");
    const before = all.find((f) => f.derived && f.measure === "share");
    expect(before).toMatchObject({ value: 79, period: { y1: 2030, y2: 2030 },
      derived: { formula: "79 − 0 = 79 (2031 level minus its 0-point rise)" } });
  });
  it("works out a fall as the level plus it", () => {
    const all = facts("In 2031, exports accounted for 79 percent of Ningxia's trade, down 0.9 percentage points from the previous year.");
    expect(all.find((f) => f.derived && f.measure === "share")).toMatchObject({ value: 79.9,
      derived: { formula: "79 + 0.9 = 79.9 (2031 level plus its 0.9-point fall)" } });
  });
});

describe("a first estimate a revised figure gives (firstEstimates)", () => {
  it("gives the estimate the revised figure's goods, named only in the clause before", () => {
    expect(fact("In 2031, Ningxia's exports of wool were 63.7 billion yuan; the figure was revised from 62.8 billion yuan.", 62.8))
      .toMatchObject({ subject: "wool", metric: "exports", period: { y1: 2031, y2: 2031 } });
  });
  it("marks no percentage a revised amount was revised from as an estimate of the amount", () => {
    const f = fact("In 2031, Ningxia's exports were 63.7 billion yuan, revised from 5.1 percent.", 5.1);
    expect(f).toMatchObject({ unit: "%" });
    expect(f.qualifier).toBeUndefined();
  });
});

describe("ranks paired with the flows named before the rank verb (ranksByFlow)", () => {
  it("pairs 'exports and imports' with two ranks handed out", () => {
    const all = facts("Ningxia's exports and imports ranked 9th and 13th respectively in the country.");
    expect(all.filter((f) => f.measure === "rank")).toMatchObject([{ value: 9, metric: "exports" }, { value: 13, metric: "imports" }]);
  });
  it("gives two ranks of one flow named that flow", () => {
    const all = facts("Ningxia's trade ranked 9th and 13th in the country in the two years.");
    expect(all.filter((f) => f.measure === "rank")).toMatchObject([{ value: 9, metric: "trade" }, { value: 13, metric: "trade" }]);
  });
  it("pairs the ranks listed in a later clause only with that clause's flows", () => {
    const all = facts("Ningxia's trade ranked 10th in the country, and its exports and imports ranked 9th and 13th respectively.");
    expect(one(all, 9)).toMatchObject({ metric: "exports", measure: "rank" });
    expect(one(all, 13)).toMatchObject({ metric: "imports", measure: "rank" });
  });
  // (the 15th, of a flow named once for two ranks, is left out)
  it("keeps each clause's ranks to its own flow", () => {
    const all = facts("Ningxia's exports ranked 9th in the country, and its imports ranked 13th and 15th respectively in the two "
      + "years.");
    expect(one(all, 9)).toMatchObject({ metric: "exports" });
    expect(one(all, 13)).toMatchObject({ metric: "imports" });
  });
});

describe("items before a run of figures name its goods only when no item names a place (itemsBefore)", () => {
  it("reads items with no place as the figures' goods", () => {
    const all = facts("Exports of wool and goji berries were 1.1 and 2.2 billion yuan respectively.");
    expect(one(all, 1.1)).toMatchObject({ subject: "wool", metric: "exports" });
    expect(one(all, 2.2)).toMatchObject({ subject: "goji berries", metric: "exports" });
  });
  it("reads no goods from items one of which names a place", () => {
    const all = facts("Exports of Yinchuan wine and goji berries were 1.1 and 2.2 billion yuan respectively.");
    expect(one(all, 1.1).subject).toBeUndefined();
    expect(one(all, 2.2).subject).toBeUndefined();
  });
});

describe("the partner between places handed figures and the figures (partnerHere)", () => {
  it("gives each place's figure the partner named between", () => {
    const all = facts("Hubei, Hunan and Henan's exports to Japan were 1.1, 2.2 and 3.3 billion yuan respectively.");
    expect(one(all, 1.1)).toMatchObject({ entity: "hubei", partner: "partner:japan", metric: "exports" });
    expect(one(all, 3.3)).toMatchObject({ entity: "henan", partner: "partner:japan" });
  });
  it("gives them no partner a later clause names", () => {
    const all = facts("Hubei, Hunan and Henan exported 1.1, 2.2 and 3.3 billion yuan respectively, and exports to Japan grew.");
    expect(one(all, 1.1)).toMatchObject({ entity: "hubei", metric: "exports" });
    for (const v of [1.1, 2.2, 3.3]) expect(one(all, v).partner).toBeUndefined();
  });
  it("hands each place its figure after a partner named first, with that partner", () => {
    const all = facts("In trade with Japan, Hubei, Hunan and Henan had 1.1, 2.2 and 3.3 billion yuan respectively.");
    expect(one(all, 1.1)).toMatchObject({ entity: "hubei", partner: "partner:japan" });
    expect(one(all, 2.2)).toMatchObject({ entity: "hunan", partner: "partner:japan" });
    expect(one(all, 3.3)).toMatchObject({ entity: "henan", partner: "partner:japan" });
  });
  it("still hands a run of partners its figures, the text's place their owner", () => {
    const all = facts("Trade with Japan, Korea and Laos grew 1.1, 2.2 and 3.3 percent respectively.");
    expect(one(all, 1.1)).toMatchObject({ entity: "ningxia", partner: "partner:japan" });
    expect(one(all, 3.3)).toMatchObject({ entity: "ningxia", partner: "partner:la" });
  });
});

describe("'followed by' goes on with the measure of a percentage before (followed)", () => {
  it("reads the shares after 'followed by' as shares", () => {
    const all = facts("Private firms accounted for 43.5 percent, followed by foreign-invested firms with 42.2 percent.");
    expect(one(all, 42.2)).toMatchObject({ measure: "share", subject: "foreign-invested enterprises" });
  });
  it("never reads a percentage after an amount as an amount", () => {
    const all = facts("Private firms' trade was 40.2 billion yuan, followed by foreign-invested firms with 42.2 percent.");
    expect(one(all, 42.2).measure).not.toBe("amount");
  });
  it("gives the state firms' share no other firms' name", () => {
    const all = facts("Private firms accounted for 43.5 percent, followed by foreign-invested firms with 42.2 percent and "
      + "state firms with 10.1 percent.");
    expect(one(all, 10.1)).toMatchObject({ measure: "share", subject: "state-owned enterprises" });
  });
  it("leaves out the share of a kind of firm the word list does not know, keeping the known ones'", () => {
    const all = facts("Private firms accounted for 43.5 percent, followed by foreign-invested firms with 42.2 percent and "
      + "collective-run firms with 10.1 percent.");
    expect(all.filter((f) => f.value === 10.1)).toHaveLength(0);
    expect(one(all, 42.2)).toMatchObject({ measure: "share", subject: "foreign-invested enterprises" });
  });
});

describe("items whose verb is left out (elidedItem)", () => {
  it("reads no item 'and' alone names", () => {
    const f = fact("Imports of integrated circuits rose 11.6 percent, and 41.7 percent.", 41.7);
    expect(f.subject).not.toBe("and");
    expect(f.qualifier ?? "").not.toMatch(/^and\b/);
  });
  it("names an elided item in lower case", () => {
    expect(fact("Imports of integrated circuits rose 11.6 percent, Vaccines 41.7 percent and aircraft parts 15.9 percent.", 41.7))
      .toMatchObject({ subject: "vaccines", metric: "imports", measure: "growth" });
  });
});
