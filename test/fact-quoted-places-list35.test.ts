import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A speaker quoted on his own firm's doings names where it shipped from, not what the article goes on about: the
// partners' figures after the quote are still the article's place's. Made-up text (no evaluation set's figures).
const TEXT = `Foreign trade in Weihai reached 41.7 billion yuan in 2030, up 12.2 per cent.

"Orders from carmakers doubled, and we added a route," said a logistics manager at a tyre maker. "In 2029 we shipped mostly from Qingdao and Yantai; now the Weihai port handles our ships directly."

By market, Chile was the largest buyer at 5.3 billion yuan, up 41 per cent, followed by Egypt at 3.2 billion yuan.
`;

describe("places a quoted speaker names for his own doings", () => {
  it("leave the article's place the owner of the figures after the quote", () => {
    const facts = factsOf(TEXT, { title: "Weihai's trade in 2030", published: "2031-01-20" });
    const chile = facts.find((f) => f.partner === "partner:cl" && f.value === 5.3);
    expect(chile?.entity).toBe("city:weihai");
    expect(facts.find((f) => f.partner === "partner:eg" && f.value === 3.2)?.entity).toBe("city:weihai");
  });
});
