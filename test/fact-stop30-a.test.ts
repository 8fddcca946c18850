import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// Pure fact shapes of the rules added in stop 30 (issue 17's mutants): made-up tables and sentences in, facts out.
const Y = { published: "2032-01-20" };
const rows = (facts: Fact[]) => facts.map((f) => [f.value, f.entity, f.measure]);

describe("a table of ports or zones down its first column", () => {
  it("makes each port row a port of its own, keeps a place's row the place's, drops totals, groups and lowercase", () => {
    const facts = factsOf("Ports of the border in 2031.\n\n| Port | Trade (billion yuan) |\n|---|---|\n| Kelvar | 3.1 |\n"
      + "| Dunmore Crossing | 2.4 |\n| Wuhan | 1.7 |\n| Others | 0.9 |\n| Land ports | 0.8 |\n| Total | 8.9 |\n"
      + "| Varn (road) | 0.6 |\n| kelby | 0.5 |\n", Y);
    expect(rows(facts)).toEqual([[3.1, "zone:Kelvar port", "amount"], [2.4, "zone:Dunmore Crossing", "amount"],
      [1.7, "city:wuhan", "amount"], [0.6, "zone:Varn road port", "amount"]]);
  });
  it("makes each park row a zone by its own name (no 'port' added) and drops a group of parks", () => {
    const facts = factsOf("Parks in 2031.\n\n| Park | Trade (billion yuan) |\n|---|---|\n| Brennick Science Park | 3.1 |\n"
      + "| Osterfeld | 2.2 |\n| Other parks | 1.4 |\n| Total | 6.7 |\n", Y);
    expect(rows(facts)).toEqual([[3.1, "zone:Brennick Science Park", "amount"], [2.2, "zone:Osterfeld", "amount"]]);
  });
  it("reads no zone under a first column of goods", () => {
    const facts = factsOf("Exports in 2031.\n\n| Product | Exports (billion yuan) |\n|---|---|\n| Kelvar Widgets | 3.1 |\n", Y);
    expect(facts.map((f) => f.entity)).not.toContain("zone:Kelvar Widgets");
    expect(facts.map((f) => f.entity)).not.toContain("zone:Kelvar Widgets port");
  });
});

describe("a table of goods whose rows end like a group of ports", () => {
  it("keeps a goods row 'Charging stations' (only a port or zone table drops group rows)", () => {
    const facts = factsOf("Zhejiang's exports in 2031.\n\n| Product | Exports (billion yuan) |\n|---|---|\n"
      + "| Charging stations | 3.1 |\n", Y);
    expect(rows(facts)).toEqual([[3.1, "zhejiang", "amount"]]);
  });
  it("reads a port row holding a place's name but not only it as a port of its own", () => {
    const facts = factsOf("Ports in 2031.\n\n| Port | Trade (billion yuan) |\n|---|---|\n| Wuhan North | 3.1 |\n"
      + "| New Wuhan | 2.4 |\n", Y);
    expect(rows(facts)).toEqual([[3.1, "zone:Wuhan North port", "amount"], [2.4, "zone:New Wuhan port", "amount"]]);
  });
});

describe("a table with periods down and places across", () => {
  it("gives each column the place its header names, and a share column its nearest place to the left", () => {
    const facts = factsOf("Trade by province.\n\n| Year | Jiangsu (billion yuan) | Zhejiang (billion yuan) | Share of Jiangsu (%) |"
      + "\n|---|---|---|---|\n| 2030 | 41.2 | 33.5 | 7.7 |\n", Y);
    expect(rows(facts)).toEqual([[41.2, "jiangsu", "amount"], [33.5, "zhejiang", "amount"], [7.7, "zhejiang", "share"]]);
  });
  const across = (h: string) => factsOf("Trade by province.\n\n| Year | Jiangsu (billion yuan) | Zhejiang (billion yuan) | "
    + `${h} |\n|---|---|---|---|\n| 2030 | 41.2 | 33.5 | 7.7 |\n`, Y).find((f) => f.value === 7.7);
  it("keeps a 'share of national total' column the place's to its left, never China's", () => {
    expect(across("Share of national total (%)")).toMatchObject({ entity: "zhejiang", measure: "share" });
    expect(across("National total (billion yuan)")).toMatchObject({ entity: "china", measure: "amount" });
  });
  it("reads a column naming a place only after other words, or naming a country, as no place's column", () => {
    expect(across("Exports to Anhui (billion yuan)")?.entity).toBe("zhejiang");
    expect(across("Japan (billion yuan)")?.entity).not.toMatch(/japan/);
  });
  it("gives a column 'X exports (unit)' to X", () => {
    expect(across("Anhui exports (billion yuan)")).toMatchObject({ entity: "anhui", metric: "exports" });
    expect(across("Anhui exports to Japan (billion yuan)")?.entity).toBe("zhejiang");
  });
  it("gives a lone column headed by another place that place's figures", () => {
    const facts = factsOf("Zhejiang's trade.\n\n| Year | Trade (billion yuan) | Jiangsu (billion yuan) |"
      + "\n|---|---|---|\n| 2030 | 41.2 | 33.5 |\n", Y);
    expect(rows(facts)).toEqual([[41.2, "zhejiang", "amount"], [33.5, "jiangsu", "amount"]]);
  });
  it("keeps a table naming no place across the text's place's", () => {
    const facts = factsOf("Zhejiang's trade.\n\n| Year | Trade (billion yuan) | Growth (%) |"
      + "\n|---|---|---|\n| 2030 | 41.2 | 3.5 |\n", Y);
    expect(rows(facts)).toEqual([[41.2, "zhejiang", "amount"], [3.5, "zhejiang", "growth"]]);
  });
});

describe("a clause opening with its verb keeps the partner of the clause before", () => {
  const partners = (t: string) => factsOf(t, Y).map((f) => [f.value, f.partner ?? null]);
  it("carries the partner of 'trade with X was …, and grew …' (a place as partner too)", () => {
    expect(partners("In 2031, Hunan's trade with Chile was 8.9 billion yuan, and grew 31.6 percent."))
      .toEqual([[8.9, "partner:cl"], [31.6, "partner:cl"]]);
    expect(partners("In 2031, Hunan's trade with Hong Kong was 8.9 billion yuan, and grew 31.6 percent."))
      .toEqual([[8.9, "hong-kong"], [31.6, "hong-kong"]]);
  });
  it("carries it though a later clause names a place of its own", () => {
    expect(partners("In 2031, Hunan's trade with Chile was 8.9 billion yuan, and grew 31.6 percent, while Changsha's trade "
      + "rose 3 percent.")).toEqual([[8.9, "partner:cl"], [31.6, "partner:cl"], [3, null]]);
  });
  it("carries the partner named last, not the first", () => {
    expect(partners("In 2031, Hunan's trade with Chile was 3.1 billion yuan and its trade with Peru was 8.9 billion yuan, "
      + "but grew 31.6 percent.")).toEqual([[3.1, "partner:cl"], [8.9, "partner:pe"], [31.6, "partner:pe"]]);
  });
  it("carries none into a clause saying 'overall' or naming a place, nor from 'traded … with X'", () => {
    expect(partners("In 2031, Hunan's trade with Chile was 8.9 billion yuan, and grew 31.6 percent overall."))
      .toEqual([[8.9, "partner:cl"], [31.6, null]]);
    expect(partners("In 2031, Hunan's trade with Chile was 8.9 billion yuan, and grew 31.6 percent in Changsha."))
      .toEqual([[8.9, "partner:cl"], [31.6, null]]);
    expect(partners("In 2031, Hunan traded 8.9 billion yuan with Chile, and grew 31.6 percent."))
      .toEqual([[8.9, "partner:cl"], [31.6, null]]);
  });
});

describe("a place right after a figure with 'for'", () => {
  const owners = (t: string) => factsOf(t, Y).map((f) => [f.value, f.entity, f.metric]);
  it("owns the figure ('against 18.9 billion dollars for Shandong as a whole'), a partner never does", () => {
    expect(owners("In 2031, Hunan's exports were 3.2 billion dollars, against 18.9 billion dollars for Shandong as a whole."))
      .toEqual([[3.2, "hunan", "exports"], [18.9, "shandong", "exports"]]);
    expect(owners("In 2031, Hunan's exports were 3.2 billion dollars, against 18.9 billion dollars for the EU."))
      .toEqual([[3.2, "hunan", "exports"], [18.9, "hunan", "exports"]]);
  });
});

describe("people counted", () => {
  it("are of no flow ('66 million residents'), while goods counted keep theirs", () => {
    const facts = factsOf("Hunan exported 1,250 vehicles in 2031. The province has 66 million residents.", Y);
    expect(facts.map((f) => [f.value, f.measure, f.metric])).toEqual([[1250, "count", "exports"], [66, "count", "other"]]);
  });
});

describe("the whole a zone's share is of ('of the province's total')", () => {
  const shareOf = (t: string) => factsOf(t, Y).find((f) => f.measure === "share")?.shareOf;
  it("is the province a zone's name carries, whatever city was named last", () => {
    expect(shareOf("Lanzhou's trade rose 5 percent in 2031. The China (Gansu) Pilot Free Trade Zone recorded trade of "
      + "21.5 billion yuan, or 26.4 percent of the province's total.")).toBe("gansu");
    expect(shareOf("Xi'an's trade rose 5 percent in 2031. The China (Gansu) Pilot Free Trade Zone recorded trade of "
      + "21.5 billion yuan, or 26.4 percent of the province's total.")).toBe("gansu");
  });
  it("is the province of the city named last, never the city, for 'the province's'", () => {
    expect(shareOf("Changsha's trade rose 5 percent in 2031. The Velmar Comprehensive Bonded Zone recorded trade of "
      + "3.2 billion yuan, or 12 percent of the province's total.")).toBe("hunan");
    expect(shareOf("Hunan's trade rose 5 percent in 2031. The Velmar Comprehensive Bonded Zone recorded trade of "
      + "3.2 billion yuan, or 12 percent of the province's total.")).toBe("hunan");
  });
  it("is the city named last for 'the city's'", () => {
    expect(shareOf("Changsha's trade rose 5 percent in 2031. The Velmar Comprehensive Bonded Zone recorded trade of "
      + "3.2 billion yuan, or 12 percent of the city's total.")).toBe("city:changsha");
    expect(shareOf("Changsha's trade rose 5 percent in 2031, and Hunan's trade rose 4 percent. The Velmar Comprehensive "
      + "Bonded Zone recorded trade of 3.2 billion yuan, or 12 percent of the city's total.")).toBe("city:changsha");
  });
});

describe("the zone a sentence's figures belong to", () => {
  const owners = (t: string) => factsOf(t, Y).map((f) => [f.value, f.entity]);
  const ZONE = "zone:Velmar Comprehensive Bonded Zone";
  it("is a zone named before the first figure, even after an aside", () => {
    expect(owners("In 2031, the Velmar Comprehensive Bonded Zone recorded trade of 3.2 billion yuan.")).toEqual([[3.2, ZONE]]);
    expect(owners("In 2031, Hunan (a central province) said the Velmar Comprehensive Bonded Zone recorded trade of 3.2 "
      + "billion yuan.")).toEqual([[3.2, ZONE]]);
  });
  it("is none when the zone is named only inside an aside", () => {
    expect(owners("In 2031, Hunan, which hosts the Velmar Comprehensive Bonded Zone, recorded trade of 3.2 billion yuan."))
      .toEqual([[3.2, "hunan"]]);
  });
  it("is the zone in focus for a later clause saying 'the zone's', the place's figure before it staying the place's", () => {
    expect(owners("The Velmar Comprehensive Bonded Zone opened in 2029. In 2031, Hunan's trade rose 5 percent, and the "
      + "zone's exports reached 3.2 billion yuan.")).toEqual([[5, "hunan"], [3.2, ZONE]]);
  });
  it("is the zone for a figure whose own clause names the zone by its head word, whatever place follows", () => {
    expect(owners("The Velmar Comprehensive Bonded Zone opened in Hunan in 2029. In 2031, the zone grew, and Velmar "
      + "registered 300 firms, rolled out across Hunan.")).toEqual([[300, ZONE]]);
  });
});
