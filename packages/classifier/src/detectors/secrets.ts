import { type DetectionInput, type Detector, perInput } from "../detection.ts";
import { clampScore, type DetectorName, resolveOverlaps, type Span } from "../span.ts";
import {
  entropyBitsPerChar,
  isAlnum,
  isDigit,
  isLower,
  isSpaceCode,
  isUpper,
  surroundings,
  wordMatcher,
} from "../text.ts";
import { findOneTimeCodes, recoveryCodeShape } from "./one-time-codes.ts";

/**
 * Credentials and secrets. Three passes, each behind a cheap prefilter so that
 * ordinary text costs one or two literal searches:
 *  - private key blocks, found by their `-----BEGIN … PRIVATE KEY-----` line;
 *  - tokens (maximal runs of token characters, one linear pass) checked
 *    against provider formats (AWS, GitHub, Slack, Stripe, Google, JWT) and,
 *    failing that, against an entropy threshold;
 *  - `password=`-style assignments, whose value is the secret.
 * Patterns are applied to one bounded token at a time, anchored at both ends,
 * and never contain a quantified group, so none can backtrack badly.
 */
export const findSecrets: Detector = (input) => {
  const { profile } = input;
  const text = hurriedSwapsUndone(input);
  const spans: Span[] = [...findPrivateKeys(text)];
  // In a URL a random token alone is a path's id (the classifier sets those aside), so a query's
  // `?api_key=…` must be reported as the assignment it is: found first, it wins the tie with the token.
  const url = singleUrl.test(text);
  const assigned = assignmentKeyword.test(text);
  if (url && assigned) spans.push(...findSecretAssignments(text, input.code));
  // Secrets whose place in a URL names them, found before the token scan so that they win the tie with a
  // random token there (which a URL field sets aside as a path's id).
  if (text.includes(":AA")) spans.push(...findTelegramBotTokens(text));
  if (text.includes("code=")) spans.push(...findOAuthCodes(text));
  if (text.includes("://")) {
    if (signedUrlGate.test(text)) spans.push(...findUrlSignatures(text));
    if (hookPathGate.test(text)) spans.push(...findHookPathKeys(text));
    if (oneTimeLinkGate.test(text)) spans.push(...findOneTimeLinkTokens(text));
  }
  // A random token of twenty characters has digits or a run of capitals; prose rarely has either.
  // Every provider format is a run of 20 or more token characters; a scan for one is much
  // cheaper than the prefix pattern's many alternatives, so ordinary prose never meets the pattern.
  if (
    ((profile.digits >= 2 || profile.upper >= 6) && text.length >= minEntropyLength) ||
    (hasTokenRun(text, minProviderLength) && providerPrefix.test(text))
  ) {
    const tokens = findSecretTokens(text);
    spans.push(...tokens, ...awsSecretKeysBeside(text, tokens));
  }
  if (!url && assigned) spans.push(...findSecretAssignments(text, input.code));
  if (profile.upper >= 4 && text.includes("=")) spans.push(...findGluedEnvironmentSecrets(text));
  if (camelSecretGate.test(text)) spans.push(...findCamelCaseSecretKeys(text));
  if (cjkPasswordWord.test(text)) spans.push(...findCjkPasswordStatements(text));
  if (text.includes("variable") && text.includes("default")) spans.push(...findTerraformDefaults(text));
  if (sessionCookieGate.test(text)) spans.push(...findSessionCookies(text));
  if (otpWord.test(text)) spans.push(...findGroupedOtpSeeds(text));
  if (seedPhraseGate.test(text)) spans.push(...findSeedPhrases(text));
  if (text.includes("webhook") || text.includes("sig=")) spans.push(...findSignedWebhookUrls(text));
  if (deviceConfigGate.test(text)) spans.push(...findDeviceConfigSecrets(text));
  if (profile.digits >= 48) spans.push(...findBitLockerRecoveryKeys(text));
  if (profile.digits >= 4 && /key|schlüssel|clé|clave|chave|sleutel|nyckel|klucz|recovery/i.test(text))
    spans.push(...findGroupedRecoveryKeys(text));
  if (profile.digits >= 4 && recoveryCodesGate.test(text)) spans.push(...findRecoveryCodeLists(text));
  if (profile.digits >= 4 && text.includes("-\n") === false && text.includes("\n"))
    spans.push(...findUnheadedCodeLists(text));
  if (text.includes("WIFI:")) spans.push(...findWifiQrPasswords(text));
  if (credentialCallGate.test(text)) spans.push(...findLiteralCredentialArguments(text));
  if (
    profile.digits >= 3 &&
    /cod|códi|kod|comb|komb|schlüssel|clés?\b|llaves|chiavi|sleutel|nyckel|klucz/i.test(text)
  )
    spans.push(...findPlaceCodes(text));
  spans.push(...findOneTimeCodes(input));
  // One secret found two ways (a key in `API_KEY=…`, a private key's lines) is reported once, by the surer way.
  return resolveOverlaps(withoutPasswordsShownAsExamples(text, spans));
};

// Training text and policies show passwords to warn against them: "never use a password like Welcome1!",
// "Bad password: Summer2024!", "un mot de passe comme Azerty123! est trop faible", "password spraying tries
// Winter2024!". A password written there is nobody's: the example or the verdict around it says so.
const examplePasswordGate =
  /like|such as|e\.g\.|exampl|sample|exempel|par ex|ad es\.|instance|z\.\s?b\.|beispiel|exemple|p\.\s?ej\.|ejemplo|esempio|voorbeeld|bijv|exemplo|przykład|t\.ex\.|comme|como|come|zoals|weak|bad|common|guessable|insecure|débil|schwach|faible|debol|zwak|svag|słab|fraca|spraying|wordlist|rockyou|strong password\s?\?|schlecht|mauvais|malo|mala|cattiv|slecht|ruim|poor|avoid|never|don['’]t|do not|vermeiden|jamais|à éviter|evitar|nunca|evitare|vermijden|nooit|evite|złe|zły|unikaj|nigdy|dålig|undvik|aldrig|[❌✗✘🚫👎⛔]/iu;
// Right before the value: "like", "such as", "e.g.", "comme", "wie z.B." … and an opening quote.
const exampleMarkerBefore =
  /(?<![\p{L}])(?:like|such as|e\.g\.|for example|for instance|z\.\s?b\.|zum beispiel|par exemple|p\.\s?ej\.|por ejemplo|ad esempio|bijvoorbeeld|bijv\.|por exemplo|np\.|na przykład|t\.ex\.|comme|como|come|zoals)[ \t:,]{0,3}["'“„«‘]?$/iu;
// In the clause before it, an example's word ("e.g. password: …", "Example: --password …", "Beispiel-Passwort:",
// "przykładowe hasło:", "sample password:"), or an attack that tries lists of them. The one list of example
// words, read for every rule's password.
const exampleInClause =
  /(?<![\p{L}])(?:e\.g\.|for example|for instance|example(?![.\w])|sample(?=[ \t-]{1,2}(?:pass|pw|cred|key|token|secret))|z\.\s?b\.|zum beispiel|beispiel(?![.\w])|par exemple|par ex\.|exemple(?![.\w])|p\.\s?ej\.|por ejemplo|ejemplo(?![.\w])|esempio|ad es\.|voorbeeld|bijv\.|exemplo(?![.\w])|przykład\p{L}{0,4}|exempel|t\.ex\.|password spraying|wordlists?|rockyou)(?![\p{L}])/iu;
const verdictOnPasswordWord =
  /(?<![\p{L}])(?:(?:weak|bad|common|guessable|insecure|schwache?[rsn]?|zwakke?|svaga?|słabe)[ \t]{1,2}(?:passwords?|pass(?:words?)?|passwörter|passwort|kennwörter|wachtwoorden?|lösenord(?:et)?|hasła|hasło)|(?:mots? de passe|contraseñas?|password|senhas?)[ \t]{1,2}(?:faibles?|débil(?:es)?|debol[ei]|fracas?))(?![\p{L}])/iu;
// A new password after the verdict is handed over: "our weak old password got leaked, the new one is …".
const newOneAfter =
  /(?<![\p{L}])(?:new|now|neue[sr]?|jetzt|nouveau|nouvel|nuev[ao]|nuov[ao]|nieuwe?|nya?|nytt|now[eya]|nov[ao])(?![\p{L}])/iu;
// Training slides label their examples: "Bad: Password1! Good: a long passphrase", "Schwach: Sommer2024!",
// "Mauvais : Azerty123!", "❌ Welcome1!". A verdict written as a label right before the value judges it.
const verdictLabelBefore =
  /(?:(?<![\p{L}])(?:bad|weak|poor|avoid|never|don['’]t|do not|schlecht|schwach|vermeiden|mauvais|faible|à éviter|jamais|malo|mala|débil|evitar|nunca|cattiv[ao]|debole|da evitare|slecht|zwak|vermijden|nooit|ruim|fraca|evite|złe|zły|słabe|słaby|unikaj|nigdy|dålig[t]?|svag[t]?|undvik|aldrig)[ \t]{0,2}[:：–—][ \t]{0,3}|[❌✗✘🚫👎⛔][ \t]{0,3})["'“„«‘]?$/iu;
// After it, in the same sentence: "… is weak", "… est trop faible", "… a strong password?".
const verdictAfter =
  /^["'”»’]?[ \t]{0,2}(?:(?:is|are|est|ist|es|è|är|jest|é)[ \t]{1,3}(?:(?:too|very|trop|zu|muy|troppo|te|för|za|muito|sehr|bien)[ \t]{1,3})?(?:weak|bad|guessable|insecure|faible|schwach|débil|debole|zwak|svagt|słabe|fraca)|(?:a|an)[ \t](?:strong|good|secure|safe|weak)[ \t]password[ \t]?\?)/iu;

export function withoutPasswordsShownAsExamples(text: string, spans: Span[]): Span[] {
  // Most texts hold no password a rule of prose found: the gate's many words need not be read for them.
  if (!spans.some(isExampleDetectorSpan) || !examplePasswordGate.test(text)) return spans;
  return spans.filter((span) => !shownAsExample(text, span));
}

const exampleDetectors = new Set(["secret-assignment", "password-prose", "password-flag"]);

function isExampleDetectorSpan(span: Span): boolean {
  return exampleDetectors.has(span.detector);
}

/** Whether a password a rule found is one the text shows as an example or judges, not one it hands over. */
export function shownAsExample(text: string, span: Span): boolean {
  if (!isExampleDetectorSpan(span)) return false;
  const before = withoutUrlBefore(text, span.start, clauseBefore(text, span.start));
  if (exampleMarkerBefore.test(before) || exampleInClause.test(before) || verdictLabelBefore.test(before))
    return true;
  const verdict = verdictOnPasswordWord.exec(before);
  if (verdict !== null && !newOneAfter.test(before.slice(verdict.index + verdict[0].length))) return true;
  return verdictAfter.test(text.slice(span.end, span.end + 48));
}

/**
 * `clause` without the URL that runs up to the value: `https://portal.example-bank.eu/reset?token=…` names a
 * host, and a host's or a path's word ("example", "sample") is no example the writer points at. Prose before
 * the URL ("e.g. https://…") is kept.
 */
function withoutUrlBefore(text: string, at: number, clause: string): string {
  let i = clause.length;
  while (i > 0 && !isSpaceCode(clause.charCodeAt(i - 1))) i--;
  // The clause's part in the value's own run of characters: a URL's when it holds the scheme's `://`.
  if (clause.includes("://", i)) return clause.slice(0, i);
  if (i > 0) return clause;
  // The whole clause lies in a run begun before it: a URL's when the scheme is in that run, a bounded
  // look back as a token is.
  const back = text.slice(Math.max(0, at - clause.length - maxTokenLength), at);
  const scheme = back.lastIndexOf("://");
  return scheme !== -1 && !/\s/.test(back.slice(scheme)) ? "" : clause;
}

const abbreviationEnd =
  /(?:^|[^\p{L}])(?:e\.g|z\.\s?b|p\.\s?ej|bijv|t\.ex|par ex|ad es|np|i\.e|bspw|vgl)\.$/iu;

/** The text before a value back to its clause's start (a full stop and a capital, a line break), at most 60 characters. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 60), at);
  let start = 0;
  for (let i = window.length - 2; i >= 0; i--) {
    const char = window.charAt(i);
    // "z.B. Passwort: …", "e.g. Password: …": an abbreviation's full stop ends no clause.
    if (
      char === "\n" ||
      (/[.;!?]/.test(char) &&
        /^\s+\p{Lu}/u.test(window.slice(i + 1, i + 4)) &&
        !abbreviationEnd.test(window.slice(Math.max(0, i - 6), i + 1)))
    ) {
      start = i + 1;
      break;
    }
  }
  return window.slice(start);
}

// People type in a hurry and two neighbouring letters of a word swap ("Psaswort für den Testnutzer: …",
// "mot de pases : …"): the words for a password, read by every rule below, are set right again before
// the rules read the text. A swap keeps every offset, so spans found in the mended text hold in the
// typed one. Only short texts with a digit are mended, where a password could be told.
const hurriedWords = [
  "password",
  "passwort",
  "kennwort",
  "wachtwoord",
  "contraseña",
  "mot de passe",
  "lösenord",
  "salasana",
  "passord",
  "adgangskode",
  "senha",
  "hasło",
  "passphrase",
  "passcode",
];
const swapAt = new Map<string, number>();
for (const word of hurriedWords) {
  for (let i = 0; i + 1 < word.length; i++) {
    const first = word.charAt(i);
    const second = word.charAt(i + 1);
    if (first === second || first === " " || second === " ") continue;
    const swapped = `${word.slice(0, i)}${second}${first}${word.slice(i + 2)}`;
    // A swap that spells a name of its own ("Sneha") is that name.
    if (swapped !== "sneha") swapAt.set(swapped, i);
  }
}
const swappedWord = new RegExp([...swapAt.keys()].join("|"), "gi");
const maxHurriedLength = 400;

/** `withHurriedSwapsUndone` of an input's text, computed once: secrets and passwords both read it. */
export const hurriedSwapsUndone: (input: DetectionInput) => string = perInput((input) =>
  withHurriedSwapsUndone(input.text, input.profile.digits),
);

/** `text` with a password's word whose neighbouring letters were swapped set right; `text` itself when none. */
function withHurriedSwapsUndone(text: string, digits: number): string {
  if (digits === 0 || text.length > maxHurriedLength) return text;
  swappedWord.lastIndex = 0;
  let mended = text;
  for (let match = swappedWord.exec(text); match !== null; match = swappedWord.exec(text)) {
    const end = match.index + match[0].length;
    // A whole word only: "passowrd" is the word swapped, "compassowrd" no word at all.
    if (/\p{L}/u.test(text.charAt(match.index - 1)) || /\p{L}/u.test(text.charAt(end))) continue;
    const i = swapAt.get(match[0].toLowerCase());
    if (i === undefined) continue;
    const at = match.index + i;
    mended = `${mended.slice(0, at)}${mended.charAt(at + 1)}${mended.charAt(at)}${mended.slice(at + 2)}`;
  }
  return mended;
}

const singleUrl = /^[a-z][a-z0-9+.-]{1,15}:\/\/\S{1,4096}$/i;

const providerPrefix =
  /LTAI|AKID|A3-|-us\d|dckr_pat_|GOCSPX-|AGE-SECRET|ATBB|lin_|secret_|ntn_|PMAK-|figd_|sbp_|NRAK-|pul-|sntr|gsk_|r8_|pplx-|dp\.|atlasv1|dt0|Q~|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abprsecd]-|xapp-|[sr]k_(?:live|test)_|whsec_|AIza|eyJ|npm_|hooks\.slack\.com|gl[a-z]{1,6}-|sk-|SG\.|hv[sbr]\.|HRKU-|do[por]_v1_|shp(?:at|ca|pa|ss)_|hf_|pypi-|SK[0-9a-f]{8}|key-[0-9a-f]{8}|dapi[0-9a-f]|ATATT|sq0(?:atp|csp)-|glsa_|xai-|AccountKey=|SharedAccessKey=/;

// Each provider documents its token format; the prefixes make them certain, the lengths keep
// a prefix alone (`sk-` in prose, `hf_` in a file name) from counting.
const providerFormats: readonly { detector: DetectorName; pattern: RegExp }[] = [
  {
    detector: "aws-access-key",
    pattern: /^(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}$/,
  },
  { detector: "github-token", pattern: /^gh[pousr]_[A-Za-z0-9]{36,251}$/ },
  { detector: "github-token", pattern: /^github_pat_[A-Za-z0-9_]{22,244}$/ },
  // `xoxc-` and `xoxd-` are the tokens a signed-in browser holds (the client token and its `d` cookie).
  { detector: "slack-token", pattern: /^xox[abprsecd]-[A-Za-z0-9-]{10,250}$/ },
  { detector: "slack-token", pattern: /^xapp-\d-[A-Za-z0-9-]{10,250}$/ },
  { detector: "stripe-key", pattern: /^(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}$/ },
  { detector: "stripe-key", pattern: /^whsec_[A-Za-z0-9]{24,250}$/ },
  { detector: "google-api-key", pattern: /^AIza[0-9A-Za-z_-]{35}$/ },
  { detector: "npm-token", pattern: /^npm_[A-Za-z0-9]{36}$/ },
  // GitLab: personal, deploy, runner, pipeline-trigger, CI-job, OAuth, feed, incoming-mail, agent tokens.
  {
    detector: "provider-token",
    pattern: /^gl(?:pat|dt|rt|ptt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,250}$/,
  },
  // OpenAI (`sk-`, `sk-proj-`, `sk-svcacct-`, `sk-admin-`), Anthropic (`sk-ant-api03-`) and the many APIs that copied them.
  { detector: "provider-token", pattern: /^sk-(?:[a-z]{1,8}\d{0,2}-){0,2}[A-Za-z0-9_-]{20,250}$/ },
  { detector: "provider-token", pattern: /^xai-[A-Za-z0-9]{40,120}$/ },
  { detector: "provider-token", pattern: /^HRKU-[A-Za-z0-9_-]{30,120}$/ }, // Heroku
  { detector: "provider-token", pattern: /^do[por]_v1_[a-f0-9]{64}$/ }, // DigitalOcean
  { detector: "provider-token", pattern: /^shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}$/ }, // Shopify
  { detector: "provider-token", pattern: /^hf_[A-Za-z0-9]{30,40}$/ }, // Hugging Face
  { detector: "provider-token", pattern: /^pypi-AgE[A-Za-z0-9_-]{50,250}$/ }, // PyPI (a macaroon)
  { detector: "provider-token", pattern: /^SK[0-9a-f]{32}$/ }, // Twilio API key
  { detector: "provider-token", pattern: /^key-[0-9a-f]{32}$/ }, // Mailgun
  { detector: "provider-token", pattern: /^dapi[0-9a-f]{32}(?:-\d)?$/ }, // Databricks
  { detector: "provider-token", pattern: /^ATATT[A-Za-z0-9_=-]{60,250}$/ }, // Atlassian API token
  { detector: "provider-token", pattern: /^sq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}$/ }, // Square
  { detector: "provider-token", pattern: /^glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}$/ }, // Grafana service account
  { detector: "provider-token", pattern: /^dckr_pat_[A-Za-z0-9_-]{27,60}$/ }, // Docker Hub
  { detector: "provider-token", pattern: /^GOCSPX-[A-Za-z0-9_-]{28}$/ }, // Google OAuth client secret
  { detector: "provider-token", pattern: /^AGE-SECRET-KEY-1[0-9A-Z]{58}$/ }, // age
  { detector: "provider-token", pattern: /^ATBB[A-Za-z0-9_=-]{28,100}$/ }, // Bitbucket app password
  { detector: "provider-token", pattern: /^lin_(?:api|oauth)_[A-Za-z0-9]{40}$/ }, // Linear
  { detector: "provider-token", pattern: /^(?:secret|ntn)_[A-Za-z0-9]{40,50}$/ }, // Notion
  { detector: "provider-token", pattern: /^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/ }, // Postman
  { detector: "provider-token", pattern: /^figd_[A-Za-z0-9_-]{40,}$/ }, // Figma
  { detector: "provider-token", pattern: /^sbp_[a-f0-9]{40}$/ }, // Supabase
  { detector: "provider-token", pattern: /^NRAK-[A-Z0-9]{27}$/ }, // New Relic
  { detector: "provider-token", pattern: /^pul-[a-f0-9]{40}$/ }, // Pulumi
  { detector: "provider-token", pattern: /^sntr[ysu]_[A-Za-z0-9_=-]{40,250}$/ }, // Sentry
  { detector: "provider-token", pattern: /^gsk_[A-Za-z0-9]{48,56}$/ }, // Groq
  { detector: "provider-token", pattern: /^r8_[A-Za-z0-9]{37}$/ }, // Replicate
  { detector: "provider-token", pattern: /^pplx-[A-Za-z0-9]{40,56}$/ }, // Perplexity
  // 1Password's Secret Key: version `A3`, the account's six characters, then twenty-six in groups, random
  // groups mixing capitals and digits (`A3-AAAAAA-BBBBBB-…` is a pattern, not a key).
  {
    detector: "provider-token",
    pattern:
      /^A3-(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}$/,
  },
  { detector: "provider-token", pattern: /^[0-9a-f]{32}-us\d{1,2}$/ }, // Mailchimp: the key and its data centre
  // Alibaba Cloud's AccessKey ID and Tencent Cloud's SecretId, each the half of a pair as AWS's key id is.
  { detector: "provider-token", pattern: /^LTAI(?=[A-Za-z]*\d)[A-Za-z0-9]{12,20}$/ },
  { detector: "provider-token", pattern: /^AKID(?=[A-Za-z]*\d)[A-Za-z0-9]{32}$/ },
];

/**
 * Formats with a `.` inside, which would otherwise split the token into pieces:
 * SendGrid (`SG.<22>.<43>`) and HashiCorp Vault service, batch and recovery tokens.
 */
const dottedProviderFormats: readonly RegExp[] = [
  /^SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}$/,
  /^hv[sbr]\.[A-Za-z0-9_-]{24,250}$/,
  /^dp\.(?:st|sa|ct|pt|scim|audit)\.[A-Za-z0-9_-]{2,40}\.?[A-Za-z0-9]{40,44}$/, // Doppler
  /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,100}$/, // Terraform Cloud
  /^dt0[a-z]\d{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}$/, // Dynatrace
  /^[A-Za-z0-9_-]{3}\dQ~[A-Za-z0-9_.~-]{31,34}$/, // Microsoft Entra ID client secret
];

// `tk_ab12cd…`, `key_live_9Fq…`: a new provider's short lower-case prefix, `_`, then a random body of
// letters and digits. Beside a key's word, a body with both is a key even when its alphabet is small.
const prefixedKey = /^[a-z]{2,8}_(?:(?:live|test|prod)_)?([A-Za-z0-9]{20,64})$/;

function prefixedRandomKey(token: string): boolean {
  // Azure DevOps personal access tokens and other base32 keys: 32 to 64 lower-case letters and digits,
  // not hex (a hex run is a digest's unless named), digits and letters interleaved throughout.
  if (/^[a-z0-9]{32,64}$/.test(token) && /[g-z]/.test(token))
    return (token.match(/\d[a-z]|[a-z]\d/g)?.length ?? 0) >= 10;
  const body = prefixedKey.exec(token)?.[1];
  return (
    body !== undefined &&
    (body.match(/\d/g)?.length ?? 0) >= 4 &&
    (body.match(/[A-Za-z]/g)?.length ?? 0) >= 4 &&
    /\d[A-Za-z]|[A-Za-z]\d/.test(body)
  );
}

// Zapier's and Make's catch hooks, like Slack's webhooks, let whoever holds the URL start the workflow.
const catchHookUrl =
  /hooks\.zapier\.com\/hooks\/catch\/\d{4,12}\/[A-Za-z0-9]{5,12}|hook\.[a-z0-9]{2,4}\.make\.com\/[a-z0-9]{24,40}/;

// Keys made to be published in a web page's code: Stripe's publishable keys (`pk_live_…`, `pk_test_…`)
// only create payment forms; the secret twin is `sk_live_…`.
// PostHog's project key (`phc_…`) is sent by every page that records; its personal key is `phx_…`.
const publishableKey = /^pk_(?:live|test)_[A-Za-z0-9]{10,247}$|^phc_[A-Za-z0-9]{30,64}$/;
// Mapbox's public token (`pk.eyJ…`, the secret twin is `sk.eyJ…`), split by its dots into pieces below.
const mapboxPublicToken = /^pk\.eyJ[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{10,100}$/;

/** A key made to be published: read by a token's pieces and by an assignment's value. */
function isPublishableKey(value: string): boolean {
  return publishableKey.test(value) || mapboxPublicToken.test(value);
}

// A JSON Web Key's public members: the curve point (`x`, `y`), the modulus (`n`), certificates and thumbprints.
// Its private members (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) stay secrets.
const jwkPublicMember = /"(?:x|y|n|e|x5c|x5t|x5t#S256|kid)"\s{0,3}:\s{0,3}\[?\s{0,3}"$/;

const jwkPrivateMember = /"(?:d|p|q|dp|dq|qi|k)"\s{0,3}:\s{0,3}"$/;

function jwkPublicMemberAt(text: string, start: number): boolean {
  return jwkPublicMember.test(text.slice(Math.max(0, start - 16), start)) && text.includes('"kty"');
}

function jwkPrivateMemberAt(text: string, start: number): boolean {
  return jwkPrivateMember.test(text.slice(Math.max(0, start - 12), start)) && text.includes('"kty"');
}

// Stripe's object ids (`pi_3Mtw…`, `cus_NffR…`, `price_1Mo…`, `evt_…`): a payment, customer or event is
// named by them in support tickets and logs. They open nothing; Stripe's keys are `sk_`, `rk_`, `whsec_`.
const stripeObjectId =
  /^(?:pi|ch|cus|price|prod|sub|si|in|ii|il|evt|txn|po|acct|seti|pm|src|cs|pyr|py|tr|ba|card|file|link|req|dp|du|cn|qt|promo|plan|payout|pmc|bpc|ipi|iauth|ipi|ic|re)_(?:(?:live|test)_)?[A-Za-z0-9]{14,66}$/;

// An IPFS content id (`Qm…` in base58): the address of published content.
const ipfsContentId = /^Qm[1-9A-HJ-NP-Za-km-z]{44}$/;

// Values that stop forged requests or replays — a CSRF token, a nonce, an OAuth `state` — are random by
// design and worth nothing without the session they belong to.
const antiForgeryKey =
  /(?:csrf|xsrf|nonce|(?<![\p{L}\p{N}])state|authenticity_token|requestverificationtoken|site_?key|data-sitekey)[\w-]{0,12}["']?\s{0,3}[:=]\s{0,3}["']?$/iu;

function antiForgeryValueAt(text: string, start: number): boolean {
  return antiForgeryKey.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether the token at `start` lies inside a URL written in the text (a run without spaces that holds
 * `://` before it): its random pieces are the path's and query's ids, as they are in a URL field,
 * unless a key's word names them.
 */
function insideUrl(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < maxTokenLength && !/[\s"'`<>()]/.test(text.charAt(i - 1))) {
    i--;
    if (text.startsWith("://", i)) return true;
  }
  return false;
}

// Base64 of JSON that holds a credential: a Kubernetes `.dockerconfigjson` (`{"auths":{…"auth":"…"}}`),
// a Cloudflare tunnel's token (`{"a":…,"t":…,"s":"<secret>"}`), a key file copied as base64.
const credentialJson =
  /"(?:auths?|password|passwd|secret|client_secret|secret_?key|private_?key|token|access_?token|refresh_?token|api_?key|apikey)"\s*:\s*[{"]|"t"\s*:\s*"[0-9a-f-]{36}"\s*,\s*"s"\s*:\s*"/i;

/** Whether `value` is base64 (`eyJ…`, the encoding of `{"`) of a JSON object holding a credential. */
export function encodesCredentialJson(value: string): boolean {
  if (!value.startsWith("eyJ") || value.length < 24 || value.length > 8192) return false;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1");
  return credentialJson.test(decoded);
}

// Discord bot token: the bot's numeric id in base64, a timestamp, then the HMAC (`MTA5…​.Gx1a2b.…`).
const discordTokenShape = /^([MNO][A-Za-z0-9]{23,27})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}$/;

/** A Discord bot token: its first part must decode to the bot's id, seventeen to twenty digits. */
function discordBotToken(token: string): boolean {
  const id = discordTokenShape.exec(token)?.[1];
  return id !== undefined && /^\d{17,20}$/.test(Buffer.from(id, "base64").toString("latin1"));
}

/**
 * Documentation keys and placeholders: AWS's published example key, `xoxb-your-token`,
 * `sk_test_xxxx…`. Dropping them would lose harmless text and teach nothing.
 */
export function isPlaceholderValue(value: string): boolean {
  return (
    /example|your[-_]|placeholder|dummy|changeme|change[-_]me|changeit|replace[-_]?me|^(?:todo|tbd|fixme)$|redacted|sample|x{5,}|X{5,}|x{3,}[-_ .:]x{3,}|[*•●]{3,}|\.{3}|[<>]|\$\{|\{\{/i.test(
      value,
    ) ||
    shellPrompt.test(value) ||
    commandOrTag.test(value) ||
    fieldNamedInCapitals.test(value)
  );
}

// `-P "$(cat ~/.zippass)"`, `` `pass show db` ``: a command run in its place reads the password from elsewhere;
// `password: !vault |`, `!Ref DbPassword`: a YAML tag says where the value comes from, encrypted or looked up.
const commandOrTag =
  /^["']?(?:\$\(|`)|^!!?[a-z][a-z_]*$|^!(?:Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|Base64|Secret|Env)$/;

// `curl -u USERNAME:PASSWORD`, `--token TOKEN`: the field's own name in capitals stands where a value goes.
const fieldNamedInCapitals =
  /^(?:USER(?:NAME)?:)?(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?TOKEN|CLIENT_?SECRET|USER(?:NAME)?)$/;

// `root@web01:~#`, `ops@bastion:/var/log$`: a shell's prompt, the line a terminal prints after its
// `Password:` label once the (unechoed) password was accepted, is no value of that label.
const shellPrompt = /^[\w.-]{1,32}@[\w.-]{1,64}:[~/]\S{0,200}[#$%>]$/;

// `page=3&sort=asc`: keys and values of word characters joined by `=` and `&`. A password's base64
// (a Kubernetes secret's `data:`) may decode to printable text with a `=` in it, never to this.
const queryString = /^[\w.-]{1,64}=[\w.,:%+-]{0,256}(?:&[\w.-]{1,64}=[\w.,:%+-]{0,256}){0,32}$/;

/**
 * Base64 that decodes to readable text — a paging cursor (`{"offset":100}`),
 * `page=3&sort=asc` — is a position, not a secret: real keys decode to bytes.
 */
export function decodesToPlainText(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (decoded.length < 8) return false;
  let printable = 0;
  for (const byte of decoded) if (byte >= 32 && byte < 127) printable++;
  if (printable < decoded.length * 0.95) return false;
  const text = decoded.toString("latin1");
  if (credentialJson.test(text)) return false;
  return text.startsWith("{") || text.startsWith("[") || queryString.test(text) || /^[\d.,:-]+$/.test(text);
}

const maxTokenLength = 2048;
// The shortest provider format: `AKIA` and 16 characters.
const minProviderLength = 20;

function hasTokenRun(text: string, length: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isTokenChar(text.charCodeAt(i))) {
      if (++run >= length) return true;
    } else run = 0;
  }
  return false;
}
const minEntropyLength = 20;
const maxEntropyLength = 512;

function isTokenChar(code: number): boolean {
  // A-Z a-z 0-9 _ - . / + ~
  return (
    isAlnum(code) || code === 95 || code === 45 || code === 46 || code === 47 || code === 43 || code === 126
  );
}

function findSecretTokens(text: string): Span[] {
  const spans: Span[] = [];
  const publicBlocks = publicPemBlocks(text);
  let i = 0;
  while (i < text.length) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isTokenChar(text.charCodeAt(i))) i++;
    if (i - start < 16 || i - start > maxTokenLength) continue;
    const token = text.slice(start, i);
    if (token.includes("hooks.slack.com/services/")) {
      if (isPlaceholderValue(token)) continue;
      spans.push(secret(start, i, "slack-webhook", 0.99));
      continue;
    }
    // A Discord webhook URL carries its token in the path: whoever has the URL can post.
    if (/discord(?:app)?\.com\/api\/webhooks\/\d{6,24}\/[A-Za-z0-9_-]{40,}/.test(token)) {
      spans.push(secret(start + token.indexOf("discord"), i, "provider-token", 0.99));
      continue;
    }
    const catchHook = catchHookUrl.exec(token);
    if (catchHook !== null && !isPlaceholderValue(token)) {
      spans.push(
        secret(
          start + catchHook.index,
          start + catchHook.index + catchHook[0].length,
          "provider-token",
          0.95,
        ),
      );
      continue;
    }
    const jwt = jwtWithin(token);
    if (jwt !== undefined) {
      if (jwt.documentation) continue;
      spans.push(secret(start + jwt.offset, start + jwt.offset + jwt.length, "jwt", 0.97));
      continue;
    }
    if (encodesCredentialJson(token)) {
      spans.push(secret(start, i, "secret-assignment", 0.9));
      continue;
    }
    const dotted = token.replace(/\.$/, "");
    if (
      dottedProviderFormats.some((pattern) => dotted.length <= 300 && pattern.test(dotted)) ||
      discordBotToken(dotted)
    ) {
      if (!isPlaceholderValue(dotted))
        spans.push(secret(start, start + dotted.length, "provider-token", 0.99));
      continue;
    }
    const publicRandom =
      isPublicRandom(text, start, token) ||
      jwkPublicMemberAt(text, start) ||
      mapboxPublicToken.test(dotted) ||
      antiForgeryValueAt(text, start) ||
      insidePasswordHash(text, start) ||
      publicBlocks.some((block) => start > block.start && start < block.end);
    // Pieces between `/` and `.` are where a key sits in a path, URL or sentence.
    let inUrl: boolean | undefined;
    let fileToken: boolean | undefined;
    // Read once per token, and only when a piece of it needs the answer.
    const tokenIsFileInPath = (): boolean => {
      fileToken ??= fileInPath.test(token);
      return fileToken;
    };
    let pieceStart = 0;
    for (const piece of token.split(/[./]/)) {
      const at = start + pieceStart;
      pieceStart += piece.length + 1;
      const trimmed = piece.replace(/^[-_~+]+/, "");
      const offset = piece.length - trimmed.length;
      const provider = providerFormats.find(({ pattern }) => trimmed.length <= 300 && pattern.test(trimmed));
      if (provider !== undefined) {
        if (!isPlaceholderValue(trimmed) && randomEnoughForProvider(provider.detector, trimmed))
          spans.push(secret(at + offset, at + piece.length, provider.detector, 0.99));
        // "gebruik deze key: sk-proj-_-t-xzrzd6…": a provider's key typed in lower case, named a key.
        else if (oneCaseRandomKey(trimmed) && namesKey(surroundings(text, at, at + piece.length, 30)))
          spans.push(secret(at + offset, at + piece.length, provider.detector, 0.9));
        continue;
      }
      if (
        publicRandom ||
        isPublishableKey(trimmed) ||
        stripeObjectId.test(trimmed) ||
        ipfsContentId.test(trimmed) ||
        isPlaceholderValue(trimmed) ||
        pagingValueAt(text, start) ||
        readableName(trimmed) ||
        camelCaseName(trimmed)
      )
        continue;
      // Words around decide what a random string is: near "key" or "token" a secret, near "id" or "link" an id.
      const around = surroundings(text, at, at + piece.length, 30);
      const keyWordNear = namesKey(around);
      const recordKeyNamed = keyWordNear && onlyRecordKeyNamed(surroundings(text, at, at + piece.length, 45));
      const publicNamed = publicValueBefore.test(text.slice(Math.max(0, start - 30), start));
      const keyWordsNear = (keyWordNear && !recordKeyNamed && !publicNamed) || jwkPrivateMemberAt(text, at);
      if (
        (looksRandom(trimmed, keyWordsNear ? relaxedEntropy : 1) ||
          (keyWordsNear && prefixedRandomKey(trimmed))) &&
        !decodesToPlainText(trimmed)
      ) {
        // An id, digest or request-id word before the whole token names it, even when the piece is
        // further along a path (`x-amz-id-2: eftix…/2mki…`, `Content-MD5: rL0Y…`).
        const tokenBefore = text.slice(Math.max(0, start - 30), start).toLowerCase();
        // `uploads/9fK…/P5rc….png`: a random piece of a file's path is the name a system gave the file.
        const named =
          idWords(around) ||
          hashWords(around) ||
          idWords(tokenBefore) ||
          hashWords(tokenBefore) ||
          recordKeyNamed ||
          publicNamed ||
          (!keyWordsNear && tokenIsFileInPath());
        // `api_key_id: "key_01HZ…"`, `"tokenId": …`: a key named an id holds the id of a key, not the key.
        if (idKeyBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
        // A random piece of a URL pasted in a message is a document's or meeting's id, as in a URL field.
        inUrl ??= insideUrl(text, start);
        const score = keyWordsNear ? 0.9 : named || inUrl ? 0.4 : 0.7;
        spans.push(secret(at + offset, at + piece.length, "high-entropy-token", score));
      } else if (
        keyWordsNear &&
        oneCaseRandomKey(trimmed) &&
        !idKeyBefore.test(text.slice(Math.max(0, start - 24), start)) &&
        !insideUrl(text, start)
      ) {
        // "api key para maps: aizaz8qd…", "gebruik deze key: sk-proj-…" typed or pasted in lower case:
        // a key word beside letters and digits mixed all through is the key, whatever its case.
        spans.push(secret(at + offset, at + piece.length, "high-entropy-token", 0.85));
      } else if (
        (keyWordsNear || handedOverAsOwn(around) || pastedAlone(text, trimmed)) &&
        !publicKeyWords.test(around) &&
        isHexSecret(trimmed) &&
        !hashWords(around)
      ) {
        // Many providers hand out hex secrets (Twilio auth tokens, Mailgun, webhook signing keys).
        // Hex is also every hash and commit id, so only words naming a key or token make it one.
        spans.push(secret(at + offset, at + piece.length, "high-entropy-token", 0.8));
      }
    }
  }
  return spans;
}

/**
 * Thirty-two hex digits that are the whole text: an API key copied on its own (Twilio, Mailgun and
 * webhook signing keys are this shape). A digest is copied with its file name or its command; a
 * commit id has forty digits; a UUID keeps its hyphens.
 */
function pastedAlone(text: string, token: string): boolean {
  return token.length === 32 && text.trim() === token && !emptyInputDigests.has(token.toLowerCase());
}

// The MD5 of nothing: every empty file and empty body has it, so it is copied as a digest, never as a key.
const emptyInputDigests = new Set(["d41d8cd98f00b204e9800998ecf8427e"]);

// "use mine", "here's mine": someone hands over their own value, which for hex is a key, not a hash
// (hashes are named: commit, sha, checksum, which still win).
const handedOverAsOwn = wordMatcher(["mine"]);

// Keys under which APIs return a paging position: `next_cursor`, `nextPageToken`, AWS `NextToken`,
// `continuationToken`, Elasticsearch `scroll_id`, S3 `Marker`. Their values are opaque by design
// (often protobuf or encrypted) but say where a listing goes on, not who may read it.
// GraphQL connections page with `after:`/`before:` and an opaque cursor (`after: "Y3Vyc29y…"`).
const pagingKey =
  /(?:cursor|page_?token|continuation_?token|next_?token|scroll_?id|marker|(?<![\p{L}\p{N}])(?:after|before))["']?\s{0,3}[:=]\s{0,3}["']?$/iu;

/** Whether the token at `start` is the value of a paging key (`"next_cursor": "…"`, `?pageToken=…`). */
function pagingValueAt(text: string, start: number): boolean {
  return pagingKey.test(text.slice(Math.max(0, start - 32), start));
}

/**
 * `Gehaltsabrechnung_2026_03`, `Q3-Board-Report-2026`: a name built of words and numbers joined by
 * `_` or `-`, each word in one case (or capitalised). Random keys mix cases inside their pieces;
 * a file or record name keeps each piece readable.
 */
function readableName(token: string): boolean {
  const pieces = token.split(/[-_]/);
  if (pieces.length < 2) return false;
  let longWord = false;
  for (const piece of pieces) {
    if (/^\d{1,8}$/.test(piece)) continue;
    if (!/^(?:[A-Z]?[a-z]+|[A-Z]{1,5})$/.test(piece)) return false;
    if (piece.length >= 4) longWord = true;
  }
  return longWord;
}

/**
 * `sha256WithRSAEncryption`, `ecdsaWithSHA384`, `TransferEncodingChunked`: an identifier in camelCase,
 * each piece between case changes a readable word (a vowel, no run of five consonants), with at most one
 * acronym and one number, and one word of five letters or more. A random key's case changes leave pieces
 * of one or two letters, several acronyms or numbers: about one random token in twenty thousand passes.
 */
function camelCaseName(token: string): boolean {
  if (token.length > 64 || !/^[A-Za-z][A-Za-z0-9]*$/.test(token)) return false;
  const pieces = token.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+|[A-Z]/g) ?? [];
  let words = 0;
  let acronyms = 0;
  let numbers = 0;
  let longWord = false;
  for (const [index, piece] of pieces.entries()) {
    // The first piece may be a short lower-case prefix (`md5…`, `ecdsa…`, `id…`).
    if ((index === 0 && /^[a-z]{2,6}$/.test(piece)) || readableWord(piece)) {
      words++;
      if (piece.length >= 5) longWord = true;
    } else if (/^[A-Z]{2,5}$/.test(piece)) acronyms++;
    else if (/^\d{1,4}$/.test(piece)) numbers++;
    else return false;
  }
  return pieces.length >= 3 && words >= 2 && longWord && acronyms <= 1 && numbers <= 1;
}

function readableWord(piece: string): boolean {
  return (
    /^[A-Z]?[a-z]{2,14}$/.test(piece) &&
    piece.length >= 3 &&
    /[aeiouy]/i.test(piece) &&
    !/[^aeiouy]{5}|[aeiouy]{3}/i.test(piece)
  );
}

const idKeyBefore = /(?:[_-]id|[a-z]Id|_ID|(?:key|token|secret) id)["']?\s{0,3}[:=]\s{0,3}["']?$/i;

// Keys of records, not of locks: a storage object's, a cache entry's, a request's retry key, a table's
// sort or primary key, a translation's. "object key uploads/9fK…/x.png" names where a file is kept.
const recordKey =
  /(?<![\p{L}])(?:object|cache|idempotency|idempotence|partition|sort|primary|foreign|composite|surrogate|natural|unique|routing|row|dedup|dedupe|deduplication|lookup|s3|translation|i18n|message|map|shard|sharding|bucket|blob|public)[ _-]?keys?(?![\p{L}])/giu;

/** Whether every key word in `around` names a record's key ("object key", "idempotency key"). */
function onlyRecordKeyNamed(around: string): boolean {
  if (!recordKey.test(around)) return false;
  recordKey.lastIndex = 0;
  return !namesKey(around.replace(recordKey, " "));
}

/**
 * "aizaz8qdqeocv9qwqh3l9acebh0j_xneol7kiae": a key typed or pasted in one case. Random letters and digits
 * mix all through (three runs of digits at least) with the spread of random characters, where a
 * name's digits are a number or two at its end; hex is a digest's alphabet and is judged apart.
 */
function oneCaseRandomKey(token: string): boolean {
  if (token.length < 24 || token.length > 128 || !/^[a-z0-9_-]+$|^[A-Z0-9_-]+$/.test(token)) return false;
  if (/^[0-9a-f_-]+$/i.test(token) || readableName(token)) return false;
  // `release_2026_q3_hotfix_12`: words and numbers joined into a name.
  const pieces = token.split(/[_-]/);
  if (pieces.length >= 3 && pieces.filter((piece) => piece.length >= 4 && readableWord(piece)).length >= 2)
    return false;
  const digits = token.replace(/\D/g, "").length;
  const letters = token.replace(/[^A-Za-z]/g, "").length;
  const digitRuns = token.match(/\d+/g)?.length ?? 0;
  return (
    digits >= 3 &&
    letters * 3 >= token.length &&
    digitRuns >= 3 &&
    entropyBitsPerChar(token) >= entropyThreshold(token.length) * relaxedEntropy
  );
}

// Keys said to be public: Algolia's search-only key, a publishable key, a site key, a public token.
const publicKeyWords =
  /(?<![\p{L}\p{N}])(?:search[- ]only|publishable|public (?:api )?(?:key|token)|site[- ]?key)(?![\p{L}\p{N}])/iu;

// Near "key", "token" or "secret" a random-looking value needs fewer bits per character to count.
const relaxedEntropy = 0.9;

// Words for a secret that is not a password: a shared secret, a token, an API or access key.
const secretKeyword =
  /^(?:secret|token|api[ _-]?key|access[ _-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)$/;

/** `sk-` and `hf_` also start slugs and file names: a real token of theirs mixes cases and digits. */
function randomEnoughForProvider(detector: DetectorName, value: string): boolean {
  if (detector !== "provider-token" || !/^(?:sk-|hf_)/.test(value)) return true;
  // DeepSeek (`sk-` and 32 hex digits), OpenRouter (`sk-or-v1-` and 64) and their kind: a hex body of a
  // key's length, digits and letters mixed, is no slug.
  const hexBody = /^sk-(?:[a-z]{1,8}\d{0,2}-){0,2}([0-9a-f]{32,128})$/.exec(value)?.[1];
  if (hexBody !== undefined && /\d/.test(hexBody) && /[a-f]/.test(hexBody)) return true;
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && (/\d/.test(value) || value.startsWith("hf_"));
}

/** 32 to 128 hex digits with both letters and digits: the shape of a hex-encoded key. */
function isHexSecret(token: string): boolean {
  return (
    token.length >= 32 &&
    token.length <= 128 &&
    /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token) &&
    /[a-fA-F]/.test(token) &&
    /\d/.test(token)
  );
}

const hashWords = wordMatcher([
  "sha",
  "sha1",
  "sha256",
  "sha512",
  "md5",
  "hash",
  "hashes",
  "digest",
  "checksum",
  "commit",
  "fingerprint",
  "etag",
  "cache",
  "id",
  "uuid",
  "build",
  "revision",
  "rev",
]);

function secret(start: number, end: number, detector: DetectorName, score: number): Span {
  return { start, end, category: "credential", detector, score: clampScore(score) };
}

const secretWords = wordMatcher([
  "key",
  "token",
  "secret",
  "auth",
  "bearer",
  "credential",
  "credentials",
  "api",
  "apikey",
  "password",
  "signature",
  "pat",
]);

// The word for a key or token in the offices' languages and their neighbours' (clé d'API, jeton, chiave,
// Schlüssel, sleutel, nyckel, klucz, токен), and compounds ending in one ("Zugangstoken", "toegangssleutel").
const otherLanguageKeyWords = wordMatcher([
  "schlüssel",
  "schluessel",
  "clé",
  "clef",
  "jeton",
  "clave",
  "chiave",
  "chave",
  "sleutel",
  "nyckel",
  "nyckeln",
  "nøgle",
  "nøglen",
  "nøkkel",
  "nøkkelen",
  "klucz",
  "klucza",
  "kulcs",
  "anahtar",
  "anahtarı",
  "avain",
  "токен",
  "ключ",
  "ключа",
]);
const keyCompound = /\p{L}(?:token|schlüssel|sleutel|nyckel|nøgle|nøkkel)(?![\p{L}\p{N}])/iu;
// Japanese, Chinese and Korean write the word inside a run of their script, where no word boundary holds.
const cjkKeyWord = /キー|トークン|密钥|秘钥|密鑰|令牌|金鑰|토큰|키/;

/** Whether words naming a key, token or secret are in `around`, in any of the languages above. */
function namesKey(around: string): boolean {
  return (
    secretWords(around) ||
    otherLanguageKeyWords(around) ||
    keyCompound.test(around) ||
    cjkKeyWord.test(around)
  );
}

const idWords = wordMatcher([
  "id",
  "ids",
  "uuid",
  "guid",
  "slug",
  "link",
  "url",
  "ref",
  "reference",
  "hash",
  "digest",
  "checksum",
  "etag",
  "commit",
  "object",
  "order",
  "invoice",
  "tracking",
  "address",
  "wallet",
  // Things whose ids are random and public: a track's, a deployment's, a trace's, an image's bytes.
  // (Not "project" or "build": "for the build server use 9fK…" hands a key over.)
  "track",
  "playlist",
  "album",
  "episode",
  "deployment",
  "trace",
  "span",
  "logo",
  "image",
  "icon",
  "thumbnail",
  "avatar",
  "photo",
  "picture",
  "favicon",
  "font",
  "screenshot",
]);

// Values that are random by design and public: a public key, a salt, a nonce, an IV, a key's id or
// thumbprint, a WebAuthn credential's id, a module checksum (`h1:` in go.sum). Named right before the value.
const publicValueBefore =
  /(?<![\p{L}\p{N}])(?:public[ _-]?key|salt|nonce|iv|kid|x5t(?:#s256)?|thumbprint|fingerprint|challenge|h1|(?:credential|key|client|app|track|device)[ _-]?id)["']?\s{0,3}[:=]?\s{0,3}["']?$/iu;

/** A JWT: three base64url parts whose first decodes to a JSON header naming its algorithm. */
function jwtWithin(token: string): { offset: number; length: number; documentation: boolean } | undefined {
  const offset = token.indexOf("eyJ");
  if (offset === -1) return undefined;
  const parts = token.slice(offset).replace(/\.$/, "").split(".");
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return undefined;
  const [header = "", payload = ""] = parts;
  if (payload.length < 4 || (parts[2] ?? "").length < 8) return undefined;
  const decoded = Buffer.from(header, "base64url").toString("latin1");
  if (!decoded.includes('"alg"')) return undefined;
  // The token every JWT tutorial shows (subject "1234567890", John Doe) is documentation, not a session.
  const documentation = documentationClaims.test(Buffer.from(payload, "base64url").toString("latin1"));
  return { offset, length: parts.join(".").length, documentation };
}

const documentationClaims = /"sub"\s*:\s*"1234567890"|"name"\s*:\s*"(?:John|Jane) Doe"/;

/**
 * A token that reads as random: 20–512 characters of a base64 alphabet with
 * letters and digits, mixed case (hex is left to hashes: a commit id or a
 * checksum is not a secret by itself), not UUID-shaped, with more bits per
 * character than words or identifiers reach. The threshold grows with length
 * because a short string cannot show many distinct characters.
 */
export function looksRandom(token: string, entropyFactor = 1): boolean {
  if (token.length < minEntropyLength || token.length > maxEntropyLength) return false;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (isUpper(code)) upper++;
    else if (isLower(code)) lower++;
    else if (isDigit(code)) digits++;
    else if (code !== 95 && code !== 45 && code !== 43 && code !== 61) return false;
  }
  if (upper === 0 || lower === 0) return false;
  // Random base62 is about one digit in six. With fewer digits, only a balance
  // of cases tells random letters from a camelCase identifier (mostly lower case).
  const upperShare = upper / (upper + lower);
  if (digits < token.length / 12 && (upperShare < 0.3 || upperShare > 0.7)) return false;
  return entropyBitsPerChar(token) >= entropyThreshold(token.length) * entropyFactor;
}

export function entropyThreshold(length: number): number {
  return Math.min(4.6, Math.log2(length) * 0.84);
}

const fileInPath =
  /\/[^/]{1,200}\.(?:png|jpe?g|gif|webp|svg|heic|pdf|csv|tsv|parquet|avro|orc|json|ndjson|xml|txt|log|zip|gz|tgz|tar|mp4|mov|mp3|wav|docx?|xlsx?|pptx?|html?)$/i;

/** Data URIs (`base64,…`) and subresource-integrity hashes (`sha512-…`) are random by design and public. */
function isPublicRandom(text: string, start: number, token: string): boolean {
  return (
    // A Sentry DSN's key is sent by every page that reports errors: Sentry calls it safe to publish.
    /^@(?:o\d{1,12}\.)?ingest\.(?:[a-z]{2}\.)?sentry\.io/.test(
      text.slice(start + token.length, start + token.length + 40),
    ) ||
    text.slice(Math.max(0, start - 7), start) === "base64," ||
    // A file's bytes in base64 without the data URI (a JSON field's thumbnail): JPEG, PNG, GIF, WebP, PDF, SVG.
    /^\/?(?:\/9j\/|iVBORw0KGgo|R0lGODlh|R0lGODdh|UklGR|JVBERi0|PHN2Zy)/.test(token) ||
    // A Content-Security-Policy nonce (`'nonce-…'`) is sent in every page's header.
    token.startsWith("nonce-") ||
    // An SSH public key line ("ssh-ed25519 AAAAC3…"): public by design.
    /(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com) $/.test(
      text.slice(Math.max(0, start - 40), start),
    ) ||
    /^sha(?:1|256|384|512)-/.test(token) ||
    // `SHA256:QXRs…`, `MD5:ab:cd…`: a key's fingerprint as ssh prints it is a digest of a public key.
    /(?<![\p{L}\p{N}])(?:SHA(?:1|256|384|512)|MD5):$/iu.test(text.slice(Math.max(0, start - 7), start)) ||
    integrityValueAround(text, start)
  );
}

// The schemes that store a password hashed (modular crypt, Django, passlib, Werkzeug): bcrypt `$2b$`,
// `$argon2id$`, `$scrypt$`, sha-crypt `$5$`/`$6$`, md5-crypt `$1$`, yescrypt `$y$`, `pbkdf2_sha256$`,
// `pbkdf2:sha256:`.
const passwordHashScheme =
  /(?:^|[\s"'`:=,(])(?:\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|7|[15689]|y|gy|sha1|md5|pbkdf2(?:-sha\d{1,3})?)\$|(?:pbkdf2_sha\d{1,3}|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5)\$|pbkdf2:sha\d{1,3}:)/;

/**
 * A hashed password (`$2b$12$…`, `$argon2id$v=19$…`, a shadow file's `$6$…`, Django's `pbkdf2_sha256$…`):
 * the hash's random parts are salt and digest. A stolen hash is a risk of its own, but it opens
 * nothing as it stands, the way a copied key or password does, so it is not dropped as one.
 */
export function isPasswordHash(value: string): boolean {
  // MySQL's native hash is `*` and forty hex digits (`IDENTIFIED BY PASSWORD '*2470C0C0…'`).
  return (
    value.length <= 512 &&
    (passwordHashScheme.test(` ${value}`) || /^\*[0-9A-F]{40}$/i.test(value) || isKeyFingerprint(value))
  );
}

/**
 * OpenSSH's fingerprint of a key, `SHA256:` and 43 characters of unpadded base64 or `MD5:` and sixteen hex
 * pairs, as `sshd` logs it ("Accepted publickey for deploy … ED25519 SHA256:…") and `ssh-keygen -l` prints
 * it: a digest of a public key, published to be compared, which opens nothing. The rules that read
 * passwords set it aside with the hashes above.
 */
function isKeyFingerprint(value: string): boolean {
  return /^SHA256:[A-Za-z0-9+/]{43}$|^MD5(?::[0-9a-f]{2}){16}$/.test(value);
}

/** Whether the token at `start` is a piece of a hashed password that starts earlier in its word. */
function insidePasswordHash(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 160 && !/[\s"'`]/.test(text.charAt(i - 1))) i--;
  return passwordHashScheme.test(text.slice(Math.max(0, i - 1), start + 1));
}

// PEM blocks whose content is published by design: certificates, public keys, signing requests.
const publicPemBegin =
  /-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PGP PUBLIC KEY BLOCK|PGP SIGNATURE|SSH2 PUBLIC KEY)-----/g;

/**
 * Where certificate and public-key blocks lie — from the BEGIN line to the END line, or to the
 * end of a cut-off paste: their base64 is public material, not a secret.
 */
function publicPemBlocks(text: string): { start: number; end: number }[] {
  if (!text.includes("-----BEGIN")) return [];
  const blocks: { start: number; end: number }[] = [];
  publicPemBegin.lastIndex = 0;
  for (let match = publicPemBegin.exec(text); match !== null; match = publicPemBegin.exec(text)) {
    const endMarker = text.indexOf("-----END", match.index + match[0].length);
    const end = endMarker === -1 ? text.length : endMarker;
    blocks.push({ start: match.index, end });
    publicPemBegin.lastIndex = end;
  }
  return blocks;
}

// How far back a token is looked for the start of the integrity value it may belong to.
const maxIntegrityLength = 256;

/** `sha512-…=…`: a base64 padding sign splits an integrity value into tokens; the later ones are part of it. */
function integrityValueAround(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= maxIntegrityLength) {
    const char = text.charAt(i);
    if (/[\s"'`,]/.test(char)) return /^sha(?:1|256|384|512)-/.test(text.slice(i + 1, i + 8));
    i--;
  }
  return i < 0 && /^sha(?:1|256|384|512)-/.test(text.slice(0, 7));
}

const privateKeyBegin = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g;

/** From a `BEGIN … PRIVATE KEY` line to its `END` line, or to the end of the text when it was cut off. */
function findPrivateKeys(text: string): Span[] {
  if (!text.includes("-----BEGIN")) return [];
  const spans: Span[] = [];
  privateKeyBegin.lastIndex = 0;
  for (let match = privateKeyBegin.exec(text); match !== null; match = privateKeyBegin.exec(text)) {
    const endMarker = text.indexOf("-----END", match.index);
    const lineEnd = endMarker === -1 ? -1 : text.indexOf("-----", endMarker + 8);
    const end = lineEnd === -1 ? text.length : lineEnd + 5;
    // A block with no key material in it ("…", "<paste your key here>") is documentation.
    const body = text.slice(match.index + match[0].length, endMarker === -1 ? end : endMarker);
    let keyChars = 0;
    for (let i = 0; i < body.length; i++) if (/[A-Za-z0-9+/=]/.test(body.charAt(i))) keyChars++;
    if (keyChars >= 64 && !isPlaceholderValue(body))
      spans.push(secret(match.index, end, "private-key", 0.99));
    privateKeyBegin.lastIndex = end;
  }
  return spans;
}

// `password=…`, `DB_PASSWORD: …`, `api_key => "…"`, `Authorization: Bearer …`, `my password is …`,
// the word for password in the languages of the organisations' offices and of the colleagues and
// vendors they write to (Czech, Turkish, Hungarian, Croatian, Slovenian, Russian, Japanese, Chinese), and the codes of
// doors, safes and key boxes.
const assignmentKeyword =
  /(?<![\p{L}\p{N}])(?:password|passwd|pwd|pass|pw|pin|passphrase|passcode|(?:einmal|initial|start|standard|admin|root|geräte|router|zugangs|benutzer|datenbank|server|vpn|mail|neu|übergangs)?(?:passwort|kennwort)|(?:eenmalig|tijdelijk|admin|wifi|router)?wachtwoord|(?:engångs|admin|wifi|router)?lösenord|mot de passe|mdp|contraseña|contrasena|clave|senha|palavra-passe|parola d'ordine|wachtwoord|heslo|şifre|sifre|jelszó|jelszo|lozinka|geslo|пароль|パスワード|密码|密碼|hasło|haslo|lösenord|lösenordet|salasana|salasanani|adgangskode|adgangskoden|kodeord|kodeordet|passord|passordet|wachtwoord|geheimzahl|puk|pin[ -]?code|pin[ -]?kod|pinkode|code pin|code (?:de (?:la|ma) carte|carte|confidentiel|secret|d'accès)|código (?:pin|secreto|de acceso)|kod pin|(?:wlan|wifi|wi-fi|netzwerk)[ -]?schlüssel|(?:wlan|wifi|wi-fi|wpa2?|network)[ -]?key|wpa2?[ -]?psk|psk|clé (?:wifi|wi-fi|wpa)|(?:door|access|alarm|gate|disarm|entry|unlock|keypad)[ _-]?code|(?:zugangs|zugriffs|toegangs)-?code|verificatiecode|verifieringskod|engångskod|einmalcode|codice (?:di verifica|otp)|kod (?:weryfikacyjny|jednorazowy|sms)|código de verificação|requirepass|masterauth|(?:one-time|verification|security|2fa|mfa|sms|login|backup|recovery) codes?|otp|bestätigungscode|sicherheitscode|code de (?:vérification|sécurité)|código de (?:verificación|seguridad)|(?:key|lock) ?box(?: code)?|(?:safe|locker|padlock)(?: code| combination| combo)?|secret|api[ _-]?key|access[ _-]?key|account[_-]?key|shared[_-]?access[_-]?key|access[_-]?token|auth[_-]?token|_authToken|refresh[_-]?token|client[_-]?secret|private[_-]?key|token|bearer|basic)(?![\p{L}\p{N}])/iu;
const assignmentKeywords = new RegExp(assignmentKeyword.source, "giu");
const compoundPasswordPrefix =
  /^(?:einmal|initial|start|standard|admin|root|geräte|router|zugangs|benutzer|datenbank|server|vpn|mail|neu|übergangs|eenmalig|tijdelijk|wifi|engångs)(?=passwort|kennwort|wachtwoord|lösenord)/;
// "is"/"was" in the languages above ("das Passwort ist …", "le mot de passe est …").
// Swedish "är", Danish and Norwegian "er", Finnish "on", Portuguese "é", Polish "to" ("hasło to …").
// German "lautet" ("das Kennwort lautet …"); "is now", "ist jetzt" when it was just changed.
// "is still", "ist immer noch", "est toujours": a password unchanged is told the same way.
const proseVerb =
  /\s(?:is now|ist jetzt|lautet jetzt|lautet|is still|ist immer noch|ist noch|est toujours|sigue siendo|è ancora|é ainda|is nog steeds|is nog|is|was|ist|war|est|c'est|c’est|était|es|era|è|är|er|on|é|to)\s/;
// "the password? it's X", "das Passwort? Das ist X", "le mot de passe ? c'est X": the writer asks the
// question a reader would and answers it in the next breath.
// "Ihr Einmal-Passwort lautet: 77-31-94", "the password is: Hunter2": a verb and a colon after it.
const verbThenColon = /[ \t](?:lautet|ist|is|est|es|è|é|är|jest|wynosi)[ \t]?:[ \t]/;
const answeredQuestion =
  /[ \t]?\?[ \t]{1,3}(?:[Ii]t['’]s|[Ii]t is|[Tt]hat['’]s|[Dd]as ist|[Ii]st|[Cc]['’]est|[Ee]s|è|é|[Dd]at is)\s/;
const assignmentSeparator = new RegExp(
  `[A-Za-z0-9_-]{0,40}["']?(?:${answeredQuestion.source}|${verbThenColon.source}|\\s{0,3}(?::=|=>|=|:|['’]s\\s|${proseVerb.source}))\\s{0,3}`,
  "y",
);
const passwordKeyword =
  /^(?:pass|pw|pin|puk|verificatiecode|verifieringskod|engångskod|einmalcode|codice |kod |código de verificação|disarm|entry|unlock|keypad|requirepass|masterauth|one-time code|verification code|security code|2fa code|mfa code|sms code|login code|backup code|recovery code|otp|bestätigungscode|sicherheitscode|wlan|wifi|wi-fi|wpa|psk|netzwerk|network|clé|door|access[ _-]?code|zugangs|zugriffs|toegangs|alarm|gate|kennwort|mot de passe|mdp|contrase|clave|senha|palavra-passe|parola d'ordine|wachtwoord|heslo|şifre|sifre|jelsz|lozinka|geslo|пароль|パスワード|密码|密碼|has|lösenord|salasana|adgangskode|kodeord|geheimzahl|code pin|code |código |kod pin|key ?box|lock ?box|safe|locker|padlock)/;
const pinKeyword =
  /^(?:pin|puk|verificatiecode|verifieringskod|engångskod|einmalcode|codice |kod w|kod j|kod s|código de verificação|disarm|entry|unlock|keypad|one-time code|verification code|security code|2fa code|mfa code|sms code|login code|backup code|recovery code|otp|bestätigungscode|sicherheitscode|code de v|code de s|código de v|código de s|door|access[ _-]?code|zugangs|zugriffs|toegangs|alarm|gate|passcode|geheimzahl|code pin|code |código |kod pin|key ?box|lock ?box|safe|locker|padlock)/;
const placeholder =
  /^(?:\*+|x+|\.+|-+|\?+|<.*|\$[\w:]*(?:\/.*)?|\$[{(].*|%.*%|(?:env|file|fd):.*|stdin|\{.*|!.*|\/.*|~\/.*|\.\/.*|null|none|nil|undefined|true|false|string|str|number|int|required|optional|example|redacted|hidden|your[_-].*|same|below|above|empty|reset|here|there|not|the|a|an|in|on|to|for|and|of|it)$/i;
// `$pw = Read-Host -AsSecureString`, `ConvertTo-SecureString …`: a PowerShell cmdlet reads or builds the secret.
const powerShellCmdlet =
  /^(?:Get|Read|ConvertTo|ConvertFrom|New|Set|Import|Export|Invoke|Select|Out|Write|Add|Test)-[A-Z][A-Za-z]{2,40}$/;
const codeReference = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:[([].*)?$|[([]/;
// `password_file:`, `token_url=`, `secret_name:`: the key names where the secret is, or something about it.
const aboutSecretSuffix =
  /(?:file|path|dir|name|names|env|var|param|ref|id|field|length|len|policy|hash|reset|prompt|label|url|uri|type|expiry|expires|ttl|count|limit|max|min|required|hint)["']?\s*$/i;

// `PASSWORD_RESET_TIMEOUT`, `secret_version`, `api_key_header`, `passwordExpiresAt`: a key whose last word
// measures, dates, names or configures the secret holds that, not the secret. Read by word (snake, kebab or
// camel case), so a short word (`at`, `ms`) ends a key only as its own word and `GITHUB_PAT` keeps its value.
const attributeWords = new Set(
  (
    "timeout timeouts version versions algorithm algorithms algo alg arn prefix suffix complexity strength " +
    "created updated rotated changed modified issued generated sent at on date dates time timestamp ts " +
    "seconds secs sec ms millis minutes mins hours days weeks age lifetime duration interval period rotation " +
    "format size bits bytes mode scheme encoding hasher hashers hashing header headers provider providers " +
    "store backend source location endpoint issuer audience scope scopes retries attempts tries enabled " +
    "disabled regex pattern rule rules requirement requirements validator validators validation strategy " +
    "manager service class kind status state template chars characters digits charset history reuse " +
    "expiration expire expired lockout threshold storage schema column table index generator helper " +
    "placeholder description desc help message msg error errors title caption tooltip visible visibility " +
    "toggle input form dialog button btn icon page view modal route link"
  ).split(" "),
);

/** Whether the rest of a key after its secret's word ends in a word about the secret rather than the secret. */
function keyNamesAnAttribute(rest: string): boolean {
  const words = rest
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
  const last = words[words.length - 1];
  return last !== undefined && attributeWords.has(last.toLowerCase());
}

// `password_expires_at: 2025-06-30T00:00:00Z`, `secret: arn:aws:secretsmanager:…`: a date says when and an
// ARN says where a secret is kept; neither opens anything.
const dateOrTimestamp =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const resourceName = /^arn:aws[\w-]*:[\w-]+:/;

const environmentRead =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|Deno\.env|ENV\[|env\()/;
const storedSecretPiece =
  /^(?:secret|secrets|password|passwd|pwd|token|key|keys|creds|credentials|apikey|cert)$/;

/** `db-password`, `my-app-secret-name`: lower-case words joined by `-`, `_` or `.`, one of them a secret's word. */
function namesStoredSecret(value: string): boolean {
  if (value.length > 80 || !/^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(value)) return false;
  return value.split(/[-_.]/).some((piece) => storedSecretPiece.test(piece));
}

/**
 * Whether a key's separator runs over a line break to what is no value of it: after `=` nothing on the next
 * line is (an assignment's value ends with its line), and after `:` a next line that is itself a key is not.
 */
function emptyBeforeLineBreak(separator: string, text: string, valueAt: number): boolean {
  const lineBreak = separator.indexOf("\n");
  if (lineBreak === -1) return false;
  if (separator.slice(0, lineBreak).includes("=")) return true;
  return /^[\w.-]{1,64}[ \t]{0,3}(?:=|:(?![/]))/.test(text.slice(valueAt, valueAt + 70));
}

const urlWithoutUser = /^[a-z][a-z0-9+.-]{1,15}:\/\/[^@\s]*$/i;

const meetingJoinLink =
  /(?:zoom\.us|zoomgov\.com)\/(?:j|w|s|wc\/join)\/\d{9,11}\?(?:[\w.-]{1,40}=[\w.-]{0,80}&){0,3}$/;
function findSecretAssignments(text: string, code: boolean): Span[] {
  const spans: Span[] = [];
  assignmentKeywords.lastIndex = 0;
  for (let match = assignmentKeywords.exec(text); match !== null; match = assignmentKeywords.exec(text)) {
    // "Einmalpasswort", "Adminkennwort", "engångslösenord": a compound is read as its last word.
    const keyword = match[0].toLowerCase().replace(compoundPasswordPrefix, "");
    const passwordLike = passwordKeyword.test(keyword);
    const pinLike = pinKeyword.test(keyword);
    // `-field=password`, `type="password"`: the word is a value here, naming a field, not introducing one.
    // `--from-literal=password=…`, `-var=db_password=…`: an option's value that is itself an assignment
    // still introduces one.
    if (
      /=["']?$/.test(text.slice(Math.max(0, match.index - 2), match.index)) &&
      !/^[A-Za-z0-9_]{0,40}=[^\s=]/.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 42),
      )
    )
      continue;
    // `arn:aws:secretsmanager:…:secret:prod/db`: an AWS resource name says where a secret is kept.
    if (
      /(?:^|[\s"'=])arn:aws[\w-]{0,12}:[\w:/.-]{0,160}$/.test(
        text.slice(Math.max(0, match.index - 180), match.index),
      )
    )
      continue;
    let at = match.index + match[0].length;
    let prose = false;
    let spaceOnly = false;
    let separated = false;
    if (keyword === "basic") {
      // `Authorization: Basic dXNlcjpwYXNz`: base64 of `user:password`.
      const credentials = basicCredentialsAt(text, at);
      if (credentials !== undefined) spans.push(credentials);
      continue;
    }
    if (keyword === "bearer") {
      if (text.charAt(at) !== " ") continue;
      at++;
    } else {
      // "GitHub recovery codes", then one code a line.
      const listed = /^(?:backup|recovery) code/.test(keyword) ? codesListedBelow(text, at) : undefined;
      if (listed !== undefined) {
        spans.push(listed);
        assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, listed.end);
        continue;
      }
      assignmentSeparator.lastIndex = at;
      const separator = assignmentSeparator.exec(text);
      if (separator === null) {
        // "Die PIN für die Firmenkarte lautet 4927", "door code for the server room changed to 1232#".
        const statedLater = pinLike ? pinStatedLater(text, at) : undefined;
        if (statedLater !== undefined) {
          spans.push(statedLater);
          assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, statedLater.end);
          continue;
        }
        // "Passwort fürs WLAN: X", "WLAN-Schlüssel fürs Büro: X": a password named by what it opens.
        // Not after "pass" or "pw", which are also verbs and abbreviations ("pass the salt: …").
        // "admin pass for the NAS is …": before a preposition, "pass" and "pw" are the noun.
        const noun =
          (keyword !== "pass" && keyword !== "pw") ||
          /^[ \t](?:for|to|of|on|für|fürs|pour|para|per|voor|do|na)[ \t]/i.test(text.slice(at, at + 8));
        // "the shared secret for the RADIUS server is Rad1us-Shared-77", "token for staging: …": a secret's
        // or token's word is qualified the way a password's is.
        const qualifiedSecret = !passwordLike && secretKeyword.test(keyword);
        let qualified =
          (passwordLike || qualifiedSecret) && noun
            ? qualifiedValueAt(text, at, pinLike, /^(?:backup|recovery) code/.test(keyword))
            : undefined;
        // A token's or key's value mixes both cases and digits ("the token column is user_tokens_2024_v2" names a column).
        if (qualified !== undefined && qualifiedSecret) {
          const told = text.slice(qualified.start, qualified.end);
          if (!(/[a-z]/.test(told) && /[A-Z]/.test(told) && /\d/.test(told)) || readableName(told))
            qualified = undefined;
        }
        if (qualified !== undefined) {
          spans.push(qualified);
          assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, qualified.end);
          continue;
        }
        const changed = passwordLike ? changedToValueAt(text, match.index, at, pinLike) : undefined;
        if (changed !== undefined) {
          spans.push(changed);
          assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, changed.end);
          continue;
        }
        // "card PIN 4821", "one-time password Tmp-8fK2q": said without a colon, of a password,
        // or of a key when what follows is random ("the api key 9fQ…").
        if (text.charAt(at) !== " ") continue;
        spaceOnly = true;
        at++;
      }
      // `SENDGRID_API_KEY=` left empty in an example file: the line below is the next key, not this one's value.
      if (separator !== null && emptyBeforeLineBreak(separator[0], text, at + separator[0].length)) continue;
      if (separator !== null) {
        separated = true;
        // "my password's letmein": the verb cut to `'s` says it as well.
        prose =
          proseVerb.test(separator[0]) || /['’]s\s+$/.test(separator[0]) || verbThenColon.test(separator[0]);
        const rest = separator[0].replace(/\s*(?::=|=>|=|:|\s\p{L}{1,5}\s)\s*$/u, "");
        if (aboutSecretSuffix.test(rest) || keyNamesAnAttribute(rest.replace(/["']$/, ""))) continue;
        // "is"/"was" are how people say it in prose; a password is said that way, and a key or token
        // when what follows is random ("the token is 9fQ2…"), read below.
        if (prose && !passwordLike) spaceOnly = true;
        // "to" is Polish for "is" only after the Polish word: "password to the VPN" is no statement.
        // After a PIN's word it is English too: "change the PIN to 8193" sets one.
        if (
          prose &&
          / to\s{1,3}$/.test(separator[0]) &&
          !keyword.startsWith("has") &&
          !(
            pinLike &&
            /^\d{4,8}(?![\p{L}\p{N}])/u.test(
              text.slice(at + separator[0].length, at + separator[0].length + 9),
            )
          )
        ) {
          // "I changed the password to X": a change verb before the word makes "to" tell the new one.
          const changed = changedToValueAt(text, match.index, at, pinLike);
          if (changed !== undefined) {
            spans.push(changed);
            assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, changed.end);
          }
          continue;
        }
        // "on" and "er" are English words too: only after the Finnish or Scandinavian word do they state one.
        if (
          prose &&
          / (?:on|er)\s{1,3}$/.test(separator[0]) &&
          !/^(?:salasana|adgang|kodeord|passord)/.test(keyword)
        )
          continue;
        at += separator[0].length;
      }
    }
    // `?api_key=…&next=…`: a query parameter's value ends at the next parameter or the fragment.
    const queryParameter = /[?&][\w-]{0,40}$/.test(text.slice(Math.max(0, match.index - 41), match.index));
    // A meeting's join link (`zoom.us/j/845…?pwd=…`) is sent to every invitee: an invitation, not a login.
    if (queryParameter && meetingJoinLink.test(text.slice(Math.max(0, match.index - 120), match.index)))
      continue;
    const read = (pinLike ? groupedCodeAt(text, at) : undefined) ?? secretValueAt(text, at, queryParameter);
    if (read === undefined) continue;
    // "door code 4821#", "gate code 2580*": a keypad's enter key typed after the digits is no part of the code.
    const value =
      pinLike && /^\d{4,8}[#*]$/.test(read.text)
        ? { ...read, end: read.end - 1, text: read.text.slice(0, -1) }
        : read;
    // `passwd --stdin`: a command's option after the word, not its value.
    // `$pw -AsPlainText`, `-Force`: a PowerShell parameter after a variable holding the password.
    if (/^--[a-z]/.test(value.text) || (spaceOnly && /^-[A-Z][A-Za-z]{2,40}$/.test(value.text))) continue;
    // "whose password is this?": told in prose, a question mark ends the question, not a password.
    const mixed = hasMixedClasses(prose ? value.text.replace(/\?+$/, "") : value.text);
    const pin = pinLike && (/^\d{4,8}$/.test(value.text) || /^\d{3,5}[ -]\d{3,5}$/.test(value.text));
    // "the passphrase is correct horse battery staple": plain words, three to six, said to be the password.
    if (passwordLike && !pinLike && separated) {
      const phrase = spacedPassphraseAt(text, value.start);
      if (phrase !== undefined) {
        spans.push(phrase);
        assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, phrase.end);
        continue;
      }
    }
    // "the wifi password is letmein, don't share it": a plain word told after "is" counts when it
    // closes the statement and is no word that describes a password's state ("is wrong", "ist abgelaufen").
    const toldPlain = prose && passwordLike && !pinLike && !mixed && plainPasswordTold(text, value);
    if (prose && !mixed && !pin && !toldPlain) continue;
    if (pinLike && !pin && !mixed) continue;
    // "pin 4471 of the spec", "PIN 3 on the header": a pin of a chip or a document, not a secret number.
    if (spaceOnly && pin && /^[ \t]+(?:of|on|in|at)[ \t]/.test(text.slice(value.end, value.end + 5)))
      continue;
    // "alarm code 2026-12-06": an ISO date after a code's word says when, not what.
    if (pinLike && /^\d{4}-\d{2}-\d{2}$/.test(value.text)) continue;
    if (!passwordLike && /^\d+$/.test(value.text)) continue; // `max_token: 4096` is a setting
    // `XSRF-TOKEN=…`, `csrf_token: …`: a value that stops forged requests opens nothing by itself.
    if (antiForgeryValueAt(text, value.start) || isPublishableKey(value.text)) continue;
    // `${DB_PASSWORD:?must be set}`: a shell expansion's error message, not a value.
    if (value.text.startsWith("?") && /\$\{\w*$/.test(text.slice(Math.max(0, match.index - 40), match.index)))
      continue;
    if (decodesToPlainText(value.text) || isPlaceholderValue(value.text) || isPasswordHash(value.text))
      continue;
    if (dateOrTimestamp.test(value.text) || resourceName.test(value.text)) continue;
    // `proxy_pass http://localhost:3000`, `token_endpoint: https://…`: a URL without a user in it is a
    // location (a URL that carries a password is `password-in-url`'s; a key in its path is a token's).
    if (urlWithoutUser.test(value.text) || pagingValueAt(text, value.start)) continue;
    // Told in words ("the token is 1f9c…"), sixteen hex digits already make a key: a digest is not told that way.
    const toldHex =
      prose && /^[0-9a-f]{16,31}$/i.test(value.text) && /\d/.test(value.text) && /[a-f]/i.test(value.text);
    // Told in words, sixteen to nineteen letters and digits of both cases are a short key ("the sandbox token
    // is Xy7kQ2mZp9LtR4vB"); the entropy test needs twenty characters to tell.
    const toldShortKey =
      prose &&
      /^[A-Za-z0-9_-]{16,19}$/.test(value.text) &&
      /\d/.test(value.text) &&
      /[a-z]/.test(value.text) &&
      /[A-Z]/.test(value.text) &&
      !readableName(value.text);
    if (
      spaceOnly &&
      !passwordLike &&
      !(looksRandom(value.text, relaxedEntropy) || isHexSecret(value.text) || toldHex || toldShortKey)
    )
      continue;
    // Said without a colon, a word only counts with a digit, a symbol inside it or a case change:
    // "Passwort vergessen?" ends in a question mark, not a password.
    const inner = value.text.replace(/[?!.,:;]+$/, "");
    if (spaceOnly && !pin && !(hasMixedClasses(inner) && /[^\p{L}]/u.test(inner) && inner.length >= 6))
      continue;
    if (value.quoted && !mixed && value.text.includes(" ")) continue; // `password: "Enter your password"`
    // `"apiKey": "process.env.API_KEY"`: code reading the secret from the environment, quoted or not.
    if (environmentRead.test(value.text) || powerShellCmdlet.test(value.text)) continue;
    // `secret: my-app-secret-name`, `passwordRef: db-password`: the name a secret is stored under.
    if (namesStoredSecret(value.text)) continue;
    // `os.getenv(`, `config[`: a call or an index cut off at its quote is code reading a secret.
    if (!value.quoted && /^[A-Za-z_$][\w$.]*[([]$/.test(value.text)) continue;
    if (!value.quoted && codeReference.test(value.text)) {
      // `password = user.password`, `token: string`, `secret = getSecret()`: a reference, not a secret.
      // A bare value with digits or symbols in it (`REDIS_PASSWORD=XpT4u1Rs`) is a value, not a name.
      // So is anything after `KEY=` in an environment file, where no expression can stand.
      // `password=nwj7izZ3v6fI_Tc.yc_C`: a dot inside a generated password is no property access; a piece
      // of both cases with digits scattered through it (not an identifier's one number) is the value's own.
      const generatedPiece = value.text
        .split(".")
        .some(
          (piece) =>
            piece.length >= 8 &&
            /\d[^\d]{1,4}\d[^\d]{1,4}\d/.test(piece) &&
            /[a-z]/.test(piece) &&
            /[A-Z]/.test(piece) &&
            !readableName(piece),
        );
      const bareValue =
        (/^[A-Za-z0-9_]+$/.test(value.text) && /\d/.test(value.text) && mixed) ||
        generatedPiece ||
        envFileLine(text, match.index);
      if (code && !bareValue) continue;
      // In prose an unquoted plain word counts only when it ends the line ("password: hunter").
      if (!mixed && !value.endsLine && !toldPlain) continue;
    }
    spans.push(secret(value.start, value.end, "secret-assignment", mixed || pin ? 0.9 : 0.6));
    assignmentKeywords.lastIndex = Math.max(assignmentKeywords.lastIndex, value.end);
  }
  return spans;
}

// Words that say what state a password is in, in the offices' languages: after "is" they describe one
// ("the password is wrong", "das Passwort ist falsch", "le mot de passe est faux"), they do not tell it.
const passwordStateWords = new Set(
  `wrong right correct incorrect invalid valid weak strong secure insecure safe unsafe fine ok okay good bad
  long short blank empty missing unset new old same different known unknown temporary mandatory optional
  visible hidden public private secret unique simple complex easy hard obvious there gone here mine yours his
  hers ours theirs what which whatever unchanged needed required expired locked unlocked active inactive
  enough too also still already now just only really compulsory important relevant necessary arbitrary
  obligatory perfect different current sufficient insufficient present absent consistent secure obscure
  falsch richtig korrekt ungültig gültig abgelaufen leer neu alt geheim sicher unsicher schwach stark kurz lang
  gleich dasselbe derselbe weg gesperrt erforderlich nötig notwendig bekannt unbekannt noch schon
  faux fausse valide invalide expiré expirée vide nouveau nouvelle court courte faible fort forte sécurisé
  obligatoire erroné erronée identique inconnu connu différent
  incorrecta correcta válida inválida válido inválido obligatoria obligatorio débil segura seguro corta corto
  larga largo nueva nuevo vacía vacío errónea igual distinta caducada caducado
  fout verkeerd juist ongeldig geldig verlopen leeg nieuw zwak sterk kort verplicht onjuist hetzelfde
  errata sbagliata corretta scaduta obbligatoria debole vuota nuova uguale
  inválida incorreta correta obrigatória fraca forte expirada vazia nova diferente`
    .split(/\s+/)
    .filter((word) => word !== ""),
);
// Endings of participles and adjectives in those languages ("is required", "ist abgelaufen", "est expirée",
// "es obligatoria", "is verlopen", "ist unverändert"): a password told in a word seldom ends like an adjective.
const adjectiveEnding =
  /^(?:ge|unge|ver|unver)\p{L}{3,}(?:t|d|en)$|(?:ed|ing|able|ible|ful|less|ous|ive|ical|ig|lich|isch|bar|iert|los|é|ée|és|ées|ado|ada|ido|ida|ato|ata|uto|uta|oire|eux|euse)$/u;
// A telling closes its clause ("…is letmein." / "…is letmein, don't share it") or goes on with what
// the password opens ("…is letmein for the guest account").
const closesTelling =
  /^(?:[ \t]*(?:$|\r?\n|[.,;!)]|[-–—][ \t])|[ \t]+(?:for|on|to|für|fürs|pour|para|per|voor|op|na|do)[ \t])/iu;

/**
 * "the wifi password is letmein", "het wachtwoord is fietsbel": a single plain word of letters after the
 * verb is the password when it ends the statement (or goes on with what it opens) and is no word that
 * describes a password's state or a sentence running on ("is the same", "is required", "ist abgelaufen").
 */
function plainPasswordTold(text: string, value: { start: number; end: number; text: string }): boolean {
  const word = value.text;
  if (word.length < 4 || word.length > 24 || !/^\p{L}[\p{Ll}]+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (functionWords.has(lower) || passwordStateWords.has(lower) || adjectiveEnding.test(lower)) return false;
  // "What is the password?" and "is it … ?": a question asks for the password, it does not tell it.
  const after = text.slice(value.end, value.end + 9).replace(/^["'`’”]/, "");
  if (/^[ \t]*\?/.test(after)) return false;
  return closesTelling.test(after);
}

// Japanese and Chinese write the word for password inside a run of their script ("サーバーのパスワードは",
// "服务器的密码是"), where the keyword pattern's word boundary never holds.
const cjkPasswordWord = /パスワード|暗証番号|パスコード|密码|密碼|口令/;
const cjkPasswordStatement =
  /(?:パスワード|暗証番号|パスコード|密码|密碼|口令)[ \t]{0,2}(?:は|:|：|=|＝|是|为|為)[ \t　]{0,3}([^\s、。，,「」]{4,64})/gu;

/** `パスワードは X`, `密码是 X`, `暗証番号：1234`: the value after the word and its particle, verb or colon. */
function findCjkPasswordStatements(text: string): Span[] {
  const spans: Span[] = [];
  cjkPasswordStatement.lastIndex = 0;
  for (let match = cjkPasswordStatement.exec(text); match !== null; match = cjkPasswordStatement.exec(text)) {
    const raw = match[1] ?? "";
    // "です", "。" and the like end the sentence, not the password; it is written in Latin letters and signs.
    const value = /^[\x21-\x7e]+/.exec(raw)?.[0] ?? "";
    const code = /^\d{4,8}$/.test(value) && /暗証番号|パスコード/.test(match[0]);
    if (!code && !(hasMixedClasses(value) && /[^\p{L}]/u.test(value) && value.length >= 6)) continue;
    if (isPlaceholderValue(value) || isPasswordHash(value)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// "the code for the storage room is 4471", "der Code für die Garage lautet 2580", "il codice della porta
// è 9182", "kod do drzwi: 4521": a code named by the door, room or lock it opens. Only places that lock
// count, so "the code for the discount is 4471" does not.
const placeCode =
  /(?<![\p{L}\p{N}])(?:code|codice|código|codigo|kod|koden|koder|combination|combo|kombination|combinaison|combinación|combinazione|combinação)[ \t](?:for|to|of|on|für|fürs|zum|zur|pour|de|du|des|para|per|voor|van|della|dello|dell'|del|da|do|dos|das|till|för|på|od)((?:[ \t]?[\p{L}'’-]{1,20}){1,4})(?:[ \t]?[:=]|[ \t](?:is|is now|ist|lautet|est|c'est|es|è|é|är|er|to|jest|wynosi|=))[ \t]{1,3}(\d{4,8}|\d{1,2}(?:-\d{1,2}){2,3})[#*]?(?=[ \t]*(?:$|[.,;:!?)\n]))(?![.,]\d)/giu;
// "the garage code is 1984", "Türcode 4711#", "de deurcode is 3377", "le digicode c'est 4B27A", "Tresor
// Kombination: 12-34-56", "buzzer code 2207", "Code porte : 1984A": the place and the word for code side by
// side (in either order) or in one compound word.
const compoundPlaceCode =
  /(?<![\p{L}\p{N}])((?:schlüsselkasten|schlüsselbox|schlüsseltresor|schlüsselsafe|boîte à clés|boite à clés|boîte à clé|caja de llaves|cassetta (?:delle|per le) chiavi|sleutelkastje|sleutelkluis|nyckelbox|nyckelskåp|skrytka na klucze)(?:[ -]?(?:code|kod|koden))?|(?:garage|garagen|garagentor|einfahrtstor|haustür|tür|tor|hoftor|porttelefon|alarm|alarmanlage|tresor|schließfach|deur|voordeur|poort|kluis|dörr|dörren|port|porten|larm|kassaskåp|digi|building|front door|gate|door|locker|keypad|key safe|keysafe|lockbox|safe|padlock|lock|shed|storage room|server room|buzzer|intercom|interphone|opener|entry)[ -]?(?:code|codes|kod|koden|combo|combination|kombination)|code[ -](?:porte|portail|entrée|immeuble|bâtiment|alarme|garage|puerta|portal|garaje|porta|portone|cancello))(?:[ \t]?[:=]|[ \t](?:is|is now|ist|lautet|est|c'est|es|är|er|=))?[ \t]{1,3}(\d{4,8}|\d{1,2}(?:-\d{1,2}){2,3}|[0-9A-D]{4,6})[#*]?(?=[ \t]*(?:$|[.,;:!?)\n]))(?![.,]\d)/giu;
// Codes that open nothing: an error's, a program's exit, a discount's, a post code, a country's dialling code.
const codeOfSomethingElse =
  /(?:error|status|exit|return|response|http|source|promo|discount|voucher|coupon|zip|post|postal|area|country|dialling|dialing|qr|bar|fehler|erreur|promo|rabatt)[ \t-]?$/i;
const lockedPlace =
  /(?<![\p{L}])(?:room|door|gate|garage|office|building|safe|locker|cabinet|storage|entrance|lobby|alarm|keypad|shed|cage|server|raum|tür|tor|büro|keller|tresor|schrank|eingang|alarmanlage|garage|porte|portail|salle|bureau|coffre|casier|alarme|puerta|portón|sala|oficina|portal|caja|alarma|garaje|trastero|porta|portone|cancello|stanza|ufficio|cassaforte|allarme|armadietto|portão|cofre|sala|escritório|deur|kamer|kantoor|kluis|poort|drzwi|bramy|furtki|sejfu|biura|szafki|alarmu|dörren|dörr|porten|rummet|kontoret|larmet|kassaskåpet|förrådet|lock|padlock|bike lock|schloss|fahrradschloss|vorhängeschloss|cadenas|candado|lucchetto|hangslot|fietsslot|hänglås|cykellås|kłódki|kłódka|cadeado)(?![\p{L}])/iu;

function findPlaceCodes(text: string): Span[] {
  const spans: Span[] = [];
  placeCode.lastIndex = 0;
  for (let match = placeCode.exec(text); match !== null; match = placeCode.exec(text)) {
    const digits = match[2] ?? "";
    if (!lockedPlace.test(match[1] ?? "")) continue;
    if (codeOfSomethingElse.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const start = match.index + match[0].lastIndexOf(digits);
    spans.push(secret(start, start + digits.length, "secret-assignment", 0.9));
  }
  compoundPlaceCode.lastIndex = 0;
  for (let match = compoundPlaceCode.exec(text); match !== null; match = compoundPlaceCode.exec(text)) {
    const value = match[2] ?? "";
    // Letters A–D are a keypad's (a French digicode's "4B27A"); elsewhere a code of letters is a word.
    const keypadLetters = !/^\d/.test(value) || /[A-D]/.test(value);
    if (
      keypadLetters &&
      (!/^(?:digi|code[ -])/i.test(match[1] ?? "") || (value.match(/\d/g)?.length ?? 0) < 3)
    )
      continue;
    const start = match.index + match[0].lastIndexOf(value);
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// How far after a PIN's word its verb and digits are looked for: a few words naming what it opens.
const pinPhraseWindow = 60;
// "is", "is now", "changed to", "lautet", "est" — a PIN is told, set or changed.
const pinVerb =
  /\s(?:is(?: now)?|was|ist(?: jetzt)?|war|lautet|est|c'est|es|era|è|é|är|to|jest|wynosi|now|jetzt|(?:changed|set|reset|updated) to|(?:geändert|geaendert) (?:auf|zu)|passe à|cambiado a)\s/;

/**
 * A PIN or a code whose word and digits are a few words apart: "the PIN for the company card
 * is 4927". Only four to eight digits count (a keypad's `#` or `*` after them is the enter key),
 * and only within one clause, so "the PIN pad is broken, call 555…" finds nothing.
 */
function pinStatedLater(text: string, at: number): Span | undefined {
  const window = text.slice(at, at + pinPhraseWindow);
  const verb = pinVerb.exec(window);
  if (verb === null || /[.,;:!?\n]/.test(window.slice(0, verb.index))) return undefined;
  const told = window.slice(verb.index + verb[0].length);
  // An access code printed in groups of capitals and digits ("4K9-TQ2-ZP7"): three or four groups, a
  // digit and a letter among them, so a ticket key ("CORE-1182") or a word in capitals is none.
  const grouped =
    /^((?=[A-Z0-9-]{0,23}\d)(?=[A-Z0-9-]{0,23}[A-Z])[A-Z0-9]{3,5}(?:-[A-Z0-9]{3,5}){2,3})(?![\p{L}\p{N}-])/u.exec(
      told,
    );
  const digits = grouped ?? /^(\d{4,8})(?![\p{L}\p{N}/:-]|[.,]\p{N})/u.exec(told);
  const value = digits?.[1];
  if (value === undefined) return undefined;
  const start = at + verb.index + verb[0].length;
  return secret(start, start + value.length, "secret-assignment", 0.9);
}

// One to five words between a password's word and its colon ("for the VPN", "fürs Büro"), or its
// verb ("van de printer is", "do serwera to", "del router es", "für den Drucker lautet").
// A word of the qualifier may be an address or a host ("for noreply@", "für ops@example.com", "on db01.internal"):
// `@` and dots inside it, never a dot ending it (a sentence's full stop).
const qualifierThenColon =
  /(?:[ \t][\p{L}\p{N}'’@_-](?:[\p{L}\p{N}'’@._-]{0,38}[\p{L}\p{N}'’@_-])?){1,5}[ \t]?(?::|→|->|=>|=(?!=))[ \t]{0,3}/uy;
const qualifierThenVerb =
  /(?:[ \t][\p{L}\p{N}'’@_-](?:[\p{L}\p{N}'’@._-]{0,38}[\p{L}\p{N}'’@_-])?){1,5}?[ \t](?:is|is now|was|ist|lautet|est|c'est|es|era|è|é|är|er|on|to|jest|wynosi|je|now|(?:changed|set|reset) to|(?:geändert|geaendert) (?:auf|zu)|passe à|cambiad[ao] a)[ \t]{1,3}/uy;

/**
 * `password for the VPN: X`: the value after the colon counts when it is shaped like a password
 * (mixed classes, or a passphrase of hyphenated words), or, after a PIN's word, four to eight digits.
 */
const identityProvider =
  /^(?:okta|sso|ldap|entra|azure|duo|onelogin|keycloak|auth0|jumpcloud|ping|pingid|google|microsoft|active directory|ad|saml|kerberos|shibboleth)$/i;

function qualifiedValueAt(
  text: string,
  at: number,
  pinLike: boolean,
  recoveryLike = false,
): Span | undefined {
  qualifierThenColon.lastIndex = at;
  let qualifier = qualifierThenColon.exec(text);
  if (qualifier === null && !pinLike) {
    qualifierThenVerb.lastIndex = at;
    qualifier = qualifierThenVerb.exec(text);
    // A full stop or a comma ends the clause; a dot inside a host's or an address's name does not.
    if (qualifier !== null && /[,;:!?\n]|\.(?![\p{L}\p{N}])/u.test(qualifier[0])) qualifier = null;
    const phrase = qualifier === null ? undefined : spacedPassphraseAt(text, at + qualifier[0].length);
    if (phrase !== undefined && qualifier?.[0].split(/[ \t]+/).every((word) => !aboutSecretWord.test(word)))
      return phrase;
    // Told with a verb, a word joined by a hyphen is an adjective ("is SSO-based", "is MFA-protected"):
    // the value needs a digit or another sign to be a password.
    if (qualifier !== null) {
      const told = secretValueAt(text, at + qualifier[0].length);
      if (told === undefined) return undefined;
      if (
        !/\d|[^\p{L}\d'’-]/u.test(told.text) &&
        !plainPasswordTold(text, told) &&
        !randomCaseWord(told.text)
      )
        return undefined;
    }
  }
  if (qualifier === null || qualifier[0].split(/[ \t:]+/).some((word) => aboutSecretWord.test(word)))
    return undefined;
  const value = secretValueAt(text, at + qualifier[0].length);
  if (value === undefined || isPlaceholderValue(value.text) || decodesToPlainText(value.text))
    return undefined;
  // `secret generic app --from-literal=DB_PASSWORD=…`: what follows is an assignment of its own, read by its key.
  if (/^[A-Za-z_][\w.-]{0,40}=/.test(value.text)) return undefined;
  // `password for user = getPassword()`, `= config.db.pass`: after `=` code may read a secret instead.
  if (
    /=[ \t]*$/.test(qualifier[0]) &&
    (/[([]/.test(value.text) || /^[A-Za-z_$][\w$]*\.[\w$.]+$/.test(value.text))
  )
    return undefined;
  if (recoveryLike && recoveryCodeShape.test(value.text))
    return secret(value.start, value.end, "secret-assignment", 0.9);
  const shaped = pinLike
    ? /^\d{4,8}$/.test(value.text)
    : (hasMixedClasses(value.text) && /[^\p{L}]/u.test(value.text)) ||
      passphrase.test(value.text) ||
      randomCaseWord(value.text);
  // "Passwort fürs WLAN: sonnenschein", "pass for guest acct -> bluemoon", "a senha nova é girassol": after
  // a colon, an arrow or a verb a plain word is told the way it is after "is", closing the clause and
  // describing nothing.
  // After a colon an identity provider or directory names where the password is kept ("password for the
  // VPN: Okta", "pw for the wiki: LDAP"), the one the user signs in with everywhere, not a password.
  const named = identityProvider.test(value.text) && /[:→>=][ \t]*$/.test(qualifier[0]);
  const plainAfterColon = !pinLike && !shaped && !named && plainPasswordTold(text, value);
  if (plainAfterColon) return secret(value.start, value.end, "secret-assignment", 0.6);
  if (!shaped || /^\d[\d.,:/-]*$/.test(value.text) !== pinLike) return undefined;
  return secret(value.start, value.end, "secret-assignment", 0.9);
}

// "I changed the password to X", "j'ai changé le mdp en X", "mudei a senha para X", "zmieniłem hasło na X",
// "jag bytte lösenordet till X", "ik heb het wachtwoord veranderd naar X": a verb of changing before the
// word (or right after it) and the word for "to" before the value.
const changeVerb =
  /(?<![\p{L}])(?:chang|reset|set|updat|changé|modifié|mis|réinitialisé|cambi|mudei|alterei|troquei|redefini|zmieni|ustawi|bytt|ändrade|satte|veranderd|gewijzigd|aangepast|gereset)\p{L}*/iu;
const changedTo =
  /^(?:[ \t](?:veranderd|gewijzigd|aangepast|gereset|changed|reset|set|updated))?[ \t](?:to|en|a|para|na|till|naar|in|op)[ \t]{1,3}/iu;

function changedToValueAt(text: string, keywordAt: number, at: number, pinLike: boolean): Span | undefined {
  const before = text.slice(Math.max(0, keywordAt - 40), keywordAt);
  const preposition = changedTo.exec(text.slice(at, at + 24));
  if (preposition === null || !(changeVerb.test(before) || /^[ \t]\p{L}{4,}[ \t]/u.test(preposition[0])))
    return undefined;
  const value = secretValueAt(text, at + preposition[0].length);
  if (value === undefined || isPlaceholderValue(value.text) || isPasswordHash(value.text)) return undefined;
  const shaped = pinLike
    ? /^\d{4,8}$/.test(value.text)
    : hasMixedClasses(value.text) && /[^\p{L}]/u.test(value.text) && value.text.length >= 6;
  // "change the password to VPN-2024 before Friday" names what the password is for; a password told
  // there ends its clause or reads as random (a sign among letters, a case change inside a word).
  const random = /[!#$%&*?^~+=@]/.test(value.text) || /\p{Ll}\p{Lu}/u.test(value.text);
  const endsClause = /^[ \t]*(?:$|[.,;!?)\n])/.test(text.slice(value.end, value.end + 4));
  if (!shaped || !(endsClause || random || pinLike)) return undefined;
  return secret(value.start, value.end, "secret-assignment", 0.9);
}

const maxListedCodes = 16;

/**
 * "GitHub recovery codes" and, one a line below it, the codes as the service printed them
 * ("abcde-12345", "4829 1736", "48213957"): the list under its heading, first code to last.
 */
function codesListedBelow(text: string, at: number): Span | undefined {
  // The heading's line may go on ("… codes. Store them safely:", "… codes for GitHub (10)").
  const heading = /^[^\n]{0,80}?\n/.exec(text.slice(at, at + 82));
  if (heading === null) return undefined;
  let position = at + heading[0].length;
  let first = -1;
  let last = -1;
  // Random groups of five letters and digits have no digit one time in twenty-five: such a code at the top
  // of the list ("elbsg-xvbtk") is held until a code that is surely one follows it.
  let pending = -1;
  for (let line = 0; line < maxListedCodes && position < text.length; line++) {
    const lineEnd = text.indexOf("\n", position);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const raw = text.slice(position, end);
    // Services print their codes one a line or in two to four columns ("9f2k7-m3x8q   4hq2w-x8k3d"),
    // columns set apart by a tab or two spaces; a single space joins the two groups of one code.
    const cells = raw.trim().split(/\t|[ \t]{2,}/);
    if (cells.length > 4) break;
    const codes = cells.map((cell) => cell.replace(/^(?:[-*•]|\d{1,2}[.)])[ \t]+/, ""));
    // A code of letters alone counts below or beside a code that is surely one.
    const besideAnother = first !== -1 || codes.some((code) => listedCodeShape(code, false));
    if (!codes.every((code) => listedCodeShape(code, besideAnother))) {
      if (first !== -1 || pending !== -1 || !codes.every((code) => twoGroupCode.test(code))) break;
      pending = position + raw.indexOf(codes[0] ?? "");
      position = end + 1;
      continue;
    }
    if (first === -1) first = pending !== -1 ? pending : position + raw.indexOf(codes[0] ?? "");
    last = position + raw.trimEnd().length;
    position = end + 1;
  }
  return first === -1 ? undefined : secret(first, last, "secret-assignment", 0.9);
}

// Headings of a list of recovery or backup codes in the offices' languages ("Backup codes",
// "Wiederherstellungscodes", "codes de récupération", "códigos de respaldo", "kody zapasowe").
const recoveryCodesHeading =
  /(?<![\p{L}])(?:(?:backup|recovery|two-factor|2fa|mfa|emergency|single-use)[ -]codes?|(?:wiederherstellungs|sicherungs|notfall|backup|herstel|reserve|back-up)-?codes?|codes? de (?:récupération|secours|sauvegarde|secours)|c[oó]digos? de (?:recuperaci[oó]n|respaldo|seguridad|recupera[çc][ãa]o|backup|reserva)|kody (?:zapasowe|odzyskiwania|jednorazowe)|codici (?:di (?:recupero|backup|riserva))|(?:återställnings|reserv|gendannelses|backup)koder|(?:palautus|varmuus)koodit)(?![\p{L}])/giu;
const recoveryCodesGate = /codes|koder|kody|koodit|codici|c[oó]digos|code[ \t]?\n|code:/i;

/**
 * A list of recovery or backup codes under its heading, in any of the offices' languages: below it,
 * one to four a line, or after its colon on the same line, two or more apart ("backup codes: 48219930
 * 11884402 77310092").
 */
function findRecoveryCodeLists(text: string): Span[] {
  const spans: Span[] = [];
  recoveryCodesHeading.lastIndex = 0;
  for (let match = recoveryCodesHeading.exec(text); match !== null; match = recoveryCodesHeading.exec(text)) {
    const at = match.index + match[0].length;
    const listed = codesListedInline(text, at) ?? codesListedBelow(text, at);
    if (listed !== undefined) spans.push(listed);
  }
  return spans;
}

// How many printed codes, one a line, make a list that needs no heading: services print eight to sixteen.
const minUnheadedCodes = 4;

/**
 * Four or more lines in a row, each one code of two random groups ("x2ly1-u0x8q", "9GIP4-9H8DL"), is a
 * list of recovery codes whatever its heading says ("Okta recovery"). Random groups mix letters and
 * digits inside them; ticket keys ("PROJ-1234") and postcodes ("12345-6789") keep letters and digits in
 * groups of their own and are not read as codes.
 */
function findUnheadedCodeLists(text: string): Span[] {
  const spans: Span[] = [];
  let first = -1;
  let last = -1;
  let count = 0;
  let withDigit = 0;
  let mixed = 0;
  // A random group of five has no digit one time in twenty-five: such a code counts among codes that have one.
  const close = () => {
    if (withDigit >= minUnheadedCodes && mixed * 2 >= count)
      spans.push(secret(first, last, "secret-assignment", 0.9));
    first = -1;
    count = 0;
    withDigit = 0;
    mixed = 0;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = lineEnd - lineStart <= 20 ? text.slice(lineStart, lineEnd) : "";
    const code = line.trim();
    if (twoGroupCode.test(code)) {
      if (first === -1) first = lineStart + line.indexOf(code);
      last = lineStart + line.indexOf(code) + code.length;
      count++;
      if (recoveryCodeShape.test(code)) withDigit++;
      if (code.split("-").some((group) => /\d/.test(group) && /[A-Za-z]/.test(group))) mixed++;
    } else close();
    lineStart = lineEnd + 1;
  }
  close();
  return spans;
}

// How far after its heading an inline list of codes is read (sixteen codes and their separators fit).
const maxInlineListChars = 300;

function codesListedInline(text: string, at: number): Span | undefined {
  const lead = /^[ \t]{0,2}[:：=-][ \t]{0,3}/.exec(text.slice(at, at + 8));
  if (lead === null) return undefined;
  const start = at + lead[0].length;
  // The line is read at most `maxInlineListChars` on, whether or not a line break closes it: read to its end,
  // a long line of headings would be split once a heading.
  const window = text.slice(start, start + maxInlineListChars);
  const lineEnd = window.indexOf("\n");
  const line = (lineEnd === -1 ? window : window.slice(0, lineEnd)).trimEnd();
  // Apart by commas, tabs or wider spaces, or, for codes of one group, by one space.
  const listed = [/[ \t]*[,;][ \t]*|[ \t]{2,}|\t/, /[ \t]*[,;][ \t]*|[ \t]+/].some((apart) => {
    const codes = line.split(apart);
    if (codes.length < 2 || codes.length > maxListedCodes) return false;
    const besideAnother = codes.some((code) => listedCodeShape(code, false));
    return codes.every((code) => listedCodeShape(code, besideAnother));
  });
  return listed ? secret(start, start + line.length, "secret-assignment", 0.9) : undefined;
}

/**
 * Services print their codes as two groups, eight digits, or eight to twelve letters and digits in one
 * case ("HFK5FSXRDA"); a code of letters alone counts only below or beside another, so a heading's
 * button ("DOWNLOAD") does not start a list.
 */
const twoGroupCode = /^[a-z0-9]{4,6}-[a-z0-9]{4,6}$|^[A-Z0-9]{4,6}-[A-Z0-9]{4,6}$/;

function listedCodeShape(code: string, belowAnother: boolean): boolean {
  return (
    recoveryCodeShape.test(code) ||
    (belowAnother && twoGroupCode.test(code)) ||
    /^\d{8}$|^\d{4,5}[ -]\d{4,5}$/.test(code) ||
    (/^[A-Z0-9]{8,12}$|^[a-z0-9]{8,12}$/.test(code) && (/\d/.test(code) || belowAnother))
  );
}

// Words that run on a sentence, so a phrase holding one is prose, not a passphrase ("is incorrect for user bob").
const functionWords = new Set(
  "a an the and or but not no nor so too very is are was were be been being has have had do does did to of in on at by for with from into onto over under than then per before after during until that this these those it its as if when while where which who what why how all any some each every my your our their his her me you we they he she them us here there now just only also still yet again ever never always soon later today tomorrow yesterday please thanks incorrect wrong same ask see check use call contact find look get talk ping message request via using different expired reset changed set sent shared stored saved written given".split(
    " ",
  ),
);

/**
 * A passphrase of three to six plain words ("correct horse battery staple") at `at`, running to the
 * end of its line or sentence: the way a diceware passphrase is told. Words that run a sentence on
 * ("is incorrect for user bob", "is the same as before") make it prose.
 */
function spacedPassphraseAt(text: string, at: number): Span | undefined {
  const rest = text.slice(at, at + 90);
  const match = /^[a-z]{3,12}(?: [a-z]{3,12}){2,5}(?=[ \t]*(?:[.!]?[ \t]*(?:\n|$)|[.!] ))/.exec(rest);
  if (match === null) return undefined;
  const words = match[0].split(" ");
  if (words.some((word) => functionWords.has(word))) return undefined;
  return secret(at, at + match[0].length, "secret-assignment", 0.85);
}

// Words that make the phrase about passwords rather than one password ("password policy for…").
const aboutSecretWord =
  /^(?:policy|policies|rules?|requirements?|reset|resets|length|hint|expiry|expires|change|changes|manager|strength|complexity|format|example|e\.g\.|field|prompt)$/i;

// Diceware-style passphrases: three or more words joined by hyphens, often with a number.
const passphrase = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,5}(?:-\d{1,4})?$/;

function secretValueAt(
  text: string,
  at: number,
  queryParameter = false,
): { start: number; end: number; text: string; quoted: boolean; endsLine: boolean } | undefined {
  const quote = text.charAt(at);
  const quoted = quote === '"' || quote === "'" || quote === "`";
  const start = quoted ? at + 1 : at;
  let end = start;
  while (end < text.length && end - start < 256) {
    const char = text.charAt(end);
    if (
      quoted
        ? char === quote
        : /[\s"'`,;)}\]]/.test(char) || (queryParameter && (char === "&" || char === "#"))
    )
      break;
    end++;
  }
  // `sk-...`, `ghp_…`: an elided value, before its dots are read as a full stop.
  if (isPlaceholderValue(text.slice(start, end))) return undefined;
  // A sentence's full stop is not part of the password.
  if (!quoted && end > start && text.charAt(end - 1) === ".") end--;
  const value = text.slice(start, end);
  if (value.length < 4 || placeholder.test(value)) return undefined;
  const rest = text.slice(quoted ? end + 1 : end, (quoted ? end + 1 : end) + 80);
  const endsLine = /^[\s.!]*(?:\n|$)/.test(rest);
  return { start, end, text: value, quoted, endsLine };
}

/** "493 817", "4829-1736": a backup or recovery code printed in two groups, read as one code. */
function groupedCodeAt(text: string, at: number): ReturnType<typeof secretValueAt> {
  const code = /^\d{3,5}[ -]\d{3,5}(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 12));
  if (code === null) return undefined;
  const end = at + code[0].length;
  return {
    start: at,
    end,
    text: code[0],
    quoted: false,
    endsLine: /^[\s.!]*(?:\n|$)/.test(text.slice(end, end + 80)),
  };
}

/** How many times a word's case flips from lower to upper, letter to letter (digits and signs between are skipped). */
export function lowerToUpperFlips(value: string): number {
  let flips = 0;
  let previousLower = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const lower = isLower(code);
    const upper = isUpper(code);
    if (upper && previousLower) flips++;
    if (lower || upper) previousLower = lower;
  }
  return flips;
}

/**
 * "XgAGltoJMGmSNajgmSa": ten letters or more whose case flips at random, three times or more from lower to
 * upper, the way a generator's password does with no digit in it. Names and products flip once or twice
 * ("SharePoint", "McDonaldsFan"), and an identifier's flips leave readable words (`getUserAccountName`).
 */
function randomCaseWord(value: string): boolean {
  return /^[A-Za-z]{10,64}$/.test(value) && lowerToUpperFlips(value) >= 3 && !camelCaseName(value);
}

function hasMixedClasses(value: string): boolean {
  // Accented letters are letters ("oublié"), not symbols.
  let classes = 0;
  if (/\p{Ll}/u.test(value)) classes++;
  if (/\p{Lu}/u.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^\p{L}0-9]/u.test(value)) classes++;
  return classes >= 2 && /[^\p{Ll}]/u.test(value.slice(1));
}

/** `SMTP_PASS=…` at the start of a line, upper-case name, no spaces: a line of an environment file. */
function envFileLine(text: string, keywordAt: number): boolean {
  let start = keywordAt;
  while (start > 0 && text.charAt(start - 1) !== "\n") start--;
  const line = text.slice(start, Math.min(text.length, start + 200));
  return /^(?:export )?[A-Z][A-Z0-9_]*=[^\s=]/.test(line);
}

/**
 * `Basic` and a base64 value that decodes to printable `user:password`: HTTP basic
 * authentication. The decoding is the check, so "Basic plan" or "basic auth" never count.
 */
function basicCredentialsAt(text: string, at: number): Span | undefined {
  if (text.charAt(at) !== " ") return undefined;
  let end = at + 1;
  while (end < text.length && end - at < 512 && /[A-Za-z0-9+/=]/.test(text.charAt(end))) end++;
  const value = text.slice(at + 1, end);
  if (value.length < 8 || isPlaceholderValue(value)) return undefined;
  const decoded = Buffer.from(value, "base64").toString("latin1");
  const colon = decoded.indexOf(":");
  if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return undefined;
  return secret(at + 1, end, "secret-assignment", 0.95);
}

// `PGPASSWORD=…`, `REDISCLI_AUTH=…`, `VAULTTOKEN=…`: environment variables whose name glues a
// prefix to the word, which the keyword pattern (whole words only) does not see. Upper case only.
const gluedSecretNames =
  /(?<![A-Za-z0-9_])[A-Z][A-Z0-9]{0,20}(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|AUTH)(?==)/g;

function findGluedEnvironmentSecrets(text: string): Span[] {
  const spans: Span[] = [];
  gluedSecretNames.lastIndex = 0;
  for (let match = gluedSecretNames.exec(text); match !== null; match = gluedSecretNames.exec(text)) {
    const value = secretValueAt(text, match.index + match[0].length + 1);
    if (value === undefined || decodesToPlainText(value.text) || /^\d+$/.test(value.text)) continue;
    if (!hasMixedClasses(value.text) && value.text.length < 8) continue;
    spans.push(secret(value.start, value.end, "secret-assignment", 0.9));
  }
  return spans;
}

// How far after an AWS access key id its secret access key is looked for.
const awsPairWindow = 200;

/**
 * An AWS secret access key is 40 characters of base64 with no prefix of its own; pasted after
 * its access key id (`AKIA… / wJalr…`) it is certain. Its `/` would split it as a token, so it
 * is read here as one run of base64 characters.
 */
function awsSecretKeysBeside(text: string, tokens: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const key of tokens) {
    if (key.detector !== "aws-access-key") continue;
    const limit = Math.min(text.length, key.end + awsPairWindow);
    let i = key.end;
    while (i < limit) {
      if (!isBase64Char(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isBase64Char(text.charCodeAt(i))) i++;
      const value = text.slice(start, i);
      if (value.length === 40 && /[A-Z]/.test(value) && /[a-z]/.test(value) && !isPlaceholderValue(value)) {
        spans.push(secret(start, i, "aws-secret-key", 0.97));
        break;
      }
    }
  }
  return spans;
}

function isBase64Char(code: number): boolean {
  return isAlnum(code) || code === 43 || code === 47;
}

// A session cookie's value is the login itself: whoever pastes it is signed in as its owner.
const sessionCookieGate = /sess|\.sid=/i;
// Frameworks' own cookie names say what they hold anywhere; a generic `session=` or `session_id=` is one only
// in a cookie (a log line's `session_id=` is usually a correlation id).
const sessionCookie =
  /(?<![\w.-])(?:(JSESSIONID|PHPSESSID|ASP\.NET_SessionId|ASPSESSIONID[A-Z]{0,8}|connect\.sid|laravel_session|[a-z][a-z0-9]{0,20}_session|__Secure-[\w.-]{0,30}session[\w.-]{0,10}|SESS[a-f0-9]{8,32})|sessionid|session_id|sessid|session-token|session_token|session)=([^;\s"'&,]{16,512})/gi;
const cookieContext = /cookie|(?:^|\s)-b\s|;\s/i;

/** `JSESSIONID=…`, `PHPSESSID=…`, `sessionid=…` in a cookie header, a curl `-b` or a browser's storage view. */
function findSessionCookies(text: string): Span[] {
  const spans: Span[] = [];
  sessionCookie.lastIndex = 0;
  for (let match = sessionCookie.exec(text); match !== null; match = sessionCookie.exec(text)) {
    const value = match[2] ?? "";
    if (match[1] === undefined && !cookieContext.test(text)) continue;
    // A server-set id mixes letters and digits; `session=enabled-for-all-users` is a setting, a UUID or a
    // timestamp a log's correlation.
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholderValue(value) || readableName(value))
      continue;
    if (
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ||
      /^\d{4}-\d{2}-\d{2}/.test(value)
    )
      continue;
    const start = match.index + match[0].length - value.length;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// An authenticator's setup key, shown in groups of four base32 characters ("JBSW Y3DP EHPK 3PXP",
// Google's lower-case "r65t ysns …"), told after a two-factor word.
const otpWord = /2fa|mfa|totp|otp|authenticator|authy|two-factor|2-step|zwei-faktor|double authentification/i;
const groupedBase32 =
  /(?<![\p{L}\p{N}])(?:[A-Z2-7]{4} ){3,15}[A-Z2-7]{2,4}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[a-z2-7]{4} ){3,15}[a-z2-7]{2,4}(?![\p{L}\p{N}])/gu;
const otpSeedWord =
  /(?<![\p{L}])(?:seed|secret|key|setup key|schlüssel|geheimnis|clé|clave|chiave|sleutel|nyckel|klucz|chave|code)(?![\p{L}])/iu;

function findGroupedOtpSeeds(text: string): Span[] {
  const spans: Span[] = [];
  groupedBase32.lastIndex = 0;
  for (let match = groupedBase32.exec(text); match !== null; match = groupedBase32.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (!otpWord.test(before) || !otpSeedWord.test(before)) continue;
    // Random base32 shows its digits (2–7) or runs long; four capitalised words in a row do neither.
    const compact = match[0].replace(/ /g, "");
    if (!/[2-7]/.test(compact) && compact.length < 24) continue;
    if (match[0].split(" ").some((group) => functionWords.has(group.toLowerCase()))) continue;
    spans.push(secret(match.index, match.index + match[0].length, "secret-assignment", 0.9));
  }
  return spans;
}

// A wallet's recovery phrase: twelve to twenty-four plain words (BIP-39 words have three to eight
// letters), told after the phrase's name. Whoever has the words has the wallet.
const seedPhraseGate = /phrase|mnemoni|seed|words|frase|herstel|fras|wörter/i;
const seedPhraseName =
  /(?<![\p{L}])(?:(?:seed|recovery|secret recovery|backup|wallet|mnemonic)[ -]?(?:phrase|words)|mnemonic|seedphrase|(?:12|24|twelve|twenty-four)[ -]words?|wiederherstellungsphrase|phrase (?:de récupération|secrète|mnémonique)|frase (?:semilla|semente|de recuperación|de recuperação|di recupero|segreta)|herstelzin|herstelwoorden|återställningsfras|fraza (?:odzyskiwania|seed)|(?:12|24) wörter)(?![\p{L}])/giu;
const minSeedWords = 12;
const walletWord =
  /wallet|ledger|trezor|metamask|seed|crypto|bitcoin|btc|eth|phantom|exodus|recovery|backup|wiederherstell/i;

function findSeedPhrases(text: string): Span[] {
  const spans: Span[] = [];
  seedPhraseName.lastIndex = 0;
  for (let match = seedPhraseName.exec(text); match !== null; match = seedPhraseName.exec(text)) {
    // "12 words" names a phrase only where a wallet is spoken of.
    if (/^(?:12|24|twelve|twenty)/i.test(match[0]) && !walletWord.test(text)) continue;
    const from = match.index + match[0].length;
    const window = text.slice(from, from + 400);
    const words = /[^\s]+/g;
    let first = -1;
    let last = -1;
    let count = 0;
    let skipped = 0;
    for (let word = words.exec(window); word !== null; word = words.exec(window)) {
      const token = word[0];
      // "1." "2)" "3:" number the words of a written-down phrase.
      if (/^\d{1,2}[.):]?$/.test(token)) continue;
      const bare = token.replace(/[,;]$/, "");
      // BIP-39 words are written in lower case; a list of capitalised nouns is vocabulary, not a phrase.
      if (
        (count === 0 ? /^[A-Za-z][a-z]{2,7}$/ : /^[a-z]{3,8}$/).test(bare) &&
        !functionWords.has(bare.toLowerCase())
      ) {
        if (first === -1) first = word.index;
        last = word.index + bare.length;
        count++;
        continue;
      }
      if (count >= minSeedWords) break;
      // Before the words start: "is", "for my wallet:", "(24 words):".
      if (count > 0 || ++skipped > 5) {
        count = 0;
        first = -1;
        if (skipped > 5) break;
      }
    }
    if (count < minSeedWords || first === -1) continue;
    spans.push(secret(from + first, from + last, "secret-assignment", 0.9));
    seedPhraseName.lastIndex = from + last;
  }
  return spans;
}

// Incoming-webhook URLs that carry their own key: Microsoft Teams' (`…/IncomingWebhook/<hex>/<id>`) and
// Azure's signed URLs (Logic Apps, storage SAS) whose `sig=` lets anyone who has the URL post or read.
const teamsWebhook =
  /https:\/\/[\w.-]{1,80}\.(?:webhook\.office\.com\/webhookb2|office\.com\/webhook)\/[\w@.-]{20,200}\/IncomingWebhook\/[a-f0-9]{32}\/[\w-]{20,60}(?:\/[\w-]{10,80})?/g;
const signatureParameter = /[?&]sig=([A-Za-z0-9%_+/=-]{30,200})/g;

function findSignedWebhookUrls(text: string): Span[] {
  const spans: Span[] = [];
  teamsWebhook.lastIndex = 0;
  for (let match = teamsWebhook.exec(text); match !== null; match = teamsWebhook.exec(text)) {
    spans.push(secret(match.index, match.index + match[0].length, "provider-token", 0.99));
  }
  if (!/[?&]sv=\d{4}-\d{2}-\d{2}|logic\.azure\.com/.test(text)) return spans;
  signatureParameter.lastIndex = 0;
  for (let match = signatureParameter.exec(text); match !== null; match = signatureParameter.exec(text)) {
    const value = match[1] ?? "";
    if (isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - value.length;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.95));
  }
  return spans;
}

// A BitLocker recovery key: forty-eight digits in eight groups of six, a format nothing else shares.
const bitLockerRecoveryKey = /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/g;

function findBitLockerRecoveryKeys(text: string): Span[] {
  const spans: Span[] = [];
  bitLockerRecoveryKey.lastIndex = 0;
  for (let match = bitLockerRecoveryKey.exec(text); match !== null; match = bitLockerRecoveryKey.exec(text)) {
    spans.push(secret(match.index, match.index + match[0].length, "secret-assignment", 0.95));
  }
  return spans;
}

// A recovery key printed as six to ten hyphenated groups of four to six digits (BitLocker's eight of six,
// FileVault's and vendors' variants): beside a word for a key or recovery, it unlocks a disk or an account.
const groupedDigitKey = /(?<![\d-])\d{4,6}(?:-\d{4,6}){5,9}(?![\d-])/g;
const recoveryKeyWord =
  /(?:recovery|backup|restore|wiederherstellung|récupération|recuperación|recuperação|herstel|återställning|odzyskiw)\p{L}{0,12}[ \t-]?(?:key|schlüssel|clé|clave|chave|sleutel|nyckel|klucz)?|(?:key|schlüssel|clé|clave|chave|sleutel|nyckel|klucz)/iu;

// FileVault's personal recovery key and its kind: six or more hyphenated groups of four to six capitals
// and digits ("K7QZ-4M2P-…"), letters beyond hex and digits mixed through the key.
const groupedAlnumKey = /(?<![A-Z0-9-])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){5,9}(?![A-Z0-9-])/g;

function findGroupedRecoveryKeys(text: string): Span[] {
  const spans: Span[] = [];
  groupedAlnumKey.lastIndex = 0;
  for (let match = groupedAlnumKey.exec(text); match !== null; match = groupedAlnumKey.exec(text)) {
    const key = match[0];
    if ((key.match(/\d/g)?.length ?? 0) < 4 || (key.match(/[A-Z]/g)?.length ?? 0) < 4) continue;
    // Hex groups are a key's fingerprint or id, which name a key without opening anything.
    if (!/[G-Z]/.test(key)) continue;
    if (!recoveryKeyWord.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    spans.push(secret(match.index, match.index + key.length, "secret-assignment", 0.9));
  }
  groupedDigitKey.lastIndex = 0;
  for (let match = groupedDigitKey.exec(text); match !== null; match = groupedDigitKey.exec(text)) {
    if (!recoveryKeyWord.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    spans.push(secret(match.index, match.index + match[0].length, "secret-assignment", 0.9));
  }
  return spans;
}

// Terraform: `variable "db_password" { default = "…" }`, the secret's word in the variable's name and its
// value as the default. The block is read up to its first `}` and at most 400 characters.
const terraformVariable = /variable[ \t]{1,3}"([\w-]{1,64})"[ \t]{0,3}\{/g;
const terraformDefault = /(?:^|\n)[ \t]{0,12}default[ \t]{0,3}=[ \t]{0,3}"([^"\n]{4,256})"/;
const secretVariableName = /pass|pwd|secret|token|api_?key|private_?key|credential/i;

function findTerraformDefaults(text: string): Span[] {
  const spans: Span[] = [];
  terraformVariable.lastIndex = 0;
  for (let match = terraformVariable.exec(text); match !== null; match = terraformVariable.exec(text)) {
    const name = match[1] ?? "";
    if (!secretVariableName.test(name) || aboutSecretSuffix.test(name) || keyNamesAnAttribute(name)) continue;
    const bodyStart = match.index + match[0].length;
    const window = text.slice(bodyStart, bodyStart + 400);
    const close = window.indexOf("}");
    const body = close === -1 ? window : window.slice(0, close);
    const found = terraformDefault.exec(body);
    const value = found?.[1];
    if (found === null || value === undefined) continue;
    if (isPlaceholderValue(value) || placeholder.test(value) || /^\$|\s/.test(value)) continue;
    if (!(hasMixedClasses(value) || looksRandom(value, relaxedEntropy))) continue;
    const start = bodyStart + found.index + found[0].length - value.length - 1;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// The Wi-Fi QR code's text (`WIFI:T:WPA;S:Office;P:…;;`), which phones and password managers copy: `P:` holds the key.
const wifiQrPassword = /WIFI:(?:[^;\n]{0,64};){0,6}?P:((?:[^;\\\n]|\\.){1,63});/g;

function findWifiQrPasswords(text: string): Span[] {
  const spans: Span[] = [];
  wifiQrPassword.lastIndex = 0;
  for (let match = wifiQrPassword.exec(text); match !== null; match = wifiQrPassword.exec(text)) {
    const value = match[1] ?? "";
    if (isPlaceholderValue(value) || placeholder.test(value)) continue;
    const start = match.index + match[0].length - value.length - 1;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.95));
  }
  return spans;
}

// An OAuth authorization code in the redirect back to the app (`/callback?code=…&state=…`): whoever
// holds it before the app does can exchange it for the user's tokens.
const oauthCode = /[?&]code=([A-Za-z0-9%/._~-]{20,512})/g;
const oauthRedirect =
  /[?&]state=|[?&]session_state=|\/(?:callback|oauth2?|redirect|authorize|signin-oidc|auth\/[\w-]{2,20})(?:[/?#]|$)/i;

// An Azure Functions URL carries its function key as `?code=…`: whoever has the URL may call the function.
const azureFunctionUrl = /\.azurewebsites\.net\/api\/[\w-]{1,80}\?(?:[\w-]{1,40}=[^&\s]{0,200}&){0,8}code=/i;

function findOAuthCodes(text: string): Span[] {
  if (!oauthRedirect.test(text) && !azureFunctionUrl.test(text)) return [];
  const spans: Span[] = [];
  oauthCode.lastIndex = 0;
  for (let match = oauthCode.exec(text); match !== null; match = oauthCode.exec(text)) {
    const value = match[1] ?? "";
    const letters = value.match(/[A-Za-z]/g)?.length ?? 0;
    const digits = value.match(/\d/g)?.length ?? 0;
    if (letters < 8 || digits < 2 || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - value.length;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// Code that builds a login from literals: `requests.get(url, auth=("svc", "S3cret!"))`, `HTTPBasicAuth("u",
// "p")`, `new NetworkCredential("u", "p")`, `aiohttp.BasicAuth("u", "p")`, and PowerShell's
// `ConvertTo-SecureString 'S3cret!' -AsPlainText`. The second quoted argument, or the plain string, is the password;
// a variable, an environment read or a template there names where it is kept instead.
const credentialCallGate = /auth\s{0,2}=\s{0,2}\(|Auth\(|Credentials?\(|Authentication\(|SecureString/;
const credentialCall =
  /(?:(?<![\w$])auth\s{0,2}=\s{0,2}\(|(?<![\w$])(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth|DigestAuth|HttpBasicAuth|NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|PSCredential)\s{0,2}\()\s{0,2}(["'])[^"'\n]{1,64}\1\s{0,2},\s{0,2}(["'])([^"'\n]{4,128})\2/g;
const plainSecureString =
  /ConvertTo-SecureString\s{1,3}(?:-String\s{1,3})?(["'])([^"'\n]{4,128})\1\s{1,3}-AsPlainText/gi;
const credentialPlaceholder =
  /^(?:password|passwd|pass|secret|changeme|pwd|\*+|x+)$|^<.*>$|\$\{|\{\{|^%.*%$|^\$\w/i;

function findLiteralCredentialArguments(text: string): Span[] {
  const spans: Span[] = [];
  for (const [pattern, group] of [
    [credentialCall, 3],
    [plainSecureString, 2],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = match[group] as string;
      if (credentialPlaceholder.test(value) || isPlaceholderValue(value) || isPasswordHash(value)) continue;
      const start = match.index + match[0].lastIndexOf(`${match[group - 1]}${value}`) + 1;
      spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
    }
  }
  return spans;
}

// A Telegram bot's token: the bot's numeric id, a colon and thirty-five characters starting `AA`. It sits
// in every API call's path (`https://api.telegram.org/bot<token>/sendMessage`).
const telegramBotToken = /(?<![A-Za-z0-9_])(?:bot)?(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g;

function findTelegramBotTokens(text: string): Span[] {
  const spans: Span[] = [];
  telegramBotToken.lastIndex = 0;
  for (let match = telegramBotToken.exec(text); match !== null; match = telegramBotToken.exec(text)) {
    const token = match[1] ?? "";
    if (isPlaceholderValue(token)) continue;
    const start = match.index + match[0].length - token.length;
    spans.push(secret(start, start + token.length, "provider-token", 0.95));
  }
  return spans;
}

// Signed URLs grant whoever holds them access to an object until they expire: S3's presigned URLs
// (`X-Amz-Signature`, and `Signature` with `AWSAccessKeyId`), Google Cloud Storage's (`X-Goog-Signature`,
// `GoogleAccessId`), CloudFront's (`Signature` with `Key-Pair-Id`). The signature is the secret part;
// a temporary session's token may ride along (`X-Amz-Security-Token`).
const signedUrlGate = /Signature=|Security-Token=/i;
const urlSignature =
  /[?&](?:X-Amz-Signature|X-Goog-Signature|Signature|X-Amz-Security-Token)=([A-Za-z0-9%_.~+/=-]{20,4096})/gi;
const signedUrlContext =
  /[?&](?:X-Amz-Credential|X-Goog-Credential|GoogleAccessId|AWSAccessKeyId|Key-Pair-Id|X-Amz-Expires|X-Goog-Expires|Expires)=/i;

function findUrlSignatures(text: string): Span[] {
  if (!signedUrlContext.test(text)) return [];
  const spans: Span[] = [];
  urlSignature.lastIndex = 0;
  for (let match = urlSignature.exec(text); match !== null; match = urlSignature.exec(text)) {
    const value = (match[1] ?? "").replace(/[.,;:!?]+$/, "");
    if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].indexOf("=") + 1;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.95));
  }
  return spans;
}

// Incoming webhooks whose key is a segment of the URL's path: Mattermost and Rocket.Chat (`/hooks/<key>`),
// Netlify's build hooks, IFTTT's (`/with/key/<key>`), and every service that copied them. Whoever has the
// URL can post or start a build. A hook's numeric id (GitHub's settings pages) or a prefixed object id
// (`we_…`) is no key.
const hookPathGate = /\/(?:hooks?|webhooks?|build_hooks|key)\//i;
const hookPathKey =
  /\/(?:hooks?|webhooks?|build_hooks|with\/key|use)\/((?:[A-Za-z0-9]{6,40}\/)?[A-Za-z0-9]{20,80})(?![A-Za-z0-9_-])/gi;

function findHookPathKeys(text: string): Span[] {
  const spans: Span[] = [];
  hookPathKey.lastIndex = 0;
  for (let match = hookPathKey.exec(text); match !== null; match = hookPathKey.exec(text)) {
    const path = match[1] ?? "";
    const key = path.slice(path.lastIndexOf("/") + 1);
    if (!/\d/.test(key) || !/[A-Za-z]/.test(key) || isPlaceholderValue(key)) continue;
    // Inside a URL: its host stands before the path on the same run of characters.
    if (!insideUrl(text, match.index)) continue;
    const start = match.index + match[0].length - path.length;
    spans.push(secret(start, start + path.length, "provider-token", 0.9));
  }
  return spans;
}

// Links that sign someone in or let them set a password, sent once by mail: a password reset, a magic
// link, an invitation, an e-mail confirmation. Their token opens the account to whoever clicks.
const oneTimeLinkGate =
  /reset|magic|passwordless|verify|verification|confirm|activat|invit|set-?password|one-?time|login-?link|sign-?in-?link|oobCode/i;
const oneTimeLinkPath =
  /^(?:[\w-]*(?:reset|recover|magic|passwordless|verify|verification|confirm|activat|invit|set-?password|one-?time|login-?link|sign-?in-?link)[\w-]*|oobCode)$/i;
// Query keys whose values say who, where to or from where, not what opens the account.
const notTheLinkToken =
  /^(?:utm_\w+|e?mail|e|email_?address|user(?:name)?|login|lang|locale|hl|redirect\w*|return\w*|next|continue\w*|ref|referrer|source|src|mode|state|nonce|client_id|response_type|scope|apiKey|campaign\w*|tracking\w*|\w*_id|\w*Id|id)$/;
const urlRun = /[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'`<>]{1,2048}/gi;

function findOneTimeLinkTokens(text: string): Span[] {
  const spans: Span[] = [];
  urlRun.lastIndex = 0;
  for (let url = urlRun.exec(text); url !== null; url = urlRun.exec(text)) {
    const href = url[0];
    const queryAt = href.indexOf("?");
    const pathEnd = queryAt === -1 ? (href.indexOf("#") === -1 ? href.length : href.indexOf("#")) : queryAt;
    const hostEnd = href.indexOf("/", href.indexOf("://") + 3);
    const segments = hostEnd === -1 || hostEnd > pathEnd ? [] : href.slice(hostEnd + 1, pathEnd).split("/");
    const wordAt = segments.findIndex(
      (segment) => oneTimeLinkPath.test(segment) && !namesLinksPerson(segment),
    );
    const named = wordAt !== -1 || /[?&#]oobCode=/.test(href);
    if (!named) continue;
    // The segments after the word: `/reset-password/<token>`, Django's `/reset/<uid>/<token>/`.
    let offset = hostEnd + 1;
    segments.forEach((segment, index) => {
      if (index > wordAt && wordAt !== -1 && oneTimeToken(segment))
        spans.push(secret(url.index + offset, url.index + offset + segment.length, "secret-assignment", 0.9));
      offset += segment.length + 1;
    });
    if (queryAt === -1) continue;
    const parameter = /[?&#]([\w.-]{1,40})=([^&#\s]{1,1024})/g;
    for (let match = parameter.exec(href); match !== null; match = parameter.exec(href)) {
      const key = match[1] ?? "";
      const value = (match[2] ?? "").replace(/[.,;:!?)]+$/, "");
      if (notTheLinkToken.test(key) || !oneTimeToken(value)) continue;
      const start = url.index + match.index + match[0].indexOf("=") + 1;
      spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
    }
  }
  return spans;
}

// `/invitees/<uuid>`, `/scheduled_events/…/invitees/…`: the word of the link's person ("invitee", like
// "employee", "payee") names a collection of people, and what follows it is the record of one of them, not
// a link that opens an account. Read on the word that holds the link's stem, so `/verify-employee/<token>`
// stays a verification link.
const linkStemWord = /(?:reset|recover|magic|verif|confirm|activat|invit)[a-z]*/i;

function namesLinksPerson(segment: string): boolean {
  const word = linkStemWord.exec(segment)?.[0] ?? "";
  return /ees?$/i.test(word);
}

/** A link's token: sixteen or more URL-safe characters with letters and digits, no placeholder or readable name. */
function oneTimeToken(value: string): boolean {
  return (
    value.length >= 16 &&
    value.length <= 1024 &&
    /^[A-Za-z0-9_.~%+=-]+$/.test(value) &&
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    !isPlaceholderValue(value) &&
    !readableName(value) &&
    !decodesToPlainText(value)
  );
}

// Network devices' configurations (Cisco IOS and its imitators, FortiOS): a line's command names the
// secret and the value ends it. A type before the value says how it is stored: 0 (or none) in clear, 7
// in a reversible encoding (as good as clear), 5, 8 and 9 hashed, which open nothing.
const deviceConfigGate =
  /enable (?:secret|password)|username |snmp-server community|server(?: host \S{1,64})? key|key-string|isakmp key|pre-shared-key|set (?:psksecret|password|passwd) /;
const deviceConfigSecret =
  /(?:^|\n)[ \t]{0,12}(?:enable (?:secret|password)|username [\w.@-]{1,64}(?: privilege \d{1,2})? (?:secret|password)|snmp-server community|(?:tacacs|radius)-server(?: host [\w.:-]{1,64})? key|key-string|crypto isakmp key|pre-shared-key(?: ascii-text)?|set (?:psksecret|password|passwd))(?: ([0-9]|ENC))? ([^\s"']{3,128})(?=[ \t\r]|\n|$)/g;
// SNMP's default communities are known to every scanner, not anyone's secret.
const defaultCommunity = /^(?:public|private)$/i;

function findDeviceConfigSecrets(text: string): Span[] {
  const spans: Span[] = [];
  deviceConfigSecret.lastIndex = 0;
  for (let match = deviceConfigSecret.exec(text); match !== null; match = deviceConfigSecret.exec(text)) {
    const type = match[1];
    const value = match[2] ?? "";
    if (type === "5" || type === "8" || type === "9" || isPasswordHash(value)) continue;
    if (defaultCommunity.test(value) || isPlaceholderValue(value) || placeholder.test(value)) continue;
    // "enable password rotation": without a type, a word in one case is a sentence, not a setting.
    if (type === undefined && /^(?:\p{Ll}+|\p{Lu}\p{Ll}*)$/u.test(value)) continue;
    const start = match.index + match[0].length - value.length;
    spans.push(secret(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

// `--set auth.rootPassword=…`, `dbPassword: …`, `clientSecret=…`: camelCase keys whose last word names the
// secret, which the keyword pattern (whole words only) does not see inside them.
const camelSecretGate =
  /[a-z0-9](?:Password|Passwd|Secret|Token|ApiKey|AccessKey|PrivateKey)["']?\s{0,3}[:=]/;
const camelSecretKey =
  /(?<![A-Za-z0-9_])[a-z][A-Za-z0-9]{0,30}(?:Password|Passwd|Secret|Token|ApiKey|AccessKey|PrivateKey)["']?\s{0,3}[:=]\s{0,3}/g;

function findCamelCaseSecretKeys(text: string): Span[] {
  const spans: Span[] = [];
  camelSecretKey.lastIndex = 0;
  for (let match = camelSecretKey.exec(text); match !== null; match = camelSecretKey.exec(text)) {
    const value = secretValueAt(text, match.index + match[0].length);
    if (value === undefined || value.text.length < 8) continue;
    // A value with a digit and another class is a value; a name, a call or a path reads one from elsewhere.
    if (!/\d/.test(value.text) || !hasMixedClasses(value.text) || /[.(/$]/.test(value.text)) continue;
    if (isPlaceholderValue(value.text) || isPasswordHash(value.text) || decodesToPlainText(value.text))
      continue;
    if (antiForgeryValueAt(text, value.start) || pagingValueAt(text, value.start)) continue;
    if (isPublishableKey(value.text)) continue;
    spans.push(secret(value.start, value.end, "secret-assignment", 0.9));
  }
  return spans;
}
