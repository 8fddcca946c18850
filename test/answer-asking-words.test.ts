import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Words a question says that no sentence of its figure has to: "growth too", "what target did it set", "i heard", and
// clipped forms of the text's words ("electronic info products", "per the stats communique"). Made-up city and figures.
const ARTICLE = `---
title: "Zigong statistical communique on 2031"
published: "2032-03-01"
---
Zigong's exports of electronic information products reached 3.18 billion yuan in 2031, up 27.4 percent.

The city's 2032 target for total imports and exports is growth of 7 percent.
`;

describe("words no figure's sentence has to say", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "zigong.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("'too' after the asked growth", async () => {
    const a = await ask.ask("zigong electronic information products exports in 2031, how much? growth too");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3.18, 27.4]));
  });
  it("a clipped word of the text's ('info')", async () => {
    const a = await ask.ask("zigong electronic info product exports in 2031, value and growth?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3.18, 27.4]));
  });
  it("where the asker heard of it, and a courtesy", async () => {
    const a = await ask.ask("zigong electronic information products exports in 2031? i heard it was big, pls");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(3.18);
  });
  it("the asker's doubt about the figure, typed with a typo", async () => {
    const a = await ask.ask("zigong electronic information products exports in 2031? i've seen two diffrent numbers");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(3.18);
  });
  it("'set' of a target", async () => {
    const a = await ask.ask("what trade growth target did zigong set for 2032?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(7);
  });
});
