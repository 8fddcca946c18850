import { describe, expect, it } from "vitest";
import { ABSTAIN, figureFactValues, intentBase, lineValues } from "./helpers/figureBase.js";

// "How many times": one amount over another (retrieval/intents/ratio.ts), over made-up articles.
const { ask } = intentBase([
  ["shanghai", "Shanghai trade", "2024-01-22",
    "Shanghai's foreign trade reached 4.2 trillion yuan in 2023, up 0.7 percent. Exports came to 1.7 trillion yuan, down 1.2 percent."],
  ["baotou", "Baotou trade", "2024-01-23", [
    "Baotou's foreign trade reached 35 billion yuan in 2023. Its exports came to 20 billion yuan and its imports came to 15 billion yuan.",
    "Baotou's foreign trade reached 28 billion yuan in 2022.",
  ].join(" ")],
  ["hohhot", "Hohhot trade", "2024-01-24", "Hohhot's foreign trade reached 2 billion US dollars in 2023."],
  ["lhasa", "Lhasa trade", "2023-01-24", "Lhasa's foreign trade reached 7 billion yuan in 2022."],
]);
const last = (question: string) => ask(question).answer?.figures.at(-1);

describe("one amount as a multiple of another", () => {
  it("divides across scales, the side named after 'multiple of' dividing", () => {
    const { intent, answer } = ask("shanghai's trade was what multiple of baotou's in 2023?");
    expect(intent).toBe("ratio");
    expect(answer?.lines[0]?.text).toBe("Shanghai: 4.2 trillion yuan; Baotou: 35 billion yuan, 2023. Shanghai was 120 times Baotou (4200 ÷ 35 = 120 times)");
    expect(answer?.figures.map((f) => [f.value, f.unit, f.computed])).toEqual([
      [4.2, "trillion yuan", false], [35, "billion yuan", false], [120, "times", true],
    ]);
    expect(lineValues(answer)).toEqual([[4.2, 35]]);
    expect(figureFactValues(answer)).toEqual([[4.2], [35], [4.2, 35]]);
  });
  it("keeps the question's order when the first side named is the one multiplied", () => {
    expect(last("in 2023, baotou's trade was how many times shanghai's?")).toMatchObject({ label: "Baotou ÷ Shanghai", formula: "35 ÷ 4200 = 0.01 times" });
    expect(last("shanghai's exports in 2023 were how many times baotou's?")).toMatchObject({ label: "Shanghai ÷ Baotou", value: 85 });
  });
  // (b14's first run: "how many times bigger was X's?" divided the other side by X)
  it("divides the side 'how many times bigger was …' is of by the other", () => {
    expect(last("baotou 2022 vs shanghai 2023: how many times bigger was shanghai's trade?"))
      .toMatchObject({ label: "Shanghai ÷ Baotou", formula: "4200 ÷ 28 = 150 times" });
    expect(last("how many times bigger was shanghai's trade in 2023 than baotou's in 2022?"))
      .toMatchObject({ label: "Shanghai ÷ Baotou" });
  });
  it("says a multiple below one the other way round too: 'how many times A was B' may be read either way", () => {
    const { answer } = ask("in 2023, baotou's trade was how many times shanghai's?");
    expect(answer?.lines[0]?.text).toMatch(/Baotou was 0\.01 times Shanghai \(35 ÷ 4200 = 0\.01 times\); Shanghai was 120 times Baotou \(4200 ÷ 35 = 120 times\)$/);
    expect(answer?.figures.map((f) => f.label)).toEqual(["Baotou · foreign trade · 2023", "Shanghai · foreign trade · 2023",
      "Shanghai ÷ Baotou", "Baotou ÷ Shanghai"]);
    // (a multiple above one is said once)
    expect(ask("in 2023, shanghai's trade was how many times baotou's?").answer?.lines[0]?.text).not.toMatch(/Baotou was/);
  });
  it("gives each side its own period when the question names one each", () => {
    const { answer } = ask("shanghai 2023 vs baotou 2022: shanghai's trade was how many times baotou's?");
    expect(answer?.lines[0]?.text).toBe("Shanghai (2023): 4.2 trillion yuan; Baotou (2022): 28 billion yuan. Shanghai was 150 times Baotou (4200 ÷ 28 = 150 times)");
  });
  it("takes the divisor's amount in the period of the first side's when the question names none", () => {
    // Lhasa states 2022 only: Baotou's 2022 amount divides it, not its later 2023 one
    expect(last("lhasa's trade was how many times baotou's?")).toMatchObject({ label: "Lhasa ÷ Baotou", formula: "7 ÷ 28 = 0.25 times" });
    expect(ask("lhasa's trade was how many times baotou's?").answer?.lines[0]?.text).toMatch(/, 2022\. Lhasa was 0\.25 times Baotou/);
    // Baotou's latest is 2023, which Lhasa does not state
    expect(ask("baotou's trade was how many times lhasa's?").answer).toEqual(ABSTAIN);
  });
  it("abstains on amounts in two currencies", () => {
    const { intent, answer } = ask("hohhot's trade in 2023 was how many times shanghai's in 2023?");
    expect(intent).toBe("ratio");
    expect(answer).toEqual(ABSTAIN);
  });
  it("is not the intent for 'how many times' with one side", () => {
    expect(ask("shanghai's trade was how many times in 2023?").intent).toBeUndefined();
  });
});

// two places' export/import ratios: each place's own flows divided, never one place's amount over the other's
const flows = intentBase([
  ["baotou-flows", "Baotou trade", "2024-01-23",
    "Baotou's exports came to 20 billion yuan in 2023 and its imports came to 16 billion yuan. Baotou's foreign trade reached 36 billion yuan in 2023."],
  ["wuhai-flows", "Wuhai trade", "2024-01-25",
    "Wuhai's exports came to 9 billion yuan in 2023 and its imports came to 6 billion yuan. Wuhai's foreign trade reached 15 billion yuan in 2023."],
  ["chifeng-flows", "Chifeng trade", "2024-01-26", "Chifeng's exports came to 3 billion yuan in 2023."],
]);

describe("two places' export/import ratios", () => {
  it("divides each place's exports by its own imports and says whose ratio is higher", () => {
    for (const question of ["2023 export/import ratio baotou vs wuhai - which was higher?",
      "baotou vs wuhai: ratio of exports to imports in 2023?"]) {
      const { intent, answer } = flows.ask(question);
      expect(intent).toBe("ratio");
      expect(answer?.figures.filter((f) => f.computed).map((f) => [f.label, f.value])).toEqual([
        ["Baotou: exports ÷ imports", 1.25], ["Wuhai: exports ÷ imports", 1.5]]);
      expect(answer?.lines.at(-1)?.text).toMatch(/Wuhai's ratio is higher$/);
    }
  });
  it("abstains when a place's imports are not stated", () => {
    expect(flows.ask("2023 export/import ratio baotou vs chifeng?").answer).toEqual(ABSTAIN);
  });
});
