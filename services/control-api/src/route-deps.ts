import type { CollectorSecretPepper } from "@cordon/collector-credentials";
import type { Pool } from "@cordon/db";
import type { KeyService } from "@cordon/key-service";
import type { SubjectPseudonymizer } from "@cordon/lake";
import type { ObjectStore } from "@cordon/object-store";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { AuditSink } from "./audit.ts";
import type { ZodTypeProvider } from "./zod-route-schemas.ts";

/** The Fastify instance routes are declared on: request and response types come from zod schemas. */
export type RouteApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What the authenticated routes need. */
export interface RouteDeps {
  /** Pool of the application role: every query runs under row-level security. */
  pool: Pool;
  audit: AuditSink;
  /** (org, subject id) -> the lake's pseudonym of the subject: what erasure destroys keys of. */
  pseudonymize: SubjectPseudonymizer;
  /** The key new collector secrets are hashed under; the gateway verifies with the same one. */
  collectorSecretPepper: CollectorSecretPepper;
  /** Where export files are and what unwraps their keys (downloads). */
  exportFiles: { keys: Pick<KeyService, "unwrapDataKey">; store: Pick<ObjectStore, "getStream"> };
}

/** OpenAPI security requirement of routes that need a human token. */
export const humanTokenSecurity = [{ humanToken: [] }];
