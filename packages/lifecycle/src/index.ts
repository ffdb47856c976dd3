export { ShutdownRegistry } from "./shutdown.ts";
