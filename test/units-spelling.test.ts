import { describe, expect, it } from "vitest";
import { correctSpelling, parseQuestion } from "../retrieval/figures/query.js";

// One- and two-letter slips of the words a port's or a corridor's counts are asked by are read as those words; the
// real words near them are left alone. Made-up questions.

describe("slips of the counts' words", () => {
  it("reads a slipped throughput", () => {
    expect(correctSpelling("harbour throughtput in 2031?")).toBe("harbour throughput in 2031?");
  });
  it("reads swapped letters of containers", () => {
    expect(correctSpelling("how many contianers passed the dock?")).toBe("how many containers passed the dock?");
  });
  it("reads slips of freight, vehicles and tonnage", () => {
    expect(correctSpelling("frieght trains, vehicels and tonage")).toBe("freight trains, vehicles and tonnage");
  });
  it("leaves the real words near them alone", () => {
    expect(correctSpelling("throughout the year the box contained goods")).toBe("throughout the year the box contained goods");
  });
});

describe("the counts' words stay asked", () => {
  it("keeps container and throughput as words a sentence must hold", () => {
    const terms = parseQuestion("velmor port container throughput 2031").terms;
    expect(terms).toEqual(expect.arrayContaining(["container", "throughput"]));
  });
});
