import validator from "validator";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { isAlnum } from "../text.ts";

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
    spans.push({ start, end, category: "pii", detector: "email", score: clampScore(0.95) });
  }
  return spans;
};

// How far back from an address's start to look for the `://` of a URL it would be part of.
const maxAuthorityLength = 256;

/**
 * `postgres://app:S3cret@db.internal`: what reads as `S3cret@db.internal` is a
 * URL's password and host, not a mailbox. True when `://` stands before
 * `start` in the same run of non-space characters, with a `:` after it.
 */
function inUrlAuthority(text: string, start: number): boolean {
  let i = start - 1;
  let colon = false;
  while (i >= 2 && start - i <= maxAuthorityLength) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 64) return false;
    if (code === 47 && text.charCodeAt(i - 1) === 47 && text.charCodeAt(i - 2) === 58) return colon;
    if (code === 58) colon = true;
    i--;
  }
  return false;
}
