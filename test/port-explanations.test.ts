import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A port known from a table of ports ("| Aidian | … |" under "Port", the Aidian port), whose fall a sentence explains
// naming it by its own name only. Made-up article and figures.
const ARTICLE = `---
title: "Guangxi port trade report 2031"
published: "2032-02-10"
---
In 2031 Guangxi's imports and exports reached 700.5 billion yuan, up 5.5 percent.

Table 1. Main ports of Guangxi, 2031

| Port | Trade (100m yuan) | Change (%) |
|---|---|---|
| Aidian | 95.3 | -12.6 |
| Shuikou | 120.4 | 17.9 |

Imports of manganese ore through Aidian fell 30.5 percent in value as ore prices slumped. This was the main reason for the fall in Aidian's trade.
`;

describe("why a port's trade fell", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ports.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("is explained by the sentences that name the port by its own name", async () => {
    const a = await ask.ask("why did aidian port's trade fall in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/manganese ore/);
  });
});
