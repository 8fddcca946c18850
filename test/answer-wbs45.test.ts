import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { filedUnderOther, namesAskedName } from "../retrieval/figureOwner.js";
import { flowModifiers, saysModifiers } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Wrong-but-sure answers of stop 45: a quoted sentence whose figures the index filed under another place, and a kind of
// flow typed as two letters or a customs mode's code read as the whole flow. Made-up articles, places' figures invented.
const PROVINCE = `---
title: "Gansu foreign trade in the first three quarters of 2031"
published: "2031-10-20"
---
LANZHOU -- Gansu's foreign trade grew steadily in the first three quarters of 2031, Lanzhou Customs said.

Exports grew 14.2 percent to 41.37 billion yuan, and imports rose 6.8 percent to 17.52 billion yuan.

Tianshui remained a centre for electronics assembly, with new lines opening in its development zone.
`;

const CITY = `---
title: "Baiyin trade in the first half of 2031"
published: "2031-07-22"
---
BAIYIN -- Baiyin's exports were 6.44 billion yuan in the first half of 2031, up 9.1 percent year on year.

Exports of photovoltaic products reached 1.83 billion yuan, up 27.5 percent. Kenya overtook Peru as the biggest buyer of the city's PV products. The table shows the three main markets in the first half.

| Market | Exports (billion yuan) | Change (%) |
|---|---|---|
| Kenya | 0.61 | +31.2 |
| Peru | 0.44 | -6.5 |
| Chile | 0.29 | +12.8 |

Wang Lihua of the city's commerce bureau said rooftop projects drove demand. Exports under the "9810" mode, in which goods go in bulk to overseas warehouses before they are sold online, reached 0.42 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "gansu.md": PROVINCE, "baiyin.md": CITY }); });
afterAll(async () => over.close());

describe("filedUnderOther", () => {
  it("sets aside a sentence whose every figure is of the asked place's province, or of another city", () => {
    expect(filedUnderOther([{ entity: "gansu" }, { entity: "gansu" }], ["city:tianshui"])).toBe(true);
    expect(filedUnderOther([{ entity: "city:baiyin" }], ["city:tianshui"])).toBe(true);
  });
  it("keeps one with a figure of the asked place, or of a place within it", () => {
    expect(filedUnderOther([{ entity: "gansu" }, { entity: "city:tianshui" }], ["city:tianshui"])).toBe(false);
    expect(filedUnderOther([{ entity: "city:tianshui" }], ["gansu"])).toBe(false);
  });
  it("judges nothing for a question with no gazetteer place, nor for a sentence with no figures", () => {
    expect(filedUnderOther([{ entity: "gansu" }], [])).toBe(false);
    expect(filedUnderOther([{ entity: "gansu" }], ["zone:somewhere"])).toBe(false);
    expect(filedUnderOther([], ["city:tianshui"])).toBe(false);
  });
});

describe("namesAskedName", () => {
  it("finds a word of the question written as a proper name inside the sentence", () => {
    expect(namesAskedName(["lintao", "routes"], "By the end of 2031, Lintao operated 12 cargo routes.")).toBe(true);
  });
  it("not an acronym, a word in small letters, nor a sentence's first word", () => {
    expect(namesAskedName(["nevs"], "Within that total, NEVs accounted for 9,100 units.")).toBe(false);
    expect(namesAskedName(["hair"], "Its hair product exports grew 4.2 percent.")).toBe(false);
    expect(namesAskedName(["exports"], "Exports grew 4.2 percent. Imports fell.")).toBe(false);
  });
});

describe("a quoted sentence for a city", () => {
  it("is never one of its province's figures that names no place", async () => {
    const a = await over.ask("tianshui imports jan-sep 2031?");
    expect(a.answer).not.toMatch(/17\.52/);
    expect(a.abstained, a.answer).toBe(true);
  });
  it("and still is for the province", async () => {
    const a = await over.ask("gansu imports jan-sep 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/17\.52/);
  });
});

describe("flowModifiers", () => {
  it("reads a two-letter kind and a customs mode's code before the flow as narrowing it", () => {
    expect(flowModifiers(parseQuestion("baiyin pv exports h1 2031?"))).toEqual(["pv"]);
    expect(flowModifiers(parseQuestion("baiyin 9810 exports h1 2031?"))).toEqual(["9810"]);
  });
  it("never a year, nor a word of two letters it does not know", () => {
    expect(flowModifiers(parseQuestion("baiyin 2031 exports?"))).toEqual([]);
    expect(flowModifiers(parseQuestion("is baiyin exports up in 2031?"))).toEqual([]);
  });
  it("takes 'photovoltaic' and 'solar' as saying 'pv', and a total's sentence as saying neither", () => {
    const frame = parseQuestion("baiyin pv exports h1 2031?");
    expect(saysModifiers(frame, "Exports of photovoltaic products reached 1.83 billion yuan.")).toBe(true);
    expect(saysModifiers(frame, "Solar module exports reached 1.83 billion yuan.")).toBe(true);
    expect(saysModifiers(frame, "Exports were 6.44 billion yuan, up 9.1 percent.")).toBe(false);
  });
  it("takes a count in watts as saying 'pv', a count in kWh not", () => {
    const frame = parseQuestion("baiyin pv shipments 2031 in GW?");
    expect(saysModifiers(frame, "Shipments grew 31.2 percent to 15.3 gigawatts.")).toBe(true);
    expect(saysModifiers(frame, "Shipments grew 31.2 percent to 15.3 GW.")).toBe(true);
    expect(saysModifiers(frame, "Power exports grew 31.2 percent to 5.3 billion kWh.")).toBe(false);
  });
});

describe("a kind of flow typed short", () => {
  it("is never answered with the whole flow's figure (at most shown as a closest figure in an abstention)", async () => {
    for (const q of ["baiyin pv exports h1 2031?", "baiyin 9810 exports h1 2031?"]) {
      const a = await over.ask(q);
      expect(a.abstained || !/6\.44/.test(a.answer), `${q}: ${a.answer}`).toBe(true);
    }
  });
  it("is answered with the kind's own figure when a sentence states it for the kind alone", async () => {
    const a = await over.ask("baiyin 9810 exports h1 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/0\.42/);
  });
});

describe("a table's rows, for a kind of flow typed short", () => {
  it("are of the kind the paragraph before the table names", async () => {
    const a = await over.ask("baiyin's biggest pv export markets in h1 2031, top 2?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/Kenya[^]*Peru/);
  });
});

describe("namesAskedPlaceFirst", () => {
  it("is true when the first place before the first figure is the asked one", async () => {
    const { namesAskedPlaceFirst } = await import("../retrieval/figureOwner.js");
    expect(namesAskedPlaceFirst("In Tianshui, Lanzhou's neighbour, trade rose 15.2 percent to 9.87 billion yuan.", ["city:tianshui"]))
      .toBe(true);
    expect(namesAskedPlaceFirst("In Lanzhou, trade rose 15.2 percent, as in Tianshui.", ["city:tianshui"])).toBe(false);
    expect(namesAskedPlaceFirst("Trade rose 15.2 percent in Tianshui.", ["city:tianshui"])).toBe(false);
  });
});
