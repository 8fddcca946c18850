import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A zone's total stated beside its parks' rows: ranking the parks never lists the zone itself, whose figure is the sum
// of theirs. Made-up figures.
const REPORT = `
# Hefei Economic and Technological Development Zone: 2031 Annual Report (foreign trade chapter)

Published 2032-03-10

In 2031 the Hefei Economic and Technological Development Zone (Hefei ETDZ) recorded total imports and exports of 50.0 billion yuan, an increase of 6.2 percent over 2030.

## Trade by park

| Park | Trade (billion yuan) | Year on year | Share of zone |
|---|---|---|---|
| Hefei Comprehensive Bonded Zone | 18.50 | +9.1% | 37.0% |
| Auto Parts Industrial Park | 14.00 | +4.0% | 28.0% |
| Display Industrial Park | 10.50 | +12.3% | 21.0% |
| Logistics Park | 7.00 | +1.5% | 14.0% |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hefei-etdz.md": REPORT });
}, 60_000);
afterAll(() => over.close());

describe("the parks of a zone, ranked", () => {
  it("ranks the parks, not the zone whose total is their sum", async () => {
    const a = await over.ask("top 3 parks of the hefei etdz by trade in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value).slice(0, 3)).toEqual([18.5, 14, 10.5]);
    // (the whole is said beside the ranking as what the parks add up to, never ranked first)
    expect(a.answer).toMatch(/1\. Hefei Comprehensive Bonded Zone/);
    expect(a.answer).toMatch(/50 billion yuan in all/);
  });
});

// A services table whose whole the question names before the items it lists: the whole is the scope, no item, and an
// item no figure is found for is said missing. Made-up figures.
const SERVICES = `
# Lanxi's trade in services, 2031

Published 2032-02-18

Lanxi's trade in services reached 412.6 billion yuan in 2031, up 5.5 percent.

| Category | Value (billion yuan) | Change (%) |
|---|---|---|
| Travel | 151.2 | 2.1 |
| Transport | 98.4 | 3.9 |
| Charges for the use of intellectual property | 21.7 | 14.2 |
| Financial services | 12.3 | 8.8 |
`;

describe("the items of a whole the question names first, ranked", () => {
  let services: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    services = await answersOver({ "lanxi-services.md": SERVICES });
  }, 60_000);
  afterAll(() => services.close());
  it("never ranks the whole, and names an item it has no figure for", async () => {
    const a = await services.ask("lanxi services trade 2031 - rank travel, transport, computer services and IP charges by value");
    expect(a.figures.map((f) => f.value)).not.toContain(412.6);
    expect(a.abstained).toBe(true);
    const b = await services.ask("lanxi services trade 2031 - rank travel, transport and IP charges by value");
    expect(b.figures.map((f) => f.value)).toEqual([151.2, 98.4, 21.7]);
  });
});
