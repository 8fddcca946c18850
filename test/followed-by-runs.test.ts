import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// "A was the largest market for X's kites, …, followed by B, C and D": the first and those that follow, read for list
// questions ("main markets for X's kites?") and for rankings asked "in order" whose items have no figures of their own.
// Made-up text, places and figures.
describe("an order asked in so many words", () => {
  it("is a ranking", () => {
    expect(parseQuestion("lanxi's kite export markets in order, 2030").intent).toBe("rank");
    expect(parseQuestion("lanxi kite buyers 2030 ranked?").intent).toBe("rank");
    expect(parseQuestion("what did lanxi do in order to raise exports in 2030?").intent).not.toBe("rank");
  });
});

const KITES = `---
title: "Lanxi kite exports climb in 2030"
published: "2031-02-01"
---
Lanxi exported 2.9 billion yuan of kites in 2030, up 6.1 percent.

Peru was the largest market for Lanxi kites, buying 900 million yuan worth, followed by Chile, Norway and Iceland.

Lanxi's total trade with Japan and Egypt grew fastest.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "kites.md": KITES }); });
afterAll(async () => over.close());

describe("a list asked of a 'followed by' sentence", () => {
  it("names the first and those that follow", async () => {
    const a = await over.ask("main markets for lanxi kite exports 2030?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/Peru, Chile, Norway and Iceland/);
  });
  it("answers a ranking asked in order whose items have no figures of their own", async () => {
    const a = await over.ask("lanxi's kite export markets in order, 2030");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/Peru, Chile, Norway and Iceland/);
    expect(a.answer).not.toMatch(/Japan|Egypt/);
  });
});

describe("a list's partners with a short form people type", () => {
  it("are named with it, other items as written", async () => {
    const { itemWithShortForm } = await import("../retrieval/figures/describe.js");
    expect(itemWithShortForm("European Union")).toBe("European Union (EU)");
    expect(itemWithShortForm("the United States")).toBe("the United States (US)");
    expect(itemWithShortForm("Peru")).toBe("Peru");
    expect(itemWithShortForm("EU")).toBe("EU");
    expect(itemWithShortForm("US toys")).toBe("US toys");
  });
});
