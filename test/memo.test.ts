import { describe, expect, it } from "vitest";
import { memoized } from "../text/memo.js";

describe("memoized", () => {
  it("works a key out once and gives the same result again, undefined results included", () => {
    const calls: string[] = [];
    const length = memoized((k) => { calls.push(k); return k === "none" ? undefined : k.length; }, 10);
    expect([length("abc"), length("abc"), length("none"), length("none")]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(["abc", "none"]);
  });

  it("forgets everything at its bound and works keys out again", () => {
    const calls: string[] = [];
    const upper = memoized((k) => { calls.push(k); return k.toUpperCase(); }, 2);
    upper("a"); upper("b"); upper("c"); upper("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
