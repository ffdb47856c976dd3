import assert from "node:assert/strict";
import { randomBytes, randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { keyringKeySource, readLakeFile } from "@cordon/lake";
import { exampleBatchEvents, PipelineStack } from "./lib/pipeline-stack.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Key presses typing `text` into one field of one session; Enter closes the field. */
function keyPresses(text: string, sessionId: string, options: { enter: boolean; firstSeq: number }) {
  const keys = [...text, ...(options.enter ? ["Enter"] : [])];
  return keys.map((key, index) => ({
    type: "key.press",
    eventId: randomUUID(),
    sessionId,
    seq: options.firstSeq + index,
    ts: Date.now() + index,
    app: { name: "Terminal", bundleId: "com.apple.Terminal" },
    window: { title: "zsh" },
    key,
    code: key === "Enter" ? "Enter" : "KeyA",
    modifiers: [],
    inputType: "text",
    fieldId: "term-1",
  }));
}

/**
 * An access key typed partly at the end of one batch and partly at the start
 * of the next, with the pipeline SIGKILLed between the two: the key must be
 * recognised whole and dropped, not stored as two harmless-looking halves.
 */
describe("a secret typed across two batches and a pipeline restart", () => {
  let stack: PipelineStack;

  before(async () => {
    stack = await PipelineStack.start("e2e-split");
  });

  after(async () => {
    await stack.close();
  });

  it("is dropped whole: no key character of it in any lake row, a credential marker on every key row", async () => {
    const collector = await stack.enrol();
    const secret = `ghp_${randomBytes(18).toString("hex")}`;
    const cut = 9;
    const sessionId = randomUUID();
    const env = { TYPED_TEXT_HOLD_MS: "600000", FLUSH_IDLE_MS: "300", CORDON_TEST_HOOKS: "1" };

    const first = stack.spawnPipeline(env);
    // A complete batch first, so this run is known to be consuming.
    let sent = await stack.send(collector, exampleBatchEvents(5));
    assert.equal(await stack.waitForCatalogued(sent), sent);
    const firstHalf = keyPresses(secret.slice(0, cut), sessionId, { enter: false, firstSeq: 100 });
    sent += await stack.send(collector, firstHalf);
    // The half-typed batch is held, not written, however long it waits (bounded polls, not a timing assertion).
    for (let poll = 0; poll < 10; poll++) {
      await pause(300);
      assert.equal(
        await stack.cataloguedEvents(),
        5,
        "the unfinished batch was written before its text ended",
      );
    }
    first.child.kill("SIGKILL");
    await first.exited;

    const secondHalf = keyPresses(secret.slice(cut), sessionId, { enter: true, firstSeq: 200 });
    sent += await stack.send(collector, secondHalf);
    const second = await stack.startPipeline(env);
    try {
      assert.equal(await stack.waitForCatalogued(sent), sent, "every acknowledged event is in the lake once");
      const keys = keyringKeySource(second.pipeline.keyring);
      const keyRows: { text: Record<string, string | undefined>; redacted: string[] }[] = [];
      for (const file of await stack.cataloguedFiles()) {
        const read = await readLakeFile({
          file: await stack.store.get(file.file_key),
          keys,
          columns: ["event_type", "redacted"],
          textFields: ["key_char", "key_code", "typed_text"],
        });
        for (const row of read.rows) {
          if (row.plain.event_type !== "key.press") continue;
          keyRows.push({ text: row.text, redacted: (row.plain.redacted as string[] | undefined) ?? [] });
        }
      }
      assert.equal(keyRows.length, firstHalf.length + secondHalf.length);
      const stored = keyRows.map((row) => row.text.key_char ?? "").join("");
      assert.equal(stored, "", "key characters of the secret were stored");
      assert.ok(
        keyRows.every((row) => row.redacted.includes("key_char:credential")),
        "every key row of the secret carries the credential marker",
      );
      assert.ok(!keyRows.some((row) => (row.text.typed_text ?? "").includes(secret.slice(4))));
    } finally {
      await second.pipeline.stop();
      await second.pool.end();
    }
  });
});
