import pino, { type Logger } from "pino";

export type { Logger };

/** Structured logs on stderr, so stdout stays clean for answers and JSON. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
