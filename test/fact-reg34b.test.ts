import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Regressions of merge 2acdbe2 (kWh as counts). Made-up sentences and figures.
const Y2023 = { published: "2024-01-20" };

describe("a second flow's clause after counted goods", () => {
  it("'…, and imported N tonnes from X' is that flow's, of no goods named 'imported'", () => {
    const facts = factsOf("Guangxi exported 3.12 million tonnes of coal to Thailand and Laos in 2023, worth 1.05 billion yuan, "
      + "and imported 0.84 million tonnes from Laos, worth 0.27 billion yuan.", Y2023);
    expect(one(facts, 0.84)).toMatchObject({ metric: "imports", measure: "count" });
    expect(one(facts, 0.84).subject).toBeUndefined();
    expect(one(facts, 0.27).subject).toBeUndefined();
  });

  it("so is one in kWh after electricity exported", () => {
    const facts = factsOf("Guangxi exported 3.12 billion kilowatt-hours of electricity to Thailand and Laos in 2023, worth "
      + "1.05 billion yuan, and imported 0.84 billion kilowatt-hours from Laos, worth 0.27 billion yuan.", Y2023);
    expect(one(facts, 3.12)).toMatchObject({ metric: "exports", subject: "electricity" });
    expect(one(facts, 0.84)).toMatchObject({ metric: "imports", measure: "count", unit: "billion kilowatt-hours" });
    expect(one(facts, 0.84).subject).not.toBe("imported");
  });
});
