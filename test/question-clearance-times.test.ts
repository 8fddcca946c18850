import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { candidates, questionWords } from "../retrieval/figures/select.js";
import { findNumbers } from "../text/numbers.js";
import { baseOf } from "./helpers/figureBase.js";
import { answersOver } from "./helpers/answerOver.js";

// Clearance times: hours counted per flow. "import and export clearance times?" asks each flow's hours, no money and
// no other count. Made-up text and figures.

const TEXT = "In 2031, Hunan's imports and exports reached 525.85 billion yuan, up 6.6 percent.\n\nMore than 700 firms "
  + "joined the pilot. The overall import clearance time in the province was cut to 21.5 hours and export clearance "
  + "time to 0.7 hours.";
const Q = "what were hunan's import and export customs clearance times in 2031?";

describe("clearance times in hours", () => {
  it("reads hours as a count", () => {
    expect(findNumbers("export clearance time was cut to 0.7 hours.")[0]).toMatchObject({ kind: "count", unit: "hours" });
  });
  it("asks the hours, no amount", () => {
    expect(parseQuestion(Q).measures).toEqual(["count"]);
  });
  it("answers with each flow's hours, not the trade total nor the firms", () => {
    const b = baseOf([["h", "Hunan press conference on 2031 foreign trade", "2032-01-20", TEXT]]);
    const values = candidates(b.facts, { words: questionWords(Q), entity: "hunan", metric: "trade", measures: ["count"],
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } }).map((f) => f.value);
    expect(values.sort()).toEqual([0.7, 21.5]);
  });
  it("tells a time as taken, never as goods imported", async () => {
    const { ask, close } = await answersOver({ "h.md": `---\ntitle: "Hunan press conference on 2031 foreign trade"\n`
      + `published: "2032-01-20"\n---\n${TEXT}\n` });
    const a = await ask(Q);
    await close();
    expect(a.answer).toMatch(/took 21\.5 hours/);
    expect(a.answer).not.toMatch(/imported 21\.5 hours/);
  });
});
