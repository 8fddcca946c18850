import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksCount, asksSeveral, leftOutOfRanking, namedInQuestion, namesOnlyAsked, namesSeveral, quoteNamesSeveral } from "../retrieval/shape.js";
import type { Fact } from "../text/terms.js";

// Answers whose shape does not fit the question (made-up articles and figures): a list, a ranking or a breakdown asked
// is answered by several items or not at all; the asked place's own figures, or a sentence that names no list, are
// shown as the closest the documents have, and the answer abstains.

const TOTALS = `---
title: "Shaoguan's trade in the first ten months of 2031"
published: "2031-11-20"
---
Shaoguan's imports and exports reached 84.2 billion yuan in the first ten months of 2031, up 3.1 percent year on year.

Cross-border e-commerce through the city grew 12.4 percent to 9.6 billion yuan in the first ten months of 2031.
`;

const REVIEW = `---
title: "Bengbu city yearbook: foreign trade"
published: "2032-03-01"
---
Foreign trade In 2031, the city's total value of imports and exports was 2.41 billion US dollars, up 8.8 percent over 2030.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "totals.md": TOTALS, "review.md": REVIEW });
});
afterAll(async () => over.close());

describe("a list or breakdown asked, only the asked place's own figures found", () => {
  it("'X trade by mode w/ values' is not answered by X's total: it abstains and shows the total as the closest", async () => {
    const a = await over.ask("shaoguan trade by mode jan-oct 2031 w/ values");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/no figures .* name the items asked/);
    expect(a.answer).toContain("84.2");
  });

  it("'which of X's zones did the most e-commerce? rank them' is not answered by X's own e-commerce", async () => {
    const a = await over.ask("which shaoguan bonded zones did the most cross-border ecommerce in jan-oct 2031? rank them");
    expect(a.abstained).toBe(true);
  });

  it("a plain look-up of the same figure is still answered", async () => {
    const a = await over.ask("shaoguan foreign trade jan-oct 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("84.2");
  });
});

describe("a list asked, a quoted sentence that has a list's commas but names none", () => {
  it("'list X's main export products' is not answered by 'In 2031, the city's imports and exports …'", async () => {
    const a = await over.ask("list bengbu's main export products in 2031");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
});

const fact = (o: Partial<Fact>): Fact => ({
  id: "f", docId: "d", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "city:shaoguan", metric: "trade",
  measure: "amount", value: 1, unit: "billion yuan", scale: 1e9, ...o,
} as Fact);

describe("shape checks", () => {
  const frame = { entities: ["city:shaoguan"], partners: [] as string[], subjects: [] as string[], text: "list them" };
  it("figures of the asked place alone name only it; a second place, partner or period names another item", () => {
    expect(namesOnlyAsked(frame, [fact({}), fact({ measure: "growth", value: 3 })])).toBe(true);
    expect(namesOnlyAsked(frame, [fact({}), fact({ entity: "city:other" })])).toBe(false);
    expect(namesOnlyAsked(frame, [fact({ partner: "partner:asean" })])).toBe(false);
    expect(namesOnlyAsked(frame, [fact({ entity: "city:other" })])).toBe(false);
    expect(namesOnlyAsked(frame, [])).toBe(false);
  });

  it("goods a figure is qualified by, flows set side by side and a position are items, not the place's own figures", () => {
    expect(namesOnlyAsked(frame, [fact({ qualifier: "kites" }), fact({ qualifier: "drums" })])).toBe(false);
    const flows = { ...frame, text: "which grew faster, its imports or exports?" };
    expect(namesOnlyAsked(flows, [fact({ metric: "imports" }), fact({ metric: "exports" })])).toBe(false);
    expect(namesOnlyAsked(frame, [fact({ metric: "imports" }), fact({ metric: "exports" })])).toBe(true);
    expect(namesOnlyAsked(frame, [fact({ measure: "rank", value: 7 }), fact({ measure: "growth" })])).toBe(false);
  });

  it("figures of the asked goods under a longer name, or qualified by what was measured, name only them", () => {
    const goods = { ...frame, subjects: ["kites"] };
    expect(namesOnlyAsked(goods, [fact({ subject: "kites", qualifier: "kites" }),
      fact({ subject: "kites", qualifier: "kites, quantity", measure: "growth", value: 3 })])).toBe(true);
    expect(namesOnlyAsked(goods, [fact({ subject: "paper kites", measure: "count", unit: "pieces" })])).toBe(true);
    // (two kinds of the asked goods are two items: "silk kites" and "paper kites")
    expect(namesOnlyAsked(goods, [fact({ subject: "paper kites" }), fact({ subject: "silk kites" })])).toBe(false);
    expect(namesOnlyAsked(goods, [fact({ subject: "kites" }), fact({ subject: "drums" })])).toBe(false);
    // (two goods the question names are two items)
    const two = { ...frame, subjects: ["kites", "drums"] };
    expect(namesOnlyAsked(two, [fact({ subject: "kites" }), fact({ subject: "drums" })])).toBe(false);
    expect(namesOnlyAsked(goods, [fact({ subject: "kites", qualifier: "kites" }), fact({ subject: "kites", qualifier: "kites, silk" })]))
      .toBe(false);
  });

  it("'how much of each', 'the main markets', 'export markets' ask several, whatever the question's intent", () => {
    expect(asksSeveral({ intent: "lookup", text: "what fruit did it import in 2031 and how much of each?" })).toBe(true);
    expect(asksSeveral({ intent: "lookup", text: "its kite export markets in 2031, the main ones?" })).toBe(true);
    expect(asksSeveral({ intent: "lookup", text: "what were the biggest buyers of its kites?" })).toBe(true);
    expect(asksSeveral({ intent: "lookup", text: "how much did its kite exports grow in 2031?" })).toBe(false);
    // (one figure of the group: its share, its change)
    expect(asksSeveral({ intent: "lookup", text: "what share of its kite exports went to its top markets?" })).toBe(false);
    expect(asksSeveral({ intent: "lookup", text: "how much did kite exports to major markets grow?" })).toBe(false);
  });

  it("lists, rankings, breakdowns and 'which of X's partners' ask several; a look-up does not", () => {
    expect(asksSeveral({ intent: "lookup", text: "exports by product in 2031?" })).toBe(true);
    expect(asksSeveral({ intent: "comparison", text: "which of its partners saw trade fall?" })).toBe(true);
    expect(asksSeveral({ intent: "lookup", text: "what was its trade in 2031?" })).toBe(false);
    expect(asksSeveral({ intent: "lookup", text: "which of the two is bigger?" })).toBe(false);
  });

  it("a quote must name several for a list or 'top 3', not for 'which city was biggest?'", () => {
    expect(quoteNamesSeveral({ intent: "rank", text: "top 3 cities by trade?" })).toBe(true);
    expect(quoteNamesSeveral({ intent: "rank", text: "which city was biggest?" })).toBe(false);
    expect(namesSeveral("Main exports were tea, silk and porcelain.")).toBe(true);
    expect(namesSeveral("In 2031, the city's total value of imports and exports was 2 billion dollars.")).toBe(false);
  });
});

const PARTNERS = `---
title: "Shaoguan's trade by partner in 2031"
published: "2032-01-25"
---
Shaoguan's imports and exports reached 96.3 billion yuan in 2031, up 4.4 percent.

Macao was Shaoguan's largest trading partner with 31.2 billion yuan in 2031, followed by Chile with 22.4 billion yuan, Oman with 17.9 billion yuan and Kenya with 12.6 billion yuan.
`;

describe("a ranking that leaves out an item its own sentence gives", () => {
  let partners: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { partners = await answersOver({ "partners.md": PARTNERS }); });
  afterAll(async () => partners.close());

  it("'top 3 partners' never ranks the second to fourth as if whole (the first read as a place): it is partial", async () => {
    const a = await partners.ask("shaoguan's top 3 trading partners 2031?");
    expect(a.abstained || /1\. Macao/.test(a.answer)).toBe(true);
  });

  it("a ranking of the items the question names is whole: 'rank chile and kenya' is not partial", async () => {
    const a = await partners.ask("rank chile and kenya by shaoguan's trade with them in 2031");
    expect(a.answer).toMatch(/1\. Chile .*2\. Kenya/);
    expect(a.answer).not.toMatch(/may be incomplete/);
    expect(a.abstained).toBe(false);
  });
});

describe("left out of a ranking", () => {
  const s = { docId: "d", start: 10, end: 90, period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } };
  const p = (partner: string, value: number, o: Partial<Fact> = {}) =>
    fact({ ...s, id: partner, entity: "city:shaoguan", partner, value, ...o });
  const ranked = [p("partner:b", 22.4), p("partner:c", 17.9), p("partner:d", 12.6)];

  it("an item of the same sentence, flow and period that would place within the ranking is left out", () => {
    const facts = [...ranked, p("partner:a", 31.2), p("partner:e", 5.1)];
    expect(leftOutOfRanking(ranked, facts).map((f) => f.partner)).toEqual(["partner:a"]);
    // (a ranking of all: the smaller one too)
    expect(leftOutOfRanking(ranked, facts, true).map((f) => f.partner)).toEqual(["partner:a", "partner:e"]);
  });

  it("the whole the items add up to, another sentence's item, another measure or year is not", () => {
    const facts = [...ranked, fact({ ...s, id: "w", entity: "city:shaoguan", value: 96.3 }),
      p("partner:f", 40, { start: 200 }), p("partner:g", 30, { measure: "growth", unit: "%" }),
      p("partner:h", 30, { period: { y1: 2030, m1: 1, y2: 2030, m2: 12 } })];
    expect(leftOutOfRanking(ranked, facts, true)).toEqual([]);
  });

  it("an item the question names, by its id or its name, is named in it", () => {
    const frame = { entities: ["city:shaoguan"], partners: ["partner:b"], subjects: [] as string[], text: "rank b, kites and c" };
    expect(namedInQuestion(p("partner:b", 1), frame)).toBe(true);
    expect(namedInQuestion(p("partner:c", 1), frame)).toBe(false);
    expect(namedInQuestion(fact({ subject: "kites" }), frame)).toBe(true);
    expect(namedInQuestion(fact({ subject: "drums" }), frame)).toBe(false);
  });

  it("a count asked ('top 3', 'three biggest') is told from a ranking of all", () => {
    expect(asksCount("top 3 partners in 2031?")).toBe(true);
    expect(asksCount("its three biggest markets?")).toBe(true);
    expect(asksCount("which three products in its table grew fastest?")).toBe(true);
    expect(asksCount("rank its partners by trade in 2031")).toBe(false);
    // ("rank the 6 central provinces": all six, whichever count is named)
    expect(asksCount("rank the 6 provinces by trade")).toBe(false);
  });
});
