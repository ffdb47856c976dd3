import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createKafkaEventLog } from "@cordon/event-log";
import { stackStateDir } from "./kafka-files.ts";

/**
 * A second, throw-away Kafka broker for a test that needs to kill one: the
 * shared broker of the local stack serves every other test file. It reuses
 * what the stack already has — the jars it fetched, its server.properties and
 * log4j configuration — with other ports and a data folder under the OS temp
 * dir, and is started, killed and restarted by the test.
 */
export class PrivateKafka {
  readonly brokers: string[];
  readonly #dir: string;
  readonly #javaArgs: string[];
  readonly #logFile: string;
  #process: ChildProcess | undefined;

  private constructor(dir: string, brokerPort: number, javaArgs: string[], logFile: string) {
    this.#dir = dir;
    this.brokers = [`127.0.0.1:${brokerPort}`];
    this.#javaArgs = javaArgs;
    this.#logFile = logFile;
  }

  static async start(): Promise<PrivateKafka> {
    const stateDir = stackStateDir();
    const stackConfigDir = path.join(stateDir, "config", "kafka");
    const dir = mkdtempSync(path.join(tmpdir(), "cordon-private-kafka-"));
    const dataDir = path.join(dir, "data");
    const tmpDir = path.join(dir, "tmp");
    mkdirSync(dataDir);
    mkdirSync(tmpDir);
    const [brokerPort, controllerPort] = [await freePort(), await freePort()];

    const properties = new Map(
      readFileSync(path.join(stackConfigDir, "server.properties"), "utf8")
        .split("\n")
        .filter((line) => line.includes("=") && !line.startsWith("#"))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
    );
    const nodeId = properties.get("node.id") ?? "1";
    properties.set(
      "listeners",
      `PLAINTEXT://127.0.0.1:${brokerPort},CONTROLLER://127.0.0.1:${controllerPort}`,
    );
    properties.set("advertised.listeners", `PLAINTEXT://127.0.0.1:${brokerPort}`);
    properties.set("controller.quorum.voters", `${nodeId}@127.0.0.1:${controllerPort}`);
    properties.set("log.dirs", dataDir);
    const propertiesFile = path.join(dir, "server.properties");
    writeFileSync(propertiesFile, `${[...properties].map(([key, value]) => `${key}=${value}`).join("\n")}\n`);

    const javaArgs = (mainClass: string, args: string[]) => [
      "-Xms128m",
      "-Xmx384m",
      "-XX:-UsePerfData",
      `-XX:ErrorFile=${path.join(dir, "hs_err_%p.log")}`,
      `-Djava.io.tmpdir=${tmpDir}`,
      `-Dlog4j2.configurationFile=${path.join(stackConfigDir, "log4j2.properties")}`,
      "-cp",
      `${path.join(stateDir, "cache", "jars", "kafka")}/*`,
      mainClass,
      ...args,
    ];
    const logFile = path.join(dir, "kafka.log");
    let clusterId: string;
    do clusterId = randomBytes(16).toString("base64url");
    while (clusterId.startsWith("-"));
    await runToEnd(
      javaArgs("kafka.tools.StorageTool", ["format", "--cluster-id", clusterId, "--config", propertiesFile]),
      logFile,
    );

    const kafka = new PrivateKafka(dir, brokerPort, javaArgs("kafka.Kafka", [propertiesFile]), logFile);
    await kafka.restart();
    return kafka;
  }

  /** Starts the broker on its data folder (again) and waits until it answers. */
  async restart(): Promise<void> {
    if (this.#process !== undefined) throw new Error("the private broker is running");
    const log = openSync(this.#logFile, "a");
    try {
      this.#process = spawn("java", this.#javaArgs, { stdio: ["ignore", log, log] });
    } finally {
      closeSync(log);
    }
    const eventLog = createKafkaEventLog({
      brokers: this.brokers,
      clientId: "private-kafka",
      logger: () => {},
    });
    try {
      const giveUpAt = Date.now() + 120_000;
      while (!(await eventLog.isReachable(1_000))) {
        if (this.#process?.exitCode !== null)
          throw new Error(`the private broker exited; see ${this.#logFile}`);
        if (Date.now() > giveUpAt) throw new Error(`the private broker did not answer; see ${this.#logFile}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await eventLog.close();
    }
  }

  /** SIGKILL: the broker vanishes mid-flight, as in a crash or a lost host. */
  async kill(): Promise<void> {
    const child = this.#process;
    if (child === undefined) return;
    this.#process = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  /** Kills the broker and deletes its folder. */
  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === "string") reject(new Error("no port"));
        else resolve(address.port);
      });
    });
  });
}

function runToEnd(args: string[], logFile: string): Promise<void> {
  const log = openSync(logFile, "a");
  try {
    const child = spawn("java", args, { stdio: ["ignore", log, log] });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`java exited with ${code}; see ${logFile}`)),
      );
    });
  } finally {
    closeSync(log);
  }
}
