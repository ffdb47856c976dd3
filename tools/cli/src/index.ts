export { CliError } from "./cli-error.ts";
export { callControlApi, defaultControlApiUrl } from "./control-api-client.ts";
export { mintDevToken, parseRoles, parseTtl } from "./dev-token.ts";
export { buildCordonProgram, type CordonIo } from "./program.ts";
export { type CliSettings, loadCliSettings } from "./settings.ts";
