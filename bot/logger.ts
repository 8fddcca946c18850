import pino, { type Logger } from "pino";

export type { Logger };

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };

/** One readable line per log record, for people at a terminal: "info: index built (passages=66)". */
const humanStream = {
  write(line: string): void {
    try {
      const { level, msg, time: _t, ...rest } = JSON.parse(line) as { level: number; msg?: string; time?: number } & Record<string, unknown>;
      const extra = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(" ");
      process.stderr.write(`${LEVELS[level] ?? level}: ${msg ?? ""}${extra ? ` (${extra})` : ""}\n`);
    } catch {
      process.stderr.write(line);
    }
  },
};

/**
 * Structured logs on stderr, so stdout stays clean for answers and JSON. `human` prints one
 * readable line per record (the terminal commands); otherwise JSON lines (the bot, log shippers).
 */
export function createLogger(level: string, human = false): Logger {
  return human ? pino({ level, base: undefined }, humanStream) : pino({ level, base: undefined }, pino.destination(2));
}
