import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namingListedCountries } from "../text/entities.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// A province's trade with Latin America and with the region's countries (a region of the map with members, as Africa
// and Central Asia are): "its main latam partners" ranks the countries, never the region beside them; a country whose
// name is a word ("peru") is one when typed in lower case in a list of countries. Made-up article and figures.
const TEXT = `---
title: "Gansu's trade with Latin America, 2031"
published: "2032-02-10"
---
Gansu's imports and exports with Latin America rose 7.7 percent to 61.5 billion yuan in 2031.

Brazil was Gansu's largest partner in the region, with trade of 22.4 billion yuan, up 3.1 percent. Chile came second at 14.6 billion yuan, up 11.8 percent, followed by Peru (9.3 billion yuan, up 16.2 percent) and Mexico (7.5 billion yuan, down 2.4 percent).
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "latam.md": TEXT }); });
afterAll(async () => over.close());

describe("namingListedCountries", () => {
  it("writes a word-like country typed in lower case among countries as the country", () => {
    expect(namingListedCountries("rank brazil, peru and chile")).toBe("rank brazil, Peru and chile");
    expect(namingListedCountries("rank chile & turkey by trade")).toBe("rank chile & Turkey by trade");
  });
  it("leaves the word alone outside a list of countries", () => {
    expect(namingListedCountries("rank beef, pork and turkey exports")).toBe("rank beef, pork and turkey exports");
    expect(namingListedCountries("turkey exports of gansu")).toBe("turkey exports of gansu");
  });
});

describe("a region's partners ranked", () => {
  it("reads 'peru' in a list of countries as the country", () => {
    expect(parseQuestion("gansu 2031 - rank brazil, chile, peru by growth").partners).toContain("partner:pe");
  });
  it("ranks the region's countries when its partners are asked, never the region itself", async () => {
    const a = await over.ask("rank gansu's 4 main latam partners by yoy trade growth in 2031, fastest first");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Peru 16\.2%; 2\. Chile 11\.8%; 3\. Brazil 3\.1%; 4\. Mexico -2\.4%/);
    expect(a.answer).not.toMatch(/7\.7%/);
  });
  it("ranks them 'best to worst', an order no sentence has to say", async () => {
    const a = await over.ask("gansu 2031: rank brazil, chile, peru and mexico by yoy change in trade, best to worst");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Peru 16\.2%; 2\. Chile 11\.8%; 3\. Brazil 3\.1%; 4\. Mexico -2\.4%/);
  });
  it("leaves the region out of a list that names it beside its countries", async () => {
    const a = await over.ask("gansu latam partners 2031 - rank brazil, chile, peru, mexico by yoy growth");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Peru 16\.2%; 2\. Chile 11\.8%; 3\. Brazil 3\.1%; 4\. Mexico -2\.4%/);
    expect(a.answer).not.toMatch(/Latin America/);
  });
});
