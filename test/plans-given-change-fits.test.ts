import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quotes } from "../retrieval/plans/givenChange.js";
import { answersOver } from "./helpers/answerOver.js";

// A level worked back by a change the question quotes must be the level that changed by it: when the value's own
// sentence states another change ("the value rose 12.2 percent"), the quoted one is the tonnage's, and dividing the
// value by it gave a wrong figure with certainty. Made-up places' figures, no evaluation set's.

const TONNES_AND_VALUE = `---
title: "Gansu nickel ore imports up in the first nine months"
published: "2033-10-20"
---
LANZHOU — Gansu province imported 2.46 million tonnes of nickel ore in the first nine months of this year, up 27.5 percent year-on-year, customs said. The value of the imports rose a slower 12.2 percent to 8.84 billion yuan because prices were lower.
`;
const VALUE_ONLY = `---
title: "Qinghai exports in 2033"
published: "2034-01-22"
---
Qinghai's exports grew 13.6 percent to 41.15 billion yuan in 2033, and imports rose 2.7 percent to 30.24 billion yuan.
`;
const VALUE_OTHER_CHANGE = `---
title: "Ningxia wool exports in 2033"
published: "2034-01-25"
---
Ningxia's exports of wool rose 8.8 percent to 5.62 billion yuan in 2033, customs said.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "gansu.md": TONNES_AND_VALUE, "qinghai.md": VALUE_ONLY, "ningxia.md": VALUE_OTHER_CHANGE }));
});
afterAll(() => close());

const computed = (a: { figures: Array<{ value: number; computed: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

describe("quotes", () => {
  it("matches a change as stated, rounded to a whole number, or without its sign", () => {
    expect(quotes(27.5, 27.5)).toBe(true);
    expect(quotes(28, 27.5)).toBe(true);
    expect(quotes(-4.1, 4.1)).toBe(true);
    expect(quotes(27.5, 12.2)).toBe(false);
  });
});

describe("working a level back by a quoted change", () => {
  it("works back the tonnage when the quoted change is the tonnage's", async () => {
    const a = await ask("gansu nickel ore imports were up 27.5% in jan-sep 2033. what does that imply for jan-sep 2032?");
    expect(a.abstained).toBe(false);
    expect(computed(a)).toEqual([1.93]);
    expect(a.answer).toMatch(/million tonnes/);
  });
  it("still works back a value its own sentence gives the quoted change of", async () => {
    const a = await ask("qinghai exports grew 13.6% in 2033 - so what were they in 2032?");
    expect(computed(a)).toEqual([36.22]);
  });
  it("does not work back a value whose own sentence states another change", async () => {
    const a = await ask("ningxia wool exports grew 15.2% in 2033 - what were they in 2032?");
    expect(computed(a)).toEqual([]);
  });
});
