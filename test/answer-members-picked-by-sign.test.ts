import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// "Which of X's <bloc> partners saw trade fall, and by how much": the bloc's members picked by the sign of their change,
// each with its figure; no comparison of two sides. Made-up article.
const TEXT = `---
title: "Hubei's trade with RCEP members, 2030"
published: "2031-02-01"
---
Hubei's trade with RCEP members rose 3.1 percent to 120.4 billion yuan in 2030. Trade with Japan fell 2.2 percent, trade with South Korea fell 5.0 percent, and trade with Vietnam rose 8.4 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "rcep.md": TEXT }); });
afterAll(async () => over.close());

describe("members of a bloc picked by the sign of their change", () => {
  it("reads 'which of its partners saw trade fall … and by how much' as a list, a superlative as a ranking", () => {
    expect(parseQuestion("which of hubei's rcep partners saw trade fall in 2030 and by how much").intent).toBe("list");
    expect(parseQuestion("which of hubei's rcep partners grew fastest in 2030").intent).toBe("rank");
  });
  it("names the members whose trade fell, with their falls, and none that rose", async () => {
    const a = await over.ask("which of hubei's rcep partners saw trade fall in 2030 and by how much");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/Japan -2\.2%/);
    expect(a.answer).toMatch(/South Korea -5(?:\.0)?%/);
    expect(a.answer).not.toMatch(/Vietnam|8\.4/);
  });
});
