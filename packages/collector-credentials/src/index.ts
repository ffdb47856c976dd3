export { generateCollectorSecret, hashCollectorSecret, verifyCollectorSecret } from "./secret.ts";
