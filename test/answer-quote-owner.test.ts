import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// An article on two cities: a sentence of the first city's section ("… among the city's main products") is never
// quoted for the second city, whose name only the headline and its own section use. Made-up article (no evaluation
// set's place, person or number).
const ARTICLE = `---
title: "Two gateways: Hebi sells machinery, Luohe buys grain"
published: "2032-01-27"
---
HEBI / LUOHE -- Two cities in northern Henan both posted higher foreign trade in 2031.

**Hebi: machinery on the move**

Hebi's imports and exports reached 61.20 billion yuan in 2031, up 5.5 percent year on year. Farm machinery exports grew fastest among the city's main products, rising 21.4 percent to 3.12 billion yuan.

**Luohe: a city that imports**

Luohe's foreign trade grew 2.2 percent to 48.70 billion yuan in 2031. Grain imports rose 9.1 percent to 12.30 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "gateways.md": ARTICLE }); });
afterAll(async () => over.close());

describe("a sentence quoted for a place", () => {
  it("is never one whose figures are another place's", async () => {
    const a = await over.ask("luohe farm machinery exports 2031?");
    expect(a.answer).not.toMatch(/3\.12/);
  });
  it("and still is for the place it is about", async () => {
    const a = await over.ask("hebi farm machinery exports 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/3\.12/);
  });
});
