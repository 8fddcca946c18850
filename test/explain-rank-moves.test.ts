import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts, RANK_MOVES } from "../retrieval/explain/asks.js";
import { RANK_MOVE } from "../retrieval/explain/cues.js";

// "Which ones changed rank?" asks the moves in a ranking, told in words ("overtook", "slipped to 11th", "broke into the
// top ten"), never a ranking by growth; over a made-up article (no evaluation set's place, person or number).

const TABLE = `---
title: "Orland overtakes Vessby in the county trade table"
published: "2032-01-30"
---
Orland overtook Vessby last year to become the county's second-largest trading town, while Tallis broke into the top five for the first time.

Vessby's trade fell 3.2 percent to 41.7 billion yuan, and it slipped to third.

Tallis's trade jumped 12.6 percent to 18.4 billion yuan, lifting it past Brennock, which slipped to sixth.

Marlow's trade grew 8.8 percent and it kept fourth place. Kestrel's trade grew 14.1 percent, the fastest of the five.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "table.md": TABLE })); });
afterAll(() => close());

describe("moves in a ranking", () => {
  it("reads 'which ones changed rank vs the year before?' as a change asked in words, no rank figure", () => {
    expect(explainParts("top five towns 2031: which ones changed rank vs the year before (in, out, up, down)?").map((p) => p.kind))
      .toEqual(["change"]);
    expect(explainParts("which towns moved up or down the ranking in 2031?").map((p) => p.kind)).toEqual(["change"]);
  });
  it("reads overtaking, slipping to a place and breaking into the top as moves, not a place kept", () => {
    expect(RANK_MOVE.test("Orland overtook Vessby last year.")).toBe(true);
    expect(RANK_MOVE.test("It slipped to sixth.")).toBe(true);
    expect(RANK_MOVE.test("Tallis broke into the top five.")).toBe(true);
    expect(RANK_MOVE.test("Marlow's trade grew 8.8 percent and it kept fourth place.")).toBe(false);
  });
  it("answers with the sentences that tell the moves, not a ranking by growth", async () => {
    const a = await ask("county top five towns 2031: which ones changed rank vs the year before (in, out, up, down)?");
    for (const town of ["Orland", "Vessby", "Tallis", "Brennock"]) expect(a.answer).toContain(town);
    expect(a.answer).not.toContain("Kestrel");
  });
});

describe("a figure that went up or down", () => {
  it("is no move in a ranking when the question names none: 'did its exports move up or down in 2031?'", () => {
    expect(RANK_MOVES.test("did the town's exports move up or down in 2031?")).toBe(false);
    expect(RANK_MOVES.test("which towns moved up or down the ranking in 2031?")).toBe(true);
  });
});
