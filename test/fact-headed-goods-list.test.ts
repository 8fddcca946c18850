import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

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

// The flow a heading names ("## Imports") holds for the bullets under it until the next heading, whatever its marks.
describe("a flow's heading over bullets", () => {
  const text = (next: string) => `Hebei's trade rose 4.1 percent in 2031.\n\n## Imports\n\n- Iron ore: 78.3 million tonnes\n`
    + `- Coal: 40.2 million tonnes\n\n${next}\n\n- Steel: 12.6 billion yuan\n- Glass: 3.3 billion yuan\n`;
  it("ends at a bare heading", () => {
    const facts = factsOf(text("Other notes"), { published: "2032-01-20" });
    expect(one(facts, 78.3)).toMatchObject({ metric: "imports", subject: "iron ore" });
    expect(one(facts, 12.6).metric).not.toBe("imports");
  });
  it("gives way to a bold heading's flow", () => {
    const facts = factsOf(text("**Exports**"), { published: "2032-01-20" });
    expect(one(facts, 12.6)).toMatchObject({ metric: "exports", subject: "steel" });
  });
});

