import { describe, expect, it } from "vitest";
import { splitAsks } from "../retrieval/asks.js";
import { explainParts } from "../retrieval/explain/asks.js";

// "which grew faster, A or B, and what were the rates?": the tail asks the figures the comparison gives, no ask of its
// own and no term to define. Made-up questions.
describe("the figures of a comparison asked again", () => {
  it("keeps the tail with the comparison, not as an ask of its own", () => {
    expect(splitAsks("which grew faster in 2031, norville or eastport, and what were the rates")).toHaveLength(1);
    expect(splitAsks("which city exported more in 2031, norville or eastport, and what were both figures?"))
      .toHaveLength(1);
  });

  it("still splits a tail that asks something new", () => {
    expect(splitAsks("which grew faster in 2031, norville or eastport, and what share of trade was processing?"))
      .toHaveLength(2);
  });

  it("reads 'what were the rates' as figures asked, no definition", () => {
    expect(explainParts("which grew faster in 2031, norville or eastport, and what were the rates")).toEqual([]);
  });

  it("still reads a term asked after a comparison as a definition", () => {
    expect(explainParts("which grew faster, norville or eastport, and what is the harbour pact?").map((p) => p.kind))
      .toContain("definition");
  });
});
