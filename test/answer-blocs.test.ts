import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Whole answers over made-up articles (no evaluation set's place, person or number): partners within a bloc, a bloc
// beside its members, a group's members ranked, how long something has held, plans, a gap to a regional average, and a
// question that asks for a definition and a figure at once.

const CITY = `---
title: "Quanzhou's foreign trade in 2023"
published: "2024-01-26"
---
Quanzhou's total foreign trade reached 260.4 billion yuan in 2023, a decrease of 2.1 percent, according to Quanzhou Customs.

ASEAN has been Quanzhou's largest trading partner for nine consecutive years. Trade with the bloc totaled 61.2 billion yuan, up 5.3 percent. Among ASEAN members, Thailand was the city's biggest partner at 14.8 billion yuan, ahead of the Philippines (11.6 billion yuan) and Malaysia (9.9 billion yuan).

The European Union and the United States ranked second and third, with trade of 35.7 billion yuan and 30.2 billion yuan respectively; trade with the United States fell 9.4 percent, while trade with the European Union fell 1.2 percent.

Exports of the "new three" products, electric vehicles, lithium batteries and solar cells, rose 41.3 percent to 7.6 billion yuan. Solar cells led the group with 3.9 billion yuan, followed by lithium batteries at 2.6 billion yuan and electric vehicles at 1.1 billion yuan.
`;

const CITY_HALF = `---
title: "Ordos trade grows in first half"
published: "2025-07-21"
---
Ordos, a coal city in Inner Mongolia, recorded foreign trade of 8.4 billion yuan in the first half of 2025, up 12.6 percent year on year.

The growth rate was 5.1 percentage points higher than the regional average.

Zhao Min, head of the city's commerce bureau, said the city would open a new bonded warehouse in the second half.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "city.md": CITY, "half.md": CITY_HALF }));
});
afterAll(() => close());

describe("partners and blocs", () => {
  it("ranks the bloc's members when the question asks for the largest partner within it", async () => {
    const a = await ask("Who was Quanzhou's largest trading partner within ASEAN in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. Thailand 14\.8 billion yuan; 2\. Philippines 11\.6 billion yuan; 3\. Malaysia 9\.9/);
    expect(a.answer).not.toMatch(/European Union/);
  });

  it("ranks a bloc against other partners, not beside its own members", async () => {
    const a = await ask("What was Quanzhou's largest trading partner in 2023?");
    expect(a.answer).toMatch(/1\. ASEAN 61\.2 billion yuan; 2\. European Union \(EU\) 35\.7 billion yuan; 3\. United States \(US\) 30\.2/);
    expect(a.answer).not.toMatch(/Thailand/);
  });

  it("ranks the partners whose trade fell from the steepest fall", async () => {
    const a = await ask("Which partner's trade with Quanzhou fell the most in 2023?");
    expect(a.answer).toMatch(/1\. United States \(US\) -9\.4%; 2\. European Union \(EU\) -1\.2%/);
  });

  it("quotes how long a partner has been the largest", async () => {
    const a = await ask("How long has ASEAN been Quanzhou's largest trading partner?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("for nine consecutive years");
  });
});

describe("a group and its members", () => {
  it("ranks the members of the 'new three', not the group's own total", async () => {
    const a = await ask("Rank Quanzhou's \"new three\" exports in 2023.");
    expect(a.answer).toMatch(/1\. solar cells 3\.9 billion yuan; 2\. lithium batteries 2\.6 billion yuan; 3\. electric vehicles 1\.1/);
  });

  it("answers what the group is beside how much it exported", async () => {
    const a = await ask("What are the \"new three\" products and how much did Quanzhou export of them in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(7.6);
    expect(a.answer).toContain("electric vehicles, lithium batteries and solar cells");
  });
});

describe("a city against its region's average", () => {
  it("answers the growth and the gap, named as the regional average", async () => {
    const a = await ask("What was Ordos's trade growth in the first half of 2025 and how did it compare with the regional average?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([12.6, 5.1]));
    expect(a.answer).toMatch(/faster than the regional average/);
    expect(a.answer).not.toMatch(/national average/);
  });

  it("works out the region's growth from the city's growth and its gap", async () => {
    const a = await ask("What was Inner Mongolia's trade growth in H1 2025?");
    expect(a.figures[0]).toMatchObject({ value: 7.5 });
    expect(a.answer).toMatch(/12\.6 − 5\.1 = 7\.5/);
  });

  it("does not give the regional gap as a gap to the national average", async () => {
    const a = await ask("How much faster than the national average did Ordos's trade grow in the first half of 2025?");
    expect(a.figures.map((f) => f.value)).not.toContain(5.1);
  });
});

describe("plans", () => {
  it("quotes what a city will do in the coming half-year", async () => {
    const a = await ask("What will Ordos do in the second half of 2025?");
    expect(a.answer).toContain("would open a new bonded warehouse");
  });
});
