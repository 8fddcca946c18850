// node stryker/survivors.mjs <area> [file-substring]: the surviving mutants of an area's last run, by file and line,
// with the score per file (killed + timed out over everything that ran).
import { readFileSync } from "node:fs";

const [area, only] = process.argv.slice(2);
if (!area) {
  console.error("usage: node stryker/survivors.mjs <area> [file-substring]");
  process.exit(2);
}
const report = JSON.parse(readFileSync(`reports/mutation/${area}.json`, "utf8"));
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (only && !file.includes(only)) continue;
  const lines = source.split("\n");
  const counted = mutants.filter((m) => !["CompileError", "RuntimeError", "Ignored"].includes(m.status));
  const killed = counted.filter((m) => m.status === "Killed" || m.status === "Timeout").length;
  console.log(`\n${file}: ${counted.length ? ((killed / counted.length) * 100).toFixed(1) : "n/a"}% (${killed}/${counted.length})`);
  for (const m of mutants.filter((x) => x.status === "Survived" || x.status === "NoCoverage")) {
    const at = m.location.start;
    const code = lines[at.line - 1]?.trim().slice(0, 100);
    console.log(`  ${m.status === "NoCoverage" ? "no coverage" : "survived"} ${at.line}:${at.column} ${m.mutatorName}` +
      `${m.replacement !== undefined ? ` → ${JSON.stringify(m.replacement).slice(0, 80)}` : ""}\n      ${code}`);
  }
}
