import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "where did X rank, and which cities were ahead?" answered with X's rank alone leaves the places before it out: the
// answer names that part as not stated (and so abstains) rather than pass for whole. Made-up article.
const RANK = `---
title: "Hegang's foreign trade in 2031"
published: "2032-01-20"
---
Hegang's foreign trade reached 41.2 billion yuan in 2031, up 12.6 percent, ranking third among Heilongjiang's 13 cities.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "rank.md": RANK }));
}, 120_000);
afterAll(() => close());

describe("a rank asked with the places ahead of it", () => {
  it("names the places ahead as not stated when only the rank is found", async () => {
    const a = await ask("where did hegang rank in heilongjiang for foreign trade in 2031 and which cities were ahead?");
    expect(a.answer).toMatch(/third/);
    expect(a.missing).toContain("the places ranked ahead of or behind it");
    expect(a.abstained).toBe(true);
  });
  it("is answered whole when only the rank is asked", async () => {
    const a = await ask("where did hegang rank in heilongjiang for foreign trade in 2031?");
    expect(a.answer).toMatch(/third/);
    expect(a.abstained).toBe(false);
  });
});
