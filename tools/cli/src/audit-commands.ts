import { type Command, Option } from "commander";
import { CliError } from "./cli-error.ts";
import { callControlApi, streamControlApi } from "./control-api-client.ts";
import type { CordonIo } from "./program.ts";

interface FilterOptions {
  actor?: string;
  actorType?: string;
  action?: string;
  resource?: string;
  resourceType?: string;
  outcome?: string;
  from?: string;
  to?: string;
  text?: string;
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error("must be a positive integer");
  return value;
}

/** The filters `audit query` and `audit export` share; the API checks the values. */
function withFilters(command: Command): Command {
  return command
    .option("--actor <id>", "exact actor id (principal, collector or service)")
    .addOption(new Option("--actor-type <type>").choices(["principal", "collector", "service"]))
    .option("--action <actions>", "comma-separated, e.g. auth.denied,export.download")
    .option("--resource <id>", "exact resource id")
    .option("--resource-type <type>", "e.g. collector, subject, route, audit_log")
    .addOption(new Option("--outcome <outcome>").choices(["allowed", "denied", "failed"]))
    .option("--from <time>", "ISO 8601: records at or after")
    .option("--to <time>", "ISO 8601: records before")
    .option("--text <prefix>", "records whose actor, resource or request id starts with this");
}

function filterQuery(options: FilterOptions): URLSearchParams {
  const query = new URLSearchParams();
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined) query.set(name, value);
  };
  set("actorId", options.actor);
  set("actorType", options.actorType);
  set("action", options.action);
  set("resourceId", options.resource);
  set("resourceType", options.resourceType);
  set("outcome", options.outcome);
  set("from", options.from);
  set("to", options.to);
  set("q", options.text);
  return query;
}

const withQuery = (path: string, query: URLSearchParams) => (query.size > 0 ? `${path}?${query}` : path);

/** `cordon audit …`: the access log, for the security role. */
export function addAuditCommands(program: Command, io: CordonIo): void {
  const audit = program
    .command("audit")
    .description("query, export and verify the access log (security role)");

  withFilters(audit.command("query"))
    .description("a page of matching records, newest first")
    .option("--limit <n>", "page size (1-500)", positiveInteger)
    .option("--cursor <cursor>", "nextCursor of the previous page")
    .action(async (options: FilterOptions & { limit?: number; cursor?: string }) => {
      const query = filterQuery(options);
      if (options.limit !== undefined) query.set("limit", String(options.limit));
      if (options.cursor !== undefined) query.set("cursor", options.cursor);
      io.print(
        await callControlApi(io.settings, { method: "GET", path: withQuery("/v1/audit/events", query) }),
      );
    });

  withFilters(audit.command("export"))
    .description("every matching record, oldest first, as NDJSON on stdout (for a SIEM)")
    .action(async (options: FilterOptions) => {
      for await (const chunk of streamControlApi(
        io.settings,
        withQuery("/v1/audit/events/export", filterQuery(options)),
      )) {
        io.write(chunk);
      }
    });

  audit
    .command("verify")
    .description("recompute the hash chain and check the signed checkpoints; exit code 1 if it is broken")
    .option("--from <sequence>", "first sequence (default 1)", positiveInteger)
    .option("--to <sequence>", "last sequence (default: the newest)", positiveInteger)
    .action(async (options: { from?: number; to?: number }) => {
      const query = new URLSearchParams();
      if (options.from !== undefined) query.set("from", String(options.from));
      if (options.to !== undefined) query.set("to", String(options.to));
      const verdict = (await callControlApi(io.settings, {
        method: "GET",
        path: withQuery("/v1/audit/verify", query),
      })) as { ok: boolean; firstBadSequence?: number; reason?: string };
      io.print(verdict);
      if (!verdict.ok) {
        throw new CliError(
          "audit_chain_broken",
          `the access log fails verification at ${verdict.firstBadSequence}`,
          {
            firstBadSequence: verdict.firstBadSequence,
            reason: verdict.reason,
          },
        );
      }
    });
}
