import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  type CreateKeyRequest,
  KMSClient,
  ListKeysCommand,
  paginateListAliases,
} from "@aws-sdk/client-kms";
import { auditSigningKeyName, type KeyName, keyAlias, keyCategories } from "@cordon/key-service";
import { buildLauncher, launcherBinary, localKmsVersion } from "./kms-launcher.ts";
import { livePid, startDetached, stopDetached, waitUntil } from "./process.ts";
import type { LocalServer, StackContext } from "./server.ts";

const name = "kms";
const region = "us-east-1";
/** AWS's documentation example account: key ARNs need one, and a fixed one keeps them stable. */
const accountId = "111122223333";
const aliasPrefix = "alias/cordon/";

/** What each seeded key is for; the services find them by alias. */
const seededKeys: { name: KeyName; spec: Pick<CreateKeyRequest, "KeySpec" | "KeyUsage"> }[] = [
  ...keyCategories.map((category) => ({
    name: category,
    spec: { KeySpec: "SYMMETRIC_DEFAULT", KeyUsage: "ENCRYPT_DECRYPT" } as const,
  })),
  { name: auditSigningKeyName, spec: { KeySpec: "ECC_NIST_P256", KeyUsage: "SIGN_VERIFY" } },
];

const endpoint = (ctx: StackContext) => `http://127.0.0.1:${ctx.ports.kms}`;

function kmsClient(ctx: StackContext): KMSClient {
  // local-kms accepts any signature; the SDK only needs something to sign with.
  return new KMSClient({
    endpoint: endpoint(ctx),
    region,
    credentials: { accessKeyId: "cordon-local", secretAccessKey: "cordon-local" },
    maxAttempts: 1,
  });
}

/** True when a real KMS call succeeds, not merely when the port is open. */
async function answers(ctx: StackContext): Promise<boolean> {
  const client = kmsClient(ctx);
  try {
    await client.send(new ListKeysCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

export const kms: LocalServer = {
  name,

  async install(ctx) {
    await buildLauncher(ctx);
  },

  async start(ctx) {
    const pidFile = ctx.paths.pidFile(name);
    const logFile = ctx.paths.logFile(name);
    let pid = livePid(pidFile);
    if (pid === undefined) {
      if (await answers(ctx)) {
        throw new Error(
          `port ${ctx.ports.kms} already answers KMS calls from another process; stop it or set CORDON_KMS_PORT`,
        );
      }
      pid = startDetached({
        command: launcherBinary(ctx),
        args: [],
        logFile,
        pidFile,
        // Only what the launcher reads: the key store, ARNs and listen address.
        env: {
          KMS_ACCOUNT_ID: accountId,
          KMS_REGION: region,
          KMS_DATA_PATH: ctx.paths.dataDir(name),
          KMS_LISTEN_ADDRESS: `127.0.0.1:${ctx.ports.kms}`,
        },
      });
    }
    await waitUntil("local-kms", () => answers(ctx), { timeoutMs: 30_000, pid, logFile });
  },

  async seed(ctx) {
    const client = kmsClient(ctx);
    try {
      const existing = new Set<string>();
      for await (const page of paginateListAliases({ client }, {})) {
        for (const alias of page.Aliases ?? []) if (alias.AliasName) existing.add(alias.AliasName);
      }
      for (const key of seededKeys) {
        const aliasName = keyAlias(aliasPrefix, key.name);
        if (existing.has(aliasName)) continue;
        const created = await client.send(
          new CreateKeyCommand({ ...key.spec, Description: `Cordon local stack: ${key.name}` }),
        );
        const keyId = created.KeyMetadata?.KeyId;
        if (keyId === undefined) throw new Error(`local-kms created no key for ${aliasName}`);
        try {
          await client.send(new CreateAliasCommand({ AliasName: aliasName, TargetKeyId: keyId }));
          ctx.log(`kms: created ${aliasName}`);
        } catch (error) {
          // A second `stack up` seeding at the same time got there first; its key stands.
          if (!(error instanceof AlreadyExistsException)) throw error;
        }
      }
    } finally {
      client.destroy();
    }
  },

  async status(ctx) {
    const pid = livePid(ctx.paths.pidFile(name));
    const running = pid !== undefined && (await answers(ctx));
    return {
      name,
      running,
      ...(pid === undefined ? {} : { pid }),
      endpoint: endpoint(ctx),
      detail: `local-kms ${localKmsVersion}`,
    };
  },

  async stop(ctx) {
    await stopDetached(ctx.paths.pidFile(name));
  },

  env(ctx) {
    return {
      KMS_ENDPOINT: endpoint(ctx),
      KMS_ALIAS_PREFIX: aliasPrefix,
      AWS_REGION: region,
    };
  },
};
