import type { StackPaths } from "./paths.ts";

/** Loopback ports of the local stack; each can be moved with the variable named beside it. */
export interface StackPorts {
  /** CORDON_PG_PORT */
  postgres: number;
  /** CORDON_KAFKA_PORT (the broker); the KRaft controller listens on the next port. */
  kafka: number;
  /** CORDON_S3_PORT */
  s3: number;
  /** CORDON_KMS_PORT */
  kms: number;
}

export function stackPorts(env: NodeJS.ProcessEnv = process.env): StackPorts {
  const port = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1024 || value > 65535) {
      throw new Error(`${name} must be a port number between 1024 and 65535, got "${raw}"`);
    }
    return value;
  };
  return {
    postgres: port("CORDON_PG_PORT", 54329),
    kafka: port("CORDON_KAFKA_PORT", 29092),
    s3: port("CORDON_S3_PORT", 29000),
    kms: port("CORDON_KMS_PORT", 29080),
  };
}

export interface StackContext {
  paths: StackPaths;
  ports: StackPorts;
  /** Progress lines for the operator; never secrets. */
  log: (message: string) => void;
}

export interface ServerStatus {
  name: string;
  running: boolean;
  pid?: number;
  endpoint: string;
  detail?: string;
}

/**
 * One real server of the local stack. Every step is idempotent: `install`
 * fetches or builds only what is missing, `start` reuses a server that is
 * already up, `stop` on a stopped server does nothing.
 */
export interface LocalServer {
  readonly name: string;
  install(ctx: StackContext): Promise<void>;
  /** Starts (or reuses) the server and waits until it answers. */
  start(ctx: StackContext): Promise<void>;
  /** Creates what the services need inside it (topics, bucket, keys); idempotent. */
  seed(ctx: StackContext): Promise<void>;
  status(ctx: StackContext): Promise<ServerStatus>;
  stop(ctx: StackContext): Promise<void>;
  /** Connection settings written to .cordon/env. */
  env(ctx: StackContext): Record<string, string>;
}
