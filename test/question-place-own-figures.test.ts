import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A place's own figures asked with another place set aside. Made-up questions.
describe("a place set aside ('not just X')", () => {
  it("is not asked about, and its words are none a sentence has to say", () => {
    const q = parseQuestion("jiangsu province foreign trade jan-aug 2031 (not just nantong)?");
    expect(q.entities).toEqual(["jiangsu"]);
    expect(q.terms).not.toContain("not");
    expect(q.terms).not.toContain("just");
  });
  it("nor is one after 'rather than'; one after 'excluding' is (the province less that city is asked)", () => {
    expect(parseQuestion("jiangsu exports in 2031, rather than nantong's?").entities).toEqual(["jiangsu"]);
    expect(parseQuestion("jiangsu exports in 2031 excluding nantong?").entities).toEqual(["jiangsu", "city:nantong"]);
  });
});
