import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A railway port named in lower case ("the Lazhu railway port"), the goods it handled in tonnes asked beside their value
// (never its trains for the tonnes), and tonnes imported after a sentence naming the chief import. Made-up places and
// figures.
const PORT = `---
title: "Border ports in 2031"
published: "2032-01-18"
---
In 2031, the Lazhu railway port handled 1.64 million tonnes of import and export goods worth 9.87 billion yuan, and 2,214 cross-border freight trains passed through it.
`;

describe("a railway port named in lower case", () => {
  it("owns its figures", () => {
    const facts = factsOf(PORT.replace(/^---[\s\S]*?---\n/, ""), { published: "2032-01-18" });
    expect(one(facts, 1.64).entity).toBe("zone:Lazhu railway port");
    expect(one(facts, 9.87).entity).toBe("zone:Lazhu railway port");
  });
});

describe("tonnes imported after the chief import is named", () => {
  it("are of that import, no goods called 'tonnes'", () => {
    const facts = factsOf("Ningxia's imports rose 3.1 percent in 2031. Iron ore remained the largest import. The region "
      + "imported 8.21 million tonnes, down 1.1 percent, worth 6.02 billion yuan.", { published: "2032-01-18" });
    expect(one(facts, 8.21).subject).toBe("iron ore");
  });
});

describe("tonnes of goods a port handled, asked with their value", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ports.md": PORT });
  });
  afterAll(() => ask.close());
  it("give the tonnes and the value, not the trains", async () => {
    const a = await ask.ask("lazhu railway port 2031: tonnes of import/export goods and their value?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.64, 9.87]));
    expect(a.figures.map((f) => f.value)).not.toContain(2214);
  });
});
