import { describe, expect, it } from "vitest";
import { exactSearch, percentile, recallAtK, summarize } from "../bench/stats.js";
import { clusteredVectors } from "../bench/synthetic.js";

describe("benchmark statistics", () => {
  it("computes recall@k as the share of true neighbours found, averaged over queries", () => {
    const exact = [[1, 2, 3], [4, 5, 6]];
    expect(recallAtK([[1, 2, 3], [4, 5, 6]], exact, 3)).toBe(1);
    expect(recallAtK([[3, 2, 9], [7, 8, 9]], exact, 3)).toBeCloseTo((2 / 3 + 0) / 2);
    expect(recallAtK([[2, 1, 3], [6, 5, 4]], exact, 2)).toBe(0.75); // top 2 only: {1,2} found fully, {4,5} half
    expect(() => recallAtK([[1]], exact, 1)).toThrow();
  });

  it("finds the exact nearest neighbours by dot product", () => {
    const dims = 2;
    const data = new Float32Array([1, 0, 0, 1, Math.SQRT1_2, Math.SQRT1_2, -1, 0]);
    expect(exactSearch(data, dims, new Float32Array([0.9, 0.1]), 2)).toEqual([0, 2]);
    expect(exactSearch(data, dims, new Float32Array([-1, 0]), 1)).toEqual([3]);
  });

  it("takes nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, median: 2, min: 1, max: 3 });
  });

  it("generates deterministic unit vectors", () => {
    const a = clusteredVectors(20, 8, 3);
    expect(a).toEqual(clusteredVectors(20, 8, 3));
    for (let i = 0; i < 20; i++) expect(Math.hypot(...a.subarray(i * 8, i * 8 + 8))).toBeCloseTo(1, 5);
  });
});
