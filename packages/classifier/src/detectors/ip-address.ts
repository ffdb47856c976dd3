import validator from "validator";
import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { inUrlAuthority, isDigit, isWordCode, surroundings, wordMatcher } from "../text.ts";
import { identifierShownAsExample } from "./documentation-values.ts";
import { opensWithPassword } from "./passwords.ts";

// Four dot-separated groups of one to three digits: fixed-width pieces only,
// so each attempt is bounded and the scan linear.
const ipv4Pattern = /(?<![\p{L}\p{N}.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\p{L}\p{N}]|\.\d)/gu;
// Loopback, unspecified and broadcast addresses, and the public resolvers everyone's machines ask
// (Cloudflare, Google, Quad9, OpenDNS): they name a service, not a person's host.
const notPersonal = new Set([
  "0.0.0.0",
  "127.0.0.1",
  "255.255.255.255",
  "::",
  "::1",
  "1.1.1.1",
  "1.0.0.1",
  "8.8.8.8",
  "8.8.4.4",
  "9.9.9.9",
  "149.112.112.112",
  "208.67.222.222",
  "208.67.220.220",
  "2001:4860:4860::8888",
  "2001:4860:4860::8844",
  "2606:4700:4700::1111",
  // The cloud providers' instance metadata and host services (AWS, GCP and Azure's link-local endpoint,
  // ECS task metadata, AWS's IPv6 one, Azure's wire server, Alibaba's): every VM asks the same address.
  "169.254.169.254",
  "169.254.170.2",
  "fd00:ec2::254",
  "168.63.129.16",
  "100.100.100.200",
]);

// RFC 5737 keeps TEST-NET-1, -2 and -3 for documentation: no host has them. RFC 3849's IPv6
// prefix (2001:db8::/32) is left to the example words: with no other prefix safe to write down,
// lab notes, runbooks and terminals fill real IPv6 traffic with it, so alone it tells little.
const documentationRange = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/;

/**
 * `255.255.240.0`: a netmask, ones then zeros from the first bit. It says how big a network is,
 * not which host anyone is on.
 */
function isNetmask(address: string): boolean {
  if (!address.startsWith("255.")) return false;
  let bits = 0;
  for (const octet of address.split(".")) bits = bits * 256 + Number(octet);
  const zeros = 2 ** 32 - 1 - bits;
  // The zeros after the ones are one less than a power of two when the ones are contiguous.
  return (zeros & (zeros + 1)) === 0;
}

/**
 * `2001:db8::/32`, `fd00:1234::/48`: an IPv6 prefix ending in `::` with a prefix length is a
 * network's range, as routing tables and docs write it; no host is given a zero interface id.
 */
function ipv6NetworkPrefix(text: string, address: string, end: number): boolean {
  return address.endsWith("::") && /^\/\d{1,3}(?!\d)/.test(text.slice(end, end + 5));
}

// The word `ip addr`, `ifconfig` and macOS print before a network's broadcast address
// ("brd 10.0.0.255", "Bcast:10.0.0.255", "broadcast 192.168.1.255"): every host of the network
// shares it, so it names none of them.
const broadcastLabelBefore = /(?<![\p{L}])(?:brd|bcast|broadcast)[ :]{1,2}$/iu;

/**
 * `192.168.4.0/22`: an IPv4 network in CIDR notation, its host bits all zero, is a range as routing
 * tables, firewall rules and docs write it; `10.1.2.3/24` (an interface and its prefix) is a host.
 */
function ipv4NetworkPrefix(text: string, address: string, end: number): boolean {
  const prefix = /^\/(\d{1,2})(?!\d)/.exec(text.slice(end, end + 4));
  if (prefix === null || address.includes(":")) return false;
  // A /32 (or a point-to-point /31) is one host, whatever its last bits.
  const length = Number(prefix[1]);
  if (length > 30) return false;
  let value = 0;
  for (const octet of address.split(".")) value = value * 256 + Number(octet);
  const hostBits = 2 ** (32 - length);
  return value % hostBits === 0;
}

// Multicast groups (224.0.0.0/4: mDNS's 224.0.0.251, SSDP's 239.255.255.250): every listener shares them.
const multicastRange = /^(?:22[4-9]|23\d)\./;

// A route's next hop: `ip route add 10.60.0.0/16 via 10.0.0.1`, `default via 192.168.1.1 dev eth0`,
// `route add -net 10.8.0.0/16 gw 10.0.0.1`, `ip route 0.0.0.0 0.0.0.0 10.0.0.254` is the router the network's
// traffic leaves by, shared by every host behind it. Only on a line that speaks of routes: "ssh via 10.0.3.12"
// reaches a host.
const nextHopBefore = /(?<![\p{L}\p{N}])(?:via|gw|gateway|next-?hop|nexthop)\s{1,3}$/iu;
const routeLine = /(?<![\p{L}\p{N}])(?:route|routes|routing|default)(?![\p{L}\p{N}])/iu;

function routeNextHop(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!nextHopBefore.test(before)) return false;
  return routeLine.test(before.slice(before.lastIndexOf("\n") + 1));
}

/** An address that names no one's machine: reserved for docs, a netmask, a broadcast or multicast group, a network, or called an example where it stands. */
function namesNoHost(text: string, start: number, end: number): boolean {
  const address = text.slice(start, end);
  return (
    notPersonal.has(address) ||
    documentationRange.test(address) ||
    isNetmask(address) ||
    multicastRange.test(address) ||
    ipv4NetworkPrefix(text, address, end) ||
    broadcastLabelBefore.test(text.slice(Math.max(0, start - 11), start)) ||
    routeNextHop(text, start) ||
    ipv6NetworkPrefix(text, address, end) ||
    identifierShownAsExample(text, start, end)
  );
}
// Words that make a dotted quad a version number. Browser and runtime names are not among
// them: "Chrome on 10.1.2.3" and "node server listening on 10.1.2.3" name an address.
const versionWords = wordMatcher([
  "version",
  "versions",
  "v",
  "release",
  "build",
  "sdk",
  "update",
  "upgrade",
  "bump",
  // the same words as people type them after the fact ("bumped to 7.17.70.215 after the hotfix")
  "bumped",
  "upgraded",
  "updated",
  "released",
  "changelog",
  // numbered parts of documents and firmware, which are dotted the same way
  "firmware",
  "fw",
  "section",
  "chapter",
  "clause",
  "paragraph",
  "appendix",
  "oid",
  // rooms numbered by building, floor and wing ("conference room 4.12.3.1")
  "room",
  "raum",
  "salle",
  // the same numbered parts and versions in the offices' other languages: contracts' and
  // standards' clauses ("Ziffer 9.8.4.4 der AGB", "article 3.2.1.4") are dotted like addresses
  "ziffer",
  "abschnitt",
  "kapitel",
  "absatz",
  "artikel",
  "art",
  "anhang",
  "nr",
  "article",
  "chapitre",
  "paragraphe",
  "alinéa",
  "annexe",
  "point",
  "artículo",
  "capítulo",
  "apartado",
  "cláusula",
  "sección",
  "anexo",
  "versión",
  "articolo",
  "capitolo",
  "sezione",
  "paragrafo",
  "allegato",
  "punto",
  "versione",
  "hoofdstuk",
  "paragraaf",
  "bijlage",
  // an outline's numbered points ("Gliederung 2.3.1.4 überarbeiten", "outline point 3.2.1.4")
  "gliederung",
  "gliederungspunkt",
  "unterpunkt",
  "outline",
  "sommaire",
  "índice",
  "indice",
  "versie",
  "rozdział",
  "punkt",
  "ustęp",
  "załącznik",
  "wersja",
  "seção",
  "secção",
  "versão",
  "avsnitt",
  "bilaga",
  "§",
  // Round thirteen: a procedure's steps, a figure's number and abbreviated version words
  // ("Schritt 1.2.3.4", "fig. 3.2.1.4", "ver. 4.2.1.3", "rev 2.1.0.14").
  "step",
  "steps",
  "schritt",
  "étape",
  "paso",
  "passo",
  "stap",
  "krok",
  "steg",
  "fig",
  "figure",
  "abb",
  "abbildung",
  "tabelle",
  "ver",
  "vers",
  "rev",
  "revision",
  "patch",
  "hotfix",
]);
// A version word or a document named right after the quad: "Veeam 12.1.2.172 upgrade", "8.11.3.1 rollout",
// "2.3.1.4 of the spec", "4.2.1.3 du contrat". A network word near the address still wins.
const versionAfter =
  /^\s{1,2}(?:upgrade|update|rollout|roll-out|release|hotfix|patch|installer)(?![\p{L}\p{N}])/iu;
const documentAfter =
  /^\s{1,2}(?:(?:of the|of|in the|du|de la|de|der|des|im|in|del|della|van de|van het)\s{1,2})?(?:spec|specification|standard|rfc|manual|handbook|handbuch|contract|contrat|contrato|contratto|vertrag|vertrags|agb|richtlinie|policy|guideline|leitfaden|norm|annex|appendix|sla)/iu;
const networkWords = wordMatcher([
  "ip",
  "address",
  "host",
  "server",
  "ssh",
  "ping",
  "connect",
  "vpn",
  "from",
  "listening",
  "bound",
  "reach",
  "blocked",
  "proxy",
  "whitelist",
  "allowlist",
  "traffic",
  "port",
  "gateway",
  "dns",
]);

// Software named right before a dotted quad, nothing between but a space ("Python 3.12.1.0",
// "Android 13.0.1.4", "OpenSSL 1.1.1.4"): the quad is its version. A preposition or a verb between
// ("Chrome on 10.1.2.3", "node … listening on 10.1.2.3") makes it an address again; "node" and "edge"
// (a cluster's node, an edge router) are not here, for they name hosts too.
const softwareBefore =
  /(?<![\p{L}\p{N}])(?:python|java|ruby|php|perl|golang|rustc|gcc|clang|dotnet|\.net|jdk|jre|openjdk|macos|ios|ipados|android|ubuntu|debian|centos|rhel|fedora|kernel|chrome|chromium|firefox|safari|opera|office|excel|outlook|teams|zoom|slack|docker|kubectl|kubernetes|terraform|postgres|postgresql|mysql|nginx|openssl|npm|pip|intellij|xcode|unity|electron|flutter|kotlin|swift|scala|erlang|elixir|vscode|jenkins|gradle|maven)\s$/iu;

// A one-letter command-line flag ("-v", "-V"), read out of the words before an address.
// Windows writes its flags with a slash and a colon: `mstsc /v:10.1.2.3` names the server to reach.
const commandFlag = /(?<![\p{L}\p{N}-])(?:-[a-z]|\/[a-z]:)(?![\p{L}\p{N}])/gu;

/**
 * `https://ipinfo.io/5.85.222.17`, `abuseipdb.com/check/157.48.87.24`: in a URL, an address that
 * is the whole last part of the path (nothing after it but a query, a fragment or the end) is what
 * the page is about — lookup and abuse sites put it there. A version in a path leads to a file
 * (`/releases/1.2.3.4/setup.exe`), and `Chrome/119.0.0.0` stands in no URL.
 */
// `ipinfo.io/`, `whois.domaintools.com/check/`: a host name at the start of a token, read up to a path.
const urlWithoutScheme = /^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\//i;

function lastPartOfUrlPath(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) !== "/") return false;
  const next = text.charAt(end);
  if (next !== "" && next !== "?" && next !== "#" && next !== "/" && !/\s/.test(next)) return false;
  if (next === "/" && end + 1 < text.length && !/\s/.test(text.charAt(end + 1))) return false;
  const token = text.slice(
    Math.max(text.lastIndexOf(" ", start) + 1, text.lastIndexOf("\n", start) + 1, start - 200),
    start,
  );
  return token.includes("://") || urlWithoutScheme.test(token);
}

// libpq's keyword/value connection string (`psql "host=10.0.3.12 user=etl password=…"`): its host key, and
// a password key later on the same line, each after a space or the string's opening quote.
const conninfoHostBefore = /(?:^|[\s"'])(?:host|hostaddr)\s?=\s?$/;
const conninfoPassword = /(?:^|[\s"'])password\s?=\s?[^\s"']/;
// A .pgpass line after its host: port (or `*`), database, user, then the password to the line's end.
const pgpassRest = /^:(?:\d{1,5}|\*):[^:\s]{1,64}:[^:\s]{1,64}:\S/;

/**
 * The host a PostgreSQL credential opens: the `host=` of a libpq connection string that carries a
 * `password=` on the same line, or the first field of a `.pgpass` line (host:port:db:user:password).
 * Like a URL's host after its login, it is part of the credential, in a field dropped anyway.
 */
function postgresCredentialHost(text: string, start: number, end: number): boolean {
  const startsLine = start === 0 || text.charAt(start - 1) === "\n";
  if (startsLine && pgpassRest.test(text.slice(end, end + 140))) return true;
  if (!conninfoHostBefore.test(text.slice(Math.max(0, start - 10), start))) return false;
  // The same line, a few hundred characters either side: the lookups stay bounded per address.
  const around = text.slice(Math.max(0, start - 300), end + 300);
  const offset = start - Math.max(0, start - 300);
  const lineStart = around.lastIndexOf("\n", offset) + 1;
  const lineEnd = around.indexOf("\n", offset);
  return conninfoPassword.test(around.slice(lineStart, lineEnd === -1 ? around.length : lineEnd));
}

function isHexOrColon(code: number): boolean {
  return (
    isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || code === 58 || code === 46
  );
}

/**
 * IPv4 and IPv6 addresses, checked with validator's isIP. IPv6 candidates are
 * maximal runs of hex digits, colons and dots with at least two colons, not
 * touching a word (so `std::vector` is not one). Loopback, unspecified and
 * broadcast addresses identify no one and are skipped.
 */
export const findIpAddresses: Detector = ({ text, profile, code }) => {
  const spans: Span[] = [];
  const scored = (start: number, end: number): Span => {
    const around = surroundings(text, start, end);
    let score = 0.85;
    const value = text.slice(start, end);
    // "Chrome/119.0.0.0", "v10.2.0.1", "1.2.0.0": how versions are written, not addresses.
    const versionShaped =
      (text.charAt(start - 1) === "/" &&
        text.slice(Math.max(0, start - 3), start) !== "://" &&
        !lastPartOfUrlPath(text, start, end)) ||
      /[vV]$/.test(text.charAt(start - 1)) ||
      /\.0\.0(?:\.0)?$/.test(value);
    // `postgres://app:S3cret@10.0.3.12`: the server a credential opens, named in a field that is dropped anyway.
    // The same for the host of a command line or a connection string that carries a password.
    const credentialedHost =
      (text.charAt(start - 1) === "@" && inUrlAuthority(text, start - 1)) ||
      opensWithPassword(text, start, end) ||
      postgresCredentialHost(text, start, end);
    if (versionShaped || credentialedHost) score -= 0.5;
    else if (networkWords(around)) score += 0.1;
    // Only a version word just before the address says it is a version ("build 10.2.0.1"); one that
    // names another number earlier in the sentence ("build 5.30.7, client 46.148.2.1") does not.
    // The host of a URL (`http://10.0.3.12:9200/health`) is never a version, and a command's one-letter
    // flag (`curl -v`, `ssh -v`) is no version word.
    else if (softwareBefore.test(text.slice(Math.max(0, start - 12), start))) score -= 0.45;
    else if (versionAfter.test(text.slice(end, end + 16)) || documentAfter.test(text.slice(end, end + 32)))
      score -= 0.45;
    else if (
      text.slice(Math.max(0, start - 3), start) !== "://" &&
      versionWords(
        text
          .slice(Math.max(0, start - 16), start)
          .toLowerCase()
          .replace(commandFlag, " "),
      )
    )
      score -= 0.45;
    if (code) score -= 0.2;
    return { start, end, category: "pii", detector: "ip-address", score: clampScore(score) };
  };
  if (profile.digits >= 4) {
    ipv4Pattern.lastIndex = 0;
    for (let match = ipv4Pattern.exec(text); match !== null; match = ipv4Pattern.exec(text)) {
      const end = match.index + match[0].length;
      if (validator.isIP(match[0], 4) && !namesNoHost(text, match.index, end)) {
        spans.push(scored(match.index, match.index + match[0].length));
      }
    }
  }
  if (profile.colons >= 2) {
    let i = 0;
    while (i < text.length) {
      if (!isHexOrColon(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isHexOrColon(text.charCodeAt(i))) i++;
      const candidate = text.slice(start, i).replace(/\.$/, "");
      const end = start + candidate.length;
      if (candidate.length > 45 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
      if (
        isWordCode(text.charCodeAt(end)) ||
        candidate.split(":").filter((group) => group !== "").length < 2
      ) {
        continue;
      }
      // "3b:7f:aa:91:0c:22:de:45": bytes in pairs are a key's fingerprint or a hardware address, not IPv6.
      if (/^[0-9a-f]{2}(?::[0-9a-f]{2}){5,}$/i.test(candidate)) continue;
      if (validator.isIP(candidate, 6) && !namesNoHost(text, start, end)) spans.push(scored(start, end));
    }
  }
  return spans;
};
