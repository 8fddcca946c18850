import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Where a fact sits in its text (its sentence, its figure, the passage it cites), the ids facts get, and the comparison
// base a change keeps: only one close after it, in its own clause. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("a fact's place in its text", () => {
  const first = "Hebei's exports rose 4 percent in 2023, helped by steel, machinery and textiles sold to a wide range of "
    + "markets in Asia, Europe and Africa, with growth spread across most of the year and most of its ports as well.";
  const second = "Shanxi's imports fell 2.5 percent in 2023, hurt by lower prices of the coal, ore and grain it buys from abroad, "
    + "and by weaker demand from the steel mills and the power plants that use most of them across the whole province.";
  const text = `${first}\n\n${second}`;
  it("gives the sentence's and the figure's offsets, and cites the passage the figure is in", () => {
    const facts = factsOf(text, Y2023);
    const later = one(facts, -2.5);
    const at = text.indexOf("2.5 percent");
    expect([later.start, later.end]).toEqual([first.length + 2, text.length]);
    expect(text.slice(later.valueStart, later.valueEnd)).toBe("2.5 percent");
    expect(later.valueStart).toBe(at);
    expect(later.passageId).toBe("d#1");
    expect(one(facts, 4).passageId).toBe("d#0");
  });
  it("numbers facts in the order they are read, each id once", () => {
    const facts = factsOf(text, Y2023);
    expect(facts.map((f) => f.id)).toEqual(["d:f0", "d:f1"]);
  });
});

describe("the comparison base of a change", () => {
  it("is kept for a growth or a multiple when it follows close after, in the figure's clause", () => {
    const growth = factsOf("Hebei's exports rose 4.4 percent in 2023, compared with the same period last year.", Y2023);
    expect(one(growth, 4.4)).toMatchObject({ measure: "growth", base: "compared with the same period last year" });
    const multiple = factsOf("Hebei's exports grew 2.1 times in 2023, compared with a year earlier.", Y2023);
    expect(one(multiple, 2.1)).toMatchObject({ measure: "multiple", base: "compared with a year earlier" });
  });
  it("is not kept across a clause, far after the figure, or for an amount", () => {
    const clause = factsOf("Hebei's exports rose 4.4 percent in 2023, and imports were flat, compared with the same period last year.",
      Y2023);
    expect(one(clause, 4.4).base).toBeUndefined();
    const far = factsOf("Hebei's exports rose 4.4 percent in the calendar year 2023 as customs officers reported it, "
      + "compared with the same period last year.", Y2023);
    expect(one(far, 4.4)).toMatchObject({ measure: "growth" });
    expect(one(far, 4.4).base).toBeUndefined();
    const amount = factsOf("Hebei's exports came to 40.2 billion yuan, compared with the same period last year.", Y2023);
    expect(one(amount, 40.2)).toMatchObject({ measure: "amount" });
    expect(one(amount, 40.2).base).toBeUndefined();
  });
});
