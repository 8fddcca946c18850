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

describe("a count worked back from its stated change", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "trains.md": TRAINS, "honey.md": HONEY });
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
});
