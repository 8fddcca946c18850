import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "46.7 percent of the total, down from 57.2 percent in 2008": the earlier figure is the share of an earlier year,
// never a fall of 57.2 percent. Made-up figures.
const META = { title: "Processing trade slips in Hunan", published: "2033-02-05" };

describe("a share, then 'down from' or 'up from' an earlier share", () => {
  it.each([["down"], ["up"]])("reads the earlier figure as a share (%s from), not a change", (dir) => {
    const facts = factsOf("Processing imports and exports came to 45.12 billion US dollars, 38.4 percent of the "
      + `province's total of 117.5 billion dollars, ${dir} from 51.6 percent in 2028.`, META);
    const earlier = facts.filter((f) => f.value === 51.6 || f.value === -51.6);
    expect(earlier.every((f) => f.measure !== "growth" && f.measure !== "pp_change")).toBe(true);
  });
});
