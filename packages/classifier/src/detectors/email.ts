import validator from "validator";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { inUrlAuthority, isAlnum, surroundings } from "../text.ts";
import { opensWithPassword } from "./passwords.ts";

const maxLocalLength = 64;
const maxDomainLength = 253;
// File names like icon@2x.png are shaped like addresses; no real address ends so.
const fileExtensions = new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "svg",
  "webp",
  "js",
  "ts",
  "css",
  "map",
  "json",
]);

const reservedDomain =
  /@(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:test|example|invalid|localhost))$/i;
// A word about the address, not part of a domain next to it ("ops@example.org", "example.org/docs").
const documentationNote =
  /(?<![\p{L}\p{N}@./])(?:example|examples|e\.g\.|placeholder|sample|dummy|fake|docs|documentation|readme)(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/iu;

// The command, its options and (for scp/rsync) a source path, just before the user@host argument.
const remoteShellCommand = /(?:^|[\s;&|(`$])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id)(?:\s+\S+){0,4}\s+$/;

function isLocalChar(code: number): boolean {
  // A-Z a-z 0-9 . _ % + - and '
  return (
    isAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39
  );
}

function isDomainChar(code: number): boolean {
  return isAlnum(code) || code === 46 || code === 45;
}

/**
 * Email addresses: each `@` is grown left over local-part characters and
 * right over domain characters (neither includes `@`, so no character is
 * visited from two `@`s), trimmed of punctuation, then checked with
 * validator's isEmail.
 */
export const findEmails: Detector = ({ text, profile }) => {
  if (profile.at === 0) return [];
  const spans: Span[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < maxLocalLength && isLocalChar(text.charCodeAt(start - 1))) start--;
    while (start < at && !isAlnum(text.charCodeAt(start))) start++;
    let end = at + 1;
    while (end < text.length && end - at <= maxDomainLength && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && !isAlnum(text.charCodeAt(end - 1))) end--;
    if (start === at || end === at + 1) continue;
    const candidate = text.slice(start, end);
    if (!candidate.includes(".", at - start)) continue; // no dot in the domain: not an address, and no library call
    const topLevel = candidate.slice(candidate.lastIndexOf(".") + 1).toLowerCase();
    if (fileExtensions.has(topLevel) || !validator.isEmail(candidate)) continue;
    // `git@github.com:acme/api.git`: an SSH remote, user and host, not a mailbox.
    if (
      text.charAt(end) === ":" &&
      /^(?:git|ssh|hg|svn|deploy|ubuntu|ec2-user|root)$/.test(candidate.slice(0, at - start))
    )
      continue;
    if (inUrlAuthority(text, start)) continue;
    // `ssh ubuntu@bastion.internal`, `scp f deploy@10.0.0.5:…`: a login on a host, named to a remote-shell command.
    if (remoteShellCommand.test(text.slice(Math.max(0, start - 48), start))) continue;
    // RFC 2606 and 6761 reserve example.com/.net/.org and the .test, .example, .invalid and .localhost
    // names: no mailbox lives there. As a configuration value (`SMTP_FROM=…`, `-d 'email=…'`) or called
    // a placeholder or an example, such an address is documentation; elsewhere it is kept, since
    // people also fill forms, tests and demo accounts with them.
    if (
      reservedDomain.test(candidate) &&
      (text.charAt(start - 1) === "=" || documentationNote.test(surroundings(text, start, end, 40)))
    )
      continue;
    // "ana@x.io / kk3m$Sl1ogV17", `az login -u ops@x.io -p …`: the login of a credential handed over
    // with it, in a field dropped for the password; the password's span stands for the pair.
    if (opensWithPassword(text, start, end)) continue;
    spans.push({ start, end, category: "pii", detector: "email", score: clampScore(0.95) });
  }
  return spans;
};
