import { describe, expect, it } from "vitest";
import { namingNicknames } from "../text/nicknames.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Places typed by a short name or a nickname: the question is about the place itself.
describe("a place typed by its initials", () => {
  it("is the place those initials stand for", () => {
    expect(parseQuestion("cq exports in 2031 - value and yoy?").entities).toEqual(["chongqing"]);
    expect(parseQuestion("gd's total trade in 2029?").entities).toEqual(["guangdong"]);
    const frame = parseQuestion("xj exports to hk in 2030");
    expect([frame.entities, frame.partners]).toEqual([["xinjiang"], ["hong-kong"]]);
  });
  it("leaves initials that several places share, and letters inside a word or a unit, alone", () => {
    expect(namingNicknames("hn exports in 2031")).toBe("hn exports in 2031");
    expect(namingNicknames("a road of 40 km and 3 cqs")).toBe("a road of 40 km and 3 cqs");
  });
});

describe("a province typed by its one-character abbreviation", () => {
  it("is the province before a word for the division, in pinyin or in characters", () => {
    expect(parseQuestion("xiang province's exports in 2030?").entities).toEqual(["hunan"]);
    expect(parseQuestion("the e province imports in 2029").entities).toEqual(["hubei"]);
    expect(namingNicknames("粤 exports 2030")).toBe("Guangdong exports 2030");
  });
  it("is no place alone, nor when two provinces share it, nor inside a Chinese name", () => {
    expect(namingNicknames("mr xiang's firm in 2030")).toBe("mr xiang's firm in 2030");
    expect(namingNicknames("jin province trade")).toBe("jin province trade");
    expect(namingNicknames("新疆 exports")).toBe("新疆 exports");
  });
});

describe("a city or a province typed by its nickname", () => {
  it("is the place the nickname names", () => {
    expect(parseQuestion("mountain city total trade 2032 in yuan, and yoy?").entities).toEqual(["chongqing"]);
    expect(parseQuestion("the spring city's exports in 2031?").entities).toEqual(["city:kunming"]);
    expect(parseQuestion("qilu imports in 2030").entities).toEqual(["shandong"]);
  });
  it("is a kind of place described after a determiner or a place's name", () => {
    expect(namingNicknames("which mountain city grew fastest in 2030")).toBe("which mountain city grew fastest in 2030");
    expect(namingNicknames("a guizhou mountain city's exports")).toBe("a guizhou mountain city's exports");
    expect(namingNicknames("yunnan's spring city exports")).toBe("yunnan's spring city exports");
  });
});
