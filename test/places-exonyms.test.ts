import { describe, expect, it } from "vitest";
import { findEntities } from "../text/entities.js";

// Cities English news writes by a name other than the generated pinyin of their Chinese one (text/places.ts EXONYMS).
describe("a city known by its conventional English name", () => {
  it("reads 齐齐哈尔 as Qiqihar, a city of Heilongjiang, and still as its pinyin", () => {
    expect(findEntities("Trade of Qiqihar rose")[0]).toMatchObject({ id: "city:qiqihar", kind: "city" });
    expect(findEntities("Trade of Qiqihaer rose")[0]).toMatchObject({ id: "city:qiqihar" });
  });
});

describe("the north-east spelled with a hyphen", () => {
  it("is the north-eastern region, never the eastern one", () => {
    expect(findEntities("the North-eastern region")[0]).toMatchObject({ id: "region:northeastern" });
    expect(findEntities("as the north-east kept losing ground")[0]).toMatchObject({ id: "region:northeastern" });
  });
});

// A name written with an apostrophe is shown as written, its spelling without one read as the same place (stop 35)
describe("a city name with an apostrophe", () => {
  it("is shown with it, and read with or without it", async () => {
    const { displayName } = await import("../text/places.js");
    expect(findEntities("Trade of Xi'an rose")[0]).toMatchObject({ id: "city:xian", kind: "city" });
    expect(findEntities("Trade of Xian rose")[0]).toMatchObject({ id: "city:xian", kind: "city" });
    expect(displayName("city:xian")).toBe("Xi'an");
  });
});

// An old postal romanisation ("Tsingtao", "Amoy", "Tientsin") names the city or municipality of today's name.
describe("a city written in its old postal romanisation", () => {
  it("is read as the place of today's name, shown by that name", async () => {
    const { displayName } = await import("../text/places.js");
    expect(findEntities("tsingtao city trade in 2031")[0]).toMatchObject({ id: "city:qingdao", kind: "city" });
    expect(findEntities("Exports of Amoy rose")[0]).toMatchObject({ id: "city:xiamen" });
    expect(findEntities("Trade of Tientsin fell")[0]).toMatchObject({ id: "tianjin", kind: "province" });
    expect(displayName("city:qingdao")).toBe("Qingdao");
  });
});
