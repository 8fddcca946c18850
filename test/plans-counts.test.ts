import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// Counts and quantities (a port's tonnes and TEUs) in the plans that set two levels side by side or over time: each is
// read as a count, in its own unit (tonnes with tonnes, TEUs with TEUs), never against money. Made-up articles.

const DOCS: Doc[] = [
  ["lanhai-2011", "Lanhai port passes 150 million tonnes", "2012-01-20",
    "Lanhai port on the coast of Fujian province handled 150.5 million tonnes of cargo in 2011, up 12.4 percent from 2010. "
      + "Imports of iron ore cleared at Lanhai rose 8.1 percent to 40.2 million tonnes."],
  ["fujian-2029", "Fujian ports in 2029", "2030-01-22",
    "Fujian's foreign trade fell 1.2 percent in 2029. Lanhai port handled 301 million tonnes, and its container "
      + "throughput reached 4.1 million TEUs."],
  ["erenhot-2019", "Erenhot port, Jan-Oct 2019", "2019-11-20",
    "Freight through Erenhot port reached 14.2 million tonnes in the first ten months. China-Europe freight trains "
      + "passing through the port increased to 1,930 trips in the ten months."],
  ["yiwu-2021", "Yiwu logistics hub, Q1-Q3 2021", "2021-10-20",
    "Yiwu's foreign trade rose 20 percent in the first three quarters. The Yiwu logistics base dispatched 412 trains "
      + "in the first three quarters."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const frame = (question: string) => planFrameOf(question, base());
const planOf = (question: string) => readPlan(frame(question));
const answerOf = (question: string) => {
  const p = planOf(question);
  return p && runPlan(p, base(), question);
};
const computedOf = (question: string) => answerOf(question)?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);

describe("a port's throughput from one year to a later one (overTime on counts)", () => {
  it("reads a port's throughput as a count", () => {
    expect(frame("lanhai port throughput growth from 2011 to 2029 in %?").measures).toContain("count");
  });
  it("plans the change of the count from the earlier level to the later one", () => {
    const p = planOf("lanhai port throughput growth from 2011 to 2029 in %?");
    expect(p?.operation).toBe("overTime");
    expect(p?.changes).toEqual(["percent"]);
    expect(p?.inputs.map((i) => [i.measure, i.metric, i.period?.y1])).toEqual([["count", "other", 2029], ["count", "other", 2011]]);
  });
  it("works out the change in tonnes, from the cargo of one article to the port's total of another", () => {
    expect(computedOf("lanhai port throughput growth from 2011 to 2029 in %?")).toEqual([[100, "%"]]);
  });
  it("sets no TEUs against tonnes: a container throughput with no earlier TEUs is not answered", () => {
    expect(answerOf("lanhai port container throughput growth from 2011 to 2029 in %?")?.status).not.toBe("answered");
  });
});

describe("two places' counts set side by side (compare on counts)", () => {
  const q = "more trains: china-europe trains thru erenhot in jan-oct 2019 or yiwu's logistics base in q1-q3 2021? "
    + "numbers and difference";
  it("reads 'more trains' as a count asked", () => {
    expect(frame(q).measures).toContain("count");
  });
  it("plans each place's count in its own period, of no flow", () => {
    const p = planOf(q);
    expect(p?.operation).toBe("compare");
    expect(p?.inputs.map((i) => [i.entity, i.metric, i.measure])).toEqual([
      ["city:erenhot", "other", "count"], ["city:yiwu", "other", "count"]]);
  });
  it("counts a train's trips as trains and works out the gap", () => {
    expect(computedOf(q)).toEqual([[1518, "trips"]]);
  });
  it("sets no tonnes against trains", () => {
    const a = answerOf("more tonnes: erenhot in jan-oct 2019 or yiwu in q1-q3 2021?");
    expect(a?.status).not.toBe("answered");
  });
});

describe("the growth of two places' counts set side by side (compare on counted growth)", () => {
  const DOCS2: Doc[] = [
    ["ningbo-2031", "Ningbo and the Meishan bonded zone, Jan-Sep 2031", "2031-10-20",
      "The Meishan Bonded Zone's trade rose 9.6 percent in January-September. Transshipment containers handled at the "
        + "Meishan Bonded Zone reached 2.72 million TEUs, up 14.2 percent, while the port of Ningbo as a whole handled "
        + "31.28 million TEUs in January-September, up 4.9 percent. Ningbo's port handled 500 million tonnes of cargo, up "
        + "8.2 percent. Ningbo's exports rose 5.3 percent."],
    ["wenzhou-2031", "Wenzhou port, Jan-Sep 2031", "2031-10-21",
      "Wenzhou port handled 60 million tonnes of cargo in January-September, up 3.1 percent."],
  ];
  let b2: Base | undefined;
  const ask = (question: string) => {
    const b = (b2 ??= baseOf(DOCS2));
    const p = readPlan(parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words,
      findZones: b.findZones }));
    return { plan: p, answer: p && runPlan(p, b, question) };
  };
  it("sets the zone's container growth against the port's, not against its trade or tonnes", () => {
    const { plan, answer } = ask("meishan bonded zone transhipment containers vs ningbo port overall, jan-sep 2031 growth "
      + "- which faster and by how much?");
    expect(plan?.inputs.map((i) => [i.metric, i.measure])).toEqual([["other", "growth"], ["other", "growth"]]);
    expect(answer?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[9.3, "percentage points"]]);
  });
  it("sets no growth of tonnes against a growth of containers", () => {
    const { answer } = ask("meishan bonded zone transhipment containers vs wenzhou port overall, jan-sep 2031 growth "
      + "- which faster and by how much?");
    expect(answer?.status).not.toBe("answered");
  });
});
