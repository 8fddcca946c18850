import { describe, expect, it } from "vitest";
import { parseQuestion, worksBack } from "../retrieval/figures/query.js";
import { plainWording } from "../text/wordings.js";

// Question reading, narrowed where a rule read more than its shape. Made-up questions.
describe("'not only X but also Y'", () => {
  it("asks about both places, and 'not only' is no word a sentence has to say", () => {
    const q = parseQuestion("Not only Nantong but also Yancheng grew exports in 2031 - how fast did each grow?");
    expect(q.entities).toEqual(["city:nantong", "city:yancheng"]);
    expect(q.terms).not.toContain("only");
  });
  it("while 'not just X' alone still sets X aside", () => {
    expect(parseQuestion("jiangsu exports in 2031 (not just nantong)?").entities).toEqual(["jiangsu"]);
  });
});

describe("'vs the period before'", () => {
  it("is not the growth over a year (after a quarter it is the quarter before)", () => {
    expect(plainWording("Jiangsu exports in Q3 2031 vs the period before?")).not.toMatch(/yoy/);
    expect(parseQuestion("Jiangsu exports in Q3 2031 vs the period before?").measures).not.toContain("growth");
  });
  it("while 'vs the year before' still is", () => {
    expect(plainWording("Jiangsu exports in 2031 vs the year before?")).toMatch(/yoy/);
  });
});

describe("cargo counted", () => {
  it.each([
    "How much trade did the Nantong cargo airport handle in 2031?",
    "How much did exporters save on freight in 2031?",
  ])("not when a trade or money word comes between: %s", (question) => {
    expect(parseQuestion(question).measures).not.toContain("count");
  });
  it.each([
    "How much cargo did Nantong port handle in 2031?",
    "How much bulk cargo did Nantong port handle in 2031?",
    "Nantong port 2031: how much of it was foreign trade cargo?",
  ])("still for the cargo itself: %s", (question) => {
    expect(parseQuestion(question).measures).toEqual(["count"]);
  });
});

describe("'cost' asked", () => {
  it("not in 'low-cost' or 'cost-saving'", () => {
    expect(parseQuestion("How fast did Nantong's low-cost exports grow in 2031?").measures).not.toContain("amount");
  });
  it("still in 'what did the ore cost'", () => {
    expect(parseQuestion("What did the ore cost Nantong in 2031?").measures).toContain("amount");
  });
});

describe("working back", () => {
  it("is not a polite 'thanks so much'", () => {
    expect(worksBack("What was Nantong's trade in 2030? Thanks so much")).toBe(false);
  });
  it("is still 'judging by' or a stated change", () => {
    expect(worksBack("What was Nantong's trade in 2030, judging by its 2031 growth?")).toBe(true);
    expect(worksBack("Nantong's trade rose 5% in 2031 - what was it in 2030?")).toBe(true);
  });
});
