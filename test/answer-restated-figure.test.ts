import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinedRouteNames } from "../text/routes.js";
import { answersOver } from "./helpers/answerOver.js";

// A figure stated twice, in the headline and in the body: the question's words ("railway express") are said only
// around the body's statement. Made-up page and figures.
const PAGE = `---
title: "Freight trains busier last year"
published: "2032-01-12"
---
Ganzhou's China-Europe freight trains make 517 trips last year

The China-Europe Railway Express (Ganzhou) made 517 trips last year, up 21.4 percent from the previous year, the city's port authorities said.

The trains carried 46,300 twenty-foot equivalent units (TEUs) of cargo, an increase of 30.2 percent.
`;

describe("a figure stated in the headline and again in the body", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { ask = await answersOver({ "trains.md": PAGE }); }, 60_000);
  afterAll(() => ask.close());
  it("answers a question in the body's words ('the ganzhou china europe railway express')", async () => {
    const a = await ask.ask("how many trips did the ganzhou china europe railway express make in 2031 and how many TEU did it carry");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([517, 46300]));
  });
  it("still abstains when neither statement says the question's words", async () => {
    const a = await ask.ask("how many trips did the ganzhou night express make in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(517);
  });
});

describe("a route's name typed without its hyphen", () => {
  it("is spelled as texts write it before a service word", () => {
    expect(joinedRouteNames("how many china europe railway express trips")).toBe("how many china-europe railway express trips");
    expect(joinedRouteNames("china central asia freight trains?")).toBe("china-central asia freight trains?");
  });
  it("leaves the service's own words and other text alone", () => {
    expect(joinedRouteNames("how many china freight trains")).toBe("how many china freight trains");
    expect(joinedRouteNames("china europe trade in 2031")).toBe("china europe trade in 2031");
  });
});
