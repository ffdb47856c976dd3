import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import { describe, it } from "node:test";
import { createLogger } from "@cordon/observability";
import { ShutdownRegistry } from "./shutdown.ts";

const logger = createLogger({ service: "test", level: "silent" });

describe("ShutdownRegistry", () => {
  it("runs the steps once, in the order they were added", async () => {
    const registry = new ShutdownRegistry(logger);
    const ran: string[] = [];
    registry.add("http server", 1_000, async () => void ran.push("http server"));
    registry.add("kafka", 1_000, async () => void ran.push("kafka"));
    await Promise.all([registry.run("test"), registry.run("again")]);
    assert.deepEqual(ran, ["http server", "kafka"]);
  });

  it("goes on to the next step when one fails or passes its deadline", async () => {
    const registry = new ShutdownRegistry(logger);
    const ran: string[] = [];
    registry.add("fails", 1_000, async () => {
      throw new Error("broken");
    });
    registry.add("hangs", 10, () => new Promise<void>(() => {}));
    registry.add("pool", 1_000, async () => void ran.push("pool"));
    await registry.run("test");
    assert.deepEqual(ran, ["pool"]);
  });

  it("exits at once on a second signal", async () => {
    const registry = new ShutdownRegistry(logger);
    let release: () => void = () => {};
    registry.add("slow", 5_000, () => new Promise<void>((resolve) => (release = resolve)));
    const exits: number[] = [];
    const signals = new EventEmitter();
    registry.listen(((code: number) => void exits.push(code)) as (code: number) => never, signals);
    signals.emit("SIGTERM", "SIGTERM");
    signals.emit("SIGINT", "SIGINT");
    assert.deepEqual(exits, [1]);
    release();
    await registry.run("test");
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(exits, [1, 0]);
  });
});
