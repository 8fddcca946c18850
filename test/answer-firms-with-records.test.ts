import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findNumbers } from "../text/numbers.js";
import { answersOver } from "./helpers/answerOver.js";

// Firms that traded, counted: "The number of enterprises with import and export records reached N" (the flows in
// their description name no money), a label line "Enterprises with import and export records: N enterprises", and
// questions typed "import export records" or "import/export records" asking the count, never the place's trade.
// Made-up articles and figures.
const PROVINCE = `---
title: "Gansu foreign trade in 2031"
date: 2032-01-18
---
Gansu's foreign trade reached 61.2 billion yuan in 2031, up 5.1 percent, the provincial customs said.

The number of enterprises with actual import and export records in the province reached 5,930, up 6.2 percent.

The number of companies with import and export records in Lanzhou rose to 2,460.
`;

const RELEASE = `---
title: "Qinghai customs release for 2031"
date: 2032-01-25
---
Qinghai's foreign trade came to 4.3 billion yuan in 2031.

Enterprises with import and export records: 612 enterprises had actual import and export records in 2031, up 3.4
percent, of which 540 were private enterprises.
`;

describe("findNumbers", () => {
  it("counts the firms named after \"the number of\" with their trade records", () => {
    const [n] = findNumbers("The number of enterprises with import and export records reached 5,930.");
    expect(n).toMatchObject({ kind: "count", value: 5930, unit: "enterprises" });
  });
});

describe("firms with import and export records", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "province.md": PROVINCE, "release.md": RELEASE });
  });
  afterAll(() => ask.close());

  it("answers the count, never the place's trade", async () => {
    const a = await ask.ask("how many enterprises in gansu had import and export records in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(5930);
    expect(a.figures.map((f) => f.value)).not.toContain(61.2);
  });

  it("reads \"import/export records\" and a city's count", async () => {
    const a = await ask.ask("how many firms in lanzhou had import/export records in 2031?");
    expect(a.figures.map((f) => f.value)).toContain(2460);
  });

  it("reads \"import export\" typed with no \"and\" as both flows, and a label line's firms", async () => {
    const a = await ask.ask("how many qinghai enterprises had import export records in 2031");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(612);
  });
});
