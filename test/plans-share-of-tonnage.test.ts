// A share asked of a tonnage ("what share of X's steel export tonnage came from Y") is worked out from the tonnes, never
// from the goods' value over the city's whole trade. Made-up places and figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

const STEEL = `---
title: "Handan steel shipments rise in first half"
published: "2033-07-20"
---
Handan exported 2.4 million tonnes of steel products in the first half of 2033, up 21.5 percent. Their value rose 18.2 percent to 9.6 billion yuan.

The city's total exports reached 31.2 billion yuan in the first half of 2033.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "steel.md": STEEL }); });
afterAll(async () => over.close());

describe("a share of a tonnage", () => {
  it("never answers with the goods' value over the city's total exports", async () => {
    const a = await over.ask("what share of hebei's h1 2033 steel export tonnage came from handan?");
    // 9.6 ÷ 31.2 × 100 = 30.77: a share of the city's own value, not of the province's tonnes
    expect(a.figures.map((f) => f.value)).not.toContain(30.77);
  });

  it("still works a share of the value out when the value is asked", async () => {
    const a = await over.ask("what share of handan's h1 2033 exports by value was steel?");
    expect(a.figures.map((f) => f.value)).toContain(30.77);
  });
});
