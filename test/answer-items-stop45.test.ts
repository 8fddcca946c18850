import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Shapes of "which things …" questions met in stop 45, over made-up articles (no evaluation set's place, person or
// number): "what are the 'X' products …" asks the members of the quoted term; cities and ports abroad a route reaches
// ("routes reaching A, B and C", "a service calling at A and B", "trains now reach A, B and C", "services to A in X, …");
// "A was the largest supplier, …, followed by B with … and C with …"; "which countries supplied X" asks where imports came
// from, never the buyers of exports.

const TERMS = `---
title: "Qiandong's foreign trade in the first half of 2031"
published: "2031-07-18"
---
Qiandong's foreign trade rose 3.4 percent to 212.6 billion yuan in the first half of 2031.

The "big two" products -- hydrogen trucks and sodium cells -- led the growth, customs said.

Demand rose for the "big two" products made in Lanshan, Dunmore and Qiaodu.

Exports of hydrogen trucks rose 44.1 percent to 5.2 billion yuan.

Exports of the "twin engines" products, that is robot arms and drone parts, came to 9.62 billion yuan.
`;

const ROUTES = `---
title: "Lanshan airport and port open new routes in 2031"
published: "2031-11-20"
---
Cargo through Lanshan airport rose 18.2 percent to 412,000 tonnes in the first ten months of 2031.

The airport now runs nine international cargo routes, reaching Varnholm, Teskaly, Oporavia, Singapore and Brevik.

In May the port opened two container routes: a Gulf service calling at Mirabad and Qasr Dalim, and a Baltic service to Ostrova.

Freight trains from Lanshan now reach Kellmark, Dornbach and Zuvena, among other European cities.

The port opened direct services to Pelago in Nigeria, Ravena in Brazil and Sintra Nova in Chile.
`;

const SUPPLIERS = `---
title: "Dunmore's ore imports and metal exports in 2031"
published: "2032-01-30"
---
Dunmore imported 3.2 million tonnes of nickel ore in 2031, up 8.8 percent.

Exports of nickel products such as wire and plate rose 6.1 percent to 2.4 billion yuan, with Finland, Latvia and Estonia the main buyers.

Norway was Dunmore's largest supplier of ore, shipping 1.4 million tonnes, followed by Portugal with 0.9 million tonnes and Greece with 0.5 million tonnes.

Iceland was the largest destination for its turbines, taking 41 sets, followed by Ireland with 22 sets and Cyprus with 9 sets.
`;

const GREEN = `---
title: "Dunmore's exports in the first half of 2031"
published: "2031-07-20"
---
Dunmore's exports rose 6.2 percent to 88.1 billion yuan in the first half of 2031.

Green goods, above all hydrogen trucks, sodium cells and smart meters, have become a new source of export growth for the city. Exports of these "big three" products reached 3.1 billion yuan, a marked rise.
`;

// (a .txt whose one-word heading stands on a line of its own over the paragraph)
const HEADED = `Dunmore bag makers ride e-commerce wave

DUNMORE, Oct 20, 2031 -- Bag exports from Dunmore reached 2.41 billion yuan in the first three quarters of 2031, up 9.3 percent.

Buyers

Norway remained the largest buyer of Dunmore-made bags, followed by Chile and Peru. Brazil and Mexico ranked fourth and fifth respectively.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "terms.md": TERMS, "routes.md": ROUTES, "suppliers.md": SUPPLIERS, "green.md": GREEN, "headed.txt": HEADED }); });
afterAll(async () => over.close());

describe("the members of a quoted term", () => {
  it("reads \"what are the 'X' products the report mentions\" as the term's members", async () => {
    const a = await over.ask("what are the 'big two' products mentioned for qiandong h1 2031");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name hydrogen trucks and sodium cells:/);
  });

  it("reads 'what counts as the X' from a term joined to its list by 'products, that is'", async () => {
    const a = await over.ask("what counts as the 'twin engines' in qiandong's h1 2031 report?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/robot arms and drone parts/);
  });
  it("leaves \"what were the 'X' products worth\" to the figures", async () => {
    const { asksForItems } = await import("../retrieval/namedItems.js");
    expect(asksForItems("what were the 'big two' products worth in h1 2031?")?.term).toBeUndefined();
    expect(asksForItems("what were the 'big two' qiandong exported in h1 2031 and their values")?.term).toBeUndefined();
    expect(asksForItems("what are the 'big two' products qiandong reported?")?.term).toBe("big two");
    // (a term of no goods may be defined in clauses, not a list: its definition is the explanation's)
    expect(asksForItems("what are the 'two corridors' in qiandong's 2031 work report?")?.term).toBeUndefined();
  });
});

describe("a quoted term defined by the sentence before it", () => {
  it("answers \"what are the 'X' products\" with the sentence that names them before 'these X products'", async () => {
    const a = await over.ask('what are the "big three" products in dunmore\'s exports?');
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/hydrogen trucks, sodium cells and smart meters/);
  });
});

describe("cities and ports abroad that routes reach", () => {
  const named = async (q: string) => {
    const a = await over.ask(q);
    expect(a.abstained, a.answer).toBe(false);
    return a.answer;
  };

  it("names the cities after 'routes, reaching …', a city-state among them", async () => {
    expect(await named("which asian cities does lanshan airport fly cargo to?"))
      .toMatch(/^The documents name Varnholm, Teskaly, Oporavia, Singapore and Brevik:/);
  });

  it("names the ports a service calls at", async () => {
    expect(await named("lanshan opened container routes in may 2031 - which ports do they call at"))
      .toMatch(/^The documents name Mirabad and Qasr Dalim:/);
  });

  it("names the cities trains reach", async () => {
    expect(await named("which european cities do lanshan's freight trains reach?"))
      .toMatch(/^The documents name Kellmark, Dornbach and Zuvena:/);
  });

  it("names the destinations of services 'to A in X, B in Y …'", async () => {
    expect(await named("which destinations do lanshan port's direct services go to?"))
      .toMatch(/^The documents name Pelago in Nigeria, Ravena in Brazil and Sintra Nova in Chile:/);
  });
});

describe("the leader and those that followed it", () => {
  it("reads 'A was the largest supplier, …, followed by B with … and C with …' as a list of three", async () => {
    const { findEnumerations } = await import("../text/enumerations.js");
    const [e] = findEnumerations("Norvania was Dunmore's largest supplier of ore, shipping 1.4 million tonnes, followed by "
      + "Tarsis with 0.9 million tonnes and Quelland with 0.5 million tonnes.");
    expect(e?.items.map((i) => i.name)).toEqual(["Norvania", "Tarsis", "Quelland"]);
    // (a heading run into the sentence is no part of the leader's name)
    const [h] = findEnumerations("Buyers Norway remained the largest market for the bags, followed by Chile and Peru.");
    expect(h?.items.map((i) => i.name)).toEqual(["Norway", "Chile", "Peru"]);
  });

  it("goes on with the places the next sentence ranks, under a heading read into the sentence", async () => {
    const a = await over.ask("top 5 markets for dunmore bags in q1-q3 2031 in order");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Norway, Chile, Peru, Brazil and Mexico:/);
  });

  it("names the countries that supplied the goods, not the buyers of the exports", async () => {
    const a = await over.ask("which countries supplied nickel ore to dunmore in 2031");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Norway, Portugal and Greece:/);
  });

  it("names the countries that bought goods, the leader first", async () => {
    const a = await over.ask("which countries bought dunmore's turbines in 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Iceland, Ireland and Cyprus:/);
  });

  it("ends a list's last item before 'took' and 'last year'", async () => {
    const { findEnumerations } = await import("../text/enumerations.js");
    const [e] = findEnumerations("Buyers in Norvania, Tarsis and Quelland took 40.1 percent of the exports.");
    expect(e?.items.map((i) => i.name)).toEqual(["Norvania", "Tarsis", "Quelland"]);
    const [d] = findEnumerations("The firm delivered trams to Norvania, Tarsis and Quelland last year.");
    expect(d?.items.map((i) => i.name)).toEqual(["Norvania", "Tarsis", "Quelland"]);
  });
});
