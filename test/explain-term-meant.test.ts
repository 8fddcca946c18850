import { describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain/asks.js";

// "what does it mean" of a quoted term asks its definition; "what does it mean for exporters" asks what it brings them.
// Made-up questions.
describe("what a quoted term means", () => {
  it("for someone is no definition", () => {
    const parts = explainParts("Fooport opened a 'green lane' for fresh fruit in May; what does it mean for exporters?");
    expect(parts.map((p) => p.kind)).not.toContain("definition");
  });
  it("alone is its definition", () => {
    const parts = explainParts("Fooport opened a 'green lane' for fresh fruit in May; what does it mean?");
    expect(parts.map((p) => p.kind)).toContain("definition");
  });
});
