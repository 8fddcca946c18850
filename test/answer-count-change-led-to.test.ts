import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A count given with the change that led to it ("container throughput rose 6.1 percent to 0.52 million TEU"): a
// look-up of the count gives that change beside it, as it gives one stated right after. Made-up article and figures.
const PORT = `---
title: "Beihai port in 2031"
date: 2032-01-12
---
Beihai port handled 41.2 million tonnes of cargo in 2031, down 3.5 percent, as coal shipments slowed.

Container throughput, however, rose 9.4 percent to 0.83 million TEU.
`;

describe("a count's change stated before it", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "port.md": PORT });
  });
  afterAll(() => ask.close());

  it("is given beside the count it led to", async () => {
    const a = await ask.ask("beihai port container throughput 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([0.83, 9.4]));
    // (never the cargo's fall)
    expect(a.figures.map((f) => f.value)).not.toContain(-3.5);
  });
});
