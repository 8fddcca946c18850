import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// An earlier release's figure for a shorter span of the text's months, given in the past perfect ("For January-July,
// customs had reported N"), is a look back: the text goes on in its own months, January-August.
const read = (text: string) => factsOf(text, { title: "Gansu trade", published: "2017-09-20" })
  .map((f) => [f.metric, f.value, f.period && periodLabel(f.period)]);
const LEAD = "Gansu reported imports and exports of 43.2 billion yuan for January-August 2017, up 30.6 percent.\n\n"
  + "In August alone, the province's imports and exports reached 5.3 billion yuan, up 21.4 percent.\n\n";

describe("an earlier release's shorter span, in the past perfect", () => {
  it("keeps its own months, and the text goes on in its own", () => {
    const facts = read(`${LEAD}For January-July, customs had reported 37.1 billion yuan.\n\n`
      + "Laptops remained Gansu's biggest export item at 5.4 billion yuan.");
    expect(facts.find((f) => f[1] === 37.1)?.[2]).toBe("January–July 2017");
    expect(facts.find((f) => f[1] === 5.4)?.[2]).toBe("January–August 2017");
  });
});
