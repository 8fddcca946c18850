import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Which list "respectively" maps figures onto: the sentence's own last list of as many items, else the places the
// sentence before listed when the sentence refers back to them ("They …"), and none without "respectively".
// Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const LED = "Hebei and Shanxi led the north in 2023. ";
const owners = (facts: ReturnType<typeof factsOf>, values: number[]) => values.map((v) => one(facts, v).entity);

describe("the places the sentence before listed", () => {
  it("take the figures of 'They … respectively' in order", () => {
    const facts = factsOf(`${LED}They grew 3.1 and 2.2 percent respectively.`, Y2023);
    expect(owners(facts, [3.1, 2.2])).toEqual(["hebei", "shanxi"]);
    expect(one(facts, 2.2)).toMatchObject({ measure: "growth", unit: "%" });
  });
  it("are not split over the figures without 'respectively'", () => {
    const facts = factsOf(`${LED}They saw exports and imports rise 3.1 and 2.2 percent.`, Y2023);
    const [a, b] = owners(facts, [3.1, 2.2]);
    expect(a).toBe(b);
    expect(b).not.toBe("shanxi");
  });
  it("are not mapped onto a run of another length", () => {
    const facts = factsOf(`${LED}They grew 3.1, 2.2 and 1.1 percent respectively.`, Y2023);
    expect(owners(facts, [2.2, 1.1])).not.toContain("shanxi");
  });
  it("give way to a list the sentence names itself", () => {
    const facts = factsOf(`${LED}Henan and Hubei grew 3.1 and 2.2 percent respectively.`, Y2023);
    expect(owners(facts, [3.1, 2.2])).toEqual(["henan", "hubei"]);
  });
});

describe("two lists of as many items before the figures", () => {
  it("map the figures onto the last of them", () => {
    const facts = factsOf("Hebei and Shanxi lead the north, and in 2023 Henan and Hubei grew 3.1 and 2.2 percent respectively.", Y2023);
    expect(owners(facts, [3.1, 2.2])).toEqual(["henan", "hubei"]);
  });
});
