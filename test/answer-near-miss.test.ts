import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question one step off what the documents give (another period, the city of a province's article) is answered with
// "I don't know", never with the neighbouring figure. Made-up articles and figures.
const EXPORTS = `---
title: "Ningbo's exports in 2021"
published: "2022-01-21"
---
Ningbo's exports rose 10.5 percent to 320.4 billion yuan in 2021, and imports rose 8.2 percent to 150.6 billion yuan.
`;
const QUARTER = `---
title: "Hebei's foreign trade in the first half"
published: "2024-07-19"
---
SHIJIAZHUANG, July 18 (Xinhua) -- Hebei's foreign trade grew 3.1 percent to 281.4 billion yuan in the first half of 2024, customs data show.

In the second quarter alone the province's imports and exports were 146.2 billion yuan, up 4.4 percent year on year.
`;
const REPORTED = `---
title: "Jiangsu's foreign trade in 2023"
published: "2024-01-22"
---
Jiangsu's imports and exports rose 2.7 percent to 5,210.6 billion yuan in 2023, Nanjing Customs said.

Exports of the "new three" products, namely electric vehicles, lithium-ion batteries and solar cells, climbed 9.1 percent
to 23.5 billion yuan.

Officials said demand from Europe and Southeast Asia held up through the year, while orders for household appliances
recovered in the second half and more small firms started to export through cross-border e-commerce platforms.

Among the province's cities, Suzhou traded 2,451.4 billion yuan and Nanjing 590.2 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "exports.md": EXPORTS, "quarter.md": QUARTER, "reported.md": REPORTED }));
}, 120_000);
afterAll(() => close());

describe("a near miss", () => {
  it("of the period: a level asked of a year no document states is not worked back from the next year's", async () => {
    for (const q of ["ningbo 2020 exports and imports?", "ningbo's exports in 2020, and yoy?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer, q).not.toMatch(/289\.95/);
    }
  });
  it("of the period is still worked out when the question states the change or asks what it implies", async () => {
    const a = await ask("ningbo exports rose 10.5% in 2021 - what were they in 2020?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(289.95);
  });
  it("of the place: the province's figure in an article filed from its capital is not the capital's", async () => {
    const a = await ask("shijiazhuang q2 2024 alone: trade value and yoy?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/146\.2/);
  });
  it("of the place: a province's figure is not that of the city whose customs office reported it", async () => {
    const a = await ask("nanjing 2023 exports of the 'new three' - value and growth");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/23\.5 billion/);
  });
});
