import { describe, expect, it } from "vitest";
import type { Fact } from "../text/terms.js";
import { factsOf } from "./helpers/facts.js";

// The ranks a sentence states with a ranking verb (rankFacts and sentenceSubject in facts/extract.ts): which place
// owns each, of which flow, with which scope, period and qualifier, and where each is cited. Made-up sentences.
// (Written against the mutants that survived the facts area's mutation run, Stop 26: a rank's span moved by its
// offset into the list, a place after the verb or a partner taken as the ranked place, "the port" read as a place of
// its own kind, word ordinals looked up upper-cased, flows named after the ranks taken for them, a rank with no place
// kept, the qualifier and period of a further ordinal dropped or invented, "it" resolved to the whole a share is of.)
const ranksOf = (text: string) => factsOf(text).filter((f) => f.measure === "rank");
const described = (text: string, f: Fact) => ({
  entity: f.entity, metric: f.metric, value: f.value, scope: f.scope, qualifier: f.qualifier, subject: f.subject,
  cited: text.slice(f.valueStart, f.valueEnd),
});
const ranks = (text: string) => ranksOf(text).map((f) => described(text, f));
const none = { scope: undefined, qualifier: undefined, subject: undefined };

describe("ranks listed after the flows they are of", () => {
  it("pairs each rank with its flow in order and cites the ordinal alone", () => {
    const text = "Hubei's total trade, its exports and its imports ranked 11th, 9th and 13th nationwide, behind its trade "
      + "in services.";
    expect(ranks(text)).toEqual([
      { entity: "hubei", metric: "trade", value: 11, ...none, scope: "nationwide", cited: "11th" },
      { entity: "hubei", metric: "exports", value: 9, ...none, scope: "nationwide", cited: "9th" },
      { entity: "hubei", metric: "imports", value: 13, ...none, scope: "nationwide", cited: "13th" },
    ]);
  });
  it("reads a list of two ranks after two flows", () => {
    expect(ranks("Hubei's total trade and its exports ranked 11th and 9th nationwide.")).toEqual([
      { entity: "hubei", metric: "trade", value: 11, ...none, scope: "nationwide", cited: "11th" },
      { entity: "hubei", metric: "exports", value: 9, ...none, scope: "nationwide", cited: "9th" },
    ]);
  });
  it("gives no rank a flow the sentence does not name before it", () => {
    const found = ranksOf("Hubei's exports ranked 9th and 13th in 2022 and 2023.");
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.metric)).toEqual(found.map(() => "exports"));
  });
});

describe("a rank per flow or per subject each 'for …' names", () => {
  it("reads word ordinals, each with the flow its own phrase names, without a scope when none is said", () => {
    const text = "Hubei ranked first for exports and third for imports.";
    expect(ranks(text)).toEqual([
      { entity: "hubei", metric: "exports", value: 1, ...none, cited: "first for exports" },
      { entity: "hubei", metric: "imports", value: 3, ...none, cited: "third for imports" },
    ]);
  });
  it("ranks a subject at a word ordinal, and no 'for' that names neither a subject nor a flow", () => {
    const text = "Hubei ranked first in China for processing trade, and third for the second year running.";
    expect(ranks(text)).toEqual([{ entity: "hubei", metric: "trade", value: 1, scope: "in China",
      subject: "processing trade", qualifier: "processing trade", cited: "first" }]);
  });
  it("keeps a flow's rank beside a subject's in the same sentence", () => {
    const text = "Hubei ranked 10th for processing trade and 9th for exports.";
    expect(ranks(text)).toEqual([
      { entity: "hubei", metric: "trade", value: 10, ...none, subject: "processing trade", qualifier: "processing trade",
        cited: "10th" },
      { entity: "hubei", metric: "exports", value: 9, ...none, cited: "9th" },
    ]);
  });
  it("belongs to the place before the verb, not a partner, the nation, or a place named after the ranks", () => {
    expect(ranksOf("Hubei, whose top partner is the EU, ranked 12th for trade and 10th for exports.")
      .map((f) => f.entity)).toEqual(["hubei", "hubei"]);
    expect(ranksOf("Hubei's trade, 3 percent of China's total, ranked 12th for exports and 10th for imports, ahead of "
      + "Hunan.").map((f) => f.entity)).toEqual(["hubei", "hubei"]);
  });
  it("gives 'the province' the province the text last named, not the city named since", () => {
    const text = "Hubei's trade grew 5 percent. Wuhan's exports rose 3 percent. The province ranked 12th for trade and 10th "
      + "for exports.";
    expect(ranksOf(text).map((f) => f.entity)).toEqual(["hubei", "hubei"]);
  });
  it("keeps no rank when no place is named", () => {
    expect(ranksOf("It ranked 12th for trade and 10th for exports.")).toEqual([]);
    expect(ranksOf("It ranked third nationwide.")).toEqual([]);
  });
});

describe("a rank and the further ordinals with their own scopes", () => {
  it("cites each further ordinal from its own word, with the first one's flow, qualifier and period", () => {
    const text = "In 2023, Hubei's export growth ranked first in central China, third among the central and western "
      + "provinces and 12th in the country.";
    const found = ranksOf(text);
    expect(found.map((f) => described(text, f))).toEqual([
      { entity: "hubei", metric: "exports", value: 1, ...none, scope: "in central China", qualifier: "growth rate",
        cited: "ranked first in central China" },
      { entity: "hubei", metric: "exports", value: 3, ...none, scope: "among the central and western provinces",
        qualifier: "growth rate", cited: "third among the central and western provinces" },
      { entity: "hubei", metric: "exports", value: 12, ...none, scope: "in the country", qualifier: "growth rate",
        cited: "12th in the country" },
    ]);
    expect(found.map((f) => f.period?.y1)).toEqual([2023, 2023, 2023]);
  });
  it("ends a scope cut at its length at a word, for the first rank and a further one", () => {
    const scope = "among the inland provinces and the regions of central and western";
    const tail = " China by export growth.";
    expect(ranksOf(`Hubei ranked third ${scope}${tail}`).map((f) => f.scope)).toEqual([scope]);
    expect(ranksOf(`Hubei ranked first in central China, third ${scope}${tail}`).map((f) => f.scope))
      .toEqual(["in central China", scope]);
  });
  it("gives the further ordinals neither a qualifier nor a period the sentence does not state", () => {
    const found = ranksOf("Hubei's exports ranked first in central China, 3rd among the central and western provinces "
      + "and 12th in the country.");
    expect(found.map((f) => f.value)).toEqual([1, 3, 12]);
    for (const f of found) expect(Object.keys(f)).not.toContain("qualifier");
    for (const f of found) expect(Object.keys(f)).not.toContain("period");
  });
});

describe("the place a single rank belongs to", () => {
  it("ranks a port as the city that names it, or the city the text last named", () => {
    expect(ranksOf("Ningbo's throughput ranked the port first nationwide.").map((f) => f.entity)).toEqual(["city:ningbo"]);
    expect(ranksOf("Ningbo's trade grew 5 percent. Its cargo throughput ranked the port first nationwide.")
      .map((f) => f.entity)).toEqual(["city:ningbo"]);
    expect(ranksOf("Ningbo's trade grew 5 percent. Zhejiang's throughput growth ranked the port first nationwide.")
      .map((f) => f.entity)).toEqual(["city:ningbo"]);
  });
  it("ranks 'the province' as the province, not a city the sentence names before it", () => {
    expect(ranksOf("Hubei's trade grew. Boosted by Wuhan's exports, trade ranked the province fifth nationwide.")
      .map((f) => f.entity)).toEqual(["hubei"]);
  });
  it("ranks the place before the verb, not its partner, the nation, nor a place after the rank", () => {
    expect(ranksOf("Hubei's trade with the EU ranked third nationwide.").map((f) => f.entity)).toEqual(["hubei"]);
    expect(ranksOf("Hubei ranked third nationwide, ahead of Hunan.").map((f) => f.entity)).toEqual(["hubei"]);
    expect(ranksOf("Hubei's trade, 3 percent of China's total, ranked third nationwide.").map((f) => f.entity))
      .toEqual(["hubei"]);
  });
  it("resolves 'it' to the sentence's subject, not a partner, the nation or the whole its share is of", () => {
    const owner = (text: string) => ranksOf(text).map((f) => f.entity);
    expect(owner("Driven by trade with ASEAN, Dalian's exports made up 40 percent of Liaoning's total, which put it "
      + "first.")).toEqual(["city:dalian"]);
    expect(owner("Outpacing China's growth, Dalian's exports made up 40 percent of Liaoning's total, which put it "
      + "first.")).toEqual(["city:dalian"]);
    expect(owner("Liaoning's trade grew. Dalian's trade grew. Of Liaoning's total, Dalian's trade made up 58 percent, "
      + "which put it first.")).toEqual(["city:dalian"]);
  });
  it("resolves 'it' after a sentence opening on 'the city' to that city, not another place the sentence names", () => {
    expect(ranksOf("Dalian's trade grew. The city's trade, twice Shenyang's, made up 58 percent of Liaoning's total, "
      + "which put it first.").map((f) => f.entity)).toEqual(["city:dalian"]);
  });
});

describe("what a single rank is of", () => {
  it("is a growth rank when the rank itself says 'fastest', and not for growth named after it", () => {
    expect(ranks("Hubei's exports were the third fastest among the central provinces.")).toEqual([
      { entity: "hubei", metric: "exports", value: 3, ...none, scope: "among the central provinces",
        qualifier: "growth rate", cited: "the third fastest among the central provinces" }]);
    expect(ranksOf("Hubei ranked third nationwide for trade, with growth leading the region.").map((f) => f.qualifier))
      .toEqual([undefined]);
  });
  it("is of the one flow the sentence before was about, when the sentence names none", () => {
    expect(ranksOf("Hubei's exports grew 9 percent in 2023. The growth rate was the third fastest among the central "
      + "provinces.").map((f) => f.metric)).toEqual(["exports"]);
  });
  it("is of the flow its clause names before it, else the sentence's last", () => {
    expect(ranksOf("Hubei's trade grew. Exports ranked 9th nationwide, while imports grew.").map((f) => f.metric))
      .toEqual(["exports"]);
    expect(ranksOf("Hubei's trade grew. Its exports ranked 9th nationwide and its imports ranked 12th.")
      .map((f) => f.metric)).toEqual(["exports", "imports"]);
    expect(ranksOf("Hubei ranked 11th nationwide, as its exports surged.").map((f) => f.metric)).toEqual(["exports"]);
  });
});
