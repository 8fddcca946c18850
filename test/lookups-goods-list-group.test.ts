import { describe, expect, it } from "vitest";
import { listOfGroup } from "../text/subjects.js";

// A list of goods ending "and other" goods: made-up goods.
describe("listOfGroup", () => {
  it("is the goods the list ends with, named by its members first", () => {
    expect(listOfGroup("teapots, vases and other ceramic products", "ceramic products")).toBe(true);
    expect(listOfGroup("teapots, vases and other ceramic products", "teapots")).toBe(false);
    expect(listOfGroup("teapots and vases", "vases")).toBe(false);
  });
});
