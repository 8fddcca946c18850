import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "ports in the X customs district ranked by value cleared": the cities a made-up district review lists in its table
// of ports, each the city's port, ranked by the value column (not the tonnage), the district's own total left out.

const REVIEW = `---
title: "Xiamen Customs District - 2031 Annual Review"
published: "2032-01-25"
---
In 2031 the imports and exports of the Xiamen Customs district reached 980.4 billion yuan, up 6.2 percent.

Cargo throughput and the value of goods cleared at each port are shown below.

| Port | Mn tonnes | Bn yuan | Throughput yoy % |
|---|---|---|---|
| Xiamen | 230.5 | 512.3 | 2.1 |
| Fuzhou | 310.2 | 120.6 | 4.4 |
| Quanzhou | 140.8 | 88.1 | 1.2 |
| Zhangzhou | 60.4 | 95.5 | 7.9 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "review.md": REVIEW }));
});
afterAll(() => close());

describe("a customs district's ports ranked", () => {
  it("ranks the ports of the district's table by the value cleared", async () => {
    const a = await ask("ports in the xiamen customs district 2031 ranked by value of goods cleared?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Xiamen 512.3 billion yuan; 2. Fuzhou 120.6 billion yuan; 3. Zhangzhou 95.5 billion yuan; "
      + "4. Quanzhou 88.1 billion yuan");
    expect(a.answer).not.toContain("980.4");
  });
});
