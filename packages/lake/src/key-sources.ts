import { type KeyService, KeyServiceError } from "@cordon/key-service";
import type { SensitivityCategory } from "@cordon/sensitivity";
import type { FooterKey, LakeFooter } from "./footer.ts";
import type { KeyPeriod } from "./key-period.ts";
import { type SubjectKeyring, subjectKeyContext } from "./keyring.ts";

/**
 * Where a reader gets the plaintext subject data keys a file names. A key it
 * cannot give (destroyed, unknown, refused by KMS) is left out; the cells
 * under it come back unreadable.
 */
export interface LakeKeySource {
  openKeys(footer: LakeFooter, wanted: readonly FooterKey[]): Promise<OpenedKey[]>;
}

/** A subject data key in plaintext, for the file's subject, category and key period it names. */
export interface OpenedKey {
  subject: string;
  category: SensitivityCategory;
  period: KeyPeriod;
  plaintext: Buffer;
}

/** Keys from Postgres through the keyring: what the exporter uses; destroyed keys are gone. */
export function keyringKeySource(keyring: Pick<SubjectKeyring, "keysForReading">): LakeKeySource {
  return {
    async openKeys(footer, wanted) {
      const found = await keyring.keysForReading(footer.org, wanted);
      return found.map(({ subject, category, period, plaintext }) => ({
        subject,
        category,
        period,
        plaintext,
      }));
    },
  };
}

/**
 * Keys from the file's own footer, unwrapped by KMS: reads a file with KMS
 * alone (Postgres lost). One KMS call per subject × category in the file.
 */
export function footerKmsKeySource(keys: Pick<KeyService, "unwrapDataKey">): LakeKeySource {
  return {
    async openKeys(footer, wanted) {
      const opened: OpenedKey[] = [];
      await Promise.all(
        wanted.map(async (entry) => {
          if (entry.wrappedKey === undefined) return;
          // The context must name this file's org, the entry's subject,
          // category and period: a footer entry borrowed from elsewhere is not used.
          const context = subjectKeyContext(footer.org, entry);
          if (!sameContext(context, entry.encryptionContext)) return;
          try {
            const plaintext = await keys.unwrapDataKey(entry.category, entry.wrappedKey, context);
            opened.push({
              subject: entry.subject,
              category: entry.category,
              period: entry.period,
              plaintext,
            });
          } catch (error) {
            // Refused or unavailable (a destroyed KMS key): unreadable, not a fault.
            if (error instanceof KeyServiceError) return;
            throw error;
          }
        }),
      );
      return opened;
    },
  };
}

function sameContext(a: Record<string, string>, b: Record<string, string>): boolean {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && a[key] === b[key]);
}
