import { createPublicKey } from "node:crypto";
import {
  DecryptCommand,
  DescribeKeyCommand,
  GenerateDataKeyCommand,
  GetPublicKeyCommand,
  KMSClient,
  KMSServiceException,
  ListKeysCommand,
  ReEncryptCommand,
  SignCommand,
  VerifyCommand,
} from "@aws-sdk/client-kms";
import type { KeyCategory } from "@cordon/sensitivity";
import { auditSigningKeyName, keyAlias } from "./key-alias.ts";
import {
  type AuditPublicKey,
  type DataKey,
  type EncryptionContext,
  type KeyService,
  KeyServiceError,
  type KeyServiceErrorCode,
  type RewrappedDataKey,
  type UnwrapOptions,
} from "./key-service.ts";

export type KmsOperation =
  | "GenerateDataKey"
  | "Decrypt"
  | "ReEncrypt"
  | "DescribeKey"
  | "Sign"
  | "Verify"
  | "GetPublicKey"
  | "ListKeys";

export interface KmsKeyServiceOptions {
  /** Unset means AWS KMS in `region`; the local stack sets its emulator. */
  endpoint?: string;
  region: string;
  /** Prefix of the key aliases, e.g. `alias/cordon/`. */
  aliasPrefix: string;
  /** Explicit credentials; otherwise the SDK's usual chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Called once per request sent to KMS, so metrics can count them. */
  onKmsCall?: (operation: KmsOperation) => void;
  /** Default for `isReachable`. */
  reachabilityTimeoutMs?: number;
}

const signingAlgorithm = "ECDSA_SHA_256";
const sha256DigestBytes = 32;

/** Which KMS exceptions are expected answers about a key, rather than faults. */
export function classifyKmsError(kmsError: string): KeyServiceErrorCode | undefined {
  switch (kmsError) {
    case "InvalidCiphertextException":
    case "IncorrectKeyException":
      return "unwrap-refused";
    case "NotFoundException":
    case "DisabledException":
    case "KMSInvalidStateException":
    case "KeyUnavailableException":
    case "AccessDeniedException":
      return "key-unavailable";
    default:
      return undefined;
  }
}

export function createKmsKeyService(options: KmsKeyServiceOptions): KeyService {
  const client = new KMSClient({
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...credentialsFor(options),
  });
  const auditAlias = keyAlias(options.aliasPrefix, auditSigningKeyName);
  const onKmsCall = options.onKmsCall ?? (() => {});

  async function call<Output>(operation: KmsOperation, send: () => Promise<Output>): Promise<Output> {
    onKmsCall(operation);
    try {
      return await send();
    } catch (error) {
      if (error instanceof KMSServiceException) {
        const code = classifyKmsError(error.name);
        if (code !== undefined) throw new KeyServiceError(code, error.name, { cause: error });
      }
      throw error;
    }
  }

  return {
    async generateDataKey(category: KeyCategory, context: EncryptionContext): Promise<DataKey> {
      requireContext(context);
      const output = await call("GenerateDataKey", () =>
        client.send(
          new GenerateDataKeyCommand({
            KeyId: keyAlias(options.aliasPrefix, category),
            KeySpec: "AES_256",
            EncryptionContext: { ...context },
          }),
        ),
      );
      return {
        plaintext: toBuffer(output.Plaintext, "GenerateDataKey.Plaintext"),
        wrapped: toBuffer(output.CiphertextBlob, "GenerateDataKey.CiphertextBlob"),
        keyId: required(output.KeyId, "GenerateDataKey.KeyId"),
      };
    },

    async unwrapDataKey(
      category: KeyCategory,
      wrapped: Uint8Array,
      context: EncryptionContext,
      unwrap: UnwrapOptions = {},
    ) {
      requireContext(context);
      const output = await call("Decrypt", () =>
        client.send(
          new DecryptCommand({
            // Naming the key makes KMS refuse a data key wrapped under another
            // category's key, instead of following the key id inside the blob.
            KeyId: unwrap.wrappedBy ?? keyAlias(options.aliasPrefix, category),
            CiphertextBlob: wrapped,
            EncryptionContext: { ...context },
            EncryptionAlgorithm: "SYMMETRIC_DEFAULT",
          }),
        ),
      );
      return toBuffer(output.Plaintext, "Decrypt.Plaintext");
    },

    async currentKeyId(category: KeyCategory): Promise<string> {
      const output = await call("DescribeKey", () =>
        client.send(new DescribeKeyCommand({ KeyId: keyAlias(options.aliasPrefix, category) })),
      );
      return required(output.KeyMetadata?.Arn, "DescribeKey.KeyMetadata.Arn");
    },

    async rewrapDataKey(
      category: KeyCategory,
      wrapped: Uint8Array,
      context: EncryptionContext,
      wrappedBy: string,
    ): Promise<RewrappedDataKey> {
      requireContext(context);
      const output = await call("ReEncrypt", () =>
        client.send(
          new ReEncryptCommand({
            CiphertextBlob: wrapped,
            SourceKeyId: wrappedBy,
            SourceEncryptionContext: { ...context },
            DestinationKeyId: keyAlias(options.aliasPrefix, category),
            DestinationEncryptionContext: { ...context },
          }),
        ),
      );
      return {
        wrapped: toBuffer(output.CiphertextBlob, "ReEncrypt.CiphertextBlob"),
        keyId: required(output.KeyId, "ReEncrypt.KeyId"),
      };
    },

    async signAuditDigest(digest: Uint8Array): Promise<Buffer> {
      requireDigest(digest);
      const output = await call("Sign", () =>
        client.send(
          new SignCommand({
            KeyId: auditAlias,
            Message: digest,
            MessageType: "DIGEST",
            SigningAlgorithm: signingAlgorithm,
          }),
        ),
      );
      return toBuffer(output.Signature, "Sign.Signature");
    },

    async verifyAuditSignature(digest: Uint8Array, signature: Uint8Array): Promise<boolean> {
      requireDigest(digest);
      try {
        const output = await call("Verify", () =>
          client.send(
            new VerifyCommand({
              KeyId: auditAlias,
              Message: digest,
              MessageType: "DIGEST",
              Signature: signature,
              SigningAlgorithm: signingAlgorithm,
            }),
          ),
        );
        return output.SignatureValid === true;
      } catch (error) {
        // KMS answers a mismatch with an exception; to the caller it is a plain "no".
        if (error instanceof KMSServiceException && error.name === "KMSInvalidSignatureException")
          return false;
        throw error;
      }
    },

    async getAuditPublicKey(): Promise<AuditPublicKey> {
      const output = await call("GetPublicKey", () =>
        client.send(new GetPublicKeyCommand({ KeyId: auditAlias })),
      );
      const der = toBuffer(output.PublicKey, "GetPublicKey.PublicKey");
      const pem = createPublicKey({ key: der, format: "der", type: "spki" })
        .export({ format: "pem", type: "spki" })
        .toString();
      return { keyId: required(output.KeyId, "GetPublicKey.KeyId"), der, pem };
    },

    async isReachable(timeoutMs = options.reachabilityTimeoutMs ?? 2_000): Promise<boolean> {
      try {
        await call("ListKeys", () =>
          client.send(new ListKeysCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(timeoutMs) }),
        );
        return true;
      } catch (error) {
        // Any answer from KMS, even a refusal of ListKeys to a least-privilege
        // role, proves it is reachable; only silence or a network error does not.
        return error instanceof KMSServiceException || error instanceof KeyServiceError;
      }
    },
  };
}

/**
 * Emulators accept any signature but the SDK will not send a request without
 * credentials; dummy ones are used only against an explicit endpoint and only
 * when the environment supplies none.
 */
function credentialsFor(options: KmsKeyServiceOptions): Pick<KmsKeyServiceOptions, "credentials"> {
  if (options.credentials !== undefined) return { credentials: options.credentials };
  if (options.endpoint !== undefined && !process.env.AWS_ACCESS_KEY_ID) {
    return { credentials: { accessKeyId: "cordon-local", secretAccessKey: "cordon-local" } };
  }
  return {};
}

function requireContext(context: EncryptionContext): void {
  // Without a context a wrapped key could be unwrapped for any place or purpose.
  if (Object.keys(context).length === 0) {
    throw new RangeError("an encryption context is required to wrap or unwrap a data key");
  }
}

function requireDigest(digest: Uint8Array): void {
  if (digest.byteLength !== sha256DigestBytes) {
    throw new RangeError(
      `expected a ${sha256DigestBytes}-byte SHA-256 digest, got ${digest.byteLength} bytes`,
    );
  }
}

function toBuffer(bytes: Uint8Array | undefined, field: string): Buffer {
  const value = required(bytes, field);
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`KMS answered without ${field}`);
  return value;
}
