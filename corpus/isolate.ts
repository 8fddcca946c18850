import { fork } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** How much a child process may take before it is killed. */
export interface IsolateLimits {
  /** Wall-clock time, in ms. */
  timeoutMs: number;
  /**
   * Resident memory, in MB, checked every 100 ms on Linux. The heap limit alone does not cover the
   * ArrayBuffers a PDF's streams inflate into (a 1.5 MB file can ask for gigabytes).
   */
  maxRssMb: number;
  /** V8 old-space limit, in MB (--max-old-space-size). Default: half of maxRssMb. */
  maxHeapMb?: number;
}

/** Why a child was stopped: a limit ran out (the input's fault), or it broke. */
export class IsolateLimitError extends Error {
  constructor(message: string, readonly limit: "time" | "memory") {
    super(message);
    this.name = "IsolateLimitError";
  }
}

const PAGE = 4096;

/** A process's resident memory in MB from /proc (Linux); undefined where there is no /proc. */
async function rssMb(pid: number): Promise<number | undefined> {
  try {
    const statm = await readFile(`/proc/${pid}/statm`, "utf8");
    return (Number(statm.split(" ")[1]) * PAGE) / 2 ** 20;
  } catch {
    return undefined;
  }
}

/** TypeScript entries (tests, tsx runs) go through tsx's loader; compiled ones from dist/ run as they are. */
function execArgvFor(entry: URL): string[] {
  if (!entry.pathname.endsWith(".ts")) return [];
  return ["--import", createRequire(import.meta.url).resolve("tsx")];
}

/** A message a child sends before its answer: how far it has got (pages read, say). */
export interface ProgressMessage { progress: { done: number; total: number } }

const isProgress = (msg: unknown): msg is ProgressMessage =>
  typeof msg === "object" && msg !== null && "progress" in msg && Object.keys(msg).length === 1;

/**
 * Runs `entry` in a child process with `input` as its one message and resolves with the one message
 * it sends back; progress messages it sends before that go to `onProgress`. The child is killed when it runs past the time or memory limit, and the promise
 * rejects with an IsolateLimitError saying which; a crash rejects with its exit code. Nothing the
 * child does blocks this process's event loop, and whatever memory it took is returned when it ends.
 */
export function runIsolated<I, O>(
  entry: URL, input: I, limits: IsolateLimits, onProgress?: (done: number, total: number) => void,
): Promise<O> {
  const heapMb = limits.maxHeapMb ?? Math.max(64, Math.floor(limits.maxRssMb / 2));
  const child = fork(fileURLToPath(entry), [], {
    execArgv: [...execArgvFor(entry), `--max-old-space-size=${heapMb}`],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise<O>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      fn();
    };
    const timer = setTimeout(() => {
      const s = Math.round(limits.timeoutMs / 1000);
      finish(() => reject(new IsolateLimitError(`took longer than ${s} s to read`, "time")));
    }, limits.timeoutMs);
    const watch = setInterval(() => {
      if (!child.pid) return;
      void rssMb(child.pid).then((mb) => {
        if (mb === undefined || mb <= limits.maxRssMb) return;
        const why = `needed more than ${limits.maxRssMb} MB of memory to read`;
        finish(() => reject(new IsolateLimitError(why, "memory")));
      });
    }, 100);
    const onMessage = (msg: unknown) => {
      if (isProgress(msg)) {
        if (!settled) onProgress?.(msg.progress.done, msg.progress.total);
        return;
      }
      child.off("message", onMessage);
      finish(() => resolve(msg as O));
    };
    child.on("message", onMessage);
    child.once("error", (err) => finish(() => reject(err)));
    // "close", not "exit": it comes after the child's last message has been delivered
    child.once("close", (code, signal) => {
      // a child whose heap ran out exits on its own: that is the memory limit too
      const heap = code === 134 || signal === "SIGABRT";
      finish(() =>
        reject(
          heap
            ? new IsolateLimitError(`needed more than ${heapMb} MB of heap to read`, "memory")
            : new Error(`the reader stopped before answering (${signal ?? `exit code ${code}`})`),
        ),
      );
    });
    child.send(input as never);
  });
}
