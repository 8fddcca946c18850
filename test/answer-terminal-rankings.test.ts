import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "which terminal handled the most boxes? rank them": a made-up port's terminals, each stated as a part of the port in
// its table of container throughput, ranked by the quantity (not by growth, and without the port's own total).

const FAQ = `---
title: "Frequently asked questions - Jinwan Port Authority"
published: "2032-03-01"
---
Q1. How much cargo did Jinwan port handle in 2031?

Jinwan port handled 88 million tonnes of cargo in 2031, up 2.0 percent, and 7.5 million TEUs of containers, up 5.1 percent.

Q2. Which terminal handles the most containers?

Phase I remains the busiest. Throughput by terminal in 2031 was as follows:

| Terminal | Containers (10,000 TEUs) | Year on year |
|---|---|---|
| Jinwan Phase I | 310 | +1.1% |
| Jinwan Phase II | 250 | +2.4% |
| Jinwan Phase III (automated) | 190 | +19.5% |
| Total | 750 | +5.1% |

Q3. Who are the main trade partners?

In 2031 Jinwan port's trade with Japan was 12.1 billion yuan, trade with Vietnam 9.4 billion yuan and trade with Chile 3.3 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => ({ ask, close } = await answersOver({ "faq.md": FAQ })));
afterAll(async () => close());

describe("a port's terminals ranked", () => {
  it("ranks the terminals by the boxes they handled, biggest first", async () => {
    const a = await ask("which jinwan terminal handled the most boxes in 2031? rank all three");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. Jinwan Phase I\b[^;]*; 2\. Jinwan Phase II\b[^;]*; 3\. Jinwan Phase III/i);
  });

  it("never takes the terminals for the partners asked: 'rank its partners by trade through its terminals'", async () => {
    const a = await ask("rank jinwan port's trading partners by trade through its terminals in 2031");
    expect(a.answer).toMatch(/1\. Japan\b[^;]*; 2\. Vietnam\b[^;]*; 3\. Chile/);
  });
});
