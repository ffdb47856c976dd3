import { join } from "node:path";
import type { Command } from "commander";
import { callControlApi, downloadFromControlApi } from "./control-api-client.ts";
import type { CordonIo } from "./program.ts";

function csv(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

interface ExportRequestOptions {
  purpose: string;
  fields: string;
  from: string;
  to: string;
  eventTypes: string;
  apps?: string;
  sessions?: string;
}

function exportBody(options: ExportRequestOptions, dryRun: boolean) {
  return {
    purpose: options.purpose,
    dataset: "events/v1",
    fields: csv(options.fields),
    filter: {
      from: options.from,
      to: options.to,
      eventTypes: csv(options.eventTypes),
      ...(options.apps === undefined ? {} : { apps: csv(options.apps) }),
      ...(options.sessions === undefined ? {} : { sessions: csv(options.sessions) }),
    },
    dryRun,
  };
}

function withRequestOptions(command: Command): Command {
  return command
    .requiredOption("--purpose <purpose>", "why, from your organisation's list, e.g. model-training")
    .requiredOption(
      "--fields <groups>",
      "comma-separated field groups: text, pii, health, hr, prompt, financial",
    )
    .requiredOption("--from <time>", "ISO 8601: events at or after")
    .requiredOption("--to <time>", "ISO 8601: events before")
    .requiredOption("--event-types <types>", "comma-separated, e.g. key.press,text.input")
    .option("--apps <names>", "comma-separated application names")
    .option("--sessions <ids>", "comma-separated recording session ids");
}

/** `cordon export …` and `cordon policy …`: ML engineers ask, stewards decide and grant. */
export function addExportCommands(program: Command, io: CordonIo): void {
  const api = (request: Parameters<typeof callControlApi>[1]) => callControlApi(io.settings, request);
  const exportCommand = program
    .command("export")
    .description("scoped dataset exports: plan, ask, decide, download");
  withRequestOptions(
    exportCommand.command("plan").description("dry run: what an export would hold, and what is refused"),
  ).action(async (options: ExportRequestOptions) => {
    io.print(await api({ method: "POST", path: "/v1/exports", body: exportBody(options, true) }));
  });
  withRequestOptions(
    exportCommand.command("request").description("ask for an export (queued, or waiting for a steward)"),
  ).action(async (options: ExportRequestOptions) => {
    io.print(await api({ method: "POST", path: "/v1/exports", body: exportBody(options, false) }));
  });
  exportCommand
    .command("approve")
    .description("approve an export waiting for a steward (not your own)")
    .argument("<exportId>")
    .requiredOption("--plan-hash <hash>", "the plan hash you read (cordon export status)")
    .action(async (exportId: string, options: { planHash: string }) => {
      io.print(
        await api({
          method: "POST",
          path: `/v1/exports/${encodeURIComponent(exportId)}/approve`,
          body: { planHash: options.planHash },
        }),
      );
    });
  exportCommand
    .command("deny")
    .description("deny an export waiting for a steward, with a reason")
    .argument("<exportId>")
    .requiredOption("--reason <text>", "why, for the requester")
    .action(async (exportId: string, options: { reason: string }) => {
      io.print(
        await api({
          method: "POST",
          path: `/v1/exports/${encodeURIComponent(exportId)}/deny`,
          body: { reason: options.reason },
        }),
      );
    });
  exportCommand
    .command("status")
    .description("an export's status, plan and files")
    .argument("<exportId>")
    .action(async (exportId: string) => {
      io.print(await api({ method: "GET", path: `/v1/exports/${encodeURIComponent(exportId)}` }));
    });
  exportCommand
    .command("list")
    .description("exports you may see, newest first")
    .option("--status <status>", "only exports in this status")
    .action(async (options: { status?: string }) => {
      const suffix =
        options.status === undefined ? "" : `?${new URLSearchParams({ status: options.status })}`;
      io.print(await api({ method: "GET", path: `/v1/exports${suffix}` }));
    });
  exportCommand
    .command("download")
    .description("download every file of your completed export into a folder (decrypted as it streams)")
    .argument("<exportId>")
    .option("--to <folder>", "where to put the files", ".")
    .action(async (exportId: string, options: { to: string }) => {
      const id = encodeURIComponent(exportId);
      const shown = (await api({ method: "GET", path: `/v1/exports/${id}` })) as {
        files: { name: string }[];
      };
      const written: { name: string; bytes: number }[] = [];
      for (const file of shown.files) {
        const path = join(options.to, file.name);
        const bytes = await downloadFromControlApi(
          io.settings,
          `/v1/exports/${id}/files/${encodeURIComponent(file.name)}`,
          path,
        );
        written.push({ name: path, bytes });
      }
      io.print({ exportId, files: written });
    });

  const policy = program.command("policy").description("grants: who may export what, for which purposes");
  policy
    .command("grant")
    .description("grant a principal or role of your organisation an export scope (stewards)")
    .option("--principal <id>", "the principal granted to")
    .option("--role <role>", "or the role granted to, e.g. ml_engineer")
    .requiredOption(
      "--fields <groups>",
      "comma-separated field groups: text, pii, health, hr, prompt, financial",
    )
    .requiredOption("--event-types <types>", "comma-separated event types")
    .requiredOption("--max-tier <tier>", "public, internal, confidential or restricted")
    .requiredOption("--purposes <purposes>", "comma-separated purposes")
    .option("--until <time>", "ISO 8601: the grant ends")
    .action(
      async (options: {
        principal?: string;
        role?: string;
        fields: string;
        eventTypes: string;
        maxTier: string;
        purposes: string;
        until?: string;
      }) => {
        const grantee =
          options.principal !== undefined
            ? { type: "principal", id: options.principal }
            : { type: "role", id: options.role ?? "" };
        io.print(
          await api({
            method: "POST",
            path: "/v1/policies",
            body: {
              grantee,
              dataset: "events/v1",
              eventTypes: csv(options.eventTypes),
              fields: csv(options.fields),
              maxTier: options.maxTier,
              purposes: csv(options.purposes),
              ...(options.until === undefined ? {} : { validUntil: options.until }),
            },
          }),
        );
      },
    );
  policy
    .command("revoke")
    .description("revoke a grant (a new version that says so)")
    .argument("<grantId>")
    .action(async (grantId: string) => {
      io.print(await api({ method: "POST", path: `/v1/policies/${encodeURIComponent(grantId)}/revoke` }));
    });
  policy
    .command("list")
    .description("grants you may see (newest version of each)")
    .option("--include-revoked", "list revoked grants too")
    .action(async (options: { includeRevoked?: boolean }) => {
      const suffix = options.includeRevoked === true ? "?includeRevoked=true" : "";
      io.print(await api({ method: "GET", path: `/v1/policies${suffix}` }));
    });
}
