import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { periodLabel } from "../text/periods.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { solve } from "../retrieval/figures/solve.js";
import type { Fact } from "../text/terms.js";

// Short made-up articles in the styles trade news uses; none of them is a seed document.
const DOCS: Array<[string, string, string]> = [
  ["anhui", "2024-02-05", [
    "Anhui province's foreign trade reached 808.3 billion yuan ($113.8 billion) last year, up 7.8 percent, the provincial customs said.",
    "Exports climbed 14.5 percent to 547.2 billion yuan, while imports fell 3.9 percent to 261.1 billion yuan.",
    "Trade with ASEAN, the European Union and the United States grew 12.1 percent, 4.2 percent and 2.3 percent respectively.",
    "Exports of new energy vehicles surged 60.3 percent, accounting for 9.5 percent of the province's total exports.",
    "The growth rate ranks the province fifth nationwide.",
  ].join(" ")],
  ["yunnan", "2024-01-25", [
    "In 2023, Yunnan's trade totaled 259.1 billion yuan, down 6.9 percent from a year earlier.",
    "Yunnan's trade with ASEAN rose 3.1 percent.",
    "Kunming's foreign trade reached 120.5 billion yuan, accounting for 46.5 percent of the province's total.",
    "Guizhou's foreign trade grew 12.4 percent to 83.6 billion yuan in 2023.",
    "Three western provinces - Yunnan province, Guizhou province and Gansu province - all posted double-digit export gains in the second half.",
    "Together they accounted for 2.4 percent of the country's total trade in 2023, down 0.3 percentage points from the previous year.",
    "Jiangsu's exports grew 3.1 percent in 2022.",
  ].join(" ")],
];

function base() {
  const documents: CorpusDocument[] = DOCS.map(([id, published, text]) => ({ id, meta: { title: id, source: `${id}.txt`, published }, text, hash: id }));
  const facts: Fact[] = documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d)));
  return figureIndex(facts, documents);
}

const find = (facts: Fact[], pred: Partial<Fact>) => facts.filter((f) => Object.entries(pred).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v));

describe("extractDocumentFacts", () => {
  const { facts } = base();
  it("resolves 'last year' against the publication date and keeps the dollar equivalent", () => {
    const [total] = find(facts, { entity: "anhui", metric: "trade", measure: "amount" });
    expect(total).toMatchObject({ value: 808.3, unit: "billion yuan", alt: { value: 113.8, unit: "billion US dollars" } });
    expect(periodLabel(total!.period!)).toBe("2023");
  });
  it("signs falls negative and attaches each clause's figures to its own flow", () => {
    expect(find(facts, { entity: "anhui", metric: "imports", measure: "growth" })[0]!.value).toBe(-3.9);
    expect(find(facts, { entity: "anhui", metric: "exports", measure: "amount" })[0]!.value).toBe(547.2);
    expect(find(facts, { entity: "yunnan", metric: "trade", measure: "growth" }).filter((f) => !f.partner).map((f) => f.value)).toEqual([-6.9]);
  });
  it("maps a 'respectively' list of partners onto the place that trades with them", () => {
    const partners = find(facts, { entity: "anhui", measure: "growth" }).filter((f) => f.partner).map((f) => [f.partner, f.value]);
    expect(partners).toEqual([["partner:asean", 12.1], ["partner:eu", 4.2], ["partner:us", 2.3]]);
  });
  it("keeps a partner or a product as part of the fact", () => {
    expect(find(facts, { entity: "yunnan", partner: "partner:asean" })[0]!.value).toBe(3.1);
    const nev = find(facts, { entity: "anhui", qualifier: "new energy vehicles" });
    expect(nev.map((f) => [f.measure, f.value, f.shareOf])).toEqual([["growth", 60.3, undefined], ["share", 9.5, "own"]]);
  });
  it("derives last year's share from this year's and its change, with the formula", () => {
    const derived = facts.find((f) => f.derived && f.measure === "share");
    expect(derived).toMatchObject({ entity: "group:three-western-provinces", value: 2.7 });
    expect(periodLabel(derived!.period!)).toBe("2022");
    expect(derived!.derived!.formula).toMatch(/^2\.4 \+ 0\.3 = 2\.7/);
  });
  it("reads ranks as ordinal facts with their scope", () => {
    expect(find(facts, { measure: "rank" })[0]).toMatchObject({ entity: "anhui", value: 5, scope: "nationwide" });
  });
});

const ask = (q: string) => {
  const b = base();
  return solve(parseQuestion(q, { groups: b.groups }), b);
};

describe("solve", () => {
  it("computes a surplus from exports and imports and shows the formula", () => {
    const r = ask("what was anhui's trade surplus in 2023?");
    expect(r.status).toBe("answered");
    expect(r.figures[0]).toMatchObject({ value: 286.1, unit: "billion yuan", computed: true, formula: "547.2 − 261.1 = 286.1 billion yuan" });
    expect(r.figures[0]!.facts).toHaveLength(2);
  });
  it("gives a difference of two rates in percentage points", () => {
    const r = ask("how many percentage points faster did guizhou's trade grow than yunnan's in 2023?");
    expect(r.figures.find((f) => f.computed)).toMatchObject({ value: 19.3, unit: "percentage points", formula: "12.4% − (−6.9)% = 19.3 percentage points" });
  });
  it("ranks only comparable figures and labels the others apart (mixed-metric guard)", () => {
    const r = ask("which provinces grew fastest in 2023?");
    const ranked = r.lines[0]!.text;
    expect(ranked).toMatch(/^Ranked by foreign trade, growth, 2023: 1\. Guizhou 12\.4%; 2\. Anhui 7\.8%; 3\. Yunnan -6\.9%/);
    // Jiangsu's 2022 export growth is another metric and period: never in that ranking
    expect(ranked).not.toMatch(/Jiangsu/);
  });
  it("ranks partners of one place", () => {
    const r = ask("rank anhui's trade with asean, the eu and the us by growth in 2023");
    expect(r.lines[0]!.text).toMatch(/1\. ASEAN 12\.1%; 2\. European Union 4\.2%; 3\. United States 2\.3%/);
  });
  it("implies the whole from a part and its share", () => {
    const r = ask("based on kunming's 46.5% share, how big was yunnan's total trade in 2023?");
    expect(r.figures[0]).toMatchObject({ computed: true, value: 259.14, unit: "billion yuan", formula: "120.5 ÷ 0.465 = 259.14 billion yuan" });
    expect(r.figures[0]!.label).toMatch(/^Yunnan's total/);
  });
  it("implies last year's value from this year's and its growth", () => {
    const r = ask("what does anhui's 7.8% growth imply its 2022 trade was?");
    expect(r.figures[0]).toMatchObject({ value: 749.81, formula: "808.3 ÷ (1 + 0.078) = 749.81 billion yuan" });
  });
  it("implies last year's value from a fall the question gives as a signed yoy", () => {
    const q = parseQuestion("based on the -6.9% yoy, what was yunnan's trade in 2022?");
    expect(q.intent).toBe("implied_previous");
    const r = solve(q, base());
    expect(r.figures[0]).toMatchObject({ value: 278.3, computed: true });
    expect(r.lines[0]?.text).toContain("down 6.9%");
  });
  it("implies an exchange rate from a yuan–dollar pair", () => {
    expect(ask("what exchange rate does anhui's 2023 trade figure imply?").figures[0]).toMatchObject({ value: 7.1, unit: "yuan per US dollar" });
  });
  it("sums figures of several places", () => {
    expect(ask("combined, how much did anhui and guizhou trade in 2023?").figures[0]).toMatchObject({ value: 891.9, formula: "808.3 + 83.6 = 891.9 billion yuan" });
  });
  it("reads rank positions", () => {
    expect(ask("where did anhui rank nationally for trade growth in 2023?").lines[0]!.text).toMatch(/Anhui ranked fifth nationwide/);
  });
  it("abstains on a place no document mentions, and on a figure asked with the wrong partner or flow", () => {
    expect(ask("how much did hainan export in 2023?")).toMatchObject({ status: "abstain" });
    expect(ask("how fast did guizhou's trade with asean grow in 2023?").status).toBe("abstain");
    expect(ask("how much did guizhou import in 2023?").status).toBe("abstain");
  });
  it("does not answer a lookup with a figure of another period", () => {
    expect(ask("how fast did jiangsu's exports grow in 2023?").status).toBe("abstain");
    expect(ask("how fast did jiangsu's exports grow in 2022?").figures[0]!.value).toBe(3.1);
  });
});

describe("follow-up sentences and declines", () => {
  const doc: CorpusDocument = {
    id: "sichuan", meta: { title: "t", source: "s.txt", published: "2024-04-20" }, hash: "h",
    text: "In the first quarter, Sichuan's foreign trade reached 242.3 billion yuan, a year-on-year increase of 4.2 percent. Exports totaled 150.5 billion yuan, up 8.3 percent, and imports were 91.8 billion yuan, down 1.5 percent. The growth rate was 3.2 percentage points higher than the national level.\nForeign trade of Hunan province declined by 9.2% year on year in the first two months.",
  };
  const facts = extractDocumentFacts(doc, chunkDocument(doc));
  const b = figureIndex(facts, [doc]);
  const solveQ = (q: string) => solve(parseQuestion(q, { groups: b.groups }), b);
  it("reads 'The growth rate …' after a sentence on exports and imports as the total's", () => {
    expect(find(facts, { measure: "pp_gap" })[0]).toMatchObject({ entity: "sichuan", metric: "trade", value: 3.2 });
    expect(solveQ("how much faster did sichuan's trade grow than the national average in Q1 2024?").figures[0]).toMatchObject({ value: 3.2, unit: "percentage points" });
  });
  it("answers 'how much did it fall' with the signed change", () => {
    expect(solveQ("how much did hunan's foreign trade fall in the first two months of 2024?").figures[0]).toMatchObject({ value: -9.2, unit: "%" });
  });
  it("ranks the places a question names, naming the one the documents give no figure for", () => {
    const a = ask("rank the 2023 trade growth of yunnan, guizhou and jiangsu");
    expect(a.figures.map((f) => f.value)).toEqual([12.4, -6.9]);
    expect(a.missing).toEqual(["Jiangsu's figure"]);
  });
});

describe("the measure a ranking asks for", () => {
  const rankOf = ask;
  it("ranks the amounts when the question asks for values or ranks 'by foreign trade'", () => {
    for (const question of ["top 3 provinces by foreign trade in 2023, with values", "top 3 provinces by foreign trade in 2023",
      "rank the provinces' 2023 trade, with values"]) {
      expect(rankOf(question).lines[0]?.text).toMatch(/^Ranked by foreign trade, 2023: 1\. Anhui 808\.3 billion yuan/);
    }
    expect(rankOf("top 3 provinces by foreign trade growth in 2023").lines[0]?.text).toMatch(/^Ranked by foreign trade, growth/);
  });
  it("ranks the figures per head a table states, and only those", () => {
    const documents: CorpusDocument[] = [{ id: "heads", hash: "heads", meta: { title: "Central provinces' trade", source: "heads.md",
      published: "2032-01-20" }, text: "In 2031 the trade of three provinces grew.\n\n| Province | Trade (trillion yuan) | "
      + "Trade per head (yuan) |\n|---|---|---|\n| Hunan | 0.71 | 10,700 |\n| Hubei | 0.66 | 11,300 |\n| Jiangxi | 0.52 | 11,500 |" }];
    const b = figureIndex(documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), documents);
    const a = solve(parseQuestion("rank hunan, hubei and jiangxi by trade per head in 2031", { groups: b.groups }), b);
    expect(a.figures.map((f) => f.value)).toEqual([11500, 11300, 10700]);
  });
  it("never ranks the levels per head for their growth, which no figure here states", () => {
    const documents: CorpusDocument[] = [{ id: "heads", hash: "heads", meta: { title: "Central provinces' trade", source: "heads.md",
      published: "2032-01-20" }, text: "In 2031 the trade of three provinces grew.\n\n| Province | Trade (trillion yuan) | "
      + "Trade per head (yuan) |\n|---|---|---|\n| Hunan | 0.71 | 10,700 |\n| Hubei | 0.66 | 11,300 |\n| Jiangxi | 0.52 | 11,500 |" }];
    const b = figureIndex(documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), documents);
    for (const question of ["rank hunan, hubei and jiangxi by the growth of their trade per head in 2031",
      "which of hunan, hubei and jiangxi saw trade per head grow fastest in 2031?"]) {
      const a = solve(parseQuestion(question, { groups: b.groups }), b);
      expect(a.figures.map((f) => f.value), question).toEqual([]);
    }
  });
  it("abstains on a ranking per head, which no total or growth is", () => {
    expect(rankOf("rank the provinces by trade per head in 2023")).toMatchObject({ status: "abstain", lines: [], figures: [] });
    expect(rankOf("top 3 provinces by foreign trade per capita, 2023").status).toBe("abstain");
  });
});
