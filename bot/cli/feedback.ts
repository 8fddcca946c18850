import "dotenv/config";
import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { UserError } from "../../index/errors.js";
import { loadConfig } from "../config.js";
import { feedbackCases } from "../state/exportFeedback.js";
import { openStateStore } from "../state/open.js";
import { runCli } from "./run.js";

const program = new Command("feedback")
  .description("What people said about answers: counts, or the 👎 cases as a question file for the eval.")
  .option("--export <file>", "write the 👎 cases to this file (eval format, expectations to fill in)")
  .option("--server <id>", "only this Discord server")
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ export?: string; server?: string }>();
  const store = await openStateStore(loadConfig());
  try {
    const filter = opts.server ? { guildId: opts.server } : {};
    if (opts.export) {
      const cases = feedbackCases(await store.feedback({ ...filter, rating: "down" }));
      try {
        await writeFile(opts.export, `${JSON.stringify(cases, null, 2)}\n`);
      } catch (err) {
        throw new UserError(
          "BAD_INPUT",
          `cannot write ${opts.export}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
          { cause: err },
        );
      }
      process.stdout.write(
        `Wrote ${cases.length} 👎 case(s) to ${opts.export}: fill in "kind" and "expect", then run npm run eval -- --qa ${opts.export}\n`,
      );
      return;
    }
    const all = await store.feedback(filter);
    const up = all.filter((f) => f.rating === "up").length;
    process.stdout.write(
      `👍 ${up} · 👎 ${all.length - up} (${all.filter((f) => !f.ownAnswer).length} on someone else's answer) in ${store.location}\n`,
    );
  } finally {
    await store.close();
  }
}

runCli(main);
