import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { figuresNameNone } from "../retrieval/namedItems.js";
import type { Fact } from "../text/terms.js";

// A list of names asked ("main high-tech export items?", "main markets for its farm exports?", "who spoke at the
// presser?") is answered with the names it asks, or abstains: never with figures or a quote that names none. Made-up
// articles (no evaluation set's place, person or number).

const CITY = `---
title: "Qingyuan's 2012 foreign trade rises on electronics and farm goods"
published: "2013-01-20"
---
Qingyuan's foreign trade rose 12.7 percent to 8.41 billion US dollars in 2012.

Exports of high-tech products reached 2.13 billion US dollars, up 18.2 percent, and accounted for 41.6 percent of the city's exports. Tablets, smart watches and drones were the main high-tech export items.

The city exported 3.92 billion yuan of agricultural products in 2012, up 6.3 percent. Singapore, Malaysia and Canada were the main markets. Mushrooms were the largest item, with exports of 1.11 billion yuan.

Exports of mechanical products grew 9.4 percent to 1.87 billion US dollars.
`;

const SHARES = `---
title: "Zhaoqing's makers lead the country in two export lines in 2012"
published: "2013-02-02"
---
In 2012 Zhaoqing's exports of ceramic tiles were nearly 40 percent of the national total, and its exports of electric fans were more than 60 percent of its own total.
`;

const PRESSER = `Transcript of the press conference on Qingyuan's foreign trade in 2012
Information Office of Qingyuan
Qingyuan, January 21, 2013

Zhao Lan (host, spokeswoman of the Information Office of Qingyuan): Good morning. With us today are Mr. Feng Tao, deputy director of Qingyuan Customs, and Ms. Gu Ping, deputy director of the city's commerce bureau.

Feng Tao: Thank you. Qingyuan's foreign trade rose 12.7 percent in 2012.

Gu Ping: Thank you. The city will open two more export bases this year.

Qingyuan Daily reporter: What drove farm exports?

Mo Jian, general manager of Qingyuan Farm Trading Co.: Demand for mushrooms in Singapore grew strongly.

Zhao Lan: Thank you all.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "city.md": CITY, "presser.txt": PRESSER, "shares.md": SHARES }); });
afterAll(async () => over.close());

describe("a list of names asked", () => {
  it("names the items of a kind asked after the place and year, several words long ('main high-tech export items')", async () => {
    const a = await over.ask("qingyuan 2012 main high-tech export items?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Tablets, smart watches and drones:/);
  });

  it("names the markets of a kind of goods, not the goods' figures", async () => {
    const a = await over.ask("main markets for qingyuan's agricultural exports in 2012?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Singapore, Malaysia and Canada:/);
  });

  it("abstains when only the goods' figures are found, no markets", async () => {
    const a = await over.ask("main markets for qingyuan's mechanical exports in 2012?");
    expect(a.abstained, a.answer).toBe(true);
    expect(a.answer).not.toMatch(/1\.87/);
  });

  it("keeps the figures of several goods a look-up of products asks ('export big shares of'): they name them", async () => {
    const a = await over.ask("what products did zhaoqing export big shares of in 2012?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/ceramic tiles/);
    expect(a.answer).toMatch(/electric fans/);
  });

  it("names every speaker a transcript labels, the host labelled with a role too, never a reporter", async () => {
    const a = await over.ask("who spoke at qingyuan's jan 2013 presser on 2012 trade?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The transcript names Zhao Lan, Feng Tao, Gu Ping and Mo Jian as speakers:/);
    expect(a.answer).not.toMatch(/names[^:]*Daily/);
  });

  it("quotes the sentence that introduces each speaker with a title once, never a 'Thank you.' as what they said", async () => {
    const a = await over.ask("who spoke at qingyuan's jan 2013 presser on 2012 trade?");
    expect(a.answer).toContain("With us today are Mr. Feng Tao, deputy director of Qingyuan Customs");
    expect(a.answer.match(/With us today/g)).toHaveLength(1);
    expect(a.answer).not.toContain("Thank you");
  });
});

describe("figures that name none of the asked things", () => {
  const fact = (extra: Partial<Fact>): Fact => ({ id: "f", docId: "d", passageId: "p", start: 0, end: 1, valueStart: 0,
    valueEnd: 1, entity: "zhaoqing", metric: "exports", measure: "share", value: 40, unit: "%", scale: 1, ...extra } as Fact);
  it("figures of several goods name them; of one, none", () => {
    expect(figuresNameNone([fact({ qualifier: "ceramic tiles" }), fact({ qualifier: "electric fans" })], "products")).toBe(false);
    expect(figuresNameNone([fact({ qualifier: "farm products" }), fact({ qualifier: "farm products" })], "products")).toBe(true);
  });
  it("markets are named only by figures of several partners", () => {
    expect(figuresNameNone([fact({ qualifier: "farm products" }), fact({ qualifier: "farm goods" })], "markets")).toBe(true);
    expect(figuresNameNone([fact({ partner: "canada" }), fact({ partner: "malaysia" })], "markets")).toBe(false);
  });
});

describe("a list fact names its items", () => {
  it("never calls figures of a list fact nameless, markets asked or not", () => {
    const listed = { id: "f", docId: "d", passageId: "p", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "zhaoqing",
      items: ["Peru", "Chile"], metric: "trade", measure: "listed", value: null, unit: "", scale: 1 } as unknown as Fact;
    expect(figuresNameNone([listed], "countries")).toBe(false);
  });
});
