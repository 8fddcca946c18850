import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A heading naming one flow ("Exports") over bullets lists that flow's goods; bullets naming periods or modes of trade
// are no goods. Made-up figures.
describe("bullets under a flow's heading", () => {
  it("list no goods when they name periods", () => {
    const facts = factsOf("Hebei's trade rose 4.1 percent in 2031.\n\nExports\n\n- First half: 120.3 billion yuan, up 5.2 "
      + "percent\n- Second half: 140.1 billion yuan\n- December: 14.1 billion yuan\n\nThe end.", { published: "2032-01-20" });
    expect(facts.filter((f) => f.measure === "listed")).toEqual([]);
  });
  it("list no goods when they name modes of trade", () => {
    const facts = factsOf("Hebei's trade rose 4.1 percent in 2031.\n\nExports\n\n- General trade: 120.3 billion yuan\n"
      + "- Processing trade: 40.1 billion yuan\n\nThe end.", { published: "2032-01-20" });
    expect(facts.filter((f) => f.measure === "listed")).toEqual([]);
  });
  it("still list goods", () => {
    const facts = factsOf("Hebei's trade rose 4.1 percent in 2031.\n\nExports\n\n- Steel: 120.3 billion yuan\n- Glass: 40.1 "
      + "billion yuan\n\nThe end.", { published: "2032-01-20" });
    expect(facts.find((f) => f.measure === "listed")?.items).toEqual(["steel", "glass"]);
  });
});
