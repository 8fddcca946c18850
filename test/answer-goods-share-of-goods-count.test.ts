import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// One goods' share of a wider goods counted in things, when no value gives both: the part's count over the whole's
// ("units" of the part are the whole's things), the whole named by a short name people ask it by ("car exports" of a
// text's "vehicles"). Made-up articles and figures.

const CARS = `---
title: "Qinghai car exports in the first ten months of 2031"
published: "2031-11-20"
---
Qinghai exported 80,000 vehicles in the first ten months of 2031, up 12.0 percent year-on-year, Xining Customs said.
Exports of new-energy vehicles came to 30,000 units, rising 40.0 percent.
`;

const MOTORBIKES = `---
title: "Ningxia motorcycle exports, first quarter of 2031"
published: "2031-04-15"
---
Ningxia exported 50,000 motorcycles in the first quarter of 2031, up 5.0 percent. Exports of electric motorcycles
came to 20,000 units. The province also exported 9,000 tonnes of motorcycle parts.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "cars.md": CARS, "motorbikes.md": MOTORBIKES }));
});
afterAll(() => close());

describe("a goods' share of a wider goods' count", () => {
  it("sets the part's units against the whole's vehicles, the whole asked by a short name and a span of months", async () => {
    const a = await ask("what share of qinghai's jan-oct 2031 car exports were nevs?");
    expect(a.abstained).toBe(false);
    // 30,000 ÷ 80,000 = 37.5%
    expect(a.figures.map((f) => f.value)).toContain(37.5);
  });
  it("reads the whole after an unmarked place ('nev share of qinghai car exports')", async () => {
    const a = await ask("nev share of qinghai car exports in jan-oct 2031");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(37.5);
  });
  it("works for goods named in full, the part a kind of the whole", async () => {
    const a = await ask("what % of ningxia's q1 2031 motorcycle exports were electric motorcycles?");
    expect(a.abstained).toBe(false);
    // 20,000 ÷ 50,000 = 40%
    expect(a.figures.map((f) => f.value)).toContain(40);
  });
  it("never sets things counted against tonnes", async () => {
    const a = await ask("what share of ningxia's q1 2031 motorcycle parts exports were electric motorcycles?");
    // 20,000 units over 9,000 tonnes is no share
    expect(a.figures.map((f) => f.value)).not.toContain(222.22);
    expect(a.answer).not.toMatch(/20000 ÷ 9000/);
  });
});
