import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// A province's rank asked within a region ("its place among the northeast three"): the region is the field of the rank,
// no second side; a stated rank answers only when it is stated within that region. Made-up articles.

const FRONTED = `---
title: "Jilin's trade in 2031"
published: "2032-01-20"
---
Jilin's imports and exports reached 210.5 billion yuan in 2031, up 4.2 percent. Among the three northeastern provinces, Jilin's trade ranked second.
`;

const NATIONAL = `---
title: "Gansu's trade in 2031"
published: "2032-01-22"
---
Gansu's imports and exports reached 70.1 billion yuan in 2031, ranking 27th in the country.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "fronted.md": FRONTED, "national.md": NATIONAL }));
});
afterAll(async () => close());

describe("a rank's field opened by the sentence", () => {
  it("is the stated rank's scope", () => {
    const ranks = factsOf(FRONTED.split("---\n")[2]!, { published: "2032-01-20" }).filter((f) => f.measure === "rank");
    expect(ranks.map((f) => [f.entity, f.value, f.scope])).toEqual([["jilin", 2, "among the three northeastern provinces"]]);
  });
});

describe("a place's rank asked among a region", () => {
  it("reads the region as the rank's field, not a side", () => {
    const frame = parseQuestion("jilin's place among the northeastern provinces by trade in 2031?");
    expect([frame.entities, frame.rankField, frame.intent]).toEqual([["jilin"], "region:northeastern", "rank_position"]);
  });
  it("answers with the rank stated within that region", async () => {
    const a = await ask("jilin's place among the three northeastern provinces by trade in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.unit === "rank")?.value).toBe(2);
  });
  it("never answers with a rank stated in another field", async () => {
    const a = await ask("gansu's rank among the western provinces by trade in 2031?");
    expect(a.figures.find((f) => f.unit === "rank")).toBeUndefined();
    expect(a.abstained).toBe(true);
  });
});
