import { type PoolClient, withIdentity } from "@cordon/db";
import { HttpError } from "@cordon/http";
import type { FastifyRequest } from "fastify";
import { type AuditEntry, AuditUnavailableError, actorOf } from "./audit.ts";
import { identityOf } from "./principal.ts";
import type { RouteDeps } from "./route-deps.ts";

/** What an action's audit record says besides who asked and in which request. */
export type AuditedOutcome = Omit<AuditEntry, "actor" | "requestId">;

/**
 * Runs an action of an authenticated route under the caller's identity and
 * writes its audit record last in the same transaction, so the action and
 * its record commit together or not at all. `act` returns its value and the
 * record to write; an action that found nothing to act on still returns (its
 * record says `failed`), so the refusal is on the record too.
 */
export async function runAudited<T>(
  deps: RouteDeps,
  request: FastifyRequest,
  act: (transaction: PoolClient) => Promise<{ value: T; audit: AuditedOutcome }>,
): Promise<T> {
  const principal = request.principal;
  try {
    return await withIdentity(deps.pool, identityOf(principal), async (transaction) => {
      const { value, audit } = await act(transaction);
      await deps.audit.record({ ...audit, actor: actorOf(principal), requestId: request.id }, transaction);
      return value;
    });
  } catch (error) {
    if (error instanceof AuditUnavailableError) {
      throw new HttpError("dependency_unavailable", "the access log cannot be written, so nothing was done", {
        retryAfterSeconds: 5,
      });
    }
    throw error;
  }
}
