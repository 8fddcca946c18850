import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { normaliseQuestion } from "../retrieval/question.js";
import { plainWording } from "../text/wordings.js";

// Stop-32 review: rules of question reading that fired beyond their shape. Each reviewer's question, read as asked.

describe("a greeting is set off from the question, never a hyphen inside a word", () => {
  it.each(["Hi-tech exports of Xi'an in 2023?", "OK-grade steel exports of Hebei in 2023?", "Yo-yo exports of Yiwu in 2023?"])(
    "%s", (question) => {
      expect(normaliseQuestion(question)).toBe(question);
    });
  it.each([
    ["hi - Zorland 2031 exports?", "Zorland 2031 exports?"],
    ["hey bot- Zorland 2031 exports?", "Zorland 2031 exports?"],
    ["ok, Zorland 2031 exports?", "Zorland 2031 exports?"],
    ["hello! Zorland 2031 exports?", "Zorland 2031 exports?"],
  ])("%s", (question, plain) => {
    expect(normaliseQuestion(question)).toBe(plain);
  });
});

describe("'how did X do' asks a change only where 'do' ends the clause or a period follows", () => {
  it.each([
    "How does Yiwu do cross-border e-commerce?",
    "How did exporters do business with Russia in 2023?",
    "How did exporters do after the tariff?",
  ])("%s", (question) => {
    expect(plainWording(question)).toBe(question);
    expect(parseQuestion(question).measures).not.toContain("growth");
  });
  it.each([
    ["how did Zorland's exports do in 2031?", "how did Zorland's exports grow in 2031?"],
    ["how did Zorland's exports do last year?", "how did Zorland's exports grow last year?"],
    ["how did Zorland's exports do?", "how did Zorland's exports grow?"],
    ["how did Zorland's exports do, and why?", "how did Zorland's exports grow, and why?"],
    ["how did Zorland's exports do in the first half?", "how did Zorland's exports grow in the first half?"],
  ])("%s", (question, plain) => {
    expect(plainWording(question)).toBe(plain);
  });
});

describe("a place joined by a hyphen is a partner only outside the mainland", () => {
  it.each([
    ["What was Guangzhou-Foshan trade in 2023?", ["city:guangzhou", "city:foshan"]],
    ["Xiamen-Zhangzhou exports in 2023?", ["city:xiamen", "city:zhangzhou"]],
  ])("%s", (question, entities) => {
    const f = parseQuestion(question);
    expect(f.entities).toEqual(entities);
    expect(f.partners).toEqual([]);
  });
  it.each([
    ["Xiamen-Taiwan trade in 2023?", "taiwan"],
    ["Dongguan-Hong Kong imports in 2023?", "hong-kong"],
    ["guangxi-us trade in 2023?", "partner:us"],
  ])("%s", (question, partner) => {
    expect(parseQuestion(question).partners).toEqual([partner]);
  });
  it("'non-us' is no partner: no place before the hyphen", () => {
    expect(parseQuestion("What were Hebei's non-us exports in 2023?").partners).toEqual([]);
  });
});

describe("the year written before a span that wraps the year end", () => {
  it("is not read as the span's last month of that year", () => {
    const periods = parseQuestion("Hebei exports in 2023 dec-feb?").periods;
    expect(periods).not.toContainEqual(expect.objectContaining({ y1: 2023, m1: 2, y2: 2023, m2: 2 }));
  });
  it("a span inside the year is still read", () => {
    expect(parseQuestion("Hebei exports in 2023 jan-mar?").periods).toEqual([{ y1: 2023, m1: 1, y2: 2023, m2: 3 }]);
  });
});

describe("a span of months across the year's end", () => {
  it("is one span, not its two end months", () => {
    expect(parseQuestion("Hebei exports dec 2022-feb 2023?").periods).toEqual([{ y1: 2022, m1: 12, y2: 2023, m2: 2 }]);
    expect(parseQuestion("Hebei exports in 2023 dec-feb?").periods).toEqual([{ y1: 2022, m1: 12, y2: 2023, m2: 2 }]);
  });
});
