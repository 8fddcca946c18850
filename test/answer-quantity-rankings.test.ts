import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Rankings by a quantity of no flow (boxes, trips): the figures of whichever flow the text states them in, the ports of
// a table whose headline names no owner, and the province-level cities among the cities. Made-up articles.

const PORTS = `---
title: "River ports along the canal post record box volumes"
published: "2031-02-10"
---
Ports along the canal handled more containers than ever in 2030, according to the navigation bureau.

Container throughput of the main ports in 2030:

| Port | Province | Container throughput (10,000 TEU) | Growth (%) |
|---|---|---|---|
| Zhenjiang | Jiangsu | 40.2 | 6.1 |
| Yangzhou | Jiangsu | 77.5 | 3.4 |
| Gaogang (Taizhou) | Jiangsu | 61.3 | 12.0 |
| Changzhou | Jiangsu | 22.8 | -1.5 |

Foreign trade containers at Yangzhou port totaled 0.31 million TEUs.
`;

const TRIPS = `---
title: "Freight trains to Europe, 2031"
published: "2032-01-15"
---
Tianjin's service ran 310 trips in 2031. Xi'an ran 205 trips in 2031, Hefei 144 trips and Lanzhou 98 trips.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "ports.md": PORTS, "trips.md": TRIPS }); });
afterAll(async () => over.close());

describe("ports of a province ranked by a quantity, from a table whose headline names no place", () => {
  it("ranks the table's rows within the province, its port of its own among its cities' rows", async () => {
    const a = await over.ask("top 3 jiangsu ports by container throughput in 2030, in order");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Yangzhou 775 thousand teu; 2\. Gaogang[^;]* 613 thousand teu; 3\. Zhenjiang 402 thousand teu/i);
    // (the foreign-trade boxes of one port are no row of the table)
    expect(a.answer).not.toMatch(/0\.31/);
  });
});

describe("cities ranked by a count of no flow", () => {
  it("ranks the trips of every city, a province-level one among them", async () => {
    const a = await over.ask("rank the cities by number of freight train trips in 2031");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Tianjin 310 trips; 2\. Xi'an 205 trips; 3\. Hefei 144 trips; 4\. Lanzhou 98 trips/);
  });
});
