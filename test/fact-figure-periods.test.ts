import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Which of a sentence's periods a figure takes (periodFor and seriesPeriod in facts/extract.ts): the nearer of the
// periods around it, a period before it over one after it that is not its own phrase's, its own clause's over a nearer
// one in the next clause, not the start of a change, not a period named after a cause that stands elsewhere, and the
// quarters of a series. Made-up sentences. (Written against the mutants that survived the facts area's mutation run,
// Stop 26: the distance to a period after the figure measured from the wrong end or ignored, the penalty of a change's
// start turned into a bonus, the clause filter dropped, a cause anywhere in the sentence hiding a period after the
// figure, the whole-year rule applied to a sentence that names its period.)
const periods = (text: string, published: string, title?: string) =>
  factsOf(text, { published, ...(title && { title }) }).map((f) => [f.value, f.period && periodLabel(f.period)]);

describe("the period of a figure between periods", () => {
  it("takes the period before the figure when one after it is nearer but not its phrase's", () => {
    expect(periods("In March, Hubei's exports rose 5 percent year on year, the most since 2019.", "2023-05-01"))
      .toEqual([[5, "March 2023"]]);
  });
  it("takes the nearer period before the figure over a farther one after it that another figure's phrase names", () => {
    expect(periods("In March, Hubei's exports rose 5 percent year on year, well above the 2 percent growth seen in "
      + "February.", "2023-05-01")).toEqual([[5, "March 2023"], [2, "February 2023"]]);
  });
  it("takes the period after the figure when it is nearer than the one before", () => {
    expect(periods("After a weak 2022, Hubei's exports rose 5 percent year on year in March.", "2023-05-01"))
      .toEqual([[5, "March 2023"]]);
  });
  it("gives the end of a change the sentence's period, not the year its start is of", () => {
    expect(periods("In 2010, Hubei's exports had fallen from 1.5 billion yuan in 2004 to 591 million yuan.", "2011-05-01"))
      .toEqual([[1.5, "2004"], [591, "2010"]]);
  });
  it("takes its own clause's period over a nearer one in the next clause", () => {
    expect(periods("In 2023, Hubei's exports rose 5 percent, while in 2022 its imports had fallen 3 percent.", "2024-05-01"))
      .toEqual([[5, "2023"], [-3, "2022"]]);
  });
  it("keeps a period after the figure when the sentence's cause stands before it", () => {
    expect(periods("Driven by strong demand, Hubei's exports rose 5 percent in 2022.", "2023-05-01",
      "Hubei trade in the first half of 2023")).toEqual([[5, "2022"]]);
  });
  it("takes the year a sentence names over the whole year of the text's period", () => {
    expect(periods("Hubei's exports rose 5 percent in the first half of 2022. Over the whole year, its imports in 2023 "
      + "fell 3 percent.", "2024-03-01")).toEqual([[5, "first half of 2022"], [-3, "2023"]]);
  });
});

describe("the items of a series", () => {
  it("gives each item after the first the quarter its ordinal names, in the year of the first", () => {
    expect(periods("Hubei's trade in the first quarter of 2023 recorded 152.3 billion yuan, the second 161.8 billion "
      + "yuan and the third 170.2 billion yuan.", "2024-03-01"))
      .toEqual([[152.3, "Q1 2023"], [161.8, "April–June 2023"], [170.2, "July–September 2023"]]);
  });
  it("gives the second item of a series of halves the second half", () => {
    expect(periods("In 2023, Hubei's trade in the first half recorded 152.3 billion yuan, the second 161.8 billion yuan.",
      "2024-03-01")).toEqual([[152.3, "first half of 2023"], [161.8, "second half of 2023"]]);
  });
});
