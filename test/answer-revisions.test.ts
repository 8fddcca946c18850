import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// A figure revised from its first estimate: the estimate is the same place's, flow's and period's figure, marked as
// such (never a figure of the month it was announced in), answers only questions about estimates, and the two set
// side by side give the revision in the unit and in percent.
const COMMUNIQUE = `Hunan revises 2023 trade up
2024-03-04

Hunan's imports and exports in 2023 were worth 612.40 billion yuan, according to the statistical communique, which revised
up the 604.10 billion yuan first announced by Changsha Customs in January. The communique puts 2023 exports at 402.30
billion yuan, compared with 398.20 billion yuan in the January release.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hunan-2023-revised.txt": COMMUNIQUE });
}, 60_000);
afterAll(() => over.close());

describe("a figure revised from its first estimate", () => {
  it("marks the estimate as the same period's, never the month it was announced in", () => {
    const facts = factsOf("Hunan's trade in 2023 was 612.40 billion yuan, which revised up the 604.10 billion yuan first "
      + "announced in January. Changsha traded 310.5 billion yuan (revised from 305.2 billion yuan). Hunan's exports were "
      + "402.3 billion yuan, compared with 380.1 billion yuan in 2022.", { published: "2024-03-04" });
    expect(one(facts, 604.1)).toMatchObject({ entity: "hunan", metric: "trade", qualifier: "first estimate",
      period: { y1: 2023, m1: 1, y2: 2023, m2: 12 } });
    expect(one(facts, 305.2)).toMatchObject({ entity: "city:changsha", qualifier: "first estimate" });
    expect(one(facts, 380.1).qualifier).toBeUndefined();
  });
  it("gives the revision in the unit and in percent when both are asked", async () => {
    const a = await over.ask("hunan 2023 trade revised vs first estimate: difference in bn yuan and in %?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[8.3, "billion yuan"], [1.37, "%"]]);
  });
  it("answers a plain question with the revised figure, never the estimate", async () => {
    const a = await over.ask("what were hunan's exports in 2023?");
    expect(a.figures.map((f) => f.value)).toContain(402.3);
    expect(a.figures.map((f) => f.value)).not.toContain(398.2);
  });
});
