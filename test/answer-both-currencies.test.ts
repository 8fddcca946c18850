import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { candidates, wordSet } from "../retrieval/figures/select.js";
import type { Fact } from "../text/terms.js";

// A figure asked "in yuan and in usd?" over a made-up port article: the sentence stating "N yuan (about M U.S.
// dollars)" answers both currencies whole, and the headline's approximate "passes N" never wins over it.

const PORT = `Tacheng Port's January-October trade passes 150 billion yuan
November 20, 2021

KASHAN, Nov. 20 (Xinhua) -- From January to October this year, 153.27 billion yuan (about 23.71 billion U.S. dollars) of imports and exports went through Tacheng Port in the north of the region, 6.4 percent more than a year earlier.

The local customs said imports through the port in October rose 12.5 percent year on year to 6.18 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "port.txt": PORT });
}, 60_000);
afterAll(() => over.close());

describe("a port's trade asked in yuan and in usd", () => {
  it("gives the exact figure with its dollars in brackets, not the headline's 'passes N'", async () => {
    const a = await over.ask("tacheng port imports+exports jan-oct 2021, in yuan and in usd?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(153.27);
    expect(a.figures.map((f) => f.value)).not.toContain(150);
    expect(a.answer).toMatch(/23\.71/);
    expect(a.answer).not.toMatch(/do not state|not in dollars/);
  });
  it("says no figure is in the other currency when the one asked is stated in brackets", async () => {
    const a = await over.ask("tacheng port imports+exports jan-oct 2021 in usd?");
    expect(a.figures.map((f) => f.value)).toContain(153.27);
    expect(a.answer).toMatch(/23\.71/);
    expect(a.answer).not.toMatch(/not in dollars/);
  });
});

const fact = (id: string, value: number, more: Partial<Fact> = {}): Fact => ({
  id, docId: "d", passageId: "d#0", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "city:tacheng", metric: "trade",
  measure: "amount", value, unit: "billion yuan", scale: 1e9, period: { y1: 2021, m1: 1, y2: 2021, m2: 10 }, ...more,
});
const spec = { words: wordSet("tacheng port trade jan-oct 2021"), measures: ["amount" as const] };
const ids = (facts: Fact[]) => candidates(facts, spec).map((f) => f.id).sort();

describe("a figure rounded in words beside the exact one", () => {
  it("drops 'past N' (qualified or not) where the exact figure just above N is stated", () => {
    expect(ids([fact("round", 150, { approx: "past", qualifier: "port" }), fact("exact", 153.27)])).toEqual(["exact"]);
  });
  it("keeps 'nearly N' beside a figure above N, and 'past N' beside a figure far from it", () => {
    expect(ids([fact("round", 150, { approx: "nearly" }), fact("exact", 153.27)])).toEqual(["exact", "round"]);
    expect(ids([fact("round", 100, { approx: "past" }), fact("exact", 153.27)])).toEqual(["exact", "round"]);
  });
  it("keeps it beside a figure of another period or of goods", () => {
    expect(ids([fact("round", 150, { approx: "past" }), fact("other", 153.27, { period: { y1: 2021, m1: 1, y2: 2021, m2: 9 } })]))
      .toEqual(["other", "round"]);
    expect(ids([fact("round", 150, { approx: "past" }), fact("goods", 153.27, { subject: "processing trade" })]))
      .toEqual(["goods", "round"]);
  });
});
