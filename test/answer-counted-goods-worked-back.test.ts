import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Goods counted in units (trucks, vehicles) worked back to the year before: the count over one plus the change of its
// volume, never the goods' value worked back, also when the question calls the level "implied" and names no change,
// or names the source it works from as a briefing. Made-up articles and figures.
const TRUCKS = `---
title: "Hanzhong truck exports in 2031"
published: "2032-03-02"
---
HANZHONG, March 1, 2032 -- Makers in Hanzhong exported 6,300 trucks last year, 26.0 percent more than in 2030, the
city's commerce bureau said. The trucks were worth 1.89 billion yuan, up 8.0 percent.
`;

const VEHICLES = `---
title: "Zigong vehicle exports in the first quarter"
published: "2033-04-18"
---
Zigong exported 2,750 vehicles in the first quarter of 2033, up 10.0 percent, with an export value of 4.4 billion yuan,
an official said at the quarterly press briefing.
`;

describe("goods counted in units, worked back a year", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "trucks.md": TRUCKS, "vehicles.md": VEHICLES });
  });
  afterAll(() => ask.close());

  it("answers how many goods with their count, never their value", async () => {
    const a = await ask.ask("how many trucks did hanzhong export in 2030, going by the 2031 figure and growth?");
    expect(a.abstained).toBe(false);
    // 6,300 ÷ 1.26 = 5,000; the value worked back (1.89 ÷ 1.08 = 1.75 billion) answers no "how many"
    expect(a.figures.map((f) => f.value)).toContain(5000);
    expect(a.figures.map((f) => f.value)).not.toContain(1.75);
  });

  it("reads \"N percent more than in <year>\" after a count as the count's change", async () => {
    const a = await ask.ask("how many trucks did hanzhong export in 2031 and how much did that grow?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([6300, 26]));
  });

  it("works an implied level back from the year after when the question names no change", async () => {
    const a = await ask.ask("whats the implied number of trucks hanzhong exported in 2030");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(5000);
  });

  it("works back from a briefing the question names as its source", async () => {
    const a = await ask.ask("based on the q1 2033 briefing, roughly how many vehicles did zigong export in q1 2032?");
    expect(a.abstained).toBe(false);
    // 2,750 ÷ 1.1 = 2,500
    expect(a.figures.map((f) => f.value)).toContain(2500);
  });
});
