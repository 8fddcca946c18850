import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findSubjects } from "../text/subjects.js";
import { contentWords } from "../retrieval/evidence.js";

// A ranking asked as "X ranked by …", and a list of trade modes with "trade" written once or not at all.
describe("a ranking asked with 'ranked by'", () => {
  it.each([
    "hunan 2020 trade modes ranked by value",
    "hunan's export goods ranking by growth in 2020",
  ])("is a ranking: %s", (question) => {
    expect(parseQuestion(question).intent).toBe("rank");
  });
  it("a position asked with 'ranked' stays a position", () => {
    expect(parseQuestion("hunan ranked nationally where in 2020?").intent).toBe("rank_position");
  });
});

describe("a list of trade modes", () => {
  it("reads each bare mode before a named one as that mode", () => {
    expect(findSubjects("trade modes (general, processing, border trade)").map((s) => s.name))
      .toEqual(["general trade", "processing trade", "border trade"]);
    expect(parseQuestion("hunan 2020 trade modes ranked by growth (general, processing and bonded logistics)").subjects)
      .toEqual(["general trade", "processing trade", "bonded logistics"]);
  });
  it("reads no bare word as a mode when the list is of another kind", () => {
    expect(findSubjects("processing, private enterprises").map((s) => s.name)).toEqual(["private enterprises"]);
  });
});

describe("a ranking asked for both ends", () => {
  it("ranks from the top, and asks no word a sentence must say for 'fastest'", () => {
    const q = parseQuestion("hunan 2020 export markets: fastest-growing and slowest?");
    expect([q.intent, q.ascending]).toEqual(["rank", false]);
    expect(contentWords(q)).toEqual([]);
    expect(parseQuestion("hunan 2020 export markets: which grew slowest?").ascending).toBe(true);
  });
});
