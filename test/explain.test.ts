import { describe, expect, it } from "vitest";
import { explainKind, explainParts } from "../retrieval/explain.js";
import { definedTerm } from "../retrieval/explain/asks.js";
import { announces, cueWeight, direction, organisationIn, personIn, pointsBack } from "../retrieval/explain/cues.js";
import { askedTurn, speakerOf, transcriptTurns, turnEvidence, turnsForParts } from "../retrieval/explain/transcript.js";
import { attributedTo, attributionWords } from "../retrieval/explain/attribution.js";
import type { CorpusDocument } from "../corpus/types.js";
import { selectExplanation } from "../retrieval/explain/select.js";
import { publishedMonth, words, type EvidenceSentence } from "../retrieval/evidence.js";
import { stem } from "../retrieval/figures/select.js";
import { subjectFinder } from "../text/subjects.js";
import { findPeriods } from "../text/periods.js";

// Synthetic sentences and questions: the shapes the rules read, about made-up places, people and firms.

describe("explanation questions", () => {
  it.each([
    ["why did northland's exports fall in q2 2019?", "cause"],
    ["what did officials put the port's 2018 trade growth down to?", "cause"],
    ["what held back the region's trade growth in h1 2016?", "cause"],
    ["what pushed the province's imports up in 2020, according to the customs?", "cause"],
    ["what three factors explain the inland provinces' growth?", "cause"],
    ["how does the new rail line help the province's trade?", "cause"],
    ["what challenges does the region's foreign trade face?", "challenge"],
    ["what does the rise in trade with the gulf states show?", "meaning"],
    ["what does the customs office say the milestone shows?", "meaning"],
    ["who's the economist quoted on the city's q3 trade?", "person"],
    ["which harbour customs official gave the figures for 2017?", "person"],
    ["who at the city's commerce bureau hailed the numbers?", "person"],
    ["which eastville company won an order from chile?", "organisation"],
    ["who released the province's q1 figures?", "source"],
    ["whose statistics are the 2012 numbers from?", "source"],
    ["what did the vice minister say the ministry would do?", "statement"],
    ["what is the province working on for cross-border e-commerce?", "statement"],
    ["how has the province's growth model changed?", "change"],
    ['what are the "big four" products in its exports?', "definition"],
    ["what's the free trade zone mentioned in the article?", "definition"],
    ["what was special about the ship that left the port in may 2020?", "definition"],
    // ("whats" typed without its apostrophe asks the same)
    ["whats behind eastville's korea trade jump in q2 2019?", "cause"],
    ["whats driving northland's rise in exports?", "cause"],
  ])("reads %s as %s", (q, kind) => {
    expect(explainKind(q)).toBe(kind);
  });

  it.each([
    "how much did northland export in 2019, and why?",
    "what was the province's bonded logistics trade in 2022?",
    "which eastville firms grew fastest in 2021?",
    "which enterprise type had the largest share?",
    "who were the province's five biggest trade partners in 2017?",
    "xi'an made up 80% of the province's trade, so what was the province's total?",
    "what was the region's share of the delta's foreign trade in 2024?",
    "asean trade: eastville 2019 vs westburg 2021, who's higher and what's the gap?",
    "exports to the eu, eastville 2019 vs westburg 2021: which is bigger, and what's the gap?",
    "what was eastville port's container throughput in 2031?",
    "what was the port's cargo tonnage last year?",
  ])("leaves the figure question %s to the figures", (q) => {
    expect(explainKind(q)).toBeUndefined();
  });

  it("reads a question that asks two things as two parts, and a follow-up about the person's job as part of the person", () => {
    expect(explainParts("who at the port authority praised the results, and what did he credit them to?").map((p) => p.kind)).toEqual(["person", "cause"]);
    expect(explainParts("who's the analyst quoted on the figures, and where does she work?").map((p) => p.kind)).toEqual(["person"]);
    // a qualifier that asks nothing goes with the part it qualifies
    const [part] = explainParts("according to the planning researcher, what helped the inland cities?");
    expect(part?.kind).toBe("cause");
    expect(part?.text).toContain("researcher");
  });

  it("finds the term a definition question asks about", () => {
    expect(definedTerm('what are the "big four" products?')).toBe("big four");
    expect(definedTerm("what's the free trade zone mentioned in the article?")).toBe("free trade zone");
    expect(definedTerm("what was special about the train that left the port?")).toBe("train");
  });
});

describe("explanation cues", () => {
  it.each([
    "Officials put the rise down to stronger demand for farm machinery.",
    "The director credited the result to better logistics.",
    "Customs officials linked the wider deficit to costlier imported fuel.",
    "Higher prices of metals had driven imports up.",
    "When a storm struck the coast in May, it closed the main bridge, cutting off trade.",
    "Exports grew 12% thanks to new shipping routes.",
    "The growth slowed as the global economy stayed weak.",
    "The performance is closely related to the province's opening-up strategy.",
  ])("a cause: %s", (text) => {
    expect(cueWeight("cause", text)).toBeGreaterThanOrEqual(2);
  });

  it("gives no cause to a sentence that only states a figure", () => {
    expect(cueWeight("cause", "Exports reached 3.2 billion yuan in the period, up 8.1 percent.")).toBe(0);
  });

  it("reads 'reflects' and 'a sign that' as a meaning, but not 'statistics show'", () => {
    expect(cueWeight("meaning", "The shift reflects structural change in the economy.")).toBe(3);
    expect(cueWeight("meaning", "Trade with Chile rose 20%, a sign that efforts to open new markets are working.")).toBe(3);
    expect(cueWeight("meaning", "Customs statistics show that trade reached 5 billion yuan.")).toBeLessThan(3);
  });

  it.each([
    ["According to Wei Lan, a researcher at the Institute of Trade, the figures show resilience.", "Wei Lan"],
    ['"It was a good year," said Hu Dongming, deputy director of the commission.', "Hu Dongming"],
    ["Sun Jiahao, the Party chief of the county, explained the plan.", "Sun Jiahao"],
    ["Dorje Tsering, who heads a local carpet company, said orders had doubled.", "Dorje Tsering"],
    ["Customs spokesman Ma Qiang said trade was stable.", "Ma Qiang"],
    ["Planning commission researcher Xu noted the inland strategy also helped.", "Xu"],
  ])("names the person in: %s", (text, name) => {
    expect(personIn(text)?.name).toBe(name);
  });

  it("takes no organisation or place for a person", () => {
    expect(personIn("Harbour Customs said the figures were preliminary.")).toBeUndefined();
    expect(personIn("The Ministry of Commerce, a government department, said trade grew.")).toBeUndefined();
  });

  it("names a company by its name and a company word", () => {
    expect(organisationIn("Bluepeak Robotics based in the provincial capital is an example of such firms.")).toBe("Bluepeak Robotics");
    expect(organisationIn("Orders rose, said a local company.")).toBeUndefined();
  });

  it("knows a sentence that announces what the next one gives", () => {
    expect(announces("The region also faces significant challenges that cannot be ignored.")).toBe(true);
    expect(announces("There are three reasons for this.")).toBe(true);
    expect(announces("Trade will show resilience in the face of challenges.")).toBe(false);
    expect(announces("The main challenges are weak demand, rising costs and tariffs.")).toBe(false);
  });

  it("knows a sentence that leans on the one before", () => {
    expect(pointsBack("The company secured its first order in July.")).toBe(true);
    expect(pointsBack("It will also encourage two-way investment.")).toBe(true);
    expect(pointsBack('Exports of these "big four" products doubled.', true)).toBe(true);
    expect(pointsBack('Exports of these "big four" products doubled.')).toBe(false);
    expect(pointsBack("Northland's exports doubled.")).toBe(false);
  });
});

/** Evidence sentences of one made-up article, with the question's content words they lack. */
function article(question: string, wanted: string[], texts: string[], docId = "doc-a"): EvidenceSentence[] {
  let at = 0;
  const spans = texts.map((text) => { const s = { start: at, end: at + text.length, text }; at += text.length + 1; return s; });
  const asked = [...words(question)].filter((w) => w.length > 2);
  return spans.map((s, i) => {
    const have = words(s.text);
    const uncovered = wanted.filter((w) => !have.has(w));
    return {
      ...s, docId, docRank: 0, numbers: [], periods: [], uncovered, coverage: wanted.length ? 1 - uncovered.length / wanted.length : 1,
      overlap: asked.filter((w) => have.has(w)).length, ...(i > 0 && { before: spans[i - 1]! }), ...(i + 1 < spans.length && { after: spans[i + 1]! }),
    };
  });
}

const select = (question: string, wanted: string[], texts: string[]) =>
  selectExplanation(question, explainParts(question), article(question, wanted.map(stem), texts), wanted.map(stem), { constrained: true });

describe("choosing the sentences that explain", () => {
  it("answers 'why' with the sentence that gives a reason, not the one with the figure", () => {
    const r = select("why did northland's machinery exports jump in 2019?", ["machinery", "exports", "jump"], [
      "Northland's machinery exports jumped 40 percent to 2.1 billion yuan in 2019.",
      "Officials put the jump in machinery exports down to new rail freight routes to Europe.",
    ]);
    expect(r.sentences.map((s) => s.text)).toEqual(["Officials put the jump in machinery exports down to new rail freight routes to Europe."]);
  });

  it("finds nothing when no sentence explains, and names the part it could not answer", () => {
    const r = select("why did northland's machinery exports jump in 2019?", ["machinery", "exports", "jump"], [
      "Northland's machinery exports jumped 40 percent to 2.1 billion yuan in 2019.",
      "Imports of ore reached 0.8 billion yuan.",
    ]);
    expect(r.sentences).toEqual([]);
    expect(r.missing.map((p) => p.kind)).toEqual(["cause"]);
  });

  it("answers 'who' with the person's name and title", () => {
    const r = select("who's the economist quoted on eastville's trade?", ["economist", "quoted"], [
      "Eastville's trade rose 9 percent in the first half.",
      "According to Wei Lan, an economist at the Institute of Trade, the figures show resilience.",
    ]);
    expect(r.sentences[0]?.text).toContain("Wei Lan");
  });

  it("answers 'who was the spokesman' only with a spokesman, not with another person quoted", () => {
    const r = select("who was the customs spokesman quoted on eastville's trade?", ["quoted"], [
      "Eastville's trade rose 9 percent in the first half, said Lin Bo, the party chief of the city, in an interview.",
    ]);
    expect(r.sentences).toHaveLength(0);
    const found = select("who was the customs spokesman quoted on eastville's trade?", ["quoted"], [
      "Eastville's trade rose 9 percent in the first half, said Lin Bo, the party chief of the city, in an interview.",
      "Trade will keep growing, said Han Mei, a spokeswoman for Eastville Customs.",
    ]);
    expect(found.sentences[0]?.text).toContain("Han Mei");
  });

  it("answers 'which company' with the sentence that names it when the answering one says 'the company'", () => {
    const r = select("which eastville company won an order from chile?", ["won", "order"], [
      "Bluepeak Robotics based in Eastville is an example of the city's exporters.",
      "The company secured its first order from a dealer in Chile in March.",
    ]);
    expect(r.sentences).toHaveLength(1);
    expect(r.sentences[0]?.previous?.text).toContain("Bluepeak Robotics");
  });

  it("answers 'what are the X' with the sentence that lists them after the term", () => {
    const r = select('what are the "big four" products in its exports?', [], [
      'Firms making the "big four" products expanded abroad.',
      'Exports of the "big four" (tractors, pumps, valves and bearings) rose 20 percent.',
    ]);
    expect(r.sentences.map((s) => s.text)).toEqual(['Exports of the "big four" (tractors, pumps, valves and bearings) rose 20 percent.']);
  });

  it("brings along the sentence that a challenge sentence announces", () => {
    const r = select("what challenges does the region's foreign trade face?", ["foreign", "trade"], [
      "The region's foreign trade also faces challenges that cannot be ignored.",
      "Analysts cited weak overseas demand and rising freight costs.",
    ]);
    expect(r.sentences[0]?.next?.text).toContain("weak overseas demand");
  });

  it("answers each part of a two-part question", () => {
    const r = select("who at the commerce bureau praised the results, and what did he credit them to?", ["commerce", "bureau", "results"], [
      '"These are our best results," said Hu Dongming, deputy director of the commerce bureau.',
      "Hu credited the results to stronger demand in Africa.",
    ]);
    expect(r.sentences.map((s) => s.text.slice(0, 12))).toEqual(['"These are o', "Hu credited "]);
  });

  it("does not answer with a question the text asks", () => {
    const r = select("what challenges does the region face?", [], ["How can the region meet these challenges?"]);
    expect(r.sentences).toEqual([]);
  });
});

describe("an article's month", () => {
  it("reads the metadata's month, else a date in the byline", () => {
    expect(publishedMonth({ docYear: 2019, docMonth: 4 }, "")).toEqual({ year: 2019, month: 4 });
    expect(publishedMonth({}, "Headline\nDaily Courier | March 3, 2016\nText")).toEqual({ year: 2016, month: 3 });
    expect(publishedMonth({}, "Headline\nText without a date")).toBeUndefined();
  });
});

describe("more ways to ask for an explanation", () => {
  it.each([
    ["what was the main reason for the fall in eastville's imports?", "cause"],
    ["what's driving the province's exports this year?", "cause"],
    ["how did the port manage to grow in 2020?", "cause"],
    ["what measures did the customs office take to speed up clearance?", "action"],
    ["what reason did officials give for the lower imports?", "cause"],
    ["which university does wang jun work at?", "person"],
    ["what do analysts fear for exports next year?", "challenge"],
    ["what will the port do in the second half?", "plan"],
    ["how long has asean been the city's largest partner?", "duration"],
    ["what do officials expect for next year's trade?", "statement"],
    ["who is wei lan?", "person"],
  ])("reads %s as %s", (q, kind) => {
    expect(explainKind(q)).toBe(kind);
  });
  it("leaves 'who is the biggest trade partner' to the figures", () => {
    expect(explainKind("who is the province's biggest trade partner?")).toBeUndefined();
  });
});

describe("explanations that do not fit", () => {
  it("does not answer why something fell with what helped it grow", () => {
    const r = select("why did northland's trade fall in 2016?", ["trade"], [
      "Better roads thanks to the new development drive have helped its trade grow steadily.",
    ]);
    expect(r.sentences).toEqual([]);
    const fell = select("why did northland's trade fall in 2016?", ["trade"], [
      "Trade fell because a flood blocked the mountain highway for months.",
    ]);
    expect(fell.sentences).toHaveLength(1);
  });

  it("defines a quoted term only with a sentence that uses it", () => {
    const r = select("the report mentions 'green corridors' - what are they?", [], [
      "The province is a major hub for trade with its neighbours.",
    ]);
    expect(r.sentences).toEqual([]);
  });
});

describe("how strong a reason must be", () => {
  it.each([
    "The continuing economic crisis cut the region's trade with its neighbours.",
    "The planners' strategies also helped boost trade in the inland cities.",
    "The freight line has played an increasingly important role in boosting the city's trade.",
    "A series of policies has been introduced to support the port.",
  ])("a reason: %s", (text) => {
    expect(cueWeight("cause", text)).toBeGreaterThanOrEqual(2);
  });

  it("does not answer 'why' with a sentence that only mentions cooperation or demand in passing", () => {
    const r = select("why did northland's trade grow in 2010?", ["trade"], [
      "Northland's trade passed $30 billion in 2010, alongside $6 billion of foreign investment and deeper economic cooperation.",
    ]);
    expect(r.sentences).toEqual([]);
  });

  it("reads a fall in the question as a direction, not as a word the answer must repeat", () => {
    const r = select("why did northland's trade with eastland fall in 2009?", ["eastland", "fall"], [
      "The continuing economic crisis cut Northland's trade with Eastland in the period.",
    ]);
    expect(r.sentences).toHaveLength(1);
  });
});

describe("auxiliaries and undated periods", () => {
  it("reads 'what has helped' and 'what is driving' as asking for a cause", () => {
    expect(explainKind("what has helped shift the structure of the city's trade?")).toBe("cause");
    expect(explainKind("what is driving the port's growth?")).toBe("cause");
  });
  it("counts 'this has helped shift' as a reason", () => {
    expect(cueWeight("cause", "New industries keep expanding, and this has helped shift the structure of the city's trade.")).toBeGreaterThanOrEqual(2);
  });
});

describe("which way the sentence goes", () => {
  it("reads a sentence of rises with a passing setback as one of rises", async () => {
    const { onlyUp } = await import("../retrieval/explain/cues.js");
    expect(onlyUp("Trade expanded quickly, driven by strong growth in imports as the economy recovered from the epidemic.")).toBe(true);
    expect(onlyUp("Growth slowed as the global economy stayed sluggish and competition grew fiercer.")).toBe(false);
    expect(onlyUp("Officials linked the wider deficit to the soaring value of imported fuel, which rose 80 percent.")).toBe(false);
  });
});

describe("the article a named person is in", () => {
  it("puts the article the question's own words find among the first", async () => {
    const { withOwnWords } = await import("../retrieval/explain/docs.js");
    const passages = [
      { docId: "a", start: 0, end: 10, text: "private enterprises grew" },
      { docId: "b", start: 0, end: 10, text: "private enterprises led" },
      { docId: "c", start: 0, end: 10, text: "private enterprises again" },
      { docId: "d", start: 0, end: 30, text: "said Hu Dongming, deputy head" },
    ];
    const hit = (docId: string) => ({ passages: [], docId, start: 0, end: 10, text: "", score: 1, similarity: 0, bm25: 1, terms: [] });
    const lexical = {
      tokens: (t: string) => t.toLowerCase().split(/\s+/).filter(Boolean),
      search: (q: string) => (q.includes("dongming") ? [{ label: 3, score: 9, terms: ["hu", "dongming"] }] : []),
    };
    const index = { passages, lexical } as never;
    expect(withOwnWords([hit("a"), hit("b"), hit("c")], index, ["hu", "dongming"]).map((h) => h.docId)).toEqual(["a", "b", "d", "c"]);
    // a passage with only some of the words does not count
    expect(withOwnWords([hit("a"), hit("b"), hit("c")], index, ["hu", "dongming", "tariffs"]).map((h) => h.docId)).toEqual(["a", "b", "c"]);
  });
});

describe("abbreviations", () => {
  it("finds the term of 'what does X stand for'", () => {
    expect(definedTerm("what does GBA stand for?")).toBe("GBA");
    expect(explainKind("what does GBA stand for?")).toBe("definition");
  });
  it("defines an abbreviation with the sentence that spells it out before it", () => {
    const r = select("what is NTZ?", [], [
      "NTZ trade rose 8 percent in the period.",
      "Trade with members of the Northern Trade Zone (NTZ) reached 11 billion yuan.",
    ]);
    expect(r.sentences.map((s) => s.text)).toEqual(["Trade with members of the Northern Trade Zone (NTZ) reached 11 billion yuan."]);
  });
});

describe("what was done", () => {
  it("reads 'what did customs do to …' as asking what was done, and an action as its answer", () => {
    expect(explainKind("what did the customs office do to speed up clearance?")).toBe("action");
    // (what someone said they would do is what was said)
    expect(explainKind("what did the ministry say it would do about trade with central asia?")).toBe("statement");
    const r = select("what did the customs office do to speed up clearance?", ["customs", "office", "speed", "clearance"], [
      "Trade through the port rose 9 percent, the customs office said.",
      "The customs office has streamlined the clearance process and opened a new inspection hall to speed up clearance.",
    ]);
    expect(r.sentences[0]?.text).toContain("streamlined");
  });
});

describe("asking shapes of press-conference questions", () => {
  it.each([
    ["what disrupted westmoor's exports to chile in spring 2016?", "cause"],
    ["what 4 reasons did the westmoor trade office give for slower growth in 2019?", "cause"],
    ["what did harbourton customs say drove the region's q3 growth?", "cause"],
    ["what did she say caused it?", "cause"],
    ["Growth slowed compared with last year. What were the main reasons?", "cause"],
    ["what does 'inner gate open, outer gate managed' actually mean?", "definition"],
    ["how does that scheme work?", "definition"],
  ])("reads %s as %s", (q, kind) => {
    expect(explainKind(q)).toBe(kind);
  });

  it("ends an unquoted term where a clause saying who spoke of it begins", () => {
    expect(definedTerm("what's the Lakeside Feeder Port model the customs official talked about?")).toBe("Lakeside Feeder Port model");
    expect(definedTerm("what is the hill corridor plan officials described?")).toBe("hill corridor plan");
  });

  it("reads 'growth slowed' as a fall and 'trade growth' as a rise", () => {
    expect(direction("Growth slowed in the fourth quarter. What were the reasons?")).toBe("down");
    expect(direction("what drove the region's trade growth?")).toBe("up");
    // ("hit a record" reaches a mark: a rise, not a setback beside one)
    expect(direction("Exports hit a record. What drove them?")).toBe("up");
    expect(direction("Exports were hit hard. Why?")).toBe("down");
  });
});

describe("transcript turns", () => {
  const doc = (text: string) => ({ id: "t", meta: {}, text, hash: "" }) as CorpusDocument;

  it("pairs a labelled paragraph that asks with the labelled answer after it", () => {
    const turns = transcriptTurns(doc([
      "Eastvale's trade rose 3 percent.", "",
      "Reporter from Valley TV: Why did exports to Chile decline?", "",
      "Chen Yu, deputy director of the bureau: Copper shipments fell. Prices were lower.", "",
      "Why does this matter? Nobody said.",
    ].join("\n")));
    expect(turns).toHaveLength(1);
    expect(turns[0]!.question).toBe("Why did exports to Chile decline?");
    expect(turns[0]!.answer.map((a) => a.text)).toEqual(["Chen Yu, deputy director of the bureau: Copper shipments fell. Prices were lower."]);
  });

  it("takes an unlabelled answer after a reporter's question, but not after anyone else's", () => {
    const turns = transcriptTurns(doc(["Reporter: Why did imports fall?", "Ore prices dropped.", "Note: Why so slow?", "Nobody knows."].join("\n")));
    expect(turns.map((t) => t.answer.map((a) => a.text))).toEqual([["Ore prices dropped."]]);
  });

  it("runs an answer on through the unlabelled paragraphs after it, up to the next speaker", () => {
    const turns = transcriptTurns(doc([
      "Reporter (Daily): What drove exports?", "", "Chen Yu: Three things.", "", "First, car plants.", "", "Second, cheaper freight.", "",
      "Reporter (Radio): And imports?", "", "Chen Yu: Ore.",
    ].join("\n")));
    expect(turns[0]!.answer.map((a) => a.text)).toEqual(["Chen Yu: Three things.", "First, car plants.", "Second, cheaper freight."]);
  });

  it("answers a part with the turn of a kin kind and the same direction that shares its words", () => {
    const d = doc([
      "Q (Daily): Exports grew fast. What drove them?", "A: New car plants.",
      "Q (Radio): Why did trade with Chile decline?", "A: Copper prices fell.",
    ].join("\n"));
    const skip = new Set<string>();
    expect(askedTurn({ kind: "cause", text: "why did eastvale's trade with chile fall?" }, [d], skip)?.answer[0]?.text).toBe("A: Copper prices fell.");
    expect(askedTurn({ kind: "cause", text: "what drove eastvale's export growth?" }, [d], skip)?.answer[0]?.text).toBe("A: New car plants.");
    expect(askedTurn({ kind: "person", text: "who spoke about chile?" }, [d], skip)).toBeUndefined();
  });

  it("takes a reporter's request that names no kind ('could you tell us about …') for any kind", () => {
    const d = doc("Reporter (TV): Could you tell us about the 'river gate' scheme?\nLi Na: Barges clear once at the river gate.");
    expect(askedTurn({ kind: "definition", text: "what is the 'river gate' scheme?" }, [d], new Set())?.answer[0]?.text)
      .toBe("Li Na: Barges clear once at the river gate.");
  });

  it("takes a later article's turn only when it asks much of what the part asks", () => {
    const prose = doc("Eastvale's exports rose 4 percent, driven by new car plants.");
    const loose = doc("Q (Radio): Port volumes and rail links grew fast. What drove exports?\nA: Cheaper freight.");
    const part = { kind: "cause" as const, text: "what drove eastvale's exports?" };
    expect(askedTurn(part, [loose, prose], new Set())?.answer[0]?.text).toBe("A: Cheaper freight.");
    expect(askedTurn(part, [prose, loose], new Set())).toBeUndefined();
  });
});

describe("whose explanation a question wants", () => {
  it("reads who from 'per …', 'according to …' and 'what did … say', less the asked places and vague words", () => {
    const places = new Set(["eastvale"]);
    expect(attributionWords("what drove eastvale's growth per eastvale customs?", places)).toEqual([stem("customs")]);
    expect(attributionWords("what did the commerce bureau chief say drove it?", places)).toEqual(["commerce", "bureau", "chief"].map((w) => stem(w)));
    expect(attributionWords("what did he put it down to?", places)).toEqual([]);
  });

  it("finds the body or role in the sentence, a chief as a head", () => {
    expect(attributedTo(["commerce", "bureau", "chief"].map((w) => stem(w)), "Wu Lan, head of the city's commerce bureau, said …")).toBe(true);
    expect(attributedTo([stem("customs")], "Analysts at a bank said the rise came from prices.")).toBe(false);
  });
});

describe("blind-set shapes of explanations", () => {
  it.each([
    ["what did westport customs blame for the province's 2021 trade decline?", "cause"],
    ["what did the harbour bureau credit for northland's export growth in 2018", "cause"],
    ["what three reasons did the commerce dept give for eastvale's 2016 trade fall?", "cause"],
  ])("reads %s as %s", (q, kind) => {
    expect(explainKind(q)).toBe(kind);
  });

  it("reads a follow-up on what the person wants as what he said, not as a figure", () => {
    expect(explainParts("who's the eastvale official quoted on tin exports and what does he want the city to export instead?")
      .map((p) => p.kind)).toEqual(["person", "statement"]);
  });

  it.each([
    "The fall was driven mainly by lower imports of engine parts.",
    "Exports of parts fell 12 percent, as weaker truck sales led plants to cut output.",
    "Two factors explain the drop, said the bureau.",
    '"The decline is mainly a matter of one industry," Wen said.',
    "The sensor market went through a downturn, with prices falling sharply in the spring.",
    "The region had gained from the integration of clearance along the river.",
    "Trade frictions between Northland and Eastland also affected some exporters.",
    '"That saves our timber firms about 900 yuan per container."',
    "Tin trade fell sharply as the price of imported ore plunged.",
  ])("a reason: %s", (text) => {
    expect(cueWeight("cause", text)).toBeGreaterThanOrEqual(2);
  });

  it("reads 'X, led by A and B,' as the items that led, not as a cause", () => {
    expect(cueWeight("cause", "Farm exports, led by rice and tea, grew 4 percent.")).toBeLessThan(2);
    expect(cueWeight("cause", "Growth was led by rice exports.")).toBe(3);
  });

  it("reads 'our approach is to' and 'the city's task is to' as what someone said", () => {
    expect(cueWeight("statement", "The city's task is to move from selling ore to selling machines.")).toBe(3);
  });

  it("answers why exports held up despite a crisis with what held them up", () => {
    const r = select("why did eastvale's exports hold up in 2012 despite the debt crisis?", ["exports"], [
      "Eastvale's exports rose 9 percent in 2012.",
      "Market diversification is the main reason exports held up.",
    ]);
    expect(r.sentences.map((s) => s.text)).toEqual(["Market diversification is the main reason exports held up."]);
  });

  it("brings the enumeration a counted reason announces ('Three factors explain the fall,' … 'First, …')", () => {
    const r = select("what reasons did the bureau give for eastvale's trade fall?", ["trade"], [
      '"Three factors explain the fall," said Ma Lin, deputy head of the bureau.',
      "First, the flood cut the rail line.",
      "Second, ore prices fell.",
      "Third, a smelter closed.",
    ]);
    expect(r.sentences).toHaveLength(1);
    expect(r.sentences[0]!.next?.text).toBe("First, the flood cut the rail line. Second, ore prices fell. Third, a smelter closed.");
  });

  it("quotes the speaker's words right before a quoted reason with it", () => {
    const r = select("why did eastvale's exports hold up?", ["exports"], [
      '"Our shoe makers went to Peru and Chile instead," said Su Wen, deputy director of the customs office.',
      '"Diversification is the main reason exports held up."',
    ]);
    expect(r.sentences.map((s) => s.previous?.text)).toEqual(['"Our shoe makers went to Peru and Chile instead," said Su Wen, deputy director of the customs office.']);
  });

  it("quotes the end of a quotation its speaker is named after before a quoted reason", () => {
    const r = select("how does the dry port help eastvale's furniture makers?", ["furniture"], [
      '"Before the dry port, a box went 300 kilometers by truck.',
      'Now it is sealed here and goes straight to the ship," said Ma Lin, deputy head of the port.',
      '"That saves our furniture firms about 900 yuan per container."',
    ]);
    expect(r.sentences.at(-1)?.previous?.text).toBe('Now it is sealed here and goes straight to the ship," said Ma Lin, deputy head of the port.');
  });

  it("ranks the sentence right after the best reason before another as strong", () => {
    const r = select("what drove eastvale's trade slump?", [], [
      "The slump was driven mainly by lower imports of engine parts.",
      "Imports of engine parts fell 20 percent, as slower truck sales led plants to cut output.",
      "Officials said tin exports rose 3 percent.",
      "The province rolled out measures to stabilize trade.",
      "Other trade was driven by cheaper freight.",
    ]);
    expect(r.sentences.map((s) => s.text)).toContain("Imports of engine parts fell 20 percent, as slower truck sales led plants to cut output.");
  });

  it("answers what 'he' wants with the words right by the person's name", () => {
    const r = select("who's the eastvale official quoted on tin, and what does he want the city to export instead?", ["tin"], [
      "Eastvale's tin exports kept growing, the customs office said.",
      '"Tin keeps our smelters alive," said Zhou Ping, vice mayor of Eastvale.',
      '"The city\'s task is to move from exporting tin to exporting machines."',
    ]);
    expect(r.sentences.map((s) => s.text)).toEqual([
      '"Tin keeps our smelters alive," said Zhou Ping, vice mayor of Eastvale.',
      '"The city\'s task is to move from exporting tin to exporting machines."',
    ]);
  });
});

describe("transcript speakers", () => {
  const doc = (text: string) => ({ id: "t", meta: {}, text, hash: "" }) as CorpusDocument;
  const transcript = doc([
    "**Host:** Today we have invited Ms. Wen Lan, deputy director of the Eastvale Commerce Bureau, to brief you.", "",
    "**Reporter (Daily):** Tin exports fell. How is Eastvale responding to the tin tariffs?", "",
    "**Wen Lan:** The impact is manageable. Our approach is to find new buyers.", "",
    "**Reporter (Radio):** Some firms worried the new checks would slow goods to the coast. What has the experience been?", "",
    "**Wen Lan:** Goods clear within two hours.",
  ].join("\n"));

  it("answers who talked about a matter with the speaker who answered it, after the sentence that gives her title", () => {
    const part = { kind: "person" as const, text: "who at the commerce bureau talked about the tin tariffs?" };
    const turn = askedTurn(part, [transcript], new Set())!;
    expect(speakerOf(turn)).toBe("Wen Lan");
    expect(turnEvidence(turn, 0, part, transcript).map((s) => s.text)).toEqual([
      "**Host:** Today we have invited Ms. Wen Lan, deputy director of the Eastvale Commerce Bureau, to brief you.",
      "**Wen Lan:** The impact is manageable. Our approach is to find new buyers.",
    ]);
  });

  it("answers what was said about a matter with the answer to a question of no kind that asked about it", () => {
    const part = { kind: "statement" as const, text: "did the new checks slow goods to the coast, what did the bureau say?" };
    expect(askedTurn(part, [transcript], new Set())?.answer[0]?.text).toBe("**Wen Lan:** Goods clear within two hours.");
  });

  it("asks on about the person's approach with the turn that named them", () => {
    const parts = explainParts("who at the bureau talked about the tin tariffs, and what's their approach?");
    expect(turnsForParts(parts, [transcript], new Set()).get(parts[1]!)?.answer[0]?.text).toContain("Our approach");
  });
});

describe("what narrows which part", () => {
  it("reads no product into a count of them ('what three reasons')", () => {
    const find = subjectFinder(["three products", "steel products"]);
    expect(find("what three reasons did the bureau give?")).toEqual([]);
    expect(find("how did steel exports do?")).toEqual(["steel products"]);
  });

  it("reads 'as much as last year' as the base a figure is measured against, not its period", () => {
    expect(findPeriods("We import roughly as much ore as last year, but pay less.", { docYear: 2015 })).toEqual([]);
  });
});
