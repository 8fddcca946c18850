import { readFileSync } from "node:fs";
import { parseQuestion } from "./retrieval/figures/query.js";
import { contentWords } from "./retrieval/evidence.js";
for (const f of ["../shared/eval/seed-qa.json", "../shared/eval/dev/qa.json"]) {
const qs = JSON.parse(readFileSync(f, "utf8")) as Array<{ id: string; question: string; kind: string }>;
const all = new Map<string, number>();
for (const q of qs) for (const w of contentWords(parseQuestion(q.question))) all.set(w, (all.get(w) ?? 0) + 1);
console.log([...all].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}:${n}`).join(" "));
}
