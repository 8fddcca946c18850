import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// "Exports of X dropped 27.2 percent to 1.84 billion dollars, … after anti-subsidy investigations in Canada and a
// complaint filed in Mexico.": a trade case abroad before a change is its cause, quoted for "why did X exports drop?".
// Made-up city, goods and figures.
const DOC = `---
title: "Weihai trade dips as tyre exports slump"
published: "2031-07-20"
---
Weihai's foreign trade fell 3.2 percent in the first half of 2031.

Tyres were the biggest drag. Exports of truck tyres dropped 27.2 percent to 1.84 billion dollars, compared with 2.53 billion dollars a year earlier, after anti-subsidy investigations in Canada and a complaint filed in Mexico. The export volume of tyres actually rose 4.1 percent, but the average export price fell by 22 percent as makers cut prices to clear stock.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "doc.md": DOC })); });
afterAll(() => close());

describe("a trade case abroad before a change", () => {
  it("is read as a cause", () => {
    expect(cueWeight("cause", "Exports of truck tyres dropped 27.2 percent to 1.84 billion dollars, after anti-subsidy "
      + "investigations in Canada.")).toBeGreaterThan(0);
    // (a date after a change is no cause)
    expect(cueWeight("cause", "Exports dropped 3.1 percent after the first quarter.")).toBe(0);
  });
  it("is quoted for 'why did the exports drop?'", async () => {
    const a = await ask("why did weihai's tyre exports drop in h1 2031?");
    expect(a.answer).toMatch(/anti-subsidy investigations/);
  });
});
