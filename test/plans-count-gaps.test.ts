import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// "how many tonnes more", "how many more trains": a count's difference between two years, in the things counted; and a
// figure whose period was not read is never set against itself as both years'. Made-up articles.

const DOCS: Doc[] = [
  ["lanhai-2011", "Lanhai port passes 150 million tonnes", "2012-01-20",
    "Lanhai port on the coast of Fujian province handled 150.5 million tonnes of cargo in 2011, up 12.4 percent from 2010."],
  ["fujian-2029", "Fujian ports in 2029", "2030-01-22",
    "Fujian's foreign trade fell 1.2 percent in 2029. Lanhai port handled 301 million tonnes."],
  ["erenhot-trains", "Erenhot rail port keeps growing", "2031-03-02",
    "A total of 2,400 China-Europe freight trains have passed through Erenhot since the route opened, port officials said."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const answerOf = (question: string) => {
  const p = readPlan(planFrameOf(question, base()));
  return p && runPlan(p, base(), question);
};
const computedOf = (question: string) => answerOf(question)?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);

describe("a count's difference asked as 'how many (things) more'", () => {
  it("plans 'how many tonnes more in one year than another' as the difference of the two counts", () => {
    expect(readPlan(planFrameOf("lanhai port cargo, how many tonnes more in 2029 than 2011?", base()))?.changes)
      .toEqual(["difference"]);
    expect(computedOf("lanhai port cargo, how many tonnes more in 2029 than 2011?")).toEqual([[150.5, "million tonnes"]]);
  });
  it("never sets one figure against itself as two years' levels", () => {
    const a = answerOf("how many more china-europe trains went thru erenhot in 2030 than in 2029?");
    expect(a?.status ?? "abstain").not.toBe("answered");
    expect(a?.figures.some((f) => f.computed) ?? false).toBe(false);
  });
});
