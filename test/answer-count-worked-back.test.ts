import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A count (trips, tonnes) a year before, worked back from the later count and its stated change: the count over
// (1 + the change of its volume), never the goods' value's change. Made-up articles and figures.
const TRAINS = `---
title: "Lanzhou's freight trains in 2031"
published: "2032-01-15"
---
The Lanzhou international freight train service made 540 trips last year, up 20.0 percent from the year before, the
city's logistics office said on Wednesday.
`;

const HONEY = `---
title: "Gansu honey exports in 2031"
published: "2032-02-10"
---
Gansu exported 5,200 tonnes of honey in 2031, down 4.0 percent from a year earlier. The value of the honey exports
rose 6.5 percent to 210 million yuan.
`;

// goods a flow owns, counted in units and valued too: "how many" asks the count, worked back by the count's change
const TRACTORS = `---
title: "Baoji's tractors roll abroad"
published: "2032-03-09"
---
BAOJI, March 9, 2032 -- Tractor makers in Baoji exported 2,400 tractors last year, 20.0 percent more than in 2030,
the city's customs office said. The tractors were worth 1.54 billion yuan, up 10.0 percent.
`;

const BRIEFING = `---
title: "Qinghai press conference on first-quarter trade, 2032"
published: "2032-04-18"
---
Qinghai exported 1,300 automobiles in the first quarter, up 30.0 percent, with an export value of 0.91 billion yuan.
`;

const CARS = `---
title: "Ningxia car exports in 2031"
published: "2032-01-20"
---
Ningxia exported 13,000 vehicles in 2031, an increase of 30.0 percent year-on-year, local customs said.
The vehicles were valued at 1.2 billion yuan, up 50.0 percent from 2030.
`;

describe("a count worked back from its stated change", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "trains.md": TRAINS, "honey.md": HONEY, "tractors.md": TRACTORS, "briefing.md": BRIEFING,
      "cars.md": CARS });
  });
  afterAll(() => ask.close());

  it("is the later count over one plus its growth", async () => {
    const a = await ask.ask("how many trips did lanzhou's freight trains make in 2030, based on the 2031 growth?");
    expect(a.abstained).toBe(false);
    // 540 ÷ 1.2 = 450
    expect(a.figures.map((f) => f.value)).toContain(450);
  });

  it("is worked by the volume's change, never the value's, for goods counted in tonnes", async () => {
    const a = await ask.ask("implied gansu honey export volume in 2030, based on the 2031 figure and the drop?");
    expect(a.abstained).toBe(false);
    // 5,200 ÷ (1 − 0.04) = 5,416.67; by the value's +6.5% it would be 4,882.63
    expect(a.figures.map((f) => f.value)).toContain(5416.67);
    expect(a.figures.map((f) => f.value)).not.toContain(4882.63);
  });

  it("works the goods' value back by the value's change, never the volume's", async () => {
    const a = await ask.ask("implied gansu honey export value in 2030, based on the 2031 rise?");
    // 210 ÷ 1.065 = 197.18; by the volume's −4% it would be 218.75
    expect(a.figures.map((f) => f.value)).not.toContain(218.75);
    expect(a.figures.map((f) => f.value)).toContain(197.18);
  });

  it("works a flow's goods counted in units back as a count, by the change stated as 'N percent more than'", async () => {
    const a = await ask.ask("how many tractors did baoji export in 2030, going by the 2031 figure and growth?");
    expect(a.abstained).toBe(false);
    // 2,400 ÷ 1.2 = 2,000; the value worked back (1.54 ÷ 1.1 = 1.4 billion) answers no "how many"
    expect(a.figures.map((f) => f.value)).toContain(2000);
    expect(a.figures.map((f) => f.value)).not.toContain(1.4);
  });

  it("reads a briefing named by its quarter as the later count worked back from", async () => {
    const a = await ask.ask("based on the q1 2032 briefing, roughly how many cars did qinghai export in q1 2031?");
    expect(a.abstained).toBe(false);
    // 1,300 ÷ 1.3 = 1,000
    expect(a.figures.map((f) => f.value)).toContain(1000);
  });

  it("works an implied count of one year back from the next year's count and its change", async () => {
    const a = await ask.ask("whats the implied number of cars ningxia exported in 2030");
    expect(a.abstained).toBe(false);
    // 13,000 ÷ 1.3 = 10,000; by the value's +50% it would be 8,666.67
    expect(a.figures.map((f) => f.value)).toContain(10000);
    expect(a.figures.map((f) => f.value)).not.toContain(8666.67);
  });
});
