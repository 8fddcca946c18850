import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A share stated exactly in the text and rounded in a speaker's quote ("more than two-thirds of our exports"): the
// quote's qualifier ("our exports") is no other figure, so the exact share wins and the change is worked from it.

const RELEASE = `Gansu's exports grow 9.2% in 2031, private enterprises' share climbs to 70.4%
2032-01-20

## Private enterprises lead

Private enterprises remained the main force of Gansu's exports. Their exports rose 12.3 percent to US$88.20 billion, accounting for 70.4 percent of the province's total exports, 2.9 percentage points higher than in 2030. Exports by foreign-invested enterprises fell 1.1 percent to US$25.10 billion, or 20.0 percent of the total.

"Private firms account for more than two-thirds of our exports and nearly all of the growth," said Lu Wenjie, deputy director of the department.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "gansu-2031.md": RELEASE });
}, 60_000);
afterAll(() => over.close());

describe("a share stated exactly and rounded in a quote", () => {
  it("gives the exact share and its change, never the quote's two-thirds", async () => {
    const a = await over.ask("gansu 2031: private firms' share of exports, and how many pts did it change vs 2030?");
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(70.4);
    expect(values.some((v) => Math.abs(v - 200 / 3) < 0.01)).toBe(false);
    expect(a.answer).not.toMatch(/66\.67/);
  });
});
