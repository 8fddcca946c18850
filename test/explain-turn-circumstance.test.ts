import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { direction } from "../retrieval/explain/cues.js";
import { answersOver } from "./helpers/answerOver.js";

// A setback a reporter names as the time's circumstance ("… faster than expected given the pandemic. What drove it?")
// is no fall the question asks about: the turn answers "who explained the growth". Made-up transcript (no evaluation
// set's place, person or number).

const TRANSCRIPT = `---
title: "Transcript: Press conference on Lishui port's 2031 performance"
date: 2032-01-18
---

The Lishui municipal information office held a press conference on the port's 2031 results. Pan Qingshu, director of the Lishui Port Authority, and Zhou Meiling, deputy director of Lishui Customs, answered questions.

**Lishui Evening News:** Container growth was faster than many expected given the epidemic. What drove it?

**Pan Qingshu:** The growth came mainly from new feeder routes to the Philippines and from rising orders for garden tools.

**Radio Lishui:** How did trade through Lishui Customs do?

**Zhou Meiling:** Trade through the customs district fell 2.3 percent, as demand for textiles weakened.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lishui-port-presser-2031.md": TRANSCRIPT }));
});
afterAll(() => close());

describe("a setback named as circumstance", () => {
  it("says nothing of which way the change went", () => {
    expect(direction("Container growth was faster than many expected given the epidemic.")).toBe("up");
    expect(direction("Exports fell amid the crisis.")).toBe("down");
  });

  it("leaves the reporter's turn to the question on the growth: its speaker and what he credited", async () => {
    const a = await ask("who at the lishui presser explained 2031 container growth and what did they credit");
    expect(a.answer).toContain("Pan Qingshu");
    expect(a.answer).toContain("feeder routes to the Philippines");
    expect(a.answer).not.toContain("demand for textiles");
  });
});
