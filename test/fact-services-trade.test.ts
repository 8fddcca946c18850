import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findSubjects, subjectFinder } from "../text/subjects.js";
import { factsOf, one } from "./helpers/facts.js";

// Services trade spelled by its flows: "services imports", "imports and exports of services" are the trade mode beside
// goods (one subject, "services trade"), never goods called "services", and an elided item keeps its own flow word.
describe("services trade named by its flows", () => {
  it("reads 'services imports' and 'imports and exports of services' as services trade", () => {
    expect(findSubjects("hubei services imports and exports in 2024").map((s) => s.name)).toEqual(["services trade"]);
    expect(findSubjects("Hubei's imports and exports of services rose").map((s) => s.name)).toEqual(["services trade"]);
    expect(parseQuestion("hubei services imports and exports in 2024 - total and yoy?").subjects).toEqual(["services trade"]);
  });

  it("stores the services figures as services trade with no goods 'services' beside", () => {
    const facts = factsOf("Hubei's imports and exports of services reached 81.2 billion yuan in 2024, up 7.3 percent. "
      + "Services exports were 43.1 billion yuan and services imports 38.1 billion yuan.", { published: "2025-01-20" });
    expect(one(facts, 81.2)).toMatchObject({ subject: "services trade", qualifier: "services trade", metric: "trade" });
    expect(one(facts, 7.3)).toMatchObject({ subject: "services trade", qualifier: "services trade" });
    expect(one(facts, 43.1)).toMatchObject({ subject: "services trade", metric: "exports" });
    expect(one(facts, 38.1)).toMatchObject({ subject: "services trade", metric: "imports" });
  });

  it("gives an elided item the flow word after it ('and coal imports 3.7 billion yuan')", () => {
    const facts = factsOf("Hunan's exports of steel were 4.1 billion yuan and coal imports 3.7 billion yuan in 2024.",
      { published: "2025-01-20" });
    expect(one(facts, 4.1)).toMatchObject({ subject: "steel", metric: "exports" });
    expect(one(facts, 3.7)).toMatchObject({ subject: "coal", metric: "imports" });
  });

  it("does not ask goods whose parts share the word 'services' by that word", () => {
    const find = subjectFinder(["transport services and financial services"]);
    expect(find("hubei services trade in 2024")).toEqual([]);
  });
});
