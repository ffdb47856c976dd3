import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { HumanTokenClaims } from "@cordon/control-api";
import { withIdentity } from "@cordon/db";
import { planExport } from "@cordon/export-plan";
import {
  createSubjectKeyring,
  destroySubjectKeys,
  keyringKeySource,
  type LakeKeySource,
  readLakeFile,
  textFieldNames,
} from "@cordon/lake";
import { DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { ByteWriter, type ColumnSource, parquetWrite } from "hyparquet-writer";
// @ts-expect-error: a plain .mjs script of the repository, without type declarations.
import { ensurePythonEnv } from "../scripts/python-env.mjs";
import { ExportStack, subjectEvents } from "./lib/export-stack.ts";
import { type Collector, PipelineStack } from "./lib/pipeline-stack.ts";

const allEventTypes = [
  "session.start",
  "window.focus",
  "pointer.move",
  "pointer.click",
  "pointer.scroll",
  "key.press",
  "text.input",
  "clipboard.copy",
  "ai.prompt",
  "screen.text",
  "session.end",
];
const plainColumns = [
  "event_id",
  "subject",
  "session_id",
  "event_type",
  "ts",
  "seq",
  "x",
  "y",
  "dx",
  "dy",
  "button",
  "input_type",
  "tier",
];

interface PlanAnswer {
  plan: {
    fieldsGranted: string[];
    fieldsRefused: { field: string; reason: string }[];
    needsApproval: boolean;
    counts: { rows: number; subjects: number; files: number };
    hash: string;
  };
  export: { exportId: string; status: string } | null;
}

interface ExportAnswer {
  exportId: string;
  status: string;
  failureCode: string | null;
  plan: { hash: string };
  files: { name: string; sizeBytes: number; sha256: string; rows: number }[];
}

describe("scoped dataset exports, end to end (gateway → pipeline → lake → plan → approval → exporter → download)", () => {
  let stack: PipelineStack;
  let exports: ExportStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;
  const orgA = `org-a-${randomUUID().slice(0, 8)}`;
  const orgB = `org-b-${randomUUID().slice(0, 8)}`;
  const engineer: HumanTokenClaims = { sub: "eng-1", org: orgA, roles: ["ml_engineer"] };
  const otherEngineer: HumanTokenClaims = { sub: "eng-2", org: orgA, roles: ["ml_engineer"] };
  const stewardEngineer: HumanTokenClaims = { sub: "eng-st", org: orgA, roles: ["ml_engineer", "steward"] };
  const steward: HumanTokenClaims = { sub: "stew-1", org: orgA, roles: ["steward"] };
  const stewardB: HumanTokenClaims = { sub: "stew-b", org: orgB, roles: ["steward"] };
  const engineerB: HumanTokenClaims = { sub: "eng-b", org: orgB, roles: ["ml_engineer"] };
  const subjectsA: Collector[] = [];
  const sessions = new Map<string, string>();
  const base = Date.now() - 20 * 60_000;
  const lonelyStart = base - 3 * 3_600_000;
  let lonelySession = "";
  let optedOut: Collector;
  const window = {
    from: new Date(base - 60_000).toISOString(),
    to: new Date(base + 15 * 60_000).toISOString(),
  };
  const downloads = mkdtempSync(join(tmpdir(), "cordon-exports-"));
  /** The text field group of every event type in the main window, for model training. */
  const textScope = {
    purpose: "model-training",
    dataset: "events/v1" as const,
    fields: ["text" as const],
    filter: { ...window, eventTypes: allEventTypes },
  };

  const request = (claims: HumanTokenClaims, body: unknown) =>
    exports.call(claims, { method: "POST", url: "/v1/exports", payload: body as Record<string, unknown> });
  /** Asks for an export and, when it waits for a steward, has the steward approve the plan it shows. */
  const requestApproved = async (claims: HumanTokenClaims, body: Record<string, unknown>) => {
    const asked = await request(claims, body);
    assert.equal(asked.statusCode, 201, asked.body);
    const answer = asked.json() as PlanAnswer;
    const id = answer.export?.exportId ?? "";
    if (answer.export?.status === "pending_approval") {
      const approved = await exports.call(steward, {
        method: "POST",
        url: `/v1/exports/${id}/approve`,
        payload: { planHash: answer.plan.hash },
      });
      assert.equal(approved.statusCode, 200, approved.body);
    }
    return id;
  };
  const readExport = async (id: string, claims: HumanTokenClaims = engineer) =>
    (await exports.call(claims, { method: "GET", url: `/v1/exports/${id}` })).json() as ExportAnswer;
  const pseudonymOf = async (collector: Collector) => {
    const { rows } = await stack.admin.query<{ pseudonym: string }>(
      "SELECT pseudonym FROM cordon.subject_pseudonyms WHERE org_id = $1 AND subject_id = $2",
      [collector.orgId, collector.subjectId],
    );
    return rows[0]?.pseudonym ?? "";
  };
  const grantBody = (fields: string[], grantee = { type: "role", id: "ml_engineer" }) => ({
    grantee,
    dataset: "events/v1",
    eventTypes: allEventTypes,
    fields,
    maxTier: "restricted",
    purposes: ["model-training", "evaluation"],
  });

  before(async () => {
    stack = await PipelineStack.start("exports-e2e");
    running = await stack.startPipeline();
    exports = await ExportStack.start(stack, "exports-e2e");
    let sent = 0;
    for (let index = 0; index < 12; index++) {
      const collector = await stack.enrol({ orgId: orgA });
      subjectsA.push(collector);
      const session = randomUUID();
      sessions.set(collector.subjectId, session);
      // Distinct times per subject, so a row's time names it in the comparisons below.
      const events = subjectEvents(session, 2, base + index).map((event) => ({
        ...event,
        ts: (event.ts as number) + (event.seq as number) * 90,
      }));
      sent += await stack.send(collector, events);
    }
    // One subject also recorded, hours earlier, in an app nobody else uses.
    lonelySession = randomUUID();
    const lonely = subjectEvents(lonelySession, 1, lonelyStart).map((event) =>
      event.app === undefined ? event : { ...event, app: { name: "RareApp", bundleId: "com.example.rare" } },
    );
    sent += await stack.send(subjectsA[0] as Collector, lonely);
    for (let index = 0; index < 10; index++) {
      sent += await stack.send(
        await stack.enrol({ orgId: orgB }),
        subjectEvents(randomUUID(), 1, base + 50 + index),
      );
    }
    const catalogued = await stack.waitForCatalogued(sent);
    assert.equal(
      catalogued,
      sent,
      `every event reached the catalog; pipeline said: ${running.logLines.slice(-3).join("")}`,
    );
    // Opted out after recording: the lake still holds their rows.
    optedOut = subjectsA[11] as Collector;
    await stack.admin.query(
      `INSERT INTO cordon.subjects (org_id, subject_id, opted_out, consent_changed_by) VALUES ($1, $2, true, 'test')`,
      [optedOut.orgId, optedOut.subjectId],
    );
    const granted = await exports.call(steward, {
      method: "POST",
      url: "/v1/policies",
      payload: grantBody(["text", "prompt"]),
    });
    assert.equal(granted.statusCode, 201, granted.body);
    const grantedB = await exports.call(stewardB, {
      method: "POST",
      url: "/v1/policies",
      payload: grantBody(["text"]),
    });
    assert.equal(grantedB.statusCode, 201, grantedB.body);
  });

  after(async () => {
    await running?.pipeline.stop();
    await running?.pool.end();
    await exports?.close(stack);
    await stack?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it("a dry run names each refused field and its reason, and a request for a field with no grant is refused", async () => {
    const fields = ["text", "prompt", "credential", "health"];
    const dry = await request(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields,
      filter: { ...window, eventTypes: allEventTypes },
      dryRun: true,
    });
    assert.equal(dry.statusCode, 200, dry.body);
    const answer = dry.json() as PlanAnswer;
    assert.deepEqual(answer.plan.fieldsGranted, ["prompt", "text"]);
    assert.deepEqual(answer.plan.fieldsRefused, [
      { field: "credential", reason: "never_exportable" },
      { field: "health", reason: "no_grant" },
    ]);
    assert.equal(answer.plan.needsApproval, true, "prompt is a restricted field group");
    assert.equal(answer.export, null);
    const real = await request(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields,
      filter: { ...window, eventTypes: allEventTypes },
    });
    assert.equal(real.statusCode, 403, real.body);
    assert.equal(real.json().error.code, "field_not_granted");
  });

  it("an opted-out subject's rows never appear in a plan, and another organisation's never do", async () => {
    const dry = await request(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text"],
      filter: { ...window, eventTypes: allEventTypes },
      dryRun: true,
    });
    assert.equal(dry.statusCode, 200, dry.body);
    assert.equal((dry.json() as PlanAnswer).plan.counts.subjects, 11, "12 subjects, one opted out");
    const optedOutPseudonym = await pseudonymOf(optedOut);
    assert.notEqual(optedOutPseudonym, "");
    const slices = await withIdentity(
      exports.appPool,
      { orgId: orgA, principalId: "eng-1", roles: ["ml_engineer"] },
      async (tx) => {
        const planned = await planExport(tx, {
          purpose: "model-training",
          dataset: "events/v1",
          fields: ["text"],
          filter: { ...window, eventTypes: allEventTypes, organisations: [orgA, orgB] },
        });
        assert.ok(planned.ok);
        return planned.plan.slices;
      },
    );
    assert.ok(slices.length > 0);
    assert.ok(!slices.some((slice) => slice.subject === optedOutPseudonym), "opted-out subject planned");
    const { rows: orgBFiles } = await stack.admin.query<{ file_key: string }>(
      "SELECT file_key FROM cordon.lake_files WHERE org_id = $1",
      [orgB],
    );
    assert.ok(orgBFiles.length > 0);
    assert.ok(
      !slices.some((slice) => orgBFiles.some((file) => file.file_key === slice.fileKey)),
      "org B slice planned",
    );
  });

  it("a plan with no identity sees no slice, and one with another organisation's identity sees only that organisation's", async () => {
    const countUnder = (identity: Parameters<typeof withIdentity>[1], org: string) =>
      withIdentity(exports.appPool, identity, async (tx) => {
        await tx.query("SELECT set_config('cordon.purpose', 'model-training', true)");
        const { rows } = await tx.query<{ n: string }>(
          "SELECT count(*) AS n FROM cordon.lake_slices WHERE org_id = $1",
          [org],
        );
        return Number(rows[0]?.n);
      });
    assert.equal(await countUnder({}, orgA), 0);
    assert.equal(await countUnder({ orgId: orgB, principalId: "eng-b", roles: ["ml_engineer"] }, orgA), 0);
    assert.ok((await countUnder({ orgId: orgB, principalId: "eng-b", roles: ["ml_engineer"] }, orgB)) > 0);
    // Holding admin as well does not widen a plan: under a purpose only grants count.
    assert.equal(
      await countUnder({ orgId: orgA, principalId: "adm", roles: ["admin"] }, orgA),
      0,
      "an admin without a grant plans nothing",
    );
    const planned = await withIdentity(exports.appPool, {}, (tx) => planExport(tx, textScope));
    assert.deepEqual(planned.ok ? "planned" : planned.code, "no_grant");
    const engB = await request(engineerB, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text"],
      filter: { ...window, eventTypes: allEventTypes, organisations: [orgA] },
      dryRun: true,
    });
    assert.equal(engB.statusCode, 422, engB.body);
    assert.equal(engB.json().error.code, "cohort_too_small");
  });

  it("a filter carrying SQL is refused or stays a value: no SQL is built from it", async () => {
    const injected = await request(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text"],
      filter: { ...window, eventTypes: ["key.press' OR '1'='1"] },
    });
    assert.equal(injected.statusCode, 400, injected.body);
    assert.equal(injected.json().error.code, "invalid_request");
    const asValues = await requestApproved(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text"],
      filter: {
        ...window,
        eventTypes: allEventTypes,
        sessions: Array.from({ length: 10 }, (_, i) => `x' OR '${i}'='${i}'; DELETE FROM cordon.grants; --`),
      },
    });
    await exports.drain();
    const ran = await readExport(asValues);
    assert.equal(ran.status, "failed");
    assert.equal(ran.failureCode, "cohort_too_small", "no session matched the quoted strings");
    const { rows } = await stack.admin.query<{ n: string }>("SELECT count(*) AS n FROM cordon.grants");
    assert.equal(Number(rows[0]?.n), 2, "the grants are all still there");
  });

  it("narrowing below k is refused: by time window, by session and by a rare app", async () => {
    const base = { purpose: "model-training", dataset: "events/v1", fields: ["text"] };
    const byWindow = await request(engineer, {
      ...base,
      filter: {
        from: new Date(lonelyStart - 60_000).toISOString(),
        to: new Date(lonelyStart + 60_000).toISOString(),
        eventTypes: allEventTypes,
      },
    });
    assert.equal(byWindow.statusCode, 422, byWindow.body);
    assert.equal(byWindow.json().error.code, "cohort_too_small");
    const bySession = await request(engineer, {
      ...base,
      filter: {
        ...window,
        from: new Date(lonelyStart - 60_000).toISOString(),
        eventTypes: allEventTypes,
        sessions: [lonelySession],
      },
    });
    assert.equal(bySession.statusCode, 422, bySession.body);
    assert.equal(bySession.json().error.code, "cohort_too_small");
    // An app is only known once decrypted: the plan passes, the run counts who is left.
    const byApp = await requestApproved(engineer, {
      ...base,
      filter: {
        ...window,
        from: new Date(lonelyStart - 60_000).toISOString(),
        eventTypes: allEventTypes,
        apps: ["RareApp"],
      },
    });
    await exports.drain();
    const ran = await readExport(byApp);
    assert.equal(ran.status, "failed");
    assert.equal(ran.failureCode, "cohort_too_small");
    assert.deepEqual(ran.files, []);
  });

  let firstExport: ExportAnswer;
  it("a restricted field waits for a steward: not the requester, not another organisation's, and only for the plan seen", async () => {
    const own = await request(stewardEngineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text", "prompt"],
      filter: { ...window, eventTypes: allEventTypes },
    });
    assert.equal(own.statusCode, 201, own.body);
    const ownId = (own.json() as PlanAnswer).export?.exportId ?? "";
    const ownHash = (own.json() as PlanAnswer).plan.hash;
    const selfApproval = await exports.call(stewardEngineer, {
      method: "POST",
      url: `/v1/exports/${ownId}/approve`,
      payload: { planHash: ownHash },
    });
    assert.equal(selfApproval.statusCode, 403, selfApproval.body);
    assert.equal(selfApproval.json().error.code, "self_approval_forbidden");

    const asked = await request(engineer, {
      purpose: "model-training",
      dataset: "events/v1",
      fields: ["text", "prompt"],
      filter: { ...window, eventTypes: allEventTypes },
    });
    assert.equal(asked.statusCode, 201, asked.body);
    const answer = asked.json() as PlanAnswer;
    assert.equal(answer.export?.status, "pending_approval");
    const id = answer.export?.exportId ?? "";
    await exports.drain();
    assert.equal(
      (await readExport(id)).status,
      "pending_approval",
      "the exporter does not run an unapproved export",
    );
    const foreign = await exports.call(stewardB, {
      method: "POST",
      url: `/v1/exports/${id}/approve`,
      payload: { planHash: answer.plan.hash },
    });
    assert.equal(foreign.statusCode, 404, foreign.body);
    const stale = await exports.call(steward, {
      method: "POST",
      url: `/v1/exports/${id}/approve`,
      payload: { planHash: "0".repeat(64) },
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.equal(stale.json().error.code, "plan_changed");
    const approved = await exports.call(steward, {
      method: "POST",
      url: `/v1/exports/${id}/approve`,
      payload: { planHash: answer.plan.hash },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, "queued");
    await exports.drain();
    firstExport = await readExport(id);
    assert.equal(firstExport.status, "completed", JSON.stringify(firstExport));
  });

  const downloadAll = async (exportAnswer: ExportAnswer, label: string) => {
    const paths: string[] = [];
    for (const file of exportAnswer.files) {
      const response = await exports.call(engineer, {
        method: "GET",
        url: `/v1/exports/${exportAnswer.exportId}/files/${file.name}`,
      });
      assert.equal(response.statusCode, 200, response.body);
      const bytes = response.rawPayload;
      assert.equal(
        createHash("sha256").update(bytes).digest("hex"),
        file.sha256,
        "downloaded bytes match the manifest",
      );
      const path = join(downloads, `${label}-${file.name}`);
      writeFileSync(path, bytes);
      if (file.name.endsWith(".parquet")) paths.push(path);
    }
    return paths;
  };

  const exportedRows = async (paths: string[]) => {
    const duck = await DuckDBInstance.create(":memory:");
    const connection = await duck.connect();
    const list = paths.map((path) => `'${path}'`).join(", ");
    const result = await connection.runAndReadAll(`SELECT * FROM read_parquet([${list}]) ORDER BY ts`);
    const rows = result.getRowObjectsJS() as Record<string, unknown>[];
    const columns = result.columnNames();
    connection.closeSync();
    return { rows, columns };
  };

  it("the downloaded files open in DuckDB and pyarrow with exactly the granted columns and the planted rows", async () => {
    const paths = await downloadAll(firstExport, "first");
    const { rows, columns } = await exportedRows(paths);
    assert.deepEqual(columns, [...plainColumns, ...textFieldNames]);

    // What the lake holds for the same scope, read independently with only
    // the granted categories' keys: the oracle the export must equal.
    const { rows: files } = await stack.admin.query<{ file_key: string }>(
      "SELECT DISTINCT file_key FROM cordon.lake_files WHERE org_id = $1",
      [orgA],
    );
    const optedOutPseudonym = await pseudonymOf(optedOut);
    const keyring = createSubjectKeyring({
      pool: exports.exporterPool,
      keys: stack.keyService,
      role: "exporter",
    });
    const inner = keyringKeySource(keyring);
    const grantedOnly: LakeKeySource = {
      openKeys: (footer, wanted) =>
        inner.openKeys(
          footer,
          wanted.filter((key) => ["text", "prompt"].includes(key.category)),
        ),
    };
    const expected = new Map<number, Record<string, unknown>>();
    for (const { file_key } of files) {
      const read = await readLakeFile({
        file: await stack.store.get(file_key),
        keys: grantedOnly,
        textFields: textFieldNames,
      });
      for (const row of read.rows) {
        const ts = (row.plain.ts as Date).getTime();
        if (row.plain.subject === optedOutPseudonym) continue;
        if (ts < Date.parse(window.from) || ts >= Date.parse(window.to)) continue;
        expected.set(ts, { eventType: row.plain.event_type, text: row.text });
      }
    }
    assert.equal(rows.length, expected.size, "exactly the planted rows of the scope");
    for (const row of rows) {
      const ts = (row.ts as Date).getTime();
      const want = expected.get(ts);
      assert.ok(want !== undefined, "an exported row the lake does not hold in scope");
      assert.equal(row.event_type, want.eventType);
      for (const field of textFieldNames) {
        assert.equal(
          row[field] ?? undefined,
          (want.text as Record<string, string | undefined>)[field],
          `${field} at ${ts}`,
        );
      }
    }
    assert.ok(
      rows.some((row) => row.prompt_text === "Summarise this thread"),
      "approved prompt text is there",
    );
    assert.equal(new Set(rows.map((row) => row.subject)).size, 11);

    const python = ensurePythonEnv() as string;
    const script = [
      "import sys, pyarrow.parquet as pq, pyarrow as pa",
      "t = pa.concat_tables([pq.read_table(p) for p in sys.argv[1:]])",
      "print(','.join(t.schema.names)); print(t.num_rows)",
    ].join("\n");
    const opened = spawnSync(python, ["-c", script, ...paths], { encoding: "utf8" });
    assert.equal(opened.status, 0, opened.stderr);
    const [names, count] = opened.stdout.trim().split("\n");
    assert.equal(names, [...plainColumns, ...textFieldNames].join(","));
    assert.equal(Number(count), rows.length);
  });

  it("two exports of the same people cannot be joined on subject, session or event ids", async () => {
    const second = await requestApproved(engineer, {
      purpose: "evaluation",
      dataset: "events/v1",
      fields: ["text"],
      filter: { ...window, eventTypes: allEventTypes },
    });
    await exports.drain();
    const secondExport = await readExport(second);
    assert.equal(secondExport.status, "completed");
    const a = (await exportedRows(await downloadAll(firstExport, "join-a"))).rows;
    const b = (await exportedRows(await downloadAll(secondExport, "join-b"))).rows;
    assert.equal(a.length, b.length, "the same rows");
    for (const column of ["subject", "session_id", "event_id"]) {
      const left = new Set(a.map((row) => row[column]));
      const common = b.filter((row) => left.has(row[column]));
      assert.equal(common.length, 0, `${column} joins the two exports`);
    }
  });

  it("only the requester downloads, and nothing after expiry: keys destroyed, objects deleted", async () => {
    const name = firstExport.files[0]?.name ?? "";
    const byOther = await exports.call(otherEngineer, {
      method: "GET",
      url: `/v1/exports/${firstExport.exportId}/files/${name}`,
    });
    // Another engineer cannot even see it.
    assert.equal(byOther.statusCode, 404, byOther.body);
    // A steward who is also an engineer sees it (to decide it) but does not download it.
    const bySteward = await exports.call(stewardEngineer, {
      method: "GET",
      url: `/v1/exports/${firstExport.exportId}/files/${name}`,
    });
    assert.equal(bySteward.statusCode, 403, bySteward.body);
    assert.equal(bySteward.json().error.code, "forbidden");
    // Its time is up (as if seven days had passed).
    await stack.admin.query(
      "UPDATE cordon.exports SET expires_at = now() - interval '1 second' WHERE export_id = $1",
      [firstExport.exportId],
    );
    await exports.drain();
    assert.equal((await readExport(firstExport.exportId)).status, "expired");
    const { rows } = await stack.admin.query<{
      export_key_wrapped: Buffer | null;
      pseudonym_key_wrapped: Buffer | null;
    }>("SELECT export_key_wrapped, pseudonym_key_wrapped FROM cordon.exports WHERE export_id = $1", [
      firstExport.exportId,
    ]);
    assert.deepEqual(rows[0], { export_key_wrapped: null, pseudonym_key_wrapped: null });
    const left: string[] = [];
    for await (const key of stack.store.listKeys(`${exports.keyPrefix}org=${orgA}/${firstExport.exportId}/`))
      left.push(key);
    assert.deepEqual(left, []);
    const late = await exports.call(engineer, {
      method: "GET",
      url: `/v1/exports/${firstExport.exportId}/files/${name}`,
    });
    assert.equal(late.statusCode, 410, late.body);
    assert.equal(late.json().error.code, "export_expired");
  });

  it("a subject erased after the plan is left out at run time and the export says so instead of failing", async () => {
    const id = await requestApproved(engineer, textScope);
    const erased = subjectsA[5] as Collector;
    const erasedPseudonym = await pseudonymOf(erased);
    const destroyed = await destroySubjectKeys(
      exports.appPool,
      { org: orgA, subject: erasedPseudonym },
      { principalId: "sec-1", roles: ["security"] },
    );
    assert.ok(destroyed > 0);
    await exports.drain();
    const ran = await readExport(id);
    assert.equal(ran.status, "completed", JSON.stringify(ran));
    const { rows } = await stack.admin.query<{
      manifest: { counts: { subjects: number }; skipped: unknown[] };
    }>("SELECT manifest FROM cordon.exports WHERE export_id = $1", [id]);
    assert.equal(rows[0]?.manifest.counts.subjects, 10);
    assert.deepEqual(rows[0]?.manifest.skipped, [{ subjects: 1, reason: "excluded_since_plan" }]);
    const { rows: subjectRows } = await stack.admin.query<{ skipped_reason: string | null }>(
      "SELECT skipped_reason FROM cordon.export_subjects WHERE export_id = $1 AND subject_id = $2",
      [id, erasedPseudonym],
    );
    assert.deepEqual(subjectRows, [{ skipped_reason: "excluded_since_plan" }]);
  });

  it("every export action is in the access log under resource type export and the export's id, refusals as denied", async () => {
    const { rows } = await stack.admin.query<{
      action: string;
      outcome: string;
      reason: string | null;
      resource_id: string;
    }>(
      "SELECT action, outcome, reason, resource_id FROM cordon.audit_records WHERE resource_type = 'export'",
    );
    const has = (action: string, outcome: string, reason?: string) =>
      rows.some(
        (row) =>
          row.action === action && row.outcome === outcome && (reason === undefined || row.reason === reason),
      );
    assert.ok(has("export.plan", "allowed"));
    assert.ok(has("export.request", "denied", "field_not_granted"));
    assert.ok(has("export.request", "denied", "cohort_too_small"));
    assert.ok(has("export.approve", "denied", "self_approval_forbidden"));
    assert.ok(has("export.approve", "allowed"));
    assert.ok(has("export.run", "allowed"));
    assert.ok(has("export.run", "denied", "cohort_too_small"));
    assert.ok(has("data.decrypt", "allowed"));
    assert.ok(has("export.download", "allowed"));
    assert.ok(has("export.download", "denied", "forbidden"));
    assert.ok(has("export.download", "failed", "not_found"));
    assert.ok(has("export.download", "failed", "export_expired"));
    assert.ok(has("export.expire", "allowed"));
    const firstRecords = rows
      .filter((row) => row.resource_id === firstExport.exportId)
      .map((row) => row.action);
    for (const action of [
      "export.request",
      "export.approve",
      "export.run",
      "data.decrypt",
      "export.download",
      "export.expire",
    ]) {
      assert.ok(firstRecords.includes(action), `${action} of the first export`);
    }
  });

  it("the exporter's identity reads no grant and cannot write one; no login but the control API's may insert one", async () => {
    const exporter = { orgId: orgA, principalId: "cordon-exporter", roles: ["exporter"] };
    // The exporter's own login holds no privilege on grants at all.
    await assert.rejects(
      withIdentity(exports.exporterPool, exporter, (tx) => tx.query("SELECT * FROM cordon.grants")),
      /permission denied/,
    );
    // Nor does the exporter's identity get a grant in through the control API's login.
    await assert.rejects(
      withIdentity(exports.appPool, exporter, (tx) =>
        tx.query(
          `INSERT INTO cordon.grants (grant_id, version, org_id, policy_version, grantee_type, grantee, dataset, event_types,
             categories, max_tier, purposes, valid_from, changed_by)
           VALUES ($1, 1, $2, 99, 'principal', 'cordon-exporter', 'events/v1', '{key.press}', '{text}', 'restricted',
             '{model-training}', now(), 'cordon-exporter')`,
          [randomUUID(), orgA],
        ),
      ),
      /row-level security/,
    );
    await assert.rejects(
      withIdentity(
        exports.appPool,
        { ...steward, orgId: orgA, principalId: "stew-1", roles: ["steward"] },
        (tx) => tx.query("UPDATE cordon.grants SET revoked = true"),
      ),
      /not allowed|permission denied/,
    );
    // The control API's login (0029_exports_grants.sql) is the only one.
    const controlLogin = "cordon_control";
    const { rows } = await stack.admin.query<{ rolname: string }>(
      `SELECT rolname FROM pg_roles
        WHERE rolcanlogin AND NOT rolsuper
          AND (has_table_privilege(oid, 'cordon.grants', 'INSERT') OR has_table_privilege(oid, 'cordon.grants', 'UPDATE')
               OR has_table_privilege(oid, 'cordon.grants', 'DELETE'))`,
    );
    assert.deepEqual(
      rows.map((row) => row.rolname),
      [controlLogin],
    );
  });

  it("a cell's ciphertext moved to another row of the same file is refused by its AAD, and nothing is exported", async () => {
    // A slice the export will read: in the window, of a subject neither opted out nor erased.
    const excluded = [await pseudonymOf(optedOut), await pseudonymOf(subjectsA[5] as Collector)];
    const { rows } = await stack.admin.query<{ file_key: string; subject_id: string }>(
      `SELECT file_key, subject_id FROM cordon.lake_slices
        WHERE org_id = $1 AND first_ts >= $2 AND last_ts < $3 AND NOT subject_id = ANY ($4::text[])
        ORDER BY row_count DESC LIMIT 1`,
      [orgA, window.from, window.to, excluded],
    );
    const fileKey = rows[0]?.file_key ?? "";
    const target = rows[0]?.subject_id ?? "";
    const original = await stack.store.get(fileKey);
    const buffer = original.buffer.slice(
      original.byteOffset,
      original.byteOffset + original.byteLength,
    ) as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    const objects = await parquetReadObjects({ file: buffer, utf8: false });
    // Two stored ciphertexts of one field, one subject, both under the granted
    // `text` key, in different rows: swap them, as someone with write access to
    // the bucket could.
    const utf8 = (value: unknown) =>
      value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value);
    let swap: { field: string; a: Record<string, unknown>; b: Record<string, unknown> } | undefined;
    for (const field of textFieldNames) {
      const holders = objects.filter(
        (row, index) =>
          row[field] instanceof Uint8Array &&
          row[`${field}_ref`] === index &&
          utf8(row[`${field}_category`]) === "text" &&
          utf8(row.subject) === target,
      );
      const a = holders[0];
      const b = holders.find((row) => row !== a);
      if (a !== undefined && b !== undefined) {
        swap = { field, a, b };
        break;
      }
    }
    assert.ok(swap !== undefined, "two text-key cells of one subject in the file");
    const moved = swap.a[swap.field];
    swap.a[swap.field] = swap.b[swap.field];
    swap.b[swap.field] = moved;
    const names = (metadata.schema[0]?.num_children ?? 0) > 0 ? Object.keys(objects[0] ?? {}) : [];
    const writer = new ByteWriter();
    await parquetWrite({
      writer,
      // The same Parquet schema elements; the two hyparquet versions type them apart.
      schema: metadata.schema as unknown as NonNullable<Parameters<typeof parquetWrite>[0]["schema"]>,
      columnData: names.map(
        (name): ColumnSource => ({
          name,
          data: objects.map((row) => row[name]) as ColumnSource["data"],
          ...(textFieldNames.includes(name as (typeof textFieldNames)[number])
            ? { statistics: false, encoding: "PLAIN" as const }
            : {}),
        }),
      ),
      kvMetadata: metadata.key_value_metadata ?? [],
    });
    await stack.store.put(fileKey, writer.getBytes());
    try {
      const asked = await requestApproved(engineer, textScope);
      await exports.drain();
      const ran = await readExport(asked);
      assert.equal(ran.status, "failed");
      assert.equal(ran.failureCode, "lake_cell_tampered");
      assert.deepEqual(ran.files, []);
    } finally {
      await stack.store.put(fileKey, original);
    }
  });
});
