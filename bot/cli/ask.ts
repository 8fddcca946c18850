import "dotenv/config";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Command, InvalidArgumentError } from "commander";
import { isUserError, UserError } from "../../index/errors.js";
import { answer } from "../../retrieval/answer.js";
import { answerTurn } from "../../retrieval/conversation.js";
import { loadConfig } from "../config.js";
import { SharedConversations } from "../state/conversations.js";
import { answeredQuestion } from "../../retrieval/conversation.js";
import { createLogger } from "../logger.js";
import { ANSI, PLAIN, renderAnswer } from "../render/terminal.js";
import { answerInBatch } from "./batch.js";
import { openEngineWithProgress } from "./engineFromConfig.js";
import { runCli } from "./run.js";

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new InvalidArgumentError("expected an integer from 1 to 50");
  return n;
};

const program = new Command("ask")
  .description("Answer questions about the indexed documents, with citations and computed figures.")
  .argument("[question...]", "the question (quote it)")
  .option("--corpus <dir>", "documents folder (its index is built or refreshed automatically)")
  .option("--index <dir>", "use this index folder as it is")
  .option("--k <n>", "passages to retrieve", positiveInt)
  .option("--json", "print one JSON object per question")
  .option("--batch <file>", "answer one question per line of this file")
  .option("--chat", "a conversation: follow-ups (\"and exports?\", \"what about 2019?\") carry over what they leave out")
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ corpus?: string; index?: string; k?: number; json?: boolean; batch?: string; chat?: boolean }>();
  const question = program.args.join(" ");
  if (opts.chat) return chat(opts, question);
  if (!opts.batch && !question.trim()) throw new UserError("QUESTION_EMPTY", 'no question given: npm run ask -- "how much did Shanxi\'s foreign trade grow in the first half of 2021?"');
  const config = loadConfig();
  const log = createLogger(opts.json ? (config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL) : config.LOG_LEVEL, Boolean(process.stderr.isTTY));

  let questions = [question];
  if (opts.batch) {
    let text: string;
    try { text = await readFile(opts.batch, "utf8"); } catch (err) {
      throw new UserError("BAD_INPUT", `cannot read batch file ${opts.batch}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
    }
    questions = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  }

  const engine = await openEngineWithProgress(config, { corpus: opts.corpus, index: opts.index }, log);
  const style = process.stdout.isTTY ? ANSI : PLAIN;
  let failures = 0;
  let faults = 0;
  try {
    for (const q of questions) {
      const answerOne = (text: string) => answer(text, engine, { k: opts.k ?? config.TOP_K });
      // (a single question fails as before: its error is the command's)
      const { result, internal } = opts.batch ? await answerInBatch(q, answerOne) : { result: await answerOne(q), internal: false };
      if ("error" in result) {
        failures++;
        if (internal) {
          faults++;
          log.error(`question "${q}": ${result.error}`);
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(`${questions.length > 1 ? `${style.bold(`Q: ${q}`)}\n` : ""}${"error" in result ? `error: ${result.error}` : renderAnswer(result, style)}\n\n`);
    }
  } finally {
    await engine.embedder.close();
  }
  if (failures) log.warn(`${failures} question(s) could not be answered`);
  // (every other answer is out; the exit code still says that something broke)
  if (faults) process.exitCode = 1;
}

const TERMINAL = "terminal";

/** The REPL: each line is a turn; the conversation is kept in the state database and resumed within its time to live. */
async function chat(opts: { corpus?: string; index?: string; k?: number; json?: boolean }, first: string): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL, Boolean(process.stderr.isTTY));
  // imported here: only a conversation keeps state, and the store's drivers (pg, SQLite) would slow every start
  const { openStateStore } = await import("../state/open.js");
  // before the model: an unreachable DATABASE_URL is said at once, not after the model has loaded
  const store = await openStateStore(config);
  const engine = await openEngineWithProgress(config, { corpus: opts.corpus, index: opts.index }, log).catch(
    async (err: unknown) => {
      await store.close();
      throw err;
    },
  );
  const style = process.stdout.isTTY ? ANSI : PLAIN;
  const conversations = new SharedConversations(store, config.CONVERSATION_TTL_MINUTES * 60_000);
  const previous = async () => (await conversations.context(TERMINAL))?.previous;
  const say = (text: string) => process.stdout.write(`${text}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  try {
    const resumed = await previous();
    if (!opts.json) {
      say(style.dim(resumed ? `Continuing from “${resumed}”: type /new to start over, /quit to leave.` : "Ask a question; follow-ups carry over what they leave out. /new starts over, /quit leaves."));
    }
    const turn = async (line: string) => {
      const q = line.trim();
      if (!q) return;
      if (q === "/new") { await conversations.continueFrom(TERMINAL, null); if (!opts.json) say(style.dim("Started a new conversation.")); return; }
      try {
        const a = await answerTurn(q, await previous(), engine, { k: opts.k ?? config.TOP_K });
        await conversations.continueFrom(TERMINAL, await store.saveAnswer({ userId: TERMINAL, question: a.question, effectiveQuestion: answeredQuestion(a), answer: a }));
        say(opts.json ? JSON.stringify(a) : `${renderAnswer(a, style)}\n`);
      } catch (err) {
        if (!isUserError(err)) throw err;
        say(opts.json ? JSON.stringify({ question: q, error: err.message }) : `error: ${err.message}\n`);
      }
    };
    if (first.trim()) await turn(first);
    if (process.stdin.isTTY) rl.setPrompt(style.bold("? ")), rl.prompt();
    for await (const line of rl) {
      if (/^\/(?:quit|exit)$/.test(line.trim())) break;
      await turn(line);
      if (process.stdin.isTTY) rl.prompt();
    }
  } finally {
    rl.close();
    await store.close();
    await engine.embedder.close();
  }
}

runCli(main);
