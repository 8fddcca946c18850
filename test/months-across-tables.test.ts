import { describe, expect, it } from "vitest";
import { withCorner } from "../facts/tables.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { plainWording } from "../text/wordings.js";
import { factsOf } from "./helpers/facts.js";
import { intentBase } from "./helpers/figureBase.js";

// A table of months across (one row a flow, one column a month, a last column for the year) whose empty corner cell
// the HTML reader drops, and the questions asked of such a series (made-up figures).

const MONTHS_ACROSS = [
  "Xuzhou's foreign trade in March 2031 reached 12 billion yuan.",
  "",
  "Xuzhou imports and exports by month, 2031 (100 million yuan)",
  "| Jan | Feb | Mar | Year |",
  "Total | 100.0 | 80.0 | 120.0 | 1300.0 |",
  "Exports | 60.0 | 50.0 | 70.0 | 800.0 |",
  "",
  "Note: monthly figures are preliminary.",
].join("\n");

describe("a header that lost its empty corner cell", () => {
  it("gets it back over rows one cell longer whose header cells are all months, years or measures", () => {
    expect(withCorner(["Jan", "Feb", "Year"], ["Total", "1", "2", "3"])).toEqual(["", "Jan", "Feb", "Year"]);
    expect(withCorner(["Exports (billion yuan)", "Growth (%)"], ["Hefei", "1", "2"]))
      .toEqual(["", "Exports (billion yuan)", "Growth (%)"]);
  });
  it("is left alone when its first cell heads the rows' labels, or the widths already match", () => {
    expect(withCorner(["City", "Trade"], ["Hefei", "1", "2"])).toEqual(["City", "Trade"]);
    expect(withCorner(["", "Jan", "Feb"], ["Total", "1", "2"])).toEqual(["", "Jan", "Feb"]);
    expect(withCorner(["Jan", "Feb", "Notes on the data"], ["Total", "1", "2", "3"])).toEqual(["Jan", "Feb", "Notes on the data"]);
  });
  it("reads each month's column as that month of the caption's year, and the year's column as the whole year", () => {
    const facts = factsOf(MONTHS_ACROSS, { published: "2032-01-20" });
    const at = (metric: string, value: number) => facts.find((f) => f.metric === metric && f.value === value);
    expect(at("trade", 8)?.period).toEqual({ y1: 2031, m1: 2, y2: 2031, m2: 2 });
    expect(at("exports", 7)?.period).toEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
    expect(at("trade", 130)?.period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
    expect(at("trade", 130)?.entity).toBe("city:xuzhou");
  });
});

const RANK = "rank the months (quarters, years) of one place";
const { ask } = intentBase([["xuzhou-monthly", "Xuzhou monthly", "2032-01-20", MONTHS_ACROSS]]);

describe("questions on a monthly series", () => {
  it("ranks the top N months asked as 'top 3 months for …'", () => {
    const { intent, answer } = ask("top 2 months for xuzhou's exports in 2031?");
    expect(intent).toBe(RANK);
    expect(answer?.figures.map((f) => f.value)).toEqual([7, 6]);
  });
  it("shows both ends, highest first, when the lowest is asked before the highest", () => {
    const values = ask("which month had xuzhou's lowest total trade in 2031 and which the highest?").answer?.figures
      .map((f) => f.value);
    expect(values).toEqual([12, 10, 8]);
  });
  it("does not read 'from the monthly table' as a ranking by month", () => {
    expect(ask("add up xuzhou's total trade for q1 2031 from the monthly table").intent).not.toBe(RANK);
    expect(ask("xuzhou's monthly exports in 2031?").intent).toBe(RANK);
  });
});

describe("the final figure asked for", () => {
  it("asks no quantity: 'final number' is the figure as it stands", () => {
    expect(parseQuestion("xuzhou's 2031 imports+exports (final number pls) and yoy?").terms).not.toContain("number");
    expect(plainWording("the latest figure for xuzhou")).toBe(" for xuzhou");
    // ("the revised number pls": the revision asked, beside the figure first reported)
    expect(plainWording("the revised number for xuzhou")).toBe("the revised number for xuzhou");
  });
});

describe("a source named by the months it covers", () => {
  it("gives the period asked when the question names no other", () => {
    expect(parseQuestion("rank the xuzhou districts in the h1 2031 bulletin by growth").periods)
      .toEqual([{ y1: 2031, m1: 1, y2: 2031, m2: 6 }]);
  });
  it("is no period asked when the question names one of its own", () => {
    expect(parseQuestion("xuzhou's trade in 2030, per the h1 2031 bulletin").periods).toEqual([{ y1: 2030, m1: 1, y2: 2030, m2: 12 }]);
  });
});
