import assert from "node:assert/strict";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createAuditCheckpointer, createAuditSignals } from "@cordon/audit";
import {
  builtConsoleDir,
  createTestIssuer,
  type HumanTokenClaims,
  testAudience,
  testIssuerName,
} from "@cordon/control-api";
import { buildDevIssuer, type DevIssuer, type DevUser } from "@cordon/dev-issuer";
import { eventTypes } from "@cordon/events";
import { createLogger, createMetricsRegistry } from "@cordon/observability";
import { listenForMetrics } from "@cordon/pipeline";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { ExportStack, subjectEvents } from "./lib/export-stack.ts";
import { type Collector, PipelineStack } from "./lib/pipeline-stack.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const screenshotsDir = path.join(repoRoot, "docs", "console");
const clientId = "cordon-console";

/** `2026-12-04T10:15` for a datetime-local input; the browser runs in UTC. */
function localInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

describe("the web console in Chromium, against the real stack (gateway → pipeline → lake → API → exporter)", () => {
  let stack: PipelineStack;
  let running: Awaited<ReturnType<PipelineStack["startPipeline"]>>;
  let pipelineMetrics: Awaited<ReturnType<typeof listenForMetrics>>;
  let exports: ExportStack;
  let devIssuer: DevIssuer;
  let devIssuerUrl = "";
  let apiUrl = "";
  let browser: Browser;
  const org = `org-console-${randomUUID().slice(0, 8)}`;
  const subjects: Collector[] = [];
  const base = Date.now() - 30 * 60_000;
  const steward: DevUser = { sub: "stew-console", name: "Sam Steward", org, roles: ["steward"] };
  const engineer: DevUser = { sub: "eng-console", name: "Mia Engineer", org, roles: ["ml_engineer"] };
  const security: DevUser = { sub: "sec-console", name: "Sol Security", org, roles: ["security"] };
  const admin: DevUser = { sub: "admin-console", name: "Ada Admin", org, roles: ["admin"] };
  let employee: DevUser;
  let exportId = "";

  const claimsOf = (user: DevUser): HumanTokenClaims => ({ sub: user.sub, org: user.org, roles: user.roles });

  /** A fresh browser profile signed in as `user` through the console's sign-in and the issuer's picker. */
  async function signIn(user: DevUser): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      timezoneId: "UTC",
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${apiUrl}/console/`);
    await page.getByRole("button", { name: "Sign in with your identity provider" }).click();
    await page.waitForURL(`${devIssuerUrl}/authorize**`);
    await page.getByRole("button", { name: new RegExp(`\\(${user.sub} `) }).click();
    await page.waitForURL(`${apiUrl}/console/**`);
    await page.getByText(`${user.name} · ${user.roles.join(", ")}`).waitFor();
    return { context, page };
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(screenshotsDir, name), fullPage: true });
  }

  /** A token for `user` got through the issuer's code flow outside the browser, as any client could. */
  async function tokenFromIssuer(user: DevUser): Promise<string> {
    const verifier = randomBytes(32).toString("base64url");
    const redirectUri = `${apiUrl}/console/`;
    const picked = await fetch(`${devIssuerUrl}/authorize`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams({
        response_type: "code",
        client_id: clientId,
        redirect_uri: redirectUri,
        scope: "openid",
        state: "state-1",
        code_challenge: createHash("sha256").update(verifier).digest("base64url"),
        code_challenge_method: "S256",
        sub: user.sub,
      }),
    });
    const code = new URL(picked.headers.get("location") ?? "").searchParams.get("code") ?? "";
    const token = await fetch(`${devIssuerUrl}/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        client_id: clientId,
        code_verifier: verifier,
      }),
    });
    assert.equal(token.status, 200, await token.clone().text());
    return ((await token.json()) as { access_token: string }).access_token;
  }

  before(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    stack = await PipelineStack.start("console-e2e");
    running = await stack.startPipeline();
    let sent = 0;
    // Twelve employees: above the default k of 10, so an export may run.
    for (let index = 0; index < 12; index++) {
      const collector = await stack.enrol({ orgId: org });
      subjects.push(collector);
      sent += await stack.send(collector, subjectEvents(randomUUID(), 2, base + index * 1_000));
    }
    assert.equal(await stack.waitForCatalogued(sent), sent, "every event reached the catalog");
    const first = subjects[0];
    assert.ok(first !== undefined);
    employee = { sub: first.subjectId, name: "Employee one", org, roles: ["subject"] };

    pipelineMetrics = await listenForMetrics(running.metrics.registry, { host: "127.0.0.1", port: 0 });
    const issuer = createTestIssuer();
    devIssuer = buildDevIssuer({
      issuer: testIssuerName,
      audience: testAudience,
      signingKey: { pem: issuer.privateKeyPem, kid: issuer.kid },
      users: [steward, engineer, security, admin, employee],
    });
    devIssuerUrl = await devIssuer.app.listen({ host: "127.0.0.1", port: 0 });
    exports = await ExportStack.start(stack, "console-e2e", {
      issuer,
      app: {
        console: {
          distDir: builtConsoleDir,
          oidc: {
            issuer: testIssuerName,
            discoveryUrl: `${devIssuerUrl}/.well-known/openid-configuration`,
            clientId,
          },
        },
        ingestionMetrics: {
          gatewayUrl: `${stack.gatewayUrl}/metrics`,
          pipelineUrl: `http://127.0.0.1:${pipelineMetrics.port}/metrics`,
        },
      },
    });
    apiUrl = await exports.app.listen({ host: "127.0.0.1", port: 0 });
    devIssuer.registerClient({ clientId, redirectUris: [`${apiUrl}/console/`] });

    // The steward's grant: text and prompts for model training; prompts need approval.
    const granted = await exports.call(claimsOf(steward), {
      method: "POST",
      url: "/v1/policies",
      payload: {
        grantee: { type: "role", id: "ml_engineer" },
        dataset: "events/v1",
        eventTypes: [...eventTypes],
        fields: ["text", "prompt"],
        maxTier: "restricted",
        purposes: ["model-training"],
      },
    });
    assert.equal(granted.statusCode, 201, granted.body);

    browser = await chromium.launch({
      executablePath: process.env.CORDON_CHROMIUM ?? "/usr/bin/chromium",
      // Root in a container has no user namespaces for Chromium's sandbox.
      args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
    });
  });

  after(async () => {
    await browser?.close();
    await devIssuer?.app.close();
    await pipelineMetrics?.close();
    await running?.pipeline.stop();
    await running?.pool.end();
    await exports?.close(stack);
    await stack?.close();
  });

  it("a steward approves, in the console, an export an ML engineer composed there; the engineer downloads exactly the file the manifest names", async () => {
    const mia = await signIn(engineer);
    const page = mia.page;
    await page.getByLabel("From").fill(localInput(base - 60_000));
    await page.getByLabel("To").fill(localInput(base + 20 * 60_000));
    await page.getByRole("checkbox", { name: "prompt", exact: true }).check();
    // The plan follows the filters: prompts granted, so approval is needed.
    await page.getByTestId("plan-granted").filter({ hasText: "prompt" }).waitFor();
    await page.getByText(/^needed \(restricted_field/).waitFor();
    assert.equal(await page.getByTestId("plan-subjects").textContent(), "12");
    // A field nobody may export is refused with its reason while composing.
    await page.getByRole("checkbox", { name: "credential", exact: true }).check();
    await page.getByTestId("plan-refused").filter({ hasText: "credential (never exportable)" }).waitFor();
    await page.getByRole("checkbox", { name: "credential", exact: true }).uncheck();
    await page.getByTestId("plan-refused").filter({ hasText: "none" }).waitFor();
    await screenshot(page, "exports-compose.png");
    await page.getByRole("button", { name: "Request export" }).click();
    const created = page.getByRole("status").filter({ hasText: "pending approval" });
    await created.waitFor();
    exportId = (await created.locator("code").textContent()) ?? "";
    assert.match(exportId, /^[0-9a-f-]{36}$/);

    const sam = await signIn(steward);
    const card = sam.page.getByRole("article", { name: `Export ${exportId} requested by ${engineer.sub}` });
    await card.waitFor();
    assert.match((await card.textContent()) ?? "", /Fields granted\s*prompt, text/);
    await screenshot(sam.page, "exports-approval.png");
    await card.getByRole("button", { name: "Approve this plan" }).click();
    await sam.page.getByText("Nothing is waiting.").waitFor();
    await sam.page.getByRole("cell", { name: steward.sub }).first().waitFor();

    await exports.drain();
    const stored = await exports.call(claimsOf(engineer), { method: "GET", url: `/v1/exports/${exportId}` });
    const manifest = stored.json() as { status: string; files: { name: string; sha256: string }[] };
    assert.equal(manifest.status, "completed", stored.body);
    const file = manifest.files[0];
    assert.ok(file !== undefined);

    await page.getByRole("button", { name: "Refresh" }).click();
    const mine = page.getByRole("article", { name: `Export ${exportId}` });
    await mine.getByTestId("export-status").filter({ hasText: "completed" }).waitFor();
    const downloading = page.waitForEvent("download");
    await mine.getByRole("button", { name: `Download ${file.name}` }).click();
    const download = await downloading;
    const savedPath = await download.path();
    const bytes = readFileSync(savedPath);
    assert.equal(createHash("sha256").update(bytes).digest("hex"), file.sha256);
    await screenshot(page, "exports-download.png");
    await sam.context.close();
    await mia.context.close();
  });

  it("works from the keyboard alone: signing in, choosing a user and moving between pages", async () => {
    const context = await browser.newContext({ timezoneId: "UTC" });
    const page = await context.newPage();
    await page.goto(`${apiUrl}/console/`);
    await page.getByRole("button", { name: "Sign in with your identity provider" }).waitFor();
    const focusOn = async (name: string | RegExp) => {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        // Read without waiting: between the last control and the first, focus is outside the page.
        const focused = String(await page.evaluate("document.activeElement?.textContent ?? ''"));
        if (typeof name === "string" ? focused.includes(name) : name.test(focused)) return;
      }
      assert.fail(`no focusable element named ${String(name)}`);
    };
    await focusOn("Sign in with your identity provider");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${devIssuerUrl}/authorize**`);
    await page.getByRole("heading", { name: "Sign in as a seeded user" }).waitFor();
    await focusOn(new RegExp(`\\(${security.sub} `));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Access log", level: 1 }).waitFor();
    await focusOn(/^Ingestion$/);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Ingestion", level: 1 }).waitFor();
    await context.close();
  });

  it("an ML engineer cannot reach the access log: the page offers no way there and refuses, and the API refuses their token", async () => {
    const mia = await signIn(engineer);
    const nav = mia.page.getByRole("navigation", { name: "Pages" });
    assert.equal(await nav.getByRole("link", { name: "Access log" }).count(), 0);
    await mia.page.goto(`${apiUrl}/console/#/access-log`);
    await mia.page.getByRole("alert").filter({ hasText: "do not allow this page" }).waitFor();
    assert.equal(await mia.page.getByRole("heading", { name: "Access log" }).count(), 0);
    await screenshot(mia.page, "access-log-refused.png");
    await mia.context.close();

    // The same person's token, asked of the API directly, whatever a page shows.
    const token = await tokenFromIssuer(engineer);
    const refused = await fetch(`${apiUrl}/v1/audit/events`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { error: { code: string } }).error.code, "forbidden");
    const verify = await fetch(`${apiUrl}/v1/audit/verify-records?from=1&to=2`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(verify.status, 403);
  });

  it("a security user finds the engineer's denied attempt in the access log, opens it and verifies the chain up to a signed checkpoint", async () => {
    const logger = createLogger({ service: "console-e2e", level: "silent" });
    const checkpoints = createAuditCheckpointer({
      pool: exports.appPool,
      keys: stack.keyService,
      store: stack.store,
      keyPrefix: exports.auditKeyPrefix,
      everyRecords: 1,
      everyMs: 1,
      logger,
      signals: createAuditSignals({ registry: createMetricsRegistry("console-e2e"), logger }),
    });
    // Refused calls reach the log as one record per source and minute; write this minute's now.
    await exports.refusalAudit.flushAll();
    assert.ok((await checkpoints.checkpointIfDue()) !== undefined, "a checkpoint was taken");

    const sol = await signIn(security);
    const page = sol.page;
    await page.getByLabel("Actor id").fill(engineer.sub);
    await page.getByLabel("Outcome").selectOption("denied");
    await page.getByRole("button", { name: "Search" }).click();
    const denied = page
      .getByRole("row")
      .filter({ hasText: "auth.denied" })
      .filter({ hasText: "/v1/audit/events" });
    await denied.first().waitFor();
    await denied
      .first()
      .getByRole("button", { name: /Open record/ })
      .click();
    const detail = page.getByRole("region", { name: /Record \d+/ });
    await detail.getByText("forbidden").first().waitFor();
    await page.getByRole("button", { name: "Verify these records" }).click();
    const verdict = page.getByTestId("verdict");
    await verdict.filter({ hasText: "Chain intact" }).waitFor();
    assert.match((await verdict.textContent()) ?? "", /Last signed checkpoint: sequence \d+/);
    await screenshot(page, "access-log.png");
    await sol.context.close();
  });

  it("an employee opts out in the console and sees the export that included them in their access report", async () => {
    const me = await signIn(employee);
    const page = me.page;
    const toggle = page.getByRole("switch", { name: "Record my activity for training AI models" });
    assert.equal(await toggle.isChecked(), true);
    await toggle.click();
    await page.getByTestId("consent-state").filter({ hasText: "You have opted out" }).waitFor();
    const consent = await exports.call(claimsOf(admin), {
      method: "GET",
      url: `/v1/subjects/${employee.sub}/consent`,
    });
    assert.equal((consent.json() as { optedOut: boolean }).optedOut, true);

    await page.getByRole("button", { name: "Refresh the report" }).click();
    const exported = page.getByRole("article", { name: `Export ${exportId}` });
    await exported.waitFor();
    await exported.getByRole("cell", { name: "downloaded the export" }).first().waitFor();
    await page.getByTestId("report-verification").filter({ hasText: "chain intact" }).waitFor();
    await screenshot(page, "my-data.png");
    await me.context.close();
  });

  it("an admin watches events flow in the live chart, then pauses and resumes the organisation's ingestion with a reason", async () => {
    const ada = await signIn(admin);
    const page = ada.page;
    await page.getByRole("figure", { name: "Events per second" }).waitFor();
    // Events sent while the page samples show as a rate above zero, from the gateway's own counter.
    const sender = subjects[1];
    assert.ok(sender !== undefined);
    const flowing = page.getByText(/accepted by the gateway: [1-9]/);
    const rates = page.getByRole("figure", { name: "Events per second" }).locator("tbody tr");
    // A few samples' worth, so the chart draws a line and not a point.
    for (let round = 0; round < 60 && ((await rates.count()) < 6 || !(await flowing.isVisible())); round++) {
      await stack.send(sender, subjectEvents(randomUUID(), 1, Date.now()));
      await page.waitForTimeout(250);
    }
    await flowing.waitFor();
    await page.getByText(/not yet consumed: \d/).waitFor();
    await screenshot(page, "ingestion.png");

    await page.getByLabel("Reason").fill("console test: maintenance window");
    await page.getByRole("button", { name: "Pause ingestion" }).click();
    await page.getByText("paused by admin-console").waitFor();
    const paused = await exports.call(claimsOf(admin), { method: "GET", url: "/v1/admin/pause" });
    assert.equal((paused.json() as { pauses: { scope: string }[] }).pauses[0]?.scope, "org");
    await screenshot(page, "ingestion-paused.png");
    await page.getByRole("button", { name: "Resume" }).click();
    await page.getByText("Ingestion is running").waitFor();
    await ada.context.close();
  });
});
