import { describe, expect, it } from "vitest";
import { findEntities } from "../text/entities.js";
import { isCountyLevel, place, prefectureCount } from "../text/places.js";
import { factsOf, one } from "./helpers/facts.js";

// Prefecture-level divisions that are no city (autonomous prefectures 州, leagues 盟, prefectures 地区) are places too:
// a table of a province's cities lists them beside its cities, and a row whose name the gazetteer lacks is lost.
describe("a prefecture-level division that is no city", () => {
  it("reads an autonomous prefecture, a league and a prefecture, each of its province", () => {
    expect(findEntities("Trade of Qiannan Prefecture fell")[0]).toMatchObject({ id: "city:qiannan", kind: "city" });
    expect(place("city:qiannan")?.parent).toBe("guizhou");
    expect(findEntities("exports of Yanbian rose")[0]).toMatchObject({ id: "city:yanbian" });
    expect(place("city:yanbian")?.parent).toBe("jilin");
    expect(findEntities("Ngari posted growth")[0]).toMatchObject({ id: "city:ngari" });
  });

  it("reads a league by its conventional English name, shown by it", () => {
    expect(findEntities("Xilingol League's trade")[0]).toMatchObject({ id: "city:xilingol" });
    expect(findEntities("the Xilin Gol grasslands")[0]).toMatchObject({ id: "city:xilingol" });
    expect(place("city:xilingol")?.name).toBe("Xilingol");
    expect(place("city:xilingol")?.parent).toBe("inner-mongolia");
  });

  it("leaves a name another place holds to it, and English words and brands alone", () => {
    // (青海's 海南 prefecture: Hainan is the province)
    expect(findEntities("Hainan's trade")[0]).toMatchObject({ id: "hainan", kind: "province" });
    expect(findEntities("Yili, a dairy firm, and Ali").length).toBe(0);
  });

  it("counts as no city of its province, nor as county-level", () => {
    expect(isCountyLevel("city:qiannan")).toBe(false);
    const n = prefectureCount("guizhou")!;
    expect(n).toBeGreaterThan(0);
    // (Guizhou's three autonomous prefectures are divisions, not among its cities)
    expect(n).toBeLessThan(9);
  });

  it("keeps a table row that names one, with its figure", () => {
    const facts = factsOf(["Guizhou foreign trade in 2031", "", "Trade by city, 2031 (billion yuan)", "",
      "| City | Trade | Growth (%) |", "|---|---|---|", "| Guiyang | 40.1 | 5.0 |", "| Qiannan Prefecture | 8.2 | -1.0 |",
      "| Zunyi | 12.3 | 4.0 |"].join("\n"), { published: "2032-01-20" });
    expect(one(facts, 8.2)).toMatchObject({ entity: "city:qiannan" });
  });
});
