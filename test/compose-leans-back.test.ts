import { describe, expect, it } from "vitest";
import { pickSentences, rankSentences } from "../retrieval/compose.js";
import type { SearchHit } from "../retrieval/hybrid.js";

// A quoted sentence that says what the one before it did ("That lets us quote 15 to 25 percent below Japanese rivals.")
// answers "how can they undercut their rivals?" only with that sentence: the two are quoted together. Made-up text.
const TEXT = "\"Eight years ago we bought every gearbox abroad,\" said Lin Qiao, head of Tarvik Pumps. \"Now about 60 percent "
  + "of the parts are made within thirty kilometres of the plant. That lets us quote 15 to 25 percent below Japanese "
  + "rivals and still make money.\"";
const hit = { passages: [0], docId: "d", start: 0, end: TEXT.length, text: TEXT, score: 1, similarity: 0.5, bm25: 1 } as SearchHit;

describe("a sentence that leans on the one before", () => {
  it("is quoted with it", () => {
    const picked = pickSentences(rankSentences([hit], ["quote", "below", "japanese", "rivals"], "how can tarvik pumps undercut japanese rivals?"));
    expect(picked[0]?.text).toMatch(/^"Now about 60 percent[^]*That lets us quote/);
  });
});
