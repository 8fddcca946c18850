import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "lishui 2031 - which type of enterprise actually grew its trade, and by how much?": a list asked after the words that
// label the question, and "actually" is no word the text must use. A made-up article.

const TYPES = `---
title: "Lishui's trade falls in 2031 as foreign-invested firms cut back"
date: 2032-01-20
---
Lishui's foreign trade fell 6.2 percent to 41.37 billion yuan in 2031.

Foreign-invested enterprises traded 17.02 billion yuan, down 11.4 percent, and state-owned enterprises 5.16 billion yuan, down 8.9
percent. Private enterprises were the only kind of enterprise whose foreign trade grew. Their imports and exports rose 2.7 percent
to 19.19 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "types.md": TYPES }));
}, 60_000);
afterAll(() => close());

describe("a list asked after a label", () => {
  it("reads 'X 2031 - which type …' and 'X report: which …' as a list", () => {
    expect(parseQuestion("lishui 2031 - which type of enterprise grew its trade?").intent).toBe("list");
    expect(parseQuestion("lishui 2031 report: which type of enterprise grew its trade?").intent).toBe("list");
  });

  it("answers with the kind whose trade grew, and its growth", async () => {
    const a = await ask("lishui 2031 - which type of enterprise actually grew its trade, and by how much?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/private enterprises/i);
    expect(a.figures.map((f) => f.value)).toContain(2.7);
    expect(a.figures.map((f) => f.value)).not.toContain(-6.2);
  });
});
