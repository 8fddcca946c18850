import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A change stated in both currencies' terms ("down 2.6 percent in dollar terms but up 4.1 percent in yuan terms"),
// asked side by side: both changes and the gap in points, never the one currency alone. Made-up figures.
const CITY = `Hefei's 2029 trade slips in dollar terms
January 24, 2030

HEFEI, Anhui -- Hefei's foreign trade totaled 41.27 billion U.S. dollars in 2029, down 2.6 percent in dollar terms but up 4.1 percent in yuan terms, the city's commerce bureau said.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hefei.txt": CITY });
}, 60_000);
afterAll(() => over.close());

describe("a change in dollar terms vs yuan terms", () => {
  it("gives both changes and the gap", async () => {
    const a = await over.ask("hefei 2029 trade growth in dollar terms vs yuan terms - give both and the gap");
    expect(a.abstained).toBe(false);
    const values = a.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([-2.6, 4.1]));
    expect(values.some((v) => Math.abs(Math.abs(v) - 6.7) < 1e-9)).toBe(true);
  });
});
