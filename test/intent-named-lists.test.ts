import { describe, expect, it } from "vitest";
import { intentBase } from "./helpers/figureBase.js";

// Lists the documents name without figures (retrieval/intents/rankWithin.ts, solveNamedList and namedMembers): partners,
// goods, bordering countries, a province's cities; over made-up articles.
const { ask } = intentBase([
  ["im-lists", "Inner Mongolia lists", "2024-01-29", [
    "Inner Mongolia's foreign trade grew 5 percent in the first half of 2023. Its four biggest trading partners were Mongolia, Russia,",
    "Australia and Brazil. The region's main export goods were steel, rare earths and chemicals. Its main import goods were coal and iron",
    "ore. Inner Mongolia borders Mongolia and Russia. Baotou, Ordos and Hohhot were the three cities with the fastest import growth.",
  ].join(" ")],
  ["china", "China partners", "2024-01-13",
    "China's foreign trade grew 3 percent in 2023. China's three biggest trading partners were ASEAN, the European Union and the United States."],
  ["im-2022", "Inner Mongolia 2022", "2023-01-29",
    "Inner Mongolia's foreign trade grew 8 percent in 2022. Its five biggest trading partners were Mongolia, Russia, Australia, Brazil and Chile."],
]);
const LIST = "a list the documents name";
const text = (question: string) => ask(question).answer?.lines[0]?.text;

describe("a list the documents name", () => {
  it("gives the list of the period asked, with 'the' before a period in words", () => {
    const { intent, answer } = ask("who were inner mongolia's four biggest trading partners in the first half of 2023?");
    expect(intent).toBe(LIST);
    expect(answer).toEqual({ status: "answered", figures: [], lines: [{
      text: "Inner Mongolia's four biggest trading partners in the first half of 2023: Mongolia, Russia, Australia and Brazil",
      facts: expect.any(Array),
    }] });
    expect(answer?.lines[0]?.facts.map((f) => f.items)).toEqual([["Mongolia", "Russia", "Australia", "Brazil"]]);
    expect(text("who were inner mongolia's biggest trading partners in 2022?"))
      .toBe("Inner Mongolia's five biggest trading partners in 2022: Mongolia, Russia, Australia, Brazil and Chile");
  });
  it("prefers the list of the length asked, and gives as many as asked of a longer one", () => {
    expect(text("who were inner mongolia's four biggest trading partners?"))
      .toBe("Inner Mongolia's four biggest trading partners in the first half of 2023: Mongolia, Russia, Australia and Brazil");
    expect(text("who were inner mongolia's five biggest trading partners?"))
      .toBe("Inner Mongolia's five biggest trading partners in 2022: Mongolia, Russia, Australia, Brazil and Chile");
    expect(text("who were inner mongolia's two biggest trading partners in the first half of 2023?"))
      .toBe("Inner Mongolia's four biggest trading partners in the first half of 2023: Mongolia and Russia");
  });
  it("gives the nation's list when the question names the nation, partners with the short forms people type", () => {
    expect(text("who were the country's biggest trading partners?"))
      .toBe("China's three biggest trading partners in 2023: ASEAN, European Union (EU) and United States (US)");
  });
  it("says what it has and lacks when asked for more than a list names", () => {
    expect(ask("who were inner mongolia's six biggest trading partners in 2022?").answer).toEqual({ status: "abstain", figures: [], lines: [{
      text: "The documents name only 5 of Inner Mongolia's 6 biggest trading partners in 2022: Mongolia, Russia, Australia, Brazil and Chile; "
        + "they do not name the others",
      facts: [expect.objectContaining({ items: ["Mongolia", "Russia", "Australia", "Brazil", "Chile"] })],
    }] });
  });
  it("lists the countries a place borders whatever the period, without one", () => {
    expect(text("which countries does inner mongolia border?")).toBe("Inner Mongolia's bordering countries: Mongolia and Russia");
    expect(text("which countries does inner mongolia border in 2023?")).toBe("Inner Mongolia's bordering countries: Mongolia and Russia");
  });
  it("lists the goods of the flow asked", () => {
    expect(text("what goods did inner mongolia import?")).toBe("Inner Mongolia's main import goods in the first half of 2023: coal and iron ore");
    expect(text("what were inner mongolia's main export goods?"))
      .toBe("Inner Mongolia's main export goods in the first half of 2023: steel, rare earths and chemicals");
  });
  it("falls back to the named list when a ranking question finds no figures", () => {
    const { intent, answer } = ask("list inner mongolia's trading partners in the first half of 2023");
    expect(intent).toBe(LIST);
    expect(answer?.lines[0]?.text).toBe("Inner Mongolia's four biggest trading partners in the first half of 2023: Mongolia, Russia, Australia and Brazil");
  });
});

describe("a province's cities a statement names", () => {
  it("names them with the statement's words and its period", () => {
    expect(text("which three inner mongolia cities had the fastest import growth?"))
      .toBe("The three cities with the fastest import growth (Inner Mongolia, first half of 2023): Baotou, Ordos and Hohhot");
  });
  it("gives nothing for another count or another flow", () => {
    expect(ask("which two inner mongolia cities had the fastest import growth?")).toEqual({ intent: undefined, answer: undefined });
    expect(ask("which inner mongolia cities had the fastest export growth?")).toEqual({ intent: undefined, answer: undefined });
  });
});
