import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A count of goods and their value given in the next sentence, which names them again ("The export value rose …", "The
// cars were worth …"), and a year counted from a launch ("in its first year") asked with no calendar period: only a
// sentence that says it is the first year answers. Made-up places and figures.

describe("the value of counted goods in the sentence after the count", () => {
  it("reads 'The export value rose …' as the counted goods' exports", () => {
    const facts = factsOf("The city exported 7,420 tonnes of tea in 2031, up 5.1 percent year-on-year. The export value "
      + "rose 12.2 percent to 318 million yuan.", { title: "Zigong 2031" });
    const f = one(facts, 318);
    expect([f.metric, f.measure, f.subject]).toEqual(["exports", "amount", "tea"]);
  });
  it("reads 'The cars were worth …' after a count of automobiles as the automobiles' exports", () => {
    const facts = factsOf("Zigong exported 1.32 million automobiles in 2031, ranking first among all cities. The cars were "
      + "worth 98.4 billion yuan, up 21.6 percent.", { title: "Zigong 2031" });
    const f = one(facts, 98.4);
    expect([f.metric, f.measure, f.subject]).toEqual(["exports", "amount", "automobiles"]);
  });
  it("leaves other goods named after the count to no one's exports", () => {
    const facts = factsOf("The city exported 7,420 tonnes of tea in 2031. The machines were worth 3.1 billion yuan.",
      { title: "Zigong 2031" });
    expect(one(facts, 3.1).subject).toBeUndefined();
  });
});

const ZONE_NOW = `---
title: "Zigong bonded zone in 2031"
published: "2032-01-18"
---
The Zigong Comprehensive Bonded Zone registered 2,140 new enterprises in 2031, up 8.2 percent.
`;

describe("a zone's first year, asked", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "now.md": ZONE_NOW });
  });
  afterAll(() => ask.close());
  it("is not answered by a figure of another, dated year", async () => {
    const a = await ask.ask("how many new enterprises did the zigong comprehensive bonded zone register in its first year?");
    expect(a.figures.map((f) => f.value)).not.toContain(2140);
    expect(a.abstained).toBe(true);
  });
  it("leaves a question naming the calendar year to that year's figure", async () => {
    const a = await ask.ask("how many new enterprises did the zigong comprehensive bonded zone register in its first year, 2031?");
    expect(a.figures.map((f) => f.value)).toContain(2140);
  });
});

describe("a tea exporter's count and value, asked together", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "tea.md": `---\ntitle: "Zigong tea exports in 2031"\npublished: "2032-01-18"\n---\n`
      + "Zigong exported 7,420 tonnes of tea in 2031, up 5.1 percent year-on-year. The export value rose 12.2 percent to "
      + "318 million yuan.\n" });
  });
  afterAll(() => ask.close());
  it("gives the tonnes and the value", async () => {
    const a = await ask.ask("how many tonnes of tea did zigong export in 2031 and what was it worth?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([7420, 318]));
  });
});

describe("goods named with a time after them, and goods a compound name also holds", () => {
  it("reads 'exported 31,200 vehicles last year, up 41.2 percent' as the vehicles' change, no 'vehicles last year'", () => {
    const facts = factsOf("Zigong, an auto base in southern Sichuan, exported 31,200 vehicles last year, up 41.2 percent from "
      + "a year earlier, local customs said.", { title: "Zigong 2031", published: "2032-01-10" });
    expect(one(facts, 41.2).subject).toBe("vehicles");
  });
  it("finds 'cars' asked as the stored 'car', not as 'cars and car parts'", async () => {
    const { subjectFinder } = await import("../text/subjects.js");
    expect(subjectFinder(["cars and car parts", "car"])("how many cars did it export?")).toEqual(["car"]);
    expect(subjectFinder(["cars and car parts"])("how many cars did it export?")).toEqual(["cars and car parts"]);
  });
});
