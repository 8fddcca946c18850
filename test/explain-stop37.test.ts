import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain/asks.js";
import { underNamed } from "../retrieval/explain/cues.js";

// Explanations in shapes the explainer missed, over made-up articles: a kind of trade asked bare ("what is barter
// trade?") is defined, not counted, with what the scheme brings in the sentence after.

const MODE = `---
title: "Linyi's kiosk trade keeps growing"
date: 2032-01-20
---
Linyi's exports under the kiosk trade mode came to 61.4 billion yuan in 2031, up 4.4 percent, accounting for 38.2 percent of the city's exports.

Kiosk trade is a trade mode designed for small traders who sell to foreign buyers from stalls in approved wholesale halls. Since the pilot was launched in Linyi in 2029, traders have benefited from a single monthly declaration and a refund of export duties, said Ke Lan, head of the city's trade office.

Linyi plans to open two more wholesale halls in 2032.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "mode.md": MODE }));
});
afterAll(() => close());

describe("a kind of trade asked bare", () => {
  it("is a definition, not a figure; a place's or a total's trade is still a figure", () => {
    expect(explainParts("what is kiosk trade?").map((p) => p.kind)).toEqual(["definition"]);
    expect(explainParts("what is cross-border barter trade").map((p) => p.kind)).toEqual(["definition"]);
    expect(explainParts("what is total trade?")).toEqual([]);
    expect(explainParts("what was the kiosk trade?")).toEqual([]);
    expect(explainParts("what is the border trade?")).toEqual([]);
  });

  it("reads 'Since the pilot was launched, …' as what the scheme named before brings", () => {
    expect(underNamed("Since the pilot was launched in 2029, traders have paid less.")).toBe(true);
    expect(underNamed("Since the spring, traders have paid less.")).toBe(false);
  });

  it("is answered by the sentence that defines it and the one that says what it brings", async () => {
    const a = await ask("what is kiosk trade? (linyi)");
    expect(a.mode).toBe("passages");
    expect(a.answer).toContain("designed for small traders");
    expect(a.answer).toContain("single monthly declaration");
    expect(a.answer).not.toContain("61.4");
  });
});
