import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Questions on a place's trade with a partner asked in parts, and on shares of different wholes, over made-up articles
// (no evaluation set's place, person or number): each flow with its own partner is answered, each share's whole named.

const PARTNER = `---
title: "Sichuan's trade with Peru up 11.2% in 2023"
published: "2024-01-26"
---
Sichuan's trade with Peru rose 11.2 percent to 14.36 billion yuan in 2023, Chengdu Customs said.

Exports to Peru grew 8.4 percent to 9.12 billion yuan, led by motorcycles and machinery. Shipments of motorcycles to the country rose 20.5 percent to 2.03 billion yuan. Imports from Peru increased 16.3 percent to 5.24 billion yuan.
`;

const SHARES = {
  "xiangyang.md": `---
title: "Xiangyang trade in 2023"
published: "2024-01-22"
---
Xiangyang's foreign trade rose 6.1 percent to 45.2 billion yuan in 2023. Xiangyang accounted for 8.4 percent of Hubei's foreign trade.
`,
  "yingkou.md": `---
title: "Yingkou trade in 2023"
published: "2024-01-23"
---
Yingkou's foreign trade rose 2.2 percent to 70.5 billion yuan in 2023. Yingkou accounted for 9.9 percent of Liaoning's foreign trade.
`,
};

const GOODS = `---
title: "Guangxi's iron ore imports in 2021"
published: "2022-01-20"
---
Guangxi's foreign trade rose 3 percent in 2021. The region imported 5.2 million tonnes of iron ore, up 3.3 percent, but with prices lower, the value of iron ore imports fell 4.4 percent to 6.12 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "sichuan-peru-2023.md": PARTNER, ...SHARES, "guangxi-ore.md": GOODS }));
});
afterAll(() => close());

/** The question is answered, not abstained, with every part given. */
async function answeredWith(q: string, ...parts: string[]): Promise<void> {
  const a = await ask(q);
  expect(a.abstained).toBe(false);
  for (const part of parts) expect(a.answer).toContain(part);
}

describe("each flow with its own partner", () => {
  it.each([
    "sichuan 2023: exports to Peru and imports from Peru?",
    "sichuan's imports from Peru and exports to Peru in 2023?",
  ])("answers both flows of '%s'", (q) => answeredWith(q, "9.12 billion yuan", "5.24 billion yuan"));
});

describe("two places' shares of different wholes", () => {
  it("names each share's whole, not the first one's for both", async () => {
    const a = await ask("xiangyang's share of hubei trade vs yingkou's share of liaoning in 2023 - which higher?");
    expect(a.answer).toContain("share of Hubei's total vs Liaoning's total");
    expect(a.answer).toContain("1.5 percentage points");
  });
});

describe("goods asked for their tonnage and value", () => {
  it("answers both, the value read from 'the value of X imports fell … to N'", () =>
    answeredWith("guangxi iron ore imports 2021: tonnage and value?", "5.2 million tonnes", "6.12 billion yuan"));
});
