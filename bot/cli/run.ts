import { isUserError } from "../../index/errors.js";

/** Runs a CLI entry point: errors become one clear line on stderr and a non-zero exit. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => { process.exitCode ??= 0; },
    (err: unknown) => {
      const msg = err instanceof Error ? err.message : String(err);
      process.stderr.write(`error: ${msg}\n`);
      if (!isUserError(err) && process.env["DEBUG"] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = isUserError(err) ? 2 : 1;
    },
  );
}
