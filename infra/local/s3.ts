import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  ListBucketsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { repoRoot } from "./paths.ts";
import {
  isAlive,
  livePid,
  portOpen,
  runToCompletion,
  startDetached,
  stopDetached,
  waitUntil,
} from "./process.ts";
import { persistentSecret } from "./secrets.ts";
import type { LocalServer, StackContext } from "./server.ts";

const name = "s3";
const s3proxyVersion = "4.1.0";
const region = "us-east-1";
const defaultBucket = "cordon-lake";

const endpoint = (ctx: StackContext) => `http://127.0.0.1:${ctx.ports.s3}`;
const jarsDir = (ctx: StackContext) => path.join(ctx.paths.cacheDir, "jars", "s3proxy");
const bucketName = () => process.env.S3_BUCKET || defaultBucket;

/** One key pair for the whole local stack, made at first start and kept in .cordon/secrets (0600). */
function credentials(ctx: StackContext) {
  return {
    accessKeyId: persistentSecret(ctx.paths, "s3-access-key-id"),
    secretAccessKey: persistentSecret(ctx.paths, "s3-secret-access-key"),
  };
}

function s3Client(ctx: StackContext): S3Client {
  return new S3Client({
    endpoint: endpoint(ctx),
    region,
    forcePathStyle: true,
    credentials: credentials(ctx),
    maxAttempts: 1,
  });
}

/** True when a signed S3 call succeeds, not merely when the port is open. */
async function answers(ctx: StackContext): Promise<boolean> {
  const client = s3Client(ctx);
  try {
    await client.send(new ListBucketsCommand({}), { abortSignal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

function hasFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/**
 * Copies S3Proxy and its runtime dependencies from Maven into a private folder
 * and renames it into place only when complete, so an interrupted download is
 * never taken for a finished one.
 */
async function fetchJars(ctx: StackContext): Promise<void> {
  const target = jarsDir(ctx);
  const partial = `${target}.partial-${process.pid}`;
  const logFile = ctx.paths.logFile("s3-install");
  const pom = path.join(repoRoot, "infra", "pom.xml");
  removeAbandonedDownloads(target);
  ctx.log(`s3: fetching S3Proxy ${s3proxyVersion} jars with Maven (log: ${logFile})`);
  try {
    await runToCompletion(
      "mvn",
      [
        "-q",
        "-f",
        pom,
        "-Ps3proxy",
        "dependency:copy-dependencies",
        `-DoutputDirectory=${partial}`,
        "-DincludeScope=runtime",
      ],
      { logFile },
    );
    // A concurrent `stack up` may have finished first; its copy is as good as ours.
    if (!hasFiles(target)) {
      mkdirSync(path.dirname(target), { recursive: true });
      rmSync(target, { recursive: true, force: true });
      renameSync(partial, target);
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Downloads whose process was killed (Ctrl-C skips `finally`) would otherwise stay forever. */
function removeAbandonedDownloads(target: string): void {
  const prefix = `${path.basename(target)}.partial-`;
  let siblings: string[];
  try {
    siblings = readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const entry of siblings) {
    const pid = Number(entry.slice(prefix.length));
    if (entry.startsWith(prefix) && Number.isInteger(pid) && !isAlive(pid)) {
      rmSync(path.join(path.dirname(target), entry), { recursive: true, force: true });
    }
  }
}

function javaProperties(entries: Record<string, string>): string {
  // Backslash is the only character our values could contain that .properties treats specially.
  return `${Object.entries(entries)
    .map(([key, value]) => `${key}=${value.replaceAll("\\", "\\\\")}`)
    .join("\n")}\n`;
}

/** Writes the server's settings; the file holds the secret key, so it is 0600 like the secrets folder. */
function writeConfig(ctx: StackContext): { propertiesFile: string; logbackFile: string } {
  const { accessKeyId, secretAccessKey } = credentials(ctx);
  mkdirSync(ctx.paths.runDir, { recursive: true });
  mkdirSync(ctx.paths.dataDir(name), { recursive: true });
  const propertiesFile = path.join(ctx.paths.runDir, "s3proxy.properties");
  writeFileSync(
    propertiesFile,
    javaProperties({
      "s3proxy.endpoint": endpoint(ctx),
      "s3proxy.authorization": "aws-v2-or-v4",
      "s3proxy.identity": accessKeyId,
      "s3proxy.credential": secretAccessKey,
      "jclouds.provider": "filesystem",
      "jclouds.filesystem.basedir": ctx.paths.dataDir(name),
    }),
    { mode: 0o600 },
  );
  chmodSync(propertiesFile, 0o600);
  // The S3Proxy jar ships no logging config, and Logback's default is DEBUG for
  // every request: a noisy log that would also record request details.
  const logbackFile = path.join(ctx.paths.runDir, "s3proxy-logback.xml");
  writeFileSync(
    logbackFile,
    `<configuration>
  <appender name="stdout" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="stdout"/></root>
</configuration>
`,
  );
  return { propertiesFile, logbackFile };
}

export const s3: LocalServer = {
  name,

  async install(ctx) {
    if (!hasFiles(jarsDir(ctx))) await fetchJars(ctx);
  },

  async start(ctx) {
    const pidFile = ctx.paths.pidFile(name);
    const logFile = ctx.paths.logFile(name);
    let pid = livePid(pidFile);
    if (pid === undefined) {
      if (await portOpen(ctx.ports.s3)) {
        throw new Error(
          `port ${ctx.ports.s3} is already in use by another process; stop it or set CORDON_S3_PORT`,
        );
      }
      const { propertiesFile, logbackFile } = writeConfig(ctx);
      pid = startDetached({
        command: "java",
        args: [
          "-Xmx256m",
          `-Dlogback.configurationFile=${logbackFile}`,
          "-cp",
          // Java expands the wildcard itself; no shell is involved.
          `${jarsDir(ctx)}/*`,
          "org.gaul.s3proxy.Main",
          "--properties",
          propertiesFile,
        ],
        logFile,
        pidFile,
      });
    }
    await waitUntil(`S3Proxy ${s3proxyVersion}`, () => answers(ctx), { timeoutMs: 60_000, pid, logFile });
  },

  async seed(ctx) {
    const bucket = bucketName();
    const client = s3Client(ctx);
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      ctx.log(`s3: created bucket ${bucket}`);
    } catch (error) {
      if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) throw error;
    } finally {
      client.destroy();
    }
  },

  async status(ctx) {
    const pid = livePid(ctx.paths.pidFile(name));
    const running = pid !== undefined && (await answers(ctx));
    return {
      name,
      running,
      ...(pid === undefined ? {} : { pid }),
      endpoint: endpoint(ctx),
      detail: `S3Proxy ${s3proxyVersion} (filesystem), bucket ${bucketName()}`,
    };
  },

  async stop(ctx) {
    await stopDetached(ctx.paths.pidFile(name));
  },

  env(ctx) {
    const { accessKeyId, secretAccessKey } = credentials(ctx);
    return {
      S3_ENDPOINT: endpoint(ctx),
      S3_BUCKET: bucketName(),
      S3_FORCE_PATH_STYLE: "true",
      AWS_REGION: region,
      // local-kms accepts any credentials, so this one pair serves the whole stack.
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
    };
  },
};
