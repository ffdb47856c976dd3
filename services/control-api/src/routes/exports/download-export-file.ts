import { exportKeyContext, openExportFileStream, unwrapExportKey } from "@cordon/export-files";
import { type ErrorCode, HttpError } from "@cordon/http";
import { KeyServiceError } from "@cordon/key-service";
import { z } from "zod";
import { runAudited } from "../../audited-action.ts";
import { type ExportFileRecord, type ExportRecord, findExport, findExportFileKey } from "../../db/exports.ts";
import { humanTokenSecurity, type RouteApp, type RouteDeps } from "../../route-deps.ts";

const fileParams = z.strictObject({
  id: z.uuid(),
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, "must be a file name of the export"),
});

type Outcome =
  | { ok: true; record: ExportRecord; file: ExportFileRecord; wrappedKey: Buffer }
  | { ok: false; code: ErrorCode; message: string };

/**
 * Streams one file of a completed export to its requester, decrypting it on
 * the fly with the export's data key. This replaces presigned URLs: every
 * download goes through here, is audited (who, bytes, file hash) before a
 * byte leaves, and stops working the moment the export's key is destroyed.
 */
export function downloadExportFileRoute(app: RouteApp, deps: RouteDeps): void {
  app.get(
    "/v1/exports/:id/files/:name",
    {
      config: { allowedRoles: ["ml_engineer"] },
      schema: {
        summary: "Download a file of your export (streamed, decrypted on the fly)",
        tags: ["exports"],
        security: humanTokenSecurity,
        params: fileParams,
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const { id: exportId, name } = request.params;
      const outcome = await runAudited(deps, request, async (tx) => {
        const record = await findExport(tx, exportId);
        const file = record?.files.find((candidate) => candidate.name === name);
        const wrappedKey = record === undefined ? undefined : await findExportFileKey(tx, exportId);
        const expired =
          record !== undefined &&
          (record.status === "expired" ||
            (record.expiresAt !== null && Date.parse(record.expiresAt) <= Date.now()) ||
            (record.status === "completed" && wrappedKey === undefined));
        const result: Outcome =
          record === undefined
            ? { ok: false, code: "not_found", message: "no such export" }
            : record.requesterId !== principal.id
              ? { ok: false, code: "forbidden", message: "only the requester downloads an export" }
              : expired
                ? {
                    ok: false,
                    code: "export_expired",
                    message: "the export has expired and its key is destroyed",
                  }
                : record.status !== "completed"
                  ? { ok: false, code: "export_not_ready", message: `the export is ${record.status}` }
                  : file === undefined || wrappedKey === undefined
                    ? { ok: false, code: "not_found", message: "no such file in this export" }
                    : { ok: true, record, file, wrappedKey };
        return {
          value: result,
          audit: {
            action: "export.download",
            resource: { type: "export", id: exportId },
            orgId: principal.orgId,
            ...(record === undefined ? {} : { purpose: record.purpose }),
            ...(result.ok
              ? {
                  outcome: "allowed",
                  detail: { fileName: name, bytes: result.file.sizeBytes, sha256: result.file.sha256 },
                }
              : {
                  outcome: result.code === "forbidden" ? "denied" : "failed",
                  reason: result.code,
                  detail: { fileName: name },
                }),
          },
        };
      });
      if (!outcome.ok) throw new HttpError(outcome.code, outcome.message);
      const { record, file, wrappedKey } = outcome;
      let key: Buffer;
      try {
        key = await unwrapExportKey(
          deps.exportFiles.keys,
          wrappedKey,
          exportKeyContext("files", record.exportId, record.orgId, record.purpose),
        );
      } catch (error) {
        if (error instanceof KeyServiceError) {
          throw new HttpError("export_expired", "the export's key can no longer be used");
        }
        throw error;
      }
      const sealed = await deps.exportFiles.store.getStream(file.objectKey);
      const plaintext = sealed.pipe(openExportFileStream(key, record.exportId, file.name));
      sealed.on("error", (error) => plaintext.destroy(error));
      return reply
        .header(
          "content-type",
          name.endsWith(".json") ? "application/json" : "application/vnd.apache.parquet",
        )
        .header("content-length", String(file.sizeBytes))
        .header("x-content-sha256", file.sha256)
        .send(plaintext);
    },
  );
}
