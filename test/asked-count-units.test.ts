import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUnitsAsked, unitsUnsaid } from "../retrieval/askedParts.js";
import { answersOver } from "./helpers/answerOver.js";

// Counts asked in two units ("trips and TEU"): each a part, never given by a figure in the other unit. Made-up article.
describe("countUnitsAsked", () => {
  it("reads the units after 'how many' and 'number of', and a unit joined to another", () => {
    expect(countUnitsAsked("how many trips did the trains make in 2031, and how many TEU did they carry?"))
      .toEqual(["trips", "TEU"]);
    expect(countUnitsAsked("the rail line in 2031: number of trips and teus carried?")).toEqual(["trips", "TEU"]);
    expect(countUnitsAsked("tonnes and trips, 2031?")).toEqual(["tonnes", "trips"]);
  });
  it("reads nothing for a count in one unit, or a count beside a value", () => {
    expect(countUnitsAsked("how many tonnes did the bridge carry in 2031?")).toEqual([]);
    expect(countUnitsAsked("how many cars did it export in 2031 and what were they worth?")).toEqual([]);
  });
});

describe("unitsUnsaid", () => {
  it("names the unit no given text says", () => {
    const q = "how many trips did the trains make in 2031, and how many TEU did they carry?";
    expect(unitsUnsaid(q, ["trips"])).toEqual(["the number of TEU"]);
    expect(unitsUnsaid(q, ["The trains made 812 trips carrying 70,400 TEU."])).toEqual([]);
  });
});

const ARTICLE = `---
title: "Lanzhou freight trains in 2031"
published: "2032-01-12"
---
LANZHOU -- The city's China-Europe freight trains made 812 trips in 2031, up 9.4 percent, the port office said.

Officials said new routes to the Caspian Sea opened in the autumn.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "lanzhou.md": ARTICLE }); });
afterAll(async () => over.close());

describe("a count asked in two units", () => {
  it("with a figure in one unit only, abstains as partial (the figure shown, never passed off as the whole answer)",
    async () => {
      const a = await over.ask("how many trips did lanzhou freight trains make in 2031 and how many teu did they carry?");
      expect(a.answer).toMatch(/812/);
      expect(a.abstained, a.answer).toBe(true);
    });
  it("while a count asked in one unit is answered whole", async () => {
    const a = await over.ask("lanzhou freight trains 2031 - how many trips?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/812/);
  });
});
