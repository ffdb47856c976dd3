import { orgIdPattern, type RequestIdentity } from "@cordon/db";
import { z } from "zod";

/** The roles an organisation's identity provider may grant: admin, security, steward, ML engineer, and the data subject themselves. */
export const humanRoles = ["admin", "security", "steward", "ml_engineer", "subject"] as const;
export type OrganisationRole = (typeof humanRoles)[number];

/**
 * The one role that spans organisations: the global pause and reading and
 * verifying the whole access log. Only the platform's own token issuer
 * (PLATFORM_AUTH_ISSUER) grants it; in an organisation's token it makes the
 * token invalid.
 */
export const platformOperatorRole = "platform_operator";
export type HumanRole = OrganisationRole | typeof platformOperatorRole;

/**
 * A person calling the control API, as their identity provider vouched for
 * them. A platform operator belongs to no organisation (`orgId` undefined),
 * so one token is never both.
 */
export interface Principal {
  id: string;
  orgId: string | undefined;
  roles: readonly HumanRole[];
}

/**
 * The claims a verified organisation token must carry. A role outside the
 * closed set makes the whole token invalid rather than being dropped: the
 * roles reach Postgres row-level policies, and a human token claiming a
 * service role (`gateway`) or the platform operator's must never be able to
 * read what that role reads. The org id has the shape the lake's keys need.
 */
const organisationClaimsSchema = z.object({
  sub: z.string().min(1).max(256),
  org: z.string().regex(orgIdPattern, "must be an organisation id"),
  roles: z.array(z.enum(humanRoles)).max(humanRoles.length),
});

/** A platform token names a person and the operator role, and no organisation. */
const platformClaimsSchema = z.object({
  sub: z.string().min(1).max(256),
  roles: z.tuple([z.literal(platformOperatorRole)]),
  // Named so that it is checked: an object schema drops unknown keys before any refinement sees them.
  org: z.undefined({ error: "a platform token names no organisation" }).optional(),
});

export function principalFromClaims(
  claims: unknown,
  issuedBy: "organisation" | "platform" = "organisation",
): Principal | undefined {
  if (issuedBy === "platform") {
    const parsed = platformClaimsSchema.safeParse(claims);
    if (!parsed.success) return undefined;
    return { id: parsed.data.sub, orgId: undefined, roles: [platformOperatorRole] };
  }
  const parsed = organisationClaimsSchema.safeParse(claims);
  if (!parsed.success) return undefined;
  return { id: parsed.data.sub, orgId: parsed.data.org, roles: [...new Set(parsed.data.roles)] };
}

export function hasRole(principal: Principal, ...wanted: readonly HumanRole[]): boolean {
  return principal.roles.some((role) => wanted.includes(role));
}

/** The principal's organisation; only routes that platform operators cannot reach call it. */
export function orgOf(principal: Principal): string {
  if (principal.orgId === undefined) throw new Error("the principal belongs to no organisation");
  return principal.orgId;
}

/** The identity row-level policies see for this principal's transactions. */
export function identityOf(principal: Principal): RequestIdentity {
  return {
    ...(principal.orgId === undefined ? {} : { orgId: principal.orgId }),
    principalId: principal.id,
    roles: principal.roles,
  };
}
