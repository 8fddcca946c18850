import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Trade in services beside the goods customs count: its own figures, never the place's total; and its share of goods and
// services together is services ÷ (goods + services).
const BRIEFING = `Xiamen holds its 2023 trade briefing
2024-01-25

Xiamen's imports and exports of goods reached 920.5 billion yuan in 2023, up 3.1 percent. Trade in services reached
101.3 billion yuan, up 8.4 percent, with services exports of 55.2 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "xiamen-2023.md": BRIEFING });
}, 60_000);
afterAll(() => over.close());

describe("services trade beside goods trade", () => {
  it("is services ÷ (goods + services) when the share of the two together is asked", async () => {
    const a = await over.ask("xiamen 2023: services trade as % of goods + services combined?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 9.91, unit: "%" });
  });
  it("sets services trade against goods trade (the place's total) when the two are compared", async () => {
    const a = await over.ask("xiamen 2023: services vs goods trade growth - which grew faster and by how many pts?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 5.3, unit: "percentage points" });
    expect(a.answer).toMatch(/services trade grew faster/);
  });
  it("names the goods side first when the question does", async () => {
    const a = await over.ask("xiamen 2023 goods or services trade - which was bigger and by how much?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 819.2 });
    expect(a.answer).toMatch(/goods trade[^.]*bigger|goods trade was bigger/);
  });
  it("stores services figures as services trade, never as the place's total or its flows", () => {
    const facts = factsOf("Xiamen's trade in services reached 101.3 billion yuan in 2023, up 8.4 percent, with services exports of "
      + "55.2 billion yuan. Xiamen's goods and services trade reached 1 trillion yuan.", { published: "2024-01-25" });
    expect(one(facts, 101.3)).toMatchObject({ subject: "services trade" });
    expect(one(facts, 8.4)).toMatchObject({ subject: "services trade" });
    expect(one(facts, 55.2)).toMatchObject({ subject: "services trade", metric: "exports" });
  });
});
