export {
  buildDevIssuer,
  type DevClient,
  type DevIssuer,
  type DevIssuerOptions,
  type DevUser,
  devUserRoles,
} from "./dev-issuer.ts";
export { localDevUsers } from "./seeded-users.ts";
