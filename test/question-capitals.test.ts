import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A city asked by its province ("hunan's capital city"): the question is about the city, not the province.
describe("a capital named by its province", () => {
  it("is the capital city, however the question words it", () => {
    expect(parseQuestion("hunan's capital city - trade with the US in 2019, how much?").entities).toEqual(["city:changsha"]);
    expect(parseQuestion("exports of the provincial capital of Gansu in 2018").entities).toEqual(["city:lanzhou"]);
    expect(parseQuestion("Guangxi's capital: imports in 2016?").entities).toEqual(["city:nanning"]);
  });
  it("leaves a province asked as such alone", () => {
    expect(parseQuestion("hunan's exports in 2019").entities).toEqual(["hunan"]);
  });
  it("leaves the province when \"capital\" is a kind of goods or money, not a city", () => {
    expect(parseQuestion("hunan's capital goods imports in 2019").entities).toEqual(["hunan"]);
    expect(parseQuestion("gansu's capital equipment exports in 2018?").entities).toEqual(["gansu"]);
  });
});

describe("shorthand typed for words", () => {
  it("reads \"n\" between two asks as \"and\": both the amount and the growth are asked", () => {
    const frame = parseQuestion("hubei coffee exports 2021? how much n how fast did they grow");
    expect(frame.measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
});

describe("goods an index names, asked by three letters", () => {
  it("finds a short name, never a common word a reading left as one", async () => {
    const { subjectFinder } = await import("../text/subjects.js");
    const find = subjectFinder(["tea", "and", "the"]);
    expect(find("hunan tea exports in 2019")).toEqual(["tea"]);
    expect(find("general trade and the yoy change")).toEqual([]);
  });
});
