import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Periods worked out from other periods of the same owner, flow and unit: a quarter and its change over the quarter
// before, a quarter as a half less the other quarter or as three quarters less the two others the question names, one
// month as two running totals apart in each currency, and two running totals' growth rates side by side. Made-up
// releases; places and figures invented.
const HALF = `---
title: "Qinghai's foreign trade up 12.5% in first half"
date: 2022-07-20
---

XINING -- Qinghai province's imports and exports rose 12.5 percent year on year to 30.10 billion yuan in the first half of 2022, faster than the national growth of 9.4 percent. China's total for the period was 19.8 trillion yuan.

Exports grew 8.1 percent to 10.20 billion yuan and imports 14.2 percent to 19.90 billion yuan.

Second-quarter imports and exports came to 16.20 billion yuan, up 16.5 percent from the first quarter and 10.2 percent from the second quarter of 2021.
`;

const NINE = `---
title: "Shanxi's trade in the first three quarters"
date: 2023-10-24
---

TAIYUAN -- Shanxi province's imports and exports reached 120.40 billion yuan in the first three quarters of this year, up 2.1 percent year on year.

Imports and exports in the third quarter came to 44.10 billion yuan, up 3.5 percent from the second quarter's 42.61 billion yuan.
`;

const BULLETIN = `---
title: "Hohhot Customs statistical bulletin"
date: 2023-04-25
---

1. RELEASE OF MARCH 20, 2023 - JANUARY-FEBRUARY

Inner Mongolia's imports and exports in the first two months of 2023 were 40.20 billion yuan (5.80 billion U.S. dollars), up 18.4 percent year on year.

2. RELEASE OF APRIL 20, 2023 - FIRST QUARTER

In the first quarter of 2023, Inner Mongolia's imports and exports reached 65.50 billion yuan (9.45 billion U.S. dollars), up 15.1 percent year on year.
`;

const QUARTERS = `---
title: "Ningxia quarterly trade"
date: 2023-07-20
---

Ningxia's imports and exports reached 38.20 billion yuan in the first quarter of 2023. In the second quarter, trade was 42.30 billion yuan.
`;

const NINE_ONLY = `---
title: "Guizhou trade up in first three quarters"
date: 2024-10-20
---

GUIYANG -- Guizhou province's imports and exports totaled 300.5 billion yuan in the first three quarters of 2024, up 6.4 percent from a year earlier.

Third-quarter imports and exports reached 110.4 billion yuan, 4.2 percent more than the 105.9 billion yuan of the second quarter.
`;

const FOURTH = `---
title: "Harbin's trade in 2023"
date: 2024-01-25
---

Harbin's imports and exports reached 21.40 billion US dollars in 2023. The city's trade in the fourth quarter was 6.30 billion dollars, 5.0 percent more than in the third quarter, while December trade fell 2.2 percent from November.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "qinghai-h1-2022.md": HALF, "shanxi-q3-2023.md": NINE, "imar-q1-2023.md": BULLETIN,
    "ningxia-h1-2023.md": QUARTERS, "guizhou-q1-q3-2024.md": NINE_ONLY, "harbin-2023.md": FOURTH });
}, 60_000);
afterAll(() => over.close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("a quarter and its change over the quarter before", () => {
  it("answers 'q2 value and growth vs q1' with the quarter's level and the change over q1, not the year's", async () => {
    const a = await over.ask("qinghai q2 2022 trade value and growth vs q1?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([16.2, 16.5]));
    expect(values(a)).not.toContain(10.2);
  });
  it("reads 'up N percent from the second quarter's M' as the third quarter's change over the second", async () => {
    const a = await over.ask("shanxi q3 2023 trade growth vs q2?");
    expect(values(a)).toEqual([3.5]);
    expect(a.answer).toMatch(/quarter on quarter/);
  });
});

describe("a change over the quarter (month) before that no sentence states", () => {
  it("is worked out from the two levels stated: 'by what percent did q2 trade grow over q1?'", async () => {
    const a = await over.ask("by what percent did ningxia's q2 2023 trade grow over q1?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([10.73]);
    expect(a.answer).toMatch(/42\.3 ÷ 38\.2 − 1/);
    expect(a.answer).toMatch(/quarter before/);
  });
  it("answers 'growth on the previous quarter' with the change over the quarter before, never the year's", async () => {
    const a = await over.ask("qinghai q2 2022 trade growth on the previous quarter?");
    expect(values(a)).toEqual([16.5]);
  });
  it("is no answer when the quarter before is not stated", async () => {
    const a = await over.ask("ningxia q3 2023 trade growth vs q2?");
    expect(a.abstained).toBe(true);
  });
});

describe("a quarter from the other periods stated", () => {
  it("is the half less its second quarter: 'what was its q1 trade?'", async () => {
    const a = await over.ask("what was qinghai's q1 2022 trade value?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([13.9]);
    expect(a.answer).toMatch(/30\.1 − 16\.2/);
  });
  it("is three quarters less the two quarters the question says the text gives", async () => {
    const a = await over.ask("shanxi q1 2023 trade? article only gives q1-q3, q2 and q3");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([33.69]);
    expect(a.answer).toMatch(/120\.4 − 42\.61 − 44\.1/);
  });
  it("is three quarters less the two quarters the question takes away: '(q1-q3 minus q2 minus q3)'", async () => {
    const a = await over.ask("shanxi trade in q1 2023? (q1-q3 minus q2 minus q3)");
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([33.69]);
  });
  it("names each period asked when the question lists them with no word that says what the text gives", async () => {
    const a = await over.ask("shanxi trade in q1-q3 2023, q2 and q3?");
    expect(values(a)).toEqual(expect.arrayContaining([120.4, 42.61, 44.1]));
    expect(values(a)).not.toContain(33.69);
  });
});

describe("a quarter the question alone asks", () => {
  it("is three quarters less the second and third quarters stated, with the source named by its span only", async () => {
    const a = await over.ask("guizhou q1 2024 trade? should be derivable from the q1-q3 article");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([84.2]);
    expect(a.answer).toMatch(/300\.5 − 105\.9 − 110\.4/);
  });
  it("is the next quarter's level less its stated change over the quarter asked: q4 ÷ (1 + growth)", async () => {
    const a = await over.ask("what was harbin's trade in q3 2023 (usd)?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[6, "billion US dollars"]]);
  });
  it("is no answer when the change stated is over another period than the quarter asked", async () => {
    const a = await over.ask("what was harbin's trade in q2 2023 (usd)?");
    expect(a.abstained).toBe(true);
  });
  it("gives the change over the quarter before that a base figure's quarter names", async () => {
    const a = await over.ask("guizhou trade in q3 2024 alone, and qoq change vs q2?");
    expect(values(a)).toEqual(expect.arrayContaining([110.4, 4.2]));
  });
});

describe("one month from two running totals of one bulletin", () => {
  it("answers in the one currency asked: 'march trade in usd?'", async () => {
    const a = await over.ask("inner mongolia's march 2023 trade in usd?");
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[3.65, "billion US dollars"]]);
  });
  it("answers 'march alone, in yuan and usd' in each currency, from the figures stated in it", async () => {
    const a = await over.ask("inner mongolia march 2023 alone - trade in yuan and usd? (two releases in the customs bulletin)");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([25.3, 3.65]);
    expect(a.answer).toMatch(/65\.5 − 40\.2/);
    expect(a.answer).toMatch(/9\.45 − 5\.8/);
  });
});

describe("two running totals' growth rates", () => {
  it("answers 'did growth slow from jan-feb to q1? by how many pts?' with both rates and the gap", async () => {
    const a = await over.ask("did inner mongolia's trade growth slow from jan-feb to q1 2023? by how many pts?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([18.4, 15.1, 3.3]));
  });
  it("sets the rates side by side for 'did growth accelerate or slow between jan-feb and q1?'", async () => {
    const a = await over.ask("did inner mongolia's trade growth accelerate or slow between jan-feb and q1 2023?");
    expect(values(a)).toEqual(expect.arrayContaining([18.4, 15.1, 3.3]));
  });
  it("never sets a running total against a longer one that holds it as two levels", async () => {
    const a = await over.ask("by what percent did inner mongolia's trade grow from jan-feb 2023 to q1 2023?");
    expect(values(a)).not.toContain(62.94);
  });
});
