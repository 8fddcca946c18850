import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// An interview's "What are you doing about it?" asks of the problem the question before named: its answer is what
// was done about that problem, not the answer to another question that shares a word. A made-up transcript (no
// evaluation set's place, person or number).

const INTERVIEW = `---
title: "Q&A: the Dongxing bridge office on seafood trucks"
published: "2031-06-02"
---
DONGXING, June 2, 2031 -- The head of the Dongxing bridge inspection office answered questions on seafood trade.

Q: How much seafood came across the bridge last year?

A: About 52,000 tonnes of seafood, most of it shrimp and crab, worth 410 million yuan.

Q: And seafood going the other way?

A: Seafood exports were small, about 6,000 tonnes of frozen fish. Most buyers across the river prefer their own catch.

Q: Why do seafood trucks still wait so long at the bridge?

A: The trucks all arrive in the early morning, and each load must be sampled for freshness.

Q: What are you doing about it?

A: Since April we sample seafood loads at the cold store before they set off, and the bridge now opens at 5 am. A truck of crab now clears in about 90 minutes.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "dongxing-qa.md": INTERVIEW }));
});
afterAll(() => close());

describe("a question that asks what is done about the problem before", () => {
  it("is answered by the answer to 'What are you doing about it?'", async () => {
    const a = await ask("what did the dongxing bridge office do to cut seafood truck waiting times?");
    expect(a.answer).toContain("sample seafood loads at the cold store");
    expect(a.answer).not.toContain("frozen fish");
  });
});
