import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { sameGoods } from "../text/subjects.js";
import { answersOver } from "./helpers/answerOver.js";

// Look-ups of goods, quantities and ports: what goods cost, cars counted as vehicles, a port's cargo and its
// foreign-trade part, the trade a customs office cleared beside the city's own, a terminal named on its own.
// Made-up figures.

describe("reading questions on goods and ports", () => {
  it("asks an amount with 'what did it cost', not with 'cost per tonne'", () => {
    expect(parseQuestion("qinzhou coal imports in 2031 - how many tonnes and what did it cost?").measures)
      .toEqual(expect.arrayContaining(["count", "amount"]));
    expect(parseQuestion("qinzhou coal imports in 2031: cost per tonne?").measures).not.toContain("amount");
  });
  it("asks tonnes of 'how much cargo' and of 'foreign trade cargo', no amount", () => {
    expect(parseQuestion("how much cargo did beihai port handle in 2031?").measures).toEqual(["count"]);
    expect(parseQuestion("beihai port cargo throughput 2031, and how much of it was foreign trade cargo?").measures)
      .toEqual(["count"]);
    expect(parseQuestion("how much did chongqing trade via freight trains in 2031?").measures).toContain("amount");
  });
  it("takes cars, automobiles and vehicles as one goods", () => {
    expect(sameGoods("vehicles", "automobiles")).toBe(true);
    expect(sameGoods("electric vehicles", "automobiles")).toBe(false);
  });
});

const PORT = `---
title: "Beihai port passes 60 million tonnes"
published: "2032-01-21"
---
BEIHAI, Jan. 20 -- Beihai port on the southern coast of the Guangxi Zhuang autonomous region handled 61.2 million tonnes of cargo in 2031, up 15.9 percent from 2030. Foreign trade cargo accounted for 38.6 million tonnes, or 63.1 percent of the total.

Beihai Customs said the value of goods it cleared in 2031, most of them imports unloaded at the port for refineries across Guangxi, Guizhou and Yunnan, reached 18.6 billion U.S. dollars, up 32.1 percent. The city's own imports and exports were much smaller: Beihai's foreign trade came to 4.94 billion dollars, up 16.7 percent.

The city brought in 12.4 million tonnes of crude oil in 2031, 8.2 percent more than a year earlier, and paid 5.37 billion dollars for it, up 19.5 percent.
`;

const CARS = `---
title: "Nanjing trade up as firms look inland"
published: "2031-06-16"
---
Nanjing's imports and exports reached 12.5 billion U.S. dollars in the first five months of this year, up 11.2 percent year on year.

Officials said at least 12 trading firms had moved some of their work to inland parks since last year.

Automobile exports were a bright spot. The city's car makers shipped 8,400 vehicles abroad worth 131 million dollars, up 22.4 percent.

Lanqiao port, Nanjing's main container terminal, handled 412,000 TEUs in the five months, up 8.1 percent.
`;

describe("answers on goods and ports", () => {
  let port: Awaited<ReturnType<typeof answersOver>>;
  let cars: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    port = await answersOver({ "port.md": PORT });
    cars = await answersOver({ "cars.md": CARS });
  }, 60_000);
  afterAll(async () => { await port.close(); await cars.close(); });
  const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

  it("give the tonnes of goods and what they cost", async () => {
    const a = await port.ask("beihai crude oil imports in 2031 - how many tonnes and what did it cost?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([12.4, 5.37]));
  });
  it("give a port's cargo throughput and its foreign trade part, never the trade's value", async () => {
    const a = await port.ask("beihai port cargo throughput 2031, and how much of it was foreign trade cargo?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([61.2, 38.6]));
    expect(values(a)).not.toContain(4.94);
  });
  it("give the trade a customs office cleared beside the city's own", async () => {
    const a = await port.ask("beihai 2031: value of goods cleared by beihai customs vs the city's own foreign trade?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([18.6, 4.94]));
    // (the city's own trade asked alone is never the cleared total)
    expect(values(await port.ask("beihai foreign trade 2031?"))).not.toContain(18.6);
  });
  it("give the cars a city exported, counted as vehicles, in the text's period, with their value", async () => {
    const a = await cars.ask("how many cars did nanjing export jan-may 2031 and what were they worth");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([8400, 131]));
  });
  it("give a terminal's count asked by its own name, and not as the city's whole", async () => {
    const a = await cars.ask("lanqiao port container throughput jan-may 2031?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toContain(412000);
    expect(values(await cars.ask("nanjing container throughput jan-may 2031?"))).not.toContain(412000);
  });
});
