import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findEntities } from "../text/entities.js";
import { answersOver } from "./helpers/answerOver.js";

// An airport named by its city and then its district ("X Y International Airport") is the city's, and what it handles
// is counted in tonnes of cargo and mail. Made-up places' pairings and figures.

describe("an airport's cargo", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "airport.md": `---
title: "Airport cargo in 2031"
published: "2032-01-20"
---
Fuzhou Fuqing International Airport handled 310,400 tonnes of cargo and mail in 2031, up 7.7 percent.
`,
      "table.md": `---
title: "Airport cargo table, 2031"
published: "2032-02-20"
---
Cargo and mail throughput of major airports (tonnes)

| Airport | 2031 | 2030 | Change (%) |
|---|---|---|---|
| Nanchang Changbei | 181,200 | 170,000 | +6.6 |
| Hefei Xinqiao | 95,300 | 90,100 | +5.8 |
`,
    }));
  });
  afterAll(() => close());

  it("reads the district after the city in an airport's name as the airport's name, not a place of its own", () => {
    expect(findEntities("Fuzhou Fuqing International Airport handled").map((e) => e.text)).toEqual(["Fuzhou"]);
    expect(findEntities("fuzhou fuqing airport cargo").map((e) => e.text)).toEqual(["fuzhou"]);
    // (two places side by side with no airport after them stay two)
    expect(findEntities("Fuzhou Fuqing trade").length).toBe(2);
  });
  it("reads 'X airport cargo' as the tonnes the airport handled, with their growth", async () => {
    const a = await ask("fuzhou fuqing airport cargo 2031 + growth?");
    const values = a.figures.map((f) => f.value);
    expect(values).toContain(310400);
    expect(values).toContain(7.7);
  });
  it("takes a table row's tonnes as the cargo asked where the documents call it 'cargo and mail' (joined by 'and')", async () => {
    const a = await ask("nanchang changbei cargo throughput in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(181200);
  });
});
