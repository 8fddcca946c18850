import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Stop-32 review: answers over made-up articles that a rule broader than its shape got wrong.
const FORUM = `---
title: "Tianjin's foreign trade in 2023"
published: "2024-01-25"
---
Tianjin's foreign trade reached 800 billion yuan in 2023, the municipal government said at a Free Trade Zone forum.

`;
const ECONOMIST = `---
title: "Shijiazhuang's foreign trade in 2023"
published: "2024-01-27"
---
Chief Research Economist Li Wei said Shijiazhuang's foreign trade reached 120 billion yuan in 2023.
`;
const ZONE = `---
title: "Nanchang Economic and Technological Development Zone trade rises"
published: "2024-01-26"
---
Trade of the Nanchang Economic and Technological Development Zone reached 31.7 billion yuan in 2023, up 6.4 percent.
`;

const SPAN = `---
title: "Zhuzhou's foreign trade over five years"
published: "2024-01-20"
---
Zhuzhou's foreign trade reached 805 billion yuan in 2023, up from 540 billion yuan in 2019, the city's customs said.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "forum.md": FORUM, "economist.md": ECONOMIST, "zone.md": ZONE, "span.md": SPAN }));
}, 120_000);
afterAll(() => close());

describe("initials a question abbreviates by are a zone's name, never any capitalised run near the figure", () => {
  it("a forum's name in the sentence does not make the city's total the zone's", async () => {
    const a = await ask("How much trade went through the FTZ in Tianjin in 2023?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/800 billion yuan in 2023 \[/);
  });
  it("a speaker's title does not either", async () => {
    const a = await ask("How much did Shijiazhuang trade via the CRE in 2023?");
    expect(a.abstained).toBe(true);
  });
  it("a zone's own name still gives its initials", async () => {
    const a = await ask("How much did the Nanchang ETDZ trade in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/31\.7 billion yuan/);
  });
});

describe("an average annual increase is an amount a year; only a growth, a rate or a % of it is the compounded rate", () => {
  it("the increase between two years' levels, per year", async () => {
    const a = await ask("What was the average annual increase in Zhuzhou's foreign trade between 2019 and 2023?");
    expect(a.answer).not.toMatch(/10\.5%/);
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/66\.25 billion yuan/);
  });
  it("the average annual growth rate is still compounded", async () => {
    const a = await ask("What was the average annual growth rate of Zhuzhou's foreign trade between 2019 and 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/10\.5%/);
  });
});
