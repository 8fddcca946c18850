import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { inZoneFamily, zoneFinder } from "../text/zones.js";

// A question names a zone by its bare head ("kelmar iron ore imports") when the documents name two zones after it
// ("Kelmar Port", "Kelmar Comprehensive Bonded Zone"): the head asks the family, and the member whose figure fits the
// question answers; two members fitting alike with different figures are no sure answer. Made-up zones and figures.

describe("a bare head two zones share", () => {
  const findZones = zoneFinder(["zone:Dorvang Port", "zone:Dorvang Comprehensive Bonded Zone", "fujian"]);
  const entities = (q: string) => parseQuestion(q, { findZones }).entities;
  it("is read as the family's head, and a member's full name still as that member", () => {
    expect(entities("dorvang iron ore imports 2031 - tonnes?")).toEqual(["zone:Dorvang"]);
    expect(entities("dorvang port exports in 2031?")).toEqual(["zone:Dorvang Port"]);
  });
  it("keeps the question's order of places beside a zone, so each place keeps its own period", () => {
    expect(entities("were fujian's imports in 2031 more than dorvang's in 2030?")).toEqual(["fujian", "zone:Dorvang"]);
  });
  it("reads no family where the two names are one zone spelt in two cases", () => {
    const one = zoneFinder(["zone:Tarvel Port", "zone:Tarvel port"]);
    expect(parseQuestion("tarvel exports in 2031?", { findZones: one }).entities).not.toContain("zone:Tarvel");
  });
  it("takes in only zones named by the head and a kind, never a place's own zones", () => {
    expect(inZoneFamily("zone:Dorvang", "zone:Dorvang Port")).toBe(true);
    expect(inZoneFamily("zone:Dorvang", "zone:Dorvang Special Comprehensive Bonded Zone")).toBe(true);
    expect(inZoneFamily("zone:Dorvang", "zone:Dorvangshan Port")).toBe(false);
    expect(inZoneFamily("zone:Dorvang Port", "zone:Dorvang Port Area")).toBe(false);
    expect(inZoneFamily("zone:Fuzhou", "zone:Fuzhou Bonded Zone")).toBe(false);
  });
});

const DOC = `---
title: "Kelmar port and bonded zone in 2031"
date: 2032-01-20
---

Imports of iron ore through Kelmar Port rose 12.4 percent to 41.7 million tonnes in 2031, the port authority said.

Kelmar Port handled trade worth 55.2 billion yuan in 2031, up 6.1 percent.

The Kelmar Comprehensive Bonded Zone recorded imports and exports of 23.8 billion yuan in 2031, up 9.3 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "kelmar-2031.md": DOC }); }, 60_000);
afterAll(() => over.close());

describe("a question naming a zone family by its head", () => {
  it("answers from the one member whose figure fits: 'kelmar iron ore imports in 2031, tonnes?'", async () => {
    const a = await over.ask("kelmar iron ore imports in 2031, how many tonnes?");
    expect(a.figures.map((f) => f.value)).toContain(41.7);
  });
  it("gives no figure when two members' different figures fit alike: 'kelmar trade value in 2031?'", async () => {
    const a = await over.ask("what was kelmar's trade value in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(55.2);
    expect(a.figures.map((f) => f.value)).not.toContain(23.8);
  });
});
