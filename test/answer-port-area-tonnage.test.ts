import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "rank the 3 X port areas by cargo tonnage": a made-up port group's report lists its port areas (rows named after
// their cities) in a trade table and a tonnage table; the ranking by tonnage takes the tonnage table's rows, whose
// order differs from the trade table's.

const REPORT = `---
title: "Yellow Sea Gulf Port 2031 Annual Report"
published: "2032-02-10"
---
Yellow Sea Gulf Port handled 301.0 million tonnes of cargo in 2031.

Table 1. Trade cleared at each port area, 2031

| Port area | Trade (billion yuan) |
|---|---|
| Yantai | 40.2 |
| Weihai | 75.9 |
| Rizhao | 12.3 |

Table 2. Cargo throughput by port area (10,000 tonnes)

| Port area | 2030 | 2031 |
|---|---|---|
| Yantai | 11,000 | 14,200 |
| Weihai | 5,100 | 6,300 |
| Rizhao | 8,800 | 9,600 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "report.md": REPORT }));
});
afterAll(() => close());

describe("port areas ranked by the measure asked", () => {
  it("ranks the port areas by the tonnage table, not the trade table", async () => {
    const a = await ask("rank the 3 yellow sea gulf port areas by cargo tonnage in 2031");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Yantai 142 million tonnes; 2. Rizhao 96 million tonnes; 3. Weihai 63 million tonnes");
  });
});
