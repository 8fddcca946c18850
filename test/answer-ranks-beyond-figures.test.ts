import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placesInPlace } from "../facts/placesInPlace.js";
import { findEntities } from "../text/entities.js";
import { answersOver } from "./helpers/answerOver.js";

// "Top 5 cities" where the article gives figures for the first three and only the places of the next two ("followed
// by D in fourth place and E in fifth"): the two named at their stated places, marked as having no figure; never when
// the places are stated for another period or not at all. Made-up article and figures.
const TEXT = `---
title: "Gansu trade in the first half of 2031"
published: "2031-07-20"
---
Gansu's foreign trade reached 31.2 billion yuan in the first half of 2031, up 4.1 percent.

## Cities

Lanzhou topped the provincial list with 17.42 billion yuan. Jiayuguan came second with 3.31 billion yuan and Jinchang third with 2.96 billion yuan, followed by Tianshui in fourth place and Wuwei in fifth.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "gansu.md": TEXT }); });
afterAll(async () => over.close());

describe("placesInPlace", () => {
  const read = (text: string) => placesInPlace(text, findEntities(text)).map((p) => [p.entity, p.value]);
  it("reads each place of a run of ranks in words", () => {
    expect(read("Jiayuguan came second and Jinchang third, followed by Tianshui in fourth place and Wuwei in fifth."))
      .toEqual([["city:jiayuguan", 2], ["city:jinchang", 3], ["city:tianshui", 4], ["city:wuwei", 5]]);
  });
  it("reads no lone ordinal, nor one of a superlative or a part of the year", () => {
    expect(read("Jiayuguan came second.")).toEqual([]);
    expect(read("Jiayuguan is the second-largest city and Jinchang third-largest.")).toEqual([]);
    expect(read("Tianshui in the third quarter and Wuwei in the fourth quarter grew.")).toEqual([]);
    expect(read("Exports from Tianshui in the first 11 months rose 5 percent, and Wuwei came second.")).toEqual([]);
    expect(read("Trade of Tianshui in the first three quarters rose, and Wuwei came second.")).toEqual([]);
  });
});

describe("a top-N ranking past the figures", () => {
  it("names the cities at the places the figures leave, from the article's stated ranks", async () => {
    const a = await over.ask("gansu h1 2031 - top 5 cities by trade, in order");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Lanzhou 17\.42 billion yuan; 2\. Jiayuguan 3\.31 billion yuan; 3\. Jinchang 2\.96 billion yuan; 4\. Tianshui \(its place stated, no figure\); 5\. Wuwei/);
  });
  it("still gives nothing for more places than the article states", async () => {
    const a = await over.ask("gansu h1 2031 - top 6 cities by trade, in order");
    expect(a.answer).not.toMatch(/6\./);
  });
});
