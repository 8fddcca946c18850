import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainKind } from "../retrieval/explain.js";

// "what were X's <figure> in <year>?" asks a figure, not what a thing is: by a figure word the reader knows ("sales"),
// or one typed with a typo ("expots"), over a made-up article.

const LISHUI = `---
title: "Lishui exports grow in 2031"
published: "2032-01-21"
---
Lishui's exports rose 6.0 percent to 53 billion yuan in 2031, the city's customs office said.
Duty-free sales at the city's airport store reached 1.2 billion yuan in 2031.
`;

describe("a figure asked as 'what were …'", () => {
  it("is no definition when it names sales", () => {
    expect(explainKind("what were lishui's duty-free sales in 2031?")).toBeUndefined();
    expect(explainKind("what is the duty-free store?")).toBe("definition");
    // (sales a part asks where they went are no figure: the question stays an explanation)
    expect(explainKind("who at lishui customs talked about tariffs in 2031, and where did makers shift sales?"))
      .toBeDefined();
  });

  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "ls.md": LISHUI })); });
  afterAll(async () => close());

  it("is worked out from its figures when its flow is typed with a typo", async () => {
    const a = await ask("given the 2031 growth rate, what were lishui's expots in 2030 roughly?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(50);
  });
});
