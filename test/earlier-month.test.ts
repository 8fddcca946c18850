import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// The level a month before, from a month-on-month change the question states ("23.5% above April"): the month's
// amount ÷ (1 + change), labelled with the month asked; a change the question states without naming the month before
// may be year on year, and gives no month before.

const RELEASE = `Guizhou's foreign trade picks up in August
2031-09-18

Guizhou province's imports and exports reached 30.60 billion yuan in August, up 8.1 percent year on year and 12.5 percent more than in July, the customs said. In July, trade had fallen 2.4 percent year on year. Exports in August rose 9.9 percent to 18.20 billion yuan.
`;

const SLOWED = `Hebei's trade slows in October
2023-11-18

Hebei province's imports and exports reached 22.60 billion U.S. dollars between January and October, up 12.7 percent year on year.

Growth slowed in October. The province's trade in the month was 2.40 billion dollars, up 9.2 percent from October last year but down 13.5 percent from September.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "guizhou-aug-2031.md": RELEASE, "hebei-oct-2023.md": SLOWED });
}, 60_000);
afterAll(() => over.close());

describe("the month before from a stated month-on-month change", () => {
  it("divides the month's amount by one plus the change", async () => {
    const a = await over.ask("guizhou august 2031 trade was 12.5% above july. what was july's trade then?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(27.2);
    expect(a.answer).toMatch(/July 2031/);
    expect(a.answer).not.toMatch(/August 2030/);
  });
  it("gives no month before from a change that may be year on year", async () => {
    const a = await over.ask("guizhou's august 2031 trade rose 8.1%. what was july's trade then?");
    expect(a.figures.map((f) => f.value)).not.toContain(28.31);
  });
  it("reads 'down N% mom … roughly?' of a month's trade stated 'in the month' after the month is named", async () => {
    const a = await over.ask("hebei oct 2023 trade was down 13.5% mom. so september 2023 was roughly?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(2.77);
    expect(a.answer).toMatch(/September 2023/);
  });
});
