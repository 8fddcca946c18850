import { describe, expect, it } from "vitest";
import { subjectFinder } from "../text/subjects.js";
import { factsOf } from "./helpers/facts.js";

const meta = { title: "Linfen trade in 2019", published: "2020-01-20" };
const at = (text: string, value: number) => factsOf(text, meta).find((f) => f.value === value);

describe("a place inside a clause about why or where owns none of the sentence's figures", () => {
  it("a relative clause led by a preposition is an aside", () => {
    const f = at("Linfen's exports reached 90.1 billion yuan in 2019. Among them, knitted garments, for which Huozhou "
      + "is a major production base, rose 6.2 percent to 12.5 billion yuan.", 12.5);
    expect(f?.entity).toBe("city:linfen");
  });
  it("a closing 'as' clause naming where makers moved from is an aside", () => {
    const f = at("Linfen's exports reached 90.1 billion yuan in 2019. Exports of auto parts rose 25.3 percent to 3.37 "
      + "billion yuan, as two makers that moved from Taiyuan started production in the city.", 3.37);
    expect(f?.entity).toBe("city:linfen");
  });
  it("an 'as well as' after the figure is no cause clause", () => {
    const f = at("Exports to Japan rose 4.1 percent to 2.2 billion yuan, as well as exports to Korea.", 2.2);
    expect(f?.partner).toBe("partner:japan");
  });
});

describe("exports of goods that 'led the growth'", () => {
  it("the verb of leading ends the goods' name, and both figures are the goods'", () => {
    const facts = factsOf("Linfen's exports reached 90.1 billion yuan in 2019. Exports of auto parts led the growth, "
      + "rising 25.3 percent to 3.37 billion yuan.", meta);
    expect(facts.filter((f) => f.subject === "auto parts").map((f) => [f.measure, f.value]))
      .toEqual([["growth", 25.3], ["amount", 3.37]]);
  });
});

describe("a list of goods led into by a line naming their flow", () => {
  const text = "Linfen's exports reached 1.5 billion dollars in 2019.\n\nMain export products:\n"
    + "- coke: 420 million dollars, up 12.1 percent;\n- walnut kernels: 310 million dollars, up 33.6 percent.\n\n"
    + "The city also reported other figures: 45 million dollars, up 2.5 percent.";
  it("each bullet's value and change are exports of the goods it labels", () => {
    const facts = factsOf(text, meta).filter((f) => f.subject === "walnut kernels");
    expect(facts.map((f) => [f.metric, f.measure, f.value])).toEqual([["exports", "amount", 310], ["exports", "growth", 33.6]]);
  });
  it("a bullet labelling two goods joined by 'and' is labelled whole", () => {
    const joined = text.replace("- coke:", "- tyres and bicycle inner tubes:");
    expect(factsOf(joined, meta).find((f) => f.value === 420)?.subject).toBe("tyres and bicycle inner tubes");
  });
  it("a line after the list is no bullet of it", () => {
    expect(factsOf(text, meta).find((f) => f.value === 45)?.metric).not.toBe("exports");
  });
  it("a line with no flow leads into no list", () => {
    const plain = text.replace("Main export products:", "Some notes:");
    expect(factsOf(plain, meta).find((f) => f.value === 310)?.metric).toBe("other");
  });
});

describe("a goods' name typed with a clipped word", () => {
  const find = subjectFinder(["electronic information products", "high technology products"]);
  it("'info' and 'tech' find the names spelled out", () => {
    expect(find("electronic info product exports?")).toEqual(["electronic information products"]);
    expect(find("high tech products in 2020")).toEqual(["high technology products"]);
  });
});
