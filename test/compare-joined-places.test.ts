import { describe, expect, it } from "vitest";
import { joinedAsOne, readPlan } from "../retrieval/plans/read.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// A port named after two cities joined ("Liuzhou-Guilin port") is one side of a comparison, as the documents give its
// figures under the first city. Made-up port and articles.
describe("two cities written joined are one place (plans joinedAsOne)", () => {
  it("drops the city joined by a hyphen or a space to the one before it", () => {
    expect(joinedAsOne("liuzhou-guilin or wuzhou, which handled more?", ["city:liuzhou", "city:guilin", "city:wuzhou"]))
      .toEqual(["city:liuzhou", "city:wuzhou"]);
    expect(joinedAsOne("wuzhou vs liuzhou guilin port", ["city:wuzhou", "city:liuzhou", "city:guilin"]))
      .toEqual(["city:wuzhou", "city:liuzhou"]);
  });

  it("keeps cities set apart by a word or a comma", () => {
    const places = ["city:liuzhou", "city:guilin", "city:wuzhou"];
    expect(joinedAsOne("liuzhou, guilin and wuzhou", places)).toEqual(places);
    expect(joinedAsOne("liuzhou or guilin or wuzhou", places)).toEqual(places);
    // (and two cities a space apart with no port named after them: "guilin wuzhou exports 2031 which higher")
    expect(joinedAsOne("guilin wuzhou exports 2031 which higher", ["city:guilin", "city:wuzhou"]))
      .toEqual(["city:guilin", "city:wuzhou"]);
  });
});

const DOCS: Doc[] = [
  ["ports-2031", "Port throughput in 2031", "2032-01-20",
    "Liuzhou-Guilin Port handled 3.1 million TEUs of containers in 2031, up 6.2 percent. Wuzhou port handled 2.4 million "
      + "TEUs, up 4.0 percent."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));

describe("a comparison of a joined port with another place", () => {
  it("sets two sides side by side, not three", () => {
    const p = readPlan(planFrameOf("in 2031 whose container volume grew faster, liuzhou-guilin or wuzhou?", base()));
    expect(p?.operation).toBe("compare");
    expect(p?.inputs.map((i) => i.entity)).toEqual(["city:liuzhou", "city:wuzhou"]);
  });
});
