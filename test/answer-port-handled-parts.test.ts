import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findNumbers } from "../text/numbers.js";
import { answersOver } from "./helpers/answerOver.js";

// The part of what a port handled that names its own flow ("Of that total, N were export vehicles"), a part counted
// with its scale ("Of these, 1.2 million were …": things, never money), a figure an earlier version misstated, and a
// terminal of a place set beside another port (never answered with the place's own total). Made-up articles, figures.
const PORT = `Qinzhou port becomes a car export gateway

Nanning, February 3, 2032 -- The port of Qinzhou in Guangxi handled 640,000 vehicles at its ro-ro berths in 2031,
an increase of 20.0 percent, the port administration said.

Of that total, 410,000 were export vehicles, up 35.0 percent from 2030. The rest were domestic coastal shipments.
`;

const CITY = `---
title: "Xiamen car exports in 2031"
date: 2032-01-22
---
Xiamen exported 520,000 vehicles in 2031, up 12.0 percent, the city's customs said.

The Xiamen Haicang Automotive Terminal handled 1.5 million vehicles in 2031. Of these, 1.1 million were export
vehicles, including cars made in other provinces.

An earlier version of this story misstated the number of enterprises with import and export records as 9,400; the
correct figure is 4,900. A total of 4,900 enterprises had import and export records in 2031.
`;

describe("findNumbers", () => {
  it("counts a part with its scale after \"Of these,\", never as money", () => {
    const [n] = findNumbers("Of these, 1.1 million were export vehicles.");
    expect(n).toMatchObject({ kind: "count", value: 1.1, unit: "million vehicles" });
  });

  it("counts a part of \"that total\"", () => {
    const [n] = findNumbers("Of that total, 410,000 were export vehicles, up 35.0 percent.");
    expect(n).toMatchObject({ kind: "count", value: 410000, unit: "vehicles" });
  });

  it("reads no count from a number an earlier version misstated", () => {
    const found = findNumbers("An earlier version misstated the number of enterprises with import and export records as 9,400.");
    expect(found.filter((n) => n.kind === "count")).toEqual([]);
  });
});

describe("parts of what a port handled", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "port.txt": PORT, "city.md": CITY });
  });
  afterAll(() => ask.close());

  it("gives the exported part of a port's vehicles as its exports", async () => {
    const a = await ask.ask("how many export cars went thru qinzhou port in 2031");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(410000);
    expect(a.figures.map((f) => f.value)).not.toContain(640000);
  });

  it("never sets a place's total beside another port for the place's terminal", async () => {
    const a = await ask.ask("in 2031 which shipped more export cars, qinzhou port or xiamen's haicang terminal?");
    expect(a.figures.map((f) => f.value)).not.toContain(520000);
  });

  it("answers the corrected count, never the misstated one", async () => {
    const a = await ask.ask("number of xiamen companies with import and export records in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(9400);
  });
});
