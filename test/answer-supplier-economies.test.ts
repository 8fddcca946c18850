import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A plain-text release with a headerless table of where one goods came from, under a caption giving the flow, year
// and unit in its brackets: "rank the supplier economies" ranks its rows (Taiwan among them as a partner), never
// "Other economies" or the total. Made-up release, places and figures.
const TEXT = `GANSU WIND TURBINE PART IMPORTS FALL IN 2031
Northwest Commerce Wire -- Lanzhou, January 19, 2032

Gansu imported 480.2 billion yuan of wind turbine parts in 2031, 6.1 percent less than a year earlier.

Lanzhou handled 61.4 percent of the province's imports. Tianshui, Baiyin and Jiuquan, in that order, took most of the remainder.

Where the wind turbine parts came from (imports, 2031, billion yuan)
  Taiwan, China          171.3
  Germany                112.6
  Denmark                 64.9
  Spain                   31.2
  Other economies         98.4
  Total                  480.2

Imports from Germany fell 6.1 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "parts.txt": TEXT }); });
afterAll(async () => over.close());

describe("the supplier economies of one goods", () => {
  it("ranks the rows of the table of where the goods came from", async () => {
    const a = await over.ask("where did gansu's imported wind turbine parts come from in 2031? rank the supplier economies listed by value");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Taiwan 171\.3 billion yuan; 2\. Germany 112\.6 billion yuan; 3\. Denmark 64\.9 billion yuan; 4\. Spain 31\.2/);
    expect(a.answer).not.toMatch(/98\.4|480\.2 billion yuan;/);
  });
});
