import { describe, expect, it } from "vitest";
import { asksForItems, listsOfKind } from "../retrieval/namedItems.js";

// A list asked of places is answered by places' names: a clause with "markets" in it names no markets, and provinces
// are no cities (bar the cities that are provinces of their own). Made-up sentences.
const lists = (question: string, text: string) => listsOfKind(asksForItems(question)!, text);

describe("a list of places asked", () => {
  it("is not named by a clause that holds the asked word and no place", () => {
    const q = "which markets bought the most qiaotou orchids in 2031?";
    expect(asksForItems(q)?.noun).toBe("markets");
    expect(lists(q, "Li Hua, a farmer in Qiaotou county, said rising freight costs and strict plant rules in some markets "
      + "had hurt sales.")).toBe(false);
    expect(lists(q, "Japan, Thailand and Singapore were the main markets for the orchids.")).toBe(true);
  });
  it("of cities is not named by a list of provinces", () => {
    const q = "which inland cities sent trains to the port in 2031?";
    expect(lists(q, "Inland cities in Hunan and Guizhou are natural hinterland for the port.")).toBe(false);
    expect(lists(q, "Inland cities such as Hengyang, Zunyi and Liuzhou sent trains to the port.")).toBe(true);
    expect(lists(q, "Inland cities such as Chongqing, Hengyang and Zunyi sent trains to the port.")).toBe(true);
  });
  it("of ports is not named by a list of provinces", () => {
    const q = "which ports handled the province's rice imports in 2031?";
    expect(asksForItems(q)?.noun).toBe("ports");
    expect(lists(q, "Most of the country's rice came in through ports in Hebei, Jiangsu and Fujian.")).toBe(false);
    expect(lists(q, "The rice came in through the ports of Qinzhou, Fangchenggang and Beihai.")).toBe(true);
  });
});
