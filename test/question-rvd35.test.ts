import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// Review of this stop's question rules (rvd35): made-up questions of shapes other than the rules were written for.

describe("'cross-strait' is the trade with Taiwan only when no other strait is named", () => {
  it("a ferry across another strait names no partner", () => {
    const f = parseQuestion("how many trucks crossed hainan's cross-strait ferry route over the qiongzhou strait in 2031?");
    expect(f.partners).not.toContain("taiwan");
  });
  it("'xiamen's cross-strait trade' is still its trade with Taiwan", () => {
    expect(parseQuestion("xiamen's cross-strait trade in 2031?").partners).toEqual(["taiwan"]);
  });
});

describe("a change in money over one period is over the year before only when no nearer period is named", () => {
  const plan = (text: string) => readPlan(parseQuestion(text));
  it.each([
    "how much did xiamen's exports fall in march 2031 from the month before, in yuan?",
    "how much did xiamen's trade rise in q2 2031 from the previous quarter, in yuan?",
    "how much did xiamen's trade rise in q2 2031 quarter on quarter, in yuan?",
  ])("%s: not the same months a year before", (text) => {
    const p = plan(text);
    expect(p?.inputs.some((i) => i.period?.y1 === 2030)).not.toBe(true);
  });
  it("'how much did its trade drop in 2031, in yuan' is still 2031's level less 2030's", () => {
    const p = plan("how much did xiamen's trade drop in 2031, in yuan?")!;
    expect(p.inputs.map((i) => i.period?.y1)).toEqual([2031, 2030]);
  });
});

describe("a surplus or deficit names a partner only 'with' it", () => {
  it.each([
    "how much did the trade surplus from guangdong's processing trade grow in 2031?",
    "what was the deficit from jiangsu's chip imports in 2031?",
  ])("%s: the place is the owner, no partner", (text) => {
    expect(parseQuestion(text).partners).toEqual([]);
  });
  it("'hunan's trade surplus with hong kong' still names its partner", () => {
    expect(parseQuestion("hunan's trade surplus with hong kong in 2031?").partners).toEqual(["hong-kong"]);
  });
});

describe("a city placed in another city for a share is a county-level one", () => {
  const plan = (text: string) => readPlan(parseQuestion(text));
  it("'what share of xiamen's exports came from quanzhou': two prefectures, no part and whole", () => {
    const p = plan("what share of xiamen's exports came from quanzhou in 2031?");
    expect(p?.operation === "part" && p.inputs.some((i) => i.entity === "city:quanzhou")).toBe(false);
  });
  it("'what share of quanzhou's exports came from jinjiang' is still a county-level city's part", () => {
    const p = plan("what share of quanzhou's exports came from jinjiang in 2031?")!;
    expect(p.inputs.map((i) => i.entity)).toEqual(["city:jinjiang", "city:quanzhou"]);
  });
});

describe("asks split by a question mark share no partner only the second names", () => {
  const plan = (text: string) => readPlan(parseQuestion(text));
  it.each([
    "xiamen trade 2031? and its exports to japan?",
    "xiamen trade 2031? and exports to japan?",
  ])("%s: the first ask's trade is never the trade with the second's partner", (text) => {
    const p = plan(text);
    expect(p?.inputs.some((i) => i.metric === "trade" && i.partner === "partner:japan")).not.toBe(true);
  });
  it.each([
    "xiamen trade 2031? and its auto exports?",
    "xiamen trade 2031? and its cross-border e-commerce exports?",
  ])("%s: the second ask's goods are neither dropped nor given to the first", (text) => {
    expect(plan(text)?.operation).not.toBe("values");
  });
});

describe("a place's position 'among' asks a rank_position only among places", () => {
  it("'japan's ranking among putian's partners' is no position among a province's cities", () => {
    expect(parseQuestion("japan's ranking among putian's partners in 2031?").intent).not.toBe("rank_position");
  });
  it("'linyi's rank by trade among the 16 shandong cities' still is", () => {
    expect(parseQuestion("linyi's rank by trade among the 16 shandong cities in 2031?").intent).toBe("rank_position");
  });
});
