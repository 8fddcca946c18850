import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A look-up of one level ("X's trade in 2031?") is answered with the change its own sentence states of it: the one
// right after it, or the one it rose or fell "to"; in an asked currency, only a level stated in that currency brings
// its change along. Made-up places, goods and figures.
const TOTALS = `---
title: "Yuyao and Rugao trade in 2031"
published: "2032-01-20"
---
Foreign trade of Yuyao fell 12.3 percent year on year to 16.84 billion yuan in 2031, the city's commerce bureau said.

Rugao's imports and exports in 2031 reached 51.87 billion yuan, up 5.2 percent year on year.
`;
const DOLLARS = `---
title: "Yixing trade in 2031"
published: "2032-01-22"
---
Yixing's foreign trade reached 80.4 billion yuan in 2031, up 9.1 percent.

Measured in U.S. dollars, the total was 11.27 billion dollars, down 7.5 percent.

Yuyao's exports were 30.2 billion yuan (4.4 billion US dollars) in 2031, up 6.6 percent.
`;

describe("a level looked up with the change its sentence states", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "totals.md": TOTALS, "dollars.md": DOLLARS });
  });
  afterAll(() => ask.close());

  it("gives the change right after the level", async () => {
    const a = await ask.ask("rugao total foreign trade 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/51\.87 billion yuan/);
    expect(a.answer).toMatch(/5\.2%/);
  });

  it("gives the change that fell to the level", async () => {
    const a = await ask.ask("yuyao foreign trade 2031 total?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/16\.84 billion yuan/);
    expect(a.answer).toMatch(/fell 12\.3%/);
  });

  it("gives the change of the dollar level when dollars are asked", async () => {
    const a = await ask.ask("yixing foreign trade in 2031 in us dollars?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/11\.27 billion US dollars/);
    expect(a.answer).toMatch(/7\.5%/);
    expect(a.answer).not.toMatch(/9\.1%/);
  });

  it("gives no change of a yuan level whose dollars are only bracketed, when dollars are asked", async () => {
    const a = await ask.ask("yuyao exports in 2031 in usd?");
    expect(a.answer).toMatch(/4\.4 billion/);
    expect(a.answer).not.toMatch(/6\.6%/);
  });
});
