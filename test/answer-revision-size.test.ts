import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// The size of a revision asked with no estimate named ("by how much was it revised up?", "how much was the figure cut by
// in the revision?"), and a figure revised "from the previously published" one. Made-up text.
const NOTE = `Revision note on Hunan province
2031-05-02

Hunan's 2029 imports and exports were revised to 52.40 billion yuan, from the previously published 54.10 billion
yuan, after the economic census.

Revision note: Hunan's third-quarter figure has been revised to 21.30 billion yuan from the 20.80 billion yuan published on
October 20, 2030.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "arden-revisions.txt": NOTE });
}, 60_000);
afterAll(() => over.close());

describe("a figure revised from the previously published one", () => {
  it("marks the published figure, after a comma, as the first estimate", () => {
    const facts = factsOf("Hunan's 2029 imports and exports were revised to 52.40 billion yuan, from the previously "
      + "published 54.10 billion yuan.", { published: "2031-05-02" });
    expect(one(facts, 54.1)).toMatchObject({ entity: "hunan", metric: "trade", qualifier: "first estimate" });
    expect(one(facts, 52.4).qualifier ?? "").not.toMatch(/first estimate/);
  });
});

describe("the size of a revision asked with no estimate named", () => {
  it("answers 'how much was … cut by in the revision' with the gap", async () => {
    const a = await over.ask("how much was hunan's 2029 figure cut by in the revision?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[-1.7, "billion yuan"]]);
  });
  it("answers 'by how much was … revised up' from a figure of no flow", async () => {
    const a = await over.ask("by how much was hunan's q3 2030 figure revised up?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[0.5, "billion yuan"]]);
  });
  it("leaves 'how much was trade after the revision' a look-up of the revised figure", async () => {
    const a = await over.ask("how much was hunan's 2029 trade after the revision?");
    expect(a.figures.filter((f) => f.computed)).toEqual([]);
    expect(a.figures.map((f) => f.value)).toContain(52.4);
  });
});
