import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A table of one goods' destinations, listed alphabetically under a caption naming the goods ("Gansu's drone exports
// by destination"): "top 3 markets for its drone exports" ranks the rows by value, the caption saying whose goods
// they are; "Other markets" is no destination. Made-up article and figures.
const TEXT = `---
title: "Drone exports lift Gansu's trade"
published: "2032-01-27"
---
Gansu's exports rose 12.4 percent in 2031 to 96.35 billion yuan. Its drone exports reached 21.07 billion yuan, up 35.2 percent.

The main destinations of the drones were:

Gansu's drone exports by destination (billion yuan)

| Destination | Value | Share of drone exports (%) |
|---|---|---|
| Chile | 3.27 | 15.5 |
| Kenya | 2.61 | 12.4 |
| Norway | 6.93 | 32.9 |
| Poland | 1.88 | 8.9 |
| Other markets | 6.38 | 30.3 |

Officials expect drone exports to keep growing this year.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "drones.md": TEXT }); });
afterAll(async () => over.close());

describe("a goods' markets from a table its caption names the goods of", () => {
  it("ranks the destinations by value, biggest first", async () => {
    const a = await over.ask("top 3 markets for gansu's drone exports in 2031, biggest first (with values)");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Norway 6\.93 billion yuan; 2\. Chile 3\.27 billion yuan; 3\. Kenya 2\.61 billion yuan/);
    expect(a.answer).not.toMatch(/Other markets/i);
  });
});
