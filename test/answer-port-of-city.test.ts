import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { portOfPlace } from "../text/zones.js";

// A port named after the city it serves ("X railway port", "X-Y port") counts what the city's port counts: a question
// about the city's trains or tonnes takes the port's figure and the other way round; never its trade, which is the
// city's or the port's own. Made-up figures; the places are the gazetteer's.
describe("a port named after its city", () => {
  it.each([
    ["zone:Suifenhe railway port", "city:suifenhe"],
    ["city:suifenhe", "zone:Suifenhe railway port"],
    ["zone:Yingkou-Dalian port", "city:yingkou"],
    ["zone:Yingkou port area", "city:yingkou"],
  ])("%s stands for %s in what a port counts", (a, b) => {
    expect(portOfPlace(a, b)).toBe(true);
  });
  it.each([
    ["zone:Suifenhe railway port", "city:dalian"],
    ["zone:Suifenhe Comprehensive Bonded Zone", "city:suifenhe"],
    ["city:suifenhe", "city:yingkou"],
    ["zone:Old Suifenhe port", "city:suifenhe"],
    ["zone:Suifenhe Bonded Port Area", "city:suifenhe"],
  ])("%s does not stand for %s", (a, b) => {
    expect(portOfPlace(a, b)).toBe(false);
  });
});

const PORT = `---
title: "Freight trains through the Suifenhe railway port in 2031"
published: "2032-01-12"
---
The Suifenhe railway port handled 2,140 China-Europe freight train trips in 2031, up 8.2 percent, carrying 198,000 TEUs.

Foreign trade through the Suifenhe railway port reached 31.2 billion yuan.
`;

describe("answers about a port's city", () => {
  let asker: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { asker = await answersOver({ "port.md": PORT }); });
  afterAll(async () => { await asker.close(); });

  it("takes the port's trips for the city's", async () => {
    const a = await asker.ask("how many china-europe freight train trips went through suifenhe in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(2140);
  });
  it("never takes the port's trade for the city's (though it answers the port's own)", async () => {
    const own = await asker.ask("how much foreign trade went through the suifenhe railway port in 2031?");
    expect(own.figures.map((f) => f.value)).toContain(31.2);
    const a = await asker.ask("suifenhe total foreign trade in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(31.2);
  });
});
