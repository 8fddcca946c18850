import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksSeveral, namesOnlyAsked, namesSeveral, quoteNamesSeveral } from "../retrieval/shape.js";
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
  const frame = { entities: ["city:shaoguan"], partners: [] as string[], subjects: [] as string[] };
  it("figures of the asked place alone name only it; a second place, partner or period names another item", () => {
    expect(namesOnlyAsked(frame, [fact({}), fact({ measure: "growth", value: 3 })])).toBe(true);
    expect(namesOnlyAsked(frame, [fact({}), fact({ entity: "city:other" })])).toBe(false);
    expect(namesOnlyAsked(frame, [fact({ partner: "partner:asean" })])).toBe(false);
    expect(namesOnlyAsked(frame, [fact({ entity: "city:other" })])).toBe(false);
    expect(namesOnlyAsked(frame, [])).toBe(false);
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
