import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Goods and trade modes asked for by another word than the article's (and a year named beside "last yr") ("mobile phones" for its "handsets",
// "integrated circuits" for its "chips", "cross border ecommerce" typed as one word), and both flows asked for with "n"
// typed for "and". Made-up articles.
const PROVINCE = `---
title: "Gansu's foreign trade in 2021"
published: "2022-01-25"
---
In 2021, Gansu's imports and exports reached 491.5 billion yuan, up 8.3 percent. Exports were 176.2 billion yuan, up 11.4 percent, and imports edged up 2.1 percent to 315.3 billion yuan.

Integrated circuits remained the single largest item. Imports and exports of chips rose 6.1 percent to 120.4 billion yuan, accounting for 24.5 percent of the province's foreign trade.

The province exported 88.7 billion yuan worth of handsets, equal to 50.3 percent of its total exports.

Gansu's cross-border e-commerce imports and exports reached 35.6 billion yuan. Of this, exports were 27.1 billion yuan, up 14.2 percent, and imports 8.5 billion yuan, up 3.3 percent.
`;

const ONLINE = `---
title: "Wuxi's cross-border e-commerce passes $5 billion"
published: "2019-01-29"
---
Cross-border e-commerce trade in Wuxi rose to US$5.37 billion last year, 14.7 percent more than in 2017.

Exports sold through online channels reached $3.19 billion, up 24.7 percent, while imports fell 4.9 percent to $2.18 billion.
`;
const TOTAL_ONLY = `---
title: "Yangzhou's cross-border e-commerce grows"
published: "2019-01-30"
---
Cross-border e-commerce trade in Yangzhou rose to US$1.26 billion last year, 11.2 percent more than in 2017.
`;

const CRUDE = `---
title: "Xinjiang's trade with Kazakhstan in 2023"
published: "2024-01-22"
---
Xinjiang's foreign trade reached 357.3 billion yuan in 2023. Energy continued to dominate imports. Xinjiang brought in 10.2 million metric tons of Kazakh crude oil, mostly through the Alashankou pipeline, with a value of 41.5 billion yuan.
`;

const LED = `---
title: "Zhejiang's exports in 2025"
published: "2026-01-20"
---
In 2025, Zhejiang's exports were 3,912.4 billion yuan. Exports of the "new three" grew 11.5 percent to 232.6 billion yuan, led by electric vehicles, which climbed 26.8 percent to 98.4 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "gansu-2021.md": PROVINCE, "wuxi-2018.md": ONLINE, "yangzhou-2018.md": TOTAL_ONLY,
    "xinjiang-2023.md": CRUDE, "zhejiang-2025.md": LED });
});
afterAll(() => over.close());

describe("goods asked for by another word", () => {
  it("finds the article's handsets for mobile phones, with their share", async () => {
    const a = await over.ask("gansu mobile phone exports last yr (2021) - how much, and what share of the province's exports?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("88.7 billion yuan");
    expect(a.answer).toContain("50.3%");
  });
  it("finds the article's chips for integrated circuits, with their share", async () => {
    const a = await over.ask("gansu 2021 integrated circuit trade: value and share of the province's total?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("120.4 billion yuan");
    expect(a.answer).toContain("24.5%");
  });
  it("reads 'ecommerce' typed as one word as the trade mode, both flows asked", async () => {
    const a = await over.ask("gansu cross border ecommerce 2021: exports and imports?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("27.1 billion yuan");
    expect(a.answer).toContain("8.5 billion yuan");
  });
});

describe("both flows of a trade mode", () => {
  it("are read from 'exports sold through online channels' and the imports beside them", async () => {
    const a = await over.ask("wuxi cross-border e-commerce 2018 - exports and imports in usd?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("3.19 billion US dollars");
    expect(a.answer).toContain("2.18 billion US dollars");
  });
  it("are not answered by the mode's total when neither is stated", async () => {
    const a = await over.ask("yangzhou cross-border e-commerce 2018 - exports and imports?");
    expect(a.abstained).toBe(true);
  });
});

describe("both flows with 'n' typed for 'and'", () => {
  it("answers exports and imports each", async () => {
    const a = await over.ask("gansu 2021 exports n imports?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("176.2 billion yuan");
    expect(a.answer).toContain("315.3 billion yuan");
    expect(a.answer).not.toMatch(/do not state/);
  });
});

describe("goods asked for by a short name, in tonnes and value", () => {
  it("finds 'kazakh crude' counted in metric tons", async () => {
    const a = await over.ask("how much kazakh crude did xinjiang import in 2023 - tonnes and value?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("10.2 million metric tons");
    expect(a.answer).toContain("41.5 billion yuan");
  });
});

describe("goods of a group asked for by their short name", () => {
  it("finds EVs that led the 'new three'", async () => {
    const a = await over.ask("zhejiang EV exports in 2025 - value + growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("98.4 billion yuan");
    expect(a.answer).toContain("26.8%");
  });
});

describe("a trade mode's cities asked for", () => {
  it("are not answered by the province's own figures", async () => {
    const a = await over.ask("gansu cbec 2021: which three cities grew fastest? rates pls");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/^Gansu's/);
  });
});
