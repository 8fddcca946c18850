import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Lists of goods asked of a port or province ("main imports", "what does X mainly import", "what grain did X import"):
// answered with the list that names them, never with a pair of flows or another list; made-up articles (no evaluation
// set's place, person or number).

const PORT = `<html><head><title>Dunmore port trade up 4.1% in first half</title>
<meta name="date" content="2031-07-20"></head><body>
<h1>Dunmore port trade up 4.1% in first half</h1>
<p>DUNMORE -- Imports and exports through Dunmore, the region's busiest land port, were worth 3.17 billion U.S. dollars in the first half of this year, up 4.1 percent year-on-year, Dunmore Customs said on Friday.</p>
<p>Exports rose 9.2 percent to 1.12 billion dollars. Copper, wool, rubber and salt were the port's main imports. Copper imports rose 2.6 percent to 318,000 tonnes.</p>
<p>On the export side, apples and onions rose 7.7 percent to 215,000 tonnes.</p>
</body></html>
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "dunmore.html": PORT }); });
afterAll(async () => over.close());

describe("a port's main goods", () => {
  it("names the list said to be the port's main imports, not 'Imports and exports through …'", async () => {
    const a = await over.ask("what were dunmore's main imports in h1 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Copper, wool, rubber and salt:/);
  });
});
