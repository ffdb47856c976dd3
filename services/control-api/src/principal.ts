import type { RequestIdentity } from "@cordon/db";
import { z } from "zod";

/** The roles a human may hold: admin, security, steward, ML engineer, and the data subject themselves. */
export const humanRoles = ["admin", "security", "steward", "ml_engineer", "subject"] as const;
export type HumanRole = (typeof humanRoles)[number];

/** A person calling the control API, as their identity provider vouched for them. */
export interface Principal {
  id: string;
  orgId: string;
  roles: readonly HumanRole[];
}

/**
 * The claims a verified human token must carry. A role outside the closed set
 * makes the whole token invalid rather than being dropped: the roles reach
 * Postgres row-level policies, and a human token claiming a service role
 * (`gateway`) must never be able to read what that role reads.
 */
const humanClaimsSchema = z.object({
  sub: z.string().min(1).max(256),
  org: z.string().min(1).max(256),
  roles: z.array(z.enum(humanRoles)).max(humanRoles.length),
});

export function principalFromClaims(claims: unknown): Principal | undefined {
  const parsed = humanClaimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  return { id: parsed.data.sub, orgId: parsed.data.org, roles: [...new Set(parsed.data.roles)] };
}

export function hasRole(principal: Principal, ...wanted: readonly HumanRole[]): boolean {
  return principal.roles.some((role) => wanted.includes(role));
}

/** The identity row-level policies see for this principal's transactions. */
export function identityOf(principal: Principal): RequestIdentity {
  return { orgId: principal.orgId, principalId: principal.id, roles: principal.roles };
}
