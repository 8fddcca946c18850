import { CITIES } from "./places.js";

/**
 * Each province's capital city ("what share of its trade came from its capital?"), by the province's id; the
 * municipalities and special regions have none.
 */
const CAPITAL_NAMES: Record<string, string> = {
  hebei: "Shijiazhuang", shanxi: "Taiyuan", "inner-mongolia": "Hohhot", liaoning: "Shenyang", jilin: "Changchun",
  heilongjiang: "Harbin", jiangsu: "Nanjing", zhejiang: "Hangzhou", anhui: "Hefei", fujian: "Fuzhou", jiangxi: "Nanchang",
  shandong: "Jinan", henan: "Zhengzhou", hubei: "Wuhan", hunan: "Changsha", guangdong: "Guangzhou", guangxi: "Nanning",
  hainan: "Haikou", sichuan: "Chengdu", guizhou: "Guiyang", yunnan: "Kunming", tibet: "Lhasa", shaanxi: "Xi'an",
  gansu: "Lanzhou", qinghai: "Xining", ningxia: "Yinchuan", xinjiang: "Urumqi",
};

/** The id of a province's capital city, if it has one. */
export function capitalOf(province: string): string | undefined {
  const name = CAPITAL_NAMES[province];
  return name && CITIES.find((c) => c.parent === province && c.aliases.includes(name))?.id;
}
