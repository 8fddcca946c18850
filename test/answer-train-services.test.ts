import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHtml } from "../corpus/formats/html.js";
import { findNumbers } from "../text/numbers.js";
import { stem } from "../retrieval/figures/select.js";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A train service with a name of its own ("Hanxin trains") asked about without its city, the containers "they carried"
// asked in a second ask of the same question, and a page dated only by its byline. Made-up page and figures.
const PAGE = `<!DOCTYPE html><html><head><title>Inland port booms - Business</title></head><body>
<div class="container"><h1>Inland port booms</h1>
<p class="info">By Li Ming in Wuhan | Daily | Updated: 2019-12-03 08:15</p>
<p>WUHAN - A crane at the Wuhan rail port loads another train every morning, and the city's logistics firms say demand is still rising.</p>
<p>In the first 11 months of this year, 244 Hanxin trains left from or arrived at the port, according to the port's committee. They carried 19,870 twenty-foot equivalent units (TEUs) of containers and 175,100 tonnes of cargo.</p>
<p>The port's railway container yard handled 301,000 TEUs in the first 11 months, up 22.5 percent, most of it domestic cargo.</p>
</body></html>`;

describe("a page dated only by its byline", () => {
  it("is published that day", () => {
    expect(parseHtml(PAGE).meta.published).toBe("2019-12-03");
  });
});

describe("containers 'they carried' after trains were counted", () => {
  it("are counted in TEUs and carried by the trains", () => {
    expect(findNumbers("They carried 19,870 twenty-foot equivalent units (TEUs) of containers.")[0]?.unit).toBe("TEUs");
    const facts = factsOf("In 2031, 244 Hanxin trains left from or arrived at Wuhan. They carried 19,870 TEUs of containers. "
      + "Wuhan's container yard handled 301,000 TEUs.", { published: "2032-01-10" });
    expect(one(facts, 19870).qualifier).toMatch(/carried by trains/);
    expect(one(facts, 301000).qualifier ?? "").not.toMatch(/carried by trains/);
  });
  it("say what a question asks to 'carry'", () => {
    expect(stem("carried")).toBe(stem("carry"));
  });
});

describe("trains asked by their service's name", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "wuhan.html": PAGE });
  });
  afterAll(() => ask.close());
  it("are the city's, and a second ask of their containers keeps the place and the period", async () => {
    const a = await ask.ask("how many hanxin trains ran jan-nov 2019 and how many TEUs did they carry?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([244, 19870]));
    expect(a.figures.map((f) => f.value)).not.toContain(301000);
  });
});

const LINE = `---
title: "Border trade through the railway port"
published: "2032-01-24"
---
Yunnan's imports and exports fell 3.1 percent in 2031.

Goods carried by the China-Laos Railway across the Mohan port were worth 7.42 billion yuan, up 31.6 percent.
`;

describe("the goods carried by a named railway line", () => {
  let line: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { line = await answersOver({ "line.md": LINE }); }, 60_000);
  afterAll(() => line.close());
  it("are the line's, asked by its name ('value of goods on the china-laos railway, and the growth?')", async () => {
    const facts = factsOf(LINE.split("---")[2]!, { published: "2032-01-24" });
    expect(facts.find((f) => f.value === 7.42)).toMatchObject({ qualifier: "China-Laos Railway", measure: "amount" });
    const a = await line.ask("value of goods on the china-laos railway thru mohan in 2031, and the growth?");
    expect(a.figures.map((f) => f.value)).toEqual([7.42, 31.6]);
  });
  it("never answer the port's trade asked without the line", async () => {
    const a = await line.ask("mohan port trade with laos in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(7.42);
  });
});

const KNOWN_AS = `---
title: "Shaanxi's trade in 2031"
published: "2032-01-20"
---
Shaanxi's imports and exports rose 4.2 percent in 2031.

The China-Europe freight train service from Xi'an, known as the Hanlu trains, ran 2,140 trips last year, up 18.6 percent.
`;

describe("a train service its sentence names ('known as the X trains')", () => {
  let known: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { known = await answersOver({ "known.md": KNOWN_AS }); }, 60_000);
  afterAll(() => known.close());
  it("is that place's service, asked by its name beside the route's ('china-europe trips … the hanlu trains')", async () => {
    const a = await known.ask("How many China-Europe trips did the Hanlu trains make in 2031, and by how much did that rise?");
    expect(a.figures.map((f) => f.value).sort()).toEqual([18.6, 2140].sort());
  });
});
