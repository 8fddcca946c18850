import { describe, expect, it } from "vitest";
import { subjectFinder } from "../text/subjects.js";

// Goods stored under two names a question's word fits, one by its singular ("garment", from "Garment exports fell …")
// and one as it is written ("garments and clothing accessories", a table's row): the goods alone win, as "cars" asks
// the stored "car", not "cars and car parts" (a pair names two goods; the word asks one).
describe("a question's goods word that fits two stored names", () => {
  const find = subjectFinder(["frozen squid", "squid and octopus", "garment", "garments and clothing accessories"]);
  it("is the goods' own name, not the pair its spelling is part of", () => {
    expect(find("rank footwear, garments and bags by growth")).toEqual(["garment"]);
  });
  it("is the singular name when asked in the singular", () => {
    expect(find("garment exports in 2023?")).toEqual(["garment"]);
  });
});

describe("a goods' short name people type", () => {
  it("finds pharmaceutical products asked as 'pharma'", () => {
    expect(subjectFinder(["pharmaceutical products", "medical devices"])("lanxi pharma exports in 2031?"))
      .toEqual(["pharmaceutical products"]);
  });
});

describe("a service's short name people type", () => {
  it("finds charges for the use of intellectual property asked as 'charges for use of IP'", () => {
    const find = subjectFinder(["charges for the use of intellectual property", "travel"]);
    expect(find("lanxi 2031 charges for use of IP - total?")).toEqual(["charges for the use of intellectual property"]);
    expect(find("lanxi ip charges 2031?")).toEqual(["charges for the use of intellectual property"]);
  });
});
