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

const FAQ = `<html><head><title>Frequently Asked Questions</title><meta name="date" content="2032-02-10"></head><body>
<h1>Frequently Asked Questions about Karsdale port</h1>
<p>Karsdale is the largest land port on the border with Canada.</p>
<h3>1. What does the port trade?</h3>
<p>The main imports are nickel, zinc ore, potash and borax from Canada, together with cotton and wool from Peru carried in transit by rail. The main exports are tiles, glassware and furniture for Canada.</p>
<p>Imports of beef from Canada rose 12.1 percent to 41,200 tonnes, worth 1.66 billion yuan.</p>
</body></html>
`;

const PROVINCE = `---
title: "Vellmar's trade in the first three quarters of 2033"
published: "2033-10-21"
---
Vellmar's imports and exports rose 2.9 percent to 211.4 billion yuan in the first three quarters of 2033.

Grain imports from Argentina, mainly maize, sorghum and barley, climbed 14.2 percent to 2.35 million tonnes, while timber imports fell 6.1 percent to 1.18 million cubic metres.
`;

const INTERVIEW = `Interview: Vellmar's free port two years on
Vellmar Daily, March 3, 2034

Ma Tian: Mr. Qu, the duty-free lists are the policy people ask about most. How are they working?

Qu Yiran: There are three lists. The first, for seeds and fertilisers, took effect on May 1, 2032; the second, for fishing boats and engines, on July 15, 2032; and the third, for medical devices, on January 9, 2033. Firms that qualify import those goods free of duty.
`;

const SHOP = `---
title: "Karsdale duty-free mall passes 600 million yuan"
published: "2035-11-02"
---
Shoppers have spent 612.4 million yuan at the Karsdale duty-free mall since it opened in March this year, the city's customs said on Monday.

Perfume was the best seller, taking 27.3 percent of sales, followed by sunglasses with 19.6 percent and wallets with 11.2 percent. Toys and pens made up most of the rest.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "dunmore.html": PORT, "faq.html": FAQ, "vellmar.md": PROVINCE, "interview.txt": INTERVIEW, "shop.md": SHOP }); });
afterAll(async () => over.close());

describe("a port's main goods", () => {
  it("names the list said to be the port's main imports, not 'Imports and exports through …'", async () => {
    const a = await over.ask("what were dunmore's main imports in h1 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Copper, wool, rubber and salt:/);
  });

  it("names what a place mainly imports from a partner, not a figure of one good from it", async () => {
    const a = await over.ask("what does karsdale mainly import from canada?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name nickel, zinc ore, potash and borax:/);
  });

  it("names the goods of a kind asked before the verb ('what grain did X import'), not the kind's figures", async () => {
    const a = await over.ask("what grain did vellmar import from argentina in jan-sep 2033?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name maize, sorghum and barley:/);
  });
});

describe("things counted one by one", () => {
  it("names the lists a sentence counts 'the first, for A, …; the second, for B, …'", async () => {
    const a = await over.ask("what are vellmar's three duty-free lists?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name seeds and fertilisers, fishing boats and engines and medical devices:/);
  });

  it("names none when the question counts more than the sentence does", async () => {
    const a = await over.ask("what are vellmar's four duty-free lists?");
    expect(a.answer).not.toMatch(/^The documents name/);
  });
});

describe("best sellers in order", () => {
  it("names the best seller and those that followed it, not passages that name none", async () => {
    const a = await over.ask("karsdale duty-free mall: best selling categories?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Perfume, sunglasses and wallets:/);
  });
});
