// Apache Kafka for the local stack: one JVM in KRaft combined mode (broker and
// controller in one process, no ZooKeeper), jars from Maven Central through
// infra/pom.xml, data under .cordon/data/kafka.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cordonTopics, createKafkaEventLog, type EventLog } from "@cordon/event-log";
import { repoRoot } from "./paths.ts";
import { livePid, portOpen, runToCompletion, startDetached, stopDetached, waitUntil } from "./process.ts";
import type { LocalServer, StackContext } from "./server.ts";

const nodeId = 1;
const startTimeoutMs = 120_000;
/** Enough for a controlled shutdown that flushes and closes every partition log. */
const stopGraceMs = 30_000;

function kafkaPaths(ctx: StackContext) {
  const configDir = path.join(ctx.paths.stateDir, "config", "kafka");
  return {
    jarsDir: path.join(ctx.paths.cacheDir, "jars", "kafka"),
    configDir,
    serverProperties: path.join(configDir, "server.properties"),
    log4jConfig: path.join(configDir, "log4j2.properties"),
    clusterIdFile: path.join(configDir, "cluster-id"),
    dataDir: ctx.paths.dataDir("kafka"),
    // Native compression libraries (zstd, snappy, lz4) unpack themselves into java.io.tmpdir.
    tmpDir: path.join(ctx.paths.runDir, "kafka-tmp"),
    logFile: ctx.paths.logFile("kafka"),
    pidFile: ctx.paths.pidFile("kafka"),
  };
}

const brokerAddress = (ctx: StackContext) => `127.0.0.1:${ctx.ports.kafka}`;

function hasFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** The cluster id is made once and kept: the formatted storage is bound to it. */
function clusterId(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  let id: string;
  // Kafka's own ids never start with "-", which a command line would read as a flag.
  do id = randomBytes(16).toString("base64url");
  while (id.startsWith("-"));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${id}\n`);
  return id;
}

function serverProperties(ctx: StackContext, dataDir: string): string {
  const broker = brokerAddress(ctx);
  const controller = `127.0.0.1:${ctx.ports.kafka + 1}`;
  const settings: Record<string, string | number | boolean> = {
    "process.roles": "broker,controller",
    "node.id": nodeId,
    "controller.quorum.voters": `${nodeId}@${controller}`,
    listeners: `PLAINTEXT://${broker},CONTROLLER://${controller}`,
    "advertised.listeners": `PLAINTEXT://${broker}`,
    "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
    "controller.listener.names": "CONTROLLER",
    "inter.broker.listener.name": "PLAINTEXT",
    "log.dirs": dataDir,
    // One broker: every internal topic gets one replica, or it could never be created.
    "offsets.topic.replication.factor": 1,
    "transaction.state.log.replication.factor": 1,
    "transaction.state.log.min.isr": 1,
    "share.coordinator.state.topic.replication.factor": 1,
    "share.coordinator.state.topic.min.isr": 1,
    "min.insync.replicas": 1,
    // Topics exist because the stack's seed created them; a typo must fail, not make a topic.
    "auto.create.topics.enable": false,
    // No point waiting for more group members locally; tests join and consume at once.
    "group.initial.rebalance.delay.ms": 0,
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
  return `# Written by infra/local/kafka.ts on every start; edit that file instead.\n${lines.join("\n")}\n`;
}

/**
 * Log4j 2 configuration: everything to stdout, which startDetached appends to
 * the stack's kafka log, so the JVM's own messages (a crash, a bad flag) land
 * in the same file and there is a single writer.
 */
const log4jProperties = `# Written by infra/local/kafka.ts.
status = warn
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
# Per-request and per-partition state lines drown out the rest at INFO.
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
`;

function javaArgs(paths: ReturnType<typeof kafkaPaths>, mainClass: string, args: string[]): string[] {
  return [
    "-Xms256m",
    "-Xmx512m",
    "-Djava.awt.headless=true",
    // Keep the JVM from writing outside .cordon: no /tmp/hsperfdata_*, no hs_err files in the cwd.
    "-XX:-UsePerfData",
    `-XX:ErrorFile=${path.join(path.dirname(paths.logFile), "kafka-hs_err_%p.log")}`,
    `-Djava.io.tmpdir=${paths.tmpDir}`,
    `-Dlog4j2.configurationFile=${paths.log4jConfig}`,
    "-cp",
    `${paths.jarsDir}/*`,
    mainClass,
    ...args,
  ];
}

/** A client for the stack's own checks; it logs nothing, the broker log says what went wrong. */
function stackEventLog(ctx: StackContext): EventLog {
  return createKafkaEventLog({ brokers: [brokerAddress(ctx)], clientId: "cordon-stack", logger: () => {} });
}

async function waitForBroker(ctx: StackContext, pid: number): Promise<void> {
  const eventLog = stackEventLog(ctx);
  try {
    const paths = kafkaPaths(ctx);
    await waitUntil("kafka", () => eventLog.isReachable(2_000), {
      timeoutMs: startTimeoutMs,
      pid,
      logFile: paths.logFile,
    });
  } finally {
    await eventLog.close();
  }
}

function rawPartitions(): number {
  const raw = process.env.CORDON_RAW_PARTITIONS;
  if (raw === undefined || raw === "") return 6;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new Error(`CORDON_RAW_PARTITIONS must be a whole number from 1 to 1000, got "${raw}"`);
  }
  return value;
}

export const kafka: LocalServer = {
  name: "kafka",

  async install(ctx) {
    const { jarsDir } = kafkaPaths(ctx);
    if (hasFiles(jarsDir)) return;
    // Download beside the final folder and rename it into place, so an
    // interrupted download never looks like a complete one.
    const partial = `${jarsDir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    ctx.log("kafka: fetching jars from Maven Central (first start only)");
    await runToCompletion(
      "mvn",
      [
        "-q",
        "-f",
        path.join(repoRoot, "infra", "pom.xml"),
        "-Pkafka",
        "dependency:copy-dependencies",
        `-DoutputDirectory=${partial}`,
        "-DincludeScope=runtime",
      ],
      { logFile: ctx.paths.logFile("kafka-install") },
    );
    rmSync(jarsDir, { recursive: true, force: true });
    renameSync(partial, jarsDir);
  },

  async start(ctx) {
    const paths = kafkaPaths(ctx);
    const running = livePid(paths.pidFile);
    if (running !== undefined) {
      // Ours and still starting or already up: wait for it rather than start a second one.
      await waitForBroker(ctx, running);
      return;
    }
    if (await portOpen(ctx.ports.kafka)) {
      throw new Error(
        `port ${ctx.ports.kafka} is taken by a process the stack did not start; stop it or set CORDON_KAFKA_PORT`,
      );
    }

    mkdirSync(paths.configDir, { recursive: true });
    mkdirSync(paths.tmpDir, { recursive: true });
    writeFileSync(paths.serverProperties, serverProperties(ctx, paths.dataDir));
    writeFileSync(paths.log4jConfig, log4jProperties);

    // meta.properties is what a formatted log dir has; --ignore-formatted lets
    // a format that was interrupted half-way run again.
    if (!existsSync(path.join(paths.dataDir, "meta.properties"))) {
      ctx.log("kafka: formatting storage (first start only)");
      const id = clusterId(paths.clusterIdFile);
      await runToCompletion(
        "java",
        javaArgs(paths, "kafka.tools.StorageTool", [
          "format",
          "--cluster-id",
          id,
          "--config",
          paths.serverProperties,
          "--ignore-formatted",
        ]),
        { logFile: paths.logFile, cwd: paths.configDir },
      );
    }

    const pid = startDetached({
      command: "java",
      args: javaArgs(paths, "kafka.Kafka", [paths.serverProperties]),
      logFile: paths.logFile,
      pidFile: paths.pidFile,
      cwd: paths.configDir,
    });
    await waitForBroker(ctx, pid);
  },

  async seed(ctx) {
    const eventLog = stackEventLog(ctx);
    try {
      const created = await eventLog.ensureTopics(cordonTopics({ rawPartitions: rawPartitions() }));
      if (created.length > 0) ctx.log(`kafka: created topics ${created.join(", ")}`);
    } finally {
      await eventLog.close();
    }
  },

  async status(ctx) {
    const paths = kafkaPaths(ctx);
    const pid = livePid(paths.pidFile);
    const endpoint = `PLAINTEXT://${brokerAddress(ctx)}`;
    if (pid === undefined) return { name: "kafka", running: false, endpoint };
    const eventLog = stackEventLog(ctx);
    try {
      const answers = await eventLog.isReachable(2_000);
      return {
        name: "kafka",
        running: answers,
        pid,
        endpoint,
        ...(answers ? {} : { detail: "process alive, broker not answering" }),
      };
    } finally {
      await eventLog.close();
    }
  },

  async stop(ctx) {
    await stopDetached(kafkaPaths(ctx).pidFile, stopGraceMs);
  },

  env(ctx) {
    return { KAFKA_BROKERS: brokerAddress(ctx) };
  },
};
