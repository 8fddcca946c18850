import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { factsOf } from "./helpers/facts.js";

// Stop 32's second review: two rules of the merged change broader than their shape, reproduced on made-up text.
const Y2031 = { published: "2032-01-20" };

describe("'gd' is Guangdong only as people type it in a question", () => {
  it("gives no Guangdong figure to a firm called 'GD' in an article", () => {
    const facts = factsOf("Ningbo's exports rose 5 percent in 2031. A GD Holdings spokesman said its exports rose 12 percent "
      + "in 2031.", Y2031);
    expect(facts.some((f) => f.entity === "guangdong")).toBe(false);
  });
  it("still reads 'gd' in a question as Guangdong", () => {
    expect(parseQuestion("gd exports 2031?").entities).toEqual(["guangdong"]);
  });
});

describe("processing trade after a relative word", () => {
  it("reads 'of which processing exports fell …' as processing trade, never the whole's exports", () => {
    const facts = factsOf("Lanxi's exports reached 80 billion yuan in 2031, of which processing exports fell 3 percent.", Y2031);
    expect(facts.find((f) => f.value === -3)).toMatchObject({ metric: "exports", subject: "processing trade" });
  });
  it("and after 'where'", () => {
    const facts = factsOf("Lanxi's exports reached 80 billion yuan in 2031, where processing exports fell 3 percent.", Y2031);
    expect(facts.find((f) => f.value === -3)?.subject).toBe("processing trade");
  });
});
