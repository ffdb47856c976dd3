import type { DevUser } from "./dev-issuer.ts";

/**
 * The people the local picker offers, one or two per role, in the organisation
 * the `cordon` command uses by default, so what one does in the console the
 * other sees.
 */
export function localDevUsers(org: string): DevUser[] {
  return [
    { sub: "steward-sam", name: "Sam Steward", org, roles: ["steward"] },
    { sub: "ml-mia", name: "Mia ML engineer", org, roles: ["ml_engineer"] },
    { sub: "security-sol", name: "Sol Security", org, roles: ["security"] },
    { sub: "admin-ada", name: "Ada Admin", org, roles: ["admin", "security"] },
    { sub: "emp-001", name: "Employee emp-001", org, roles: ["subject"] },
  ];
}
