import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { subjectFinder } from "../text/subjects.js";

// A stored pair of goods ("lacquerware and bamboo crafts") one of whose parts a question asks apart ("ratio of
// lacquerware to bamboo crafts") is not asked: its other part is, alone. Made-up goods.
describe("a stored pair of goods whose part is asked apart", () => {
  const findSubjects = subjectFinder(["lacquerware and bamboo crafts", "lacquerware"]);
  it("is read as its other part", () => {
    const q = parseQuestion("ratio of lacquerware to bamboo crafts in zigong 2031 exports", { findSubjects });
    expect(q.subjects).toEqual(["lacquerware", "bamboo crafts"]);
  });
  it("is kept when asked whole", () => {
    const q = parseQuestion("zigong lacquerware and bamboo crafts exports in 2031?", { findSubjects });
    expect(q.subjects).toContain("lacquerware and bamboo crafts");
  });
});
