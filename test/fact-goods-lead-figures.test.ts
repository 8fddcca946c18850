import { describe, expect, it } from "vitest";
import { baseOf, frameOf } from "./helpers/figureBase.js";
import { shortFormsIn } from "../text/subjects.js";

const facts = (text: string) => baseOf([["a1", "Yichang in numbers", "2022-02-01", text]]).facts
  .map((f) => ({ value: f.value, measure: f.measure, subject: f.subject }));

describe("goods and their figures", () => {
  it("reads a figure that opens a bullet as the goods named after its dash", () => {
    const got = facts("Yichang's exports rose 9.1 percent in 2021.\n\n- 3.41 billion yuan - exports of kayaks and parts, "
      + "up 22.4 percent, led by sea kayaks.\n");
    expect(got).toContainEqual({ value: 3.41, measure: "amount", subject: "kayaks and parts" });
  });

  it("reads a 'Growth' row of places side by side as no goods", () => {
    const got = facts("Yichang and Jingzhou traded more in 2024.\n\n| 2024 | Yichang | Jingzhou |\n|---|---|---|\n"
      + "| Imports and exports (billion yuan) | 61.20 | 40.10 |\n| Growth | +3.2% | +1.9% |\n");
    expect(got.filter((f) => f.subject === "growth")).toEqual([]);
  });

  it("asks a text's photovoltaic modules as solar modules, and biopharmaceuticals as biopharma", () => {
    expect(shortFormsIn("yichang solar module exports")).toEqual(["solar module"]);
    const b = baseOf([["a1", "Yichang 2023", "2024-01-20", "Yichang's exports rose 9.1 percent in 2023. Photovoltaic module "
      + "exports grew 22.4 percent to 31.55 billion yuan. Biopharmaceutical exports, mostly generics, rose 11.2 percent to "
      + "3.31 billion yuan."]]);
    const solar = frameOf("yichang solar module exports 2023?", b);
    expect([solar.subjects, solar.terms]).toEqual([["photovoltaic module"], []]);
    expect(frameOf("yichang biopharma exports in 2023?", b).subjects).toEqual(["biopharmaceutical"]);
  });
});

describe("a figure of a part said 'alone'", () => {
  it("reads 'reached N in 2030 in X alone' as X's figure, not the whole the sentence opened with", () => {
    const got = facts("Yichang's services trade, which is counted apart, reached 41.7 (USD 100 million) in 2030 in "
      + "transport services alone.");
    expect(got.find((f) => f.value === 4.17)?.subject).toBe("transport services");
  });
  it("keeps a figure said 'in June alone' of the whole", () => {
    const got = facts("Yichang's services trade reached 3.6 billion yuan in June alone, the most of any month.");
    expect(got.find((f) => f.value === 3.6)?.subject).toBe("services trade");
  });
});

describe("whose goods figures are", () => {
  it("keeps the place a pronoun refers to after an opening 'Unlike most X cities,'", () => {
    const got = baseOf([["a1", "Hubei cities 2024", "2025-02-01", "Yichang's foreign trade grew 4.1 percent to 61.20 billion "
      + "yuan in 2024. Unlike most Hubei cities, it ran a deficit: imports were 35.10 billion yuan, up 2.2 percent, while "
      + "exports were 26.10 billion yuan."]]).facts;
    expect(got.find((f) => f.value === 35.1)?.entity).toBe("city:yichang");
  });

  it("never reads a count word stored as goods ('exported 2,140 units worth …') as goods a question asks", () => {
    const b = baseOf([["a1", "Yichang 2024", "2025-02-01", "Yichang's exports rose 9.1 percent in 2024. About forty kayak "
      + "makers cluster in the city's park, and they exported 2,140 units worth 0.51 billion yuan, up 22.0 percent."]]);
    expect(frameOf("yichang kayak exports 2024 - value and number of units", b).subjects).not.toContain("units");
  });
});
