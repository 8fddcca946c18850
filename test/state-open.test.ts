// Which store the configuration opens: DATABASE_URL checked (never echoed), PostgreSQL when set, the SQLite
// file under DATA_DIR otherwise, and a clear error naming an unreachable database without its password.
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, redactUrl } from "../bot/config.js";
import { openStateStore } from "../bot/state/open.js";
import { UserError } from "../index/errors.js";
import { tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";

describe("DATABASE_URL", () => {
  it("takes postgres:// and postgresql:// URLs, and treats an empty one as unset", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://tw:pw@db:5432/tradewise" }).DATABASE_URL).toBe(
      "postgres://tw:pw@db:5432/tradewise",
    );
    expect(loadConfig({ DATABASE_URL: "postgresql://db/tradewise" }).DATABASE_URL).toBe("postgresql://db/tradewise");
    expect(loadConfig({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses anything else, saying what it expects without repeating the value", () => {
    for (const value of ["mysql://tw:hunter2@db/tradewise", "hunter2", "db:5432"]) {
      const err = (() => {
        try {
          loadConfig({ DATABASE_URL: value });
        } catch (e) {
          return e as UserError;
        }
      })();
      expect(err?.code).toBe("CONFIG_INVALID");
      expect(err?.message).toMatch(/DATABASE_URL: a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(err?.message).not.toContain("hunter2");
    }
  });

  it("is shown with its password hidden", () => {
    expect(redactUrl("postgres://tw:hunter2@db:5432/tradewise")).toBe("postgres://tw:***@db:5432/tradewise");
    expect(redactUrl("postgres://db/tradewise")).toBe("postgres://db/tradewise");
  });
});

describe("openStateStore", () => {
  it("opens the SQLite file DATA_DIR/tradewise.db when DATABASE_URL is unset", async () => {
    const dir = await tempDir();
    const store = await openStateStore(loadConfig({ DATA_DIR: dir }));
    expect([store.kind, store.location]).toEqual(["sqlite", path.join(dir, "tradewise.db")]);
    await store.close();
  });

  it("names an unreachable PostgreSQL without its password", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port: p } = s.address() as { port: number };
        s.close(() => resolve(p));
      });
    });
    const err = await openStateStore(
      loadConfig({ DATA_DIR: await tempDir(), DATABASE_URL: `postgres://tw:hunter2@127.0.0.1:${port}/tradewise` }),
    ).then(
      () => undefined,
      (e: unknown) => e as UserError,
    );
    expect(err).toBeInstanceOf(UserError);
    const where = `postgres://tw:***@127.0.0.1:${port}/tradewise`;
    expect(err?.message).toContain(`cannot reach the state database ${where}: `);
    expect(err?.message).toMatch(/ECONNREFUSED/);
    expect(err?.message).not.toContain("hunter2");
  });

  const plan = postgresPlan();
  describe.skipIf(plan.kind === "absent")("with a PostgreSQL server", () => {
    let server: TestPostgres;
    beforeAll(async () => {
      if (plan.kind !== "absent") server = await startPostgres(plan);
    });
    afterAll(() => server?.stop());

    it("opens PostgreSQL when DATABASE_URL is set, whatever DATA_DIR says", async () => {
      const url = await server.freshUrl();
      const store = await openStateStore(loadConfig({ DATA_DIR: await tempDir(), DATABASE_URL: url }));
      expect([store.kind, store.location]).toEqual(["postgres", redactUrl(url)]);
      await store.close();
    });
  });
});
