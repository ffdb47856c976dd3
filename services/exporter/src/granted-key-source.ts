import type { FooterKey, LakeKeySource } from "@cordon/lake";

/**
 * A key source that opens only keys of granted field groups, so a cell of
 * any other category is never decrypted (it comes back unreadable and the
 * export writes null). It remembers which granted keys it was asked for and
 * could not give, which is how a subject erased since the plan is told apart
 * from a field that was simply not granted, and counts what it opened for
 * the aggregated `data.decrypt` audit records.
 */
export interface GrantedKeySource extends LakeKeySource {
  /** Subjects with a granted key that was destroyed or refused. */
  readonly subjectsMissingKeys: ReadonlySet<string>;
  /** Per subject and category: files whose cells were opened with that key. */
  readonly openedKeys: ReadonlyMap<string, { subject: string; category: string; files: number }>;
}

export function grantedKeySource(inner: LakeKeySource, granted: ReadonlySet<string>): GrantedKeySource {
  const subjectsMissingKeys = new Set<string>();
  const openedKeys = new Map<string, { subject: string; category: string; files: number }>();
  return {
    subjectsMissingKeys,
    openedKeys,
    async openKeys(footer, wanted: readonly FooterKey[]) {
      const allowed = wanted.filter((key) => granted.has(key.category));
      const opened = allowed.length === 0 ? [] : await inner.openKeys(footer, allowed);
      // Keys are per key period: a subject's category may need several in one file.
      const keyId = (key: { subject: string; category: string; period: string }) =>
        `${key.category}\u0000${key.period}\u0000${key.subject}`;
      const got = new Set(opened.map(keyId));
      const countedInFile = new Set<string>();
      for (const key of allowed) {
        if (!got.has(keyId(key))) {
          subjectsMissingKeys.add(key.subject);
          continue;
        }
        const id = `${key.category}\u0000${key.subject}`;
        if (countedInFile.has(id)) continue;
        countedInFile.add(id);
        const entry = openedKeys.get(id) ?? { subject: key.subject, category: key.category, files: 0 };
        entry.files += 1;
        openedKeys.set(id, entry);
      }
      return opened;
    },
  };
}
