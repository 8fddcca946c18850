import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followedByLists } from "../facts/lists.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// "A was the largest buyer of X's kites, taking N, followed by B with M and C with K": the first and those that follow,
// whatever figures (decimals too) stand between them; read for list questions ("main markets for X's kites?") and for
// rankings asked "in order" whose items have no figures of their own. Made-up text, places and figures.
const names = (text: string) => followedByLists(text, "asked").map((l) => l.items.map((i) => i.name));

describe("a 'followed by' run with figures between its items", () => {
  it("reads each item past its figure and a decimal point", () => {
    expect(names("Peru remained the largest buyer of Lanxi kites, taking 1.47 billion yuan, followed by Chile with "
      + "0.82 billion yuan and Norway with 0.31 billion yuan.")).toEqual([["Peru", "Chile", "Norway"]]);
    expect(names("Chile was Lanxi's largest trading partner with trade of 44.1 billion yuan, up 3.2 percent, followed by "
      + "Peru at 21.7 billion yuan, up 5.5 percent, and Norway at 9.9 billion yuan, up 1.0 percent."))
      .toEqual([["Chile", "Peru", "Norway"]]);
  });
  it("reads suppliers and sources as its head", () => {
    expect(names("Norway was the largest supplier with 2.2 million tonnes, followed by Chile with 1.1 million tonnes "
      + "and Peru with 0.4 million tonnes.")).toEqual([["Norway", "Chile", "Peru"]]);
  });
  it("reads no list where nothing follows a first item", () => {
    expect(names("Peru was the largest market. Exports rose, followed by a fall in imports.")).toEqual([]);
  });
});

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
