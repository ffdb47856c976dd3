import { Argument, Command, Option } from "commander";
import { addAuditCommands } from "./audit-commands.ts";
import { callControlApi } from "./control-api-client.ts";
import { humanRoles, mintDevToken, parseRoles, parseTtl } from "./dev-token.ts";
import { addExportCommands } from "./export-commands.ts";
import { buildLakeCommand } from "./lake-inspect.ts";
import type { CliSettings } from "./settings.ts";

export interface CordonIo {
  settings: CliSettings;
  /** Where results go: one JSON document per command. */
  print(result: unknown): void;
  /** Raw output, for commands that stream (`audit export` writes NDJSON). */
  write(text: string): void;
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error("must be a positive integer");
  return value;
}

const pauseScopes = ["global", "org", "collector"] as const;

function pauseTarget(scope: string, collectorId: string | undefined) {
  return scope === "collector" ? { scope, collectorId } : { scope };
}

/** The `cordon` command tree; main.ts runs it, tests may too. */
export function buildCordonProgram(io: CordonIo): Command {
  const program = new Command("cordon")
    .description(
      "Operate Cordon: collectors, ingestion pauses, consent, the access log, grants and exports, and local development tokens.",
    )
    .showHelpAfterError();
  const api = (request: Parameters<typeof callControlApi>[1]) => callControlApi(io.settings, request);

  const token = program.command("token").description("human tokens for the control API");
  token
    .command("mint")
    .description(
      "mint a token with the local development issuer's key (AUTH_DEV_SIGNING_KEY_FILE); local development only",
    )
    .requiredOption("--sub <id>", "principal id (the token's sub)")
    .requiredOption("--org <org>", "organisation id (the token's org claim)")
    .requiredOption("--roles <roles>", `comma-separated: ${humanRoles.join(", ")}`)
    .option("--ttl <ttl>", "lifetime, e.g. 15m, 1h, 90s", "15m")
    .action((options: { sub: string; org: string; roles: string; ttl: string }) => {
      io.print(
        mintDevToken(io.settings, {
          sub: options.sub,
          org: options.org,
          roles: parseRoles(options.roles),
          ttlSeconds: parseTtl(options.ttl),
        }),
      );
    });

  const collectors = program.command("collectors").description("enrol, list and revoke collectors");
  collectors
    .command("enrol")
    .description("enrol a collector for a subject; prints its client secret, once")
    .requiredOption("--subject <id>", "the employee the collector records")
    .option("--label <text>", "a name for people, e.g. the laptop's asset tag")
    .action(async (options: { subject: string; label?: string }) => {
      io.print(
        await api({
          method: "POST",
          path: "/v1/collectors",
          body: {
            subjectId: options.subject,
            ...(options.label === undefined ? {} : { label: options.label }),
          },
        }),
      );
    });
  collectors
    .command("list")
    .description("list your organisation's collectors, newest first")
    .option("--subject <id>", "only this subject's collectors")
    .option("--limit <n>", "page size (1-200)", positiveInteger)
    .option("--cursor <cursor>", "nextCursor of the previous page")
    .action(async (options: { subject?: string; limit?: number; cursor?: string }) => {
      const query = new URLSearchParams();
      if (options.subject !== undefined) query.set("subjectId", options.subject);
      if (options.limit !== undefined) query.set("limit", String(options.limit));
      if (options.cursor !== undefined) query.set("cursor", options.cursor);
      const suffix = query.size > 0 ? `?${query}` : "";
      io.print(await api({ method: "GET", path: `/v1/collectors${suffix}` }));
    });
  collectors
    .command("revoke")
    .description("revoke a collector; its tokens stop working within seconds")
    .argument("<collectorId>")
    .action(async (collectorId: string) => {
      io.print(
        await api({ method: "POST", path: `/v1/collectors/${encodeURIComponent(collectorId)}/revoke` }),
      );
    });

  program
    .command("pause")
    .description("pause ingestion: global (security only), your org, or one collector")
    .addArgument(new Argument("<scope>").choices(pauseScopes))
    .argument("[collectorId]", "for scope collector")
    .requiredOption("--reason <text>", "why, for the people who will ask")
    .addOption(
      new Option("--retry-after <seconds>", "what collectors are told to wait").argParser(positiveInteger),
    )
    .action(
      async (
        scope: string,
        collectorId: string | undefined,
        options: { reason: string; retryAfter?: number },
      ) => {
        io.print(
          await api({
            method: "PUT",
            path: "/v1/admin/pause",
            body: {
              ...pauseTarget(scope, collectorId),
              reason: options.reason,
              ...(options.retryAfter === undefined ? {} : { retryAfterSeconds: options.retryAfter }),
            },
          }),
        );
      },
    );
  program
    .command("resume")
    .description("resume ingestion for a scope")
    .addArgument(new Argument("<scope>").choices(pauseScopes))
    .argument("[collectorId]", "for scope collector")
    .action(async (scope: string, collectorId: string | undefined) => {
      io.print(
        await api({ method: "DELETE", path: "/v1/admin/pause", body: pauseTarget(scope, collectorId) }),
      );
    });
  program
    .command("pauses")
    .description("list the ingestion pauses in force that you may see")
    .action(async () => {
      io.print(await api({ method: "GET", path: "/v1/admin/pause" }));
    });

  program
    .command("consent")
    .description("show a subject's consent flag, or change it")
    .argument("<subjectId>")
    .addOption(new Option("--opt-out", "stop recording this subject").conflicts("optIn"))
    .addOption(
      new Option("--opt-in", "record this subject again (only the subject themselves may)").conflicts(
        "optOut",
      ),
    )
    .option("--reason <text>", "why; kept with the flag")
    .action(async (subjectId: string, options: { optOut?: boolean; optIn?: boolean; reason?: string }) => {
      const path = `/v1/subjects/${encodeURIComponent(subjectId)}/consent`;
      if (options.optOut === undefined && options.optIn === undefined) {
        io.print(await api({ method: "GET", path }));
        return;
      }
      const body = {
        optedOut: options.optOut === true,
        ...(options.reason === undefined ? {} : { reason: options.reason }),
      };
      io.print(await api({ method: "PUT", path, body }));
    });

  const subject = program
    .command("subject")
    .description("a data subject's rights: access report and erasure");
  subject
    .command("report")
    .description(
      "every export that included the subject, and the records about them, verified against the access log",
    )
    .argument("<subjectId>")
    .action(async (subjectId: string) => {
      io.print(
        await api({ method: "GET", path: `/v1/subjects/${encodeURIComponent(subjectId)}/access-report` }),
      );
    });
  subject
    .command("erase")
    .description("destroy the subject's keys now; the lifecycle worker then removes their rows from the lake")
    .argument("<subjectId>")
    .requiredOption("--reason <text>", "why (e.g. the request's ticket)")
    .action(async (subjectId: string, options: { reason: string }) => {
      const path = `/v1/subjects/${encodeURIComponent(subjectId)}/erasure`;
      io.print(await api({ method: "POST", path, body: { reason: options.reason } }));
    });
  subject
    .command("erasure")
    .description("how far the subject's erasure has gone")
    .argument("<subjectId>")
    .action(async (subjectId: string) => {
      io.print(await api({ method: "GET", path: `/v1/subjects/${encodeURIComponent(subjectId)}/erasure` }));
    });

  addAuditCommands(program, io);
  addExportCommands(program, io);
  program.addCommand(buildLakeCommand(io));

  return program;
}
