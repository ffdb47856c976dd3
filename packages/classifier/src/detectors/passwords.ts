import type { Detector } from "../detection.ts";
import { clampScore, type DetectorName, resolveOverlaps, type Span } from "../span.ts";
import { entropyBitsPerChar, isSpaceCode } from "../text.ts";
import { oneTimeCodeDigits } from "./one-time-codes.ts";
import {
  hurriedSwapsUndone,
  isPasswordHash,
  isPlaceholderValue,
  lowerToUpperFlips,
  withoutPasswordsShownAsExamples,
} from "./secrets.ts";

/**
 * Passwords that no `password=` names: in a connection string
 * (`postgres://app:S3cret@db`), on a command line (`mysql -pS3cret`,
 * `sshpass -p …`, `curl -u user:pass`, `docker login -p …`), and handed over
 * in a sentence about a login or a reset ("I reset it, use Welcome1998$").
 * Each is found by a literal search and read as one whitespace-delimited
 * token, so the cost is linear in the text.
 */
export const findPasswords: Detector = (input) => {
  const text = hurriedSwapsUndone(input);
  const spans: Span[] = [];
  if (text.includes("://")) spans.push(...passwordsInUrls(text));
  if (text.includes(" -")) spans.push(...passwordsOnCommandLines(text));
  if (text.includes("|")) spans.push(...passwordsPipedToStdin(text));
  if (ownSyntaxPasswordCommands.test(text)) spans.push(...passwordsInCommandSyntax(text));
  if (/\bnet user /i.test(text)) spans.push(...windowsNetUserPasswords(text));
  if (/\bnet use /i.test(text)) spans.push(...windowsNetUsePasswords(text));
  if (
    text.length <= maxNoteLength &&
    (text.includes(":") || text.includes(" - ") || / pw | pass /i.test(text))
  )
    spans.push(...serviceCredentialLines(text));
  if (text.includes(":")) spans.push(...pgpassPasswords(text));
  if (text.includes("@")) spans.push(...loginPairs(text));
  if (text.includes("/") && builtInAccount.test(text)) spans.push(...builtInAccountPairs(text));
  if (text.includes(" / ")) spans.push(...namedLoginPairs(text));
  else if (text.includes("/") && text.includes(":")) spans.push(...gluedLoginPairs(text));
  if (text.includes(":")) spans.push(...shortLabelledPairs(text));
  if (text.includes("htpasswd")) spans.push(...htpasswdPasswords(text));
  if (/identified/i.test(text)) spans.push(...sqlIdentifiedBy(text));
  if (appPasswordGate.test(text)) spans.push(...appPasswords(text));
  if (input.profile.digits >= 4 && codeAfterGate.test(text)) spans.push(...codesBeforeTheirWord(text));
  if (text.includes("<")) spans.push(...passwordsInMarkup(text));
  if (text.length <= maxAloneLength) {
    spans.push(...passwordCopiedAlone(text));
    if (input.form === "sign-in") spans.push(...randomPasswordAlone(text));
  }
  if (text.length <= maxPromptTextLength && text.includes("\n") && promptingCommandGate.test(text))
    spans.push(...passwordsAtAPrompt(text));
  if (useVerb.test(text)) spans.push(...passwordsToUse(text));
  if (handOverPhrase.test(text)) spans.push(...passwordsAfterHandOverPhrase(text));
  if (changeVerbGate.test(text)) spans.push(...passwordsChangedTo(text));
  if (namedBackGate.test(text)) spans.push(...passwordsNamedAfterward(text));
  if (text.includes(":")) spans.push(...networkKeysAfterColon(text));
  if (secretNounGate.test(text)) spans.push(...valuesAfterSecretNoun(text));
  if (phraseWordGate.test(text)) spans.push(...passphrasesTold(text));
  if (codeGate.test(text)) spans.push(...codesTold(text));
  if (cjkPasswordGlued.test(text)) spans.push(...valuesGluedToCjkNoun(text));
  if (securityAnswerGate.test(text)) spans.push(...securityAnswers(text));
  if (handOverWords.test(text)) spans.push(...passwordsHandedOver(text));
  else if (text.length <= maxReplyLength) spans.push(...passwordGivenAsReply(text));
  // One password found two ways (`--password X` is also handed over in words) is reported once.
  return resolveOverlaps(withoutPasswordsShownAsExamples(text, spans));
};

function span(start: number, end: number, detector: DetectorName, score: number): Span {
  return { start, end, category: "credential", detector, score: clampScore(score) };
}

/** `scheme://user:password@host`: the password is between the first `:` and the `@` of the authority. */
function passwordsInUrls(text: string): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf("://");
  while (at !== -1) {
    const authorityStart = at + 3;
    let end = authorityStart;
    let colon = -1;
    let atSign = -1;
    while (end < text.length && end - authorityStart < 256) {
      const char = text.charAt(end);
      // A `#` typed unencoded in a password ("svc:Etl#Load2026@sql01") does not start a fragment there.
      if (char === "#" && colon !== -1 && atSign === -1) {
        end++;
        continue;
      }
      if (char === "/" || char === "?" || char === "#" || isSpaceCode(text.charCodeAt(end))) break;
      if (char === ":" && colon === -1 && atSign === -1) colon = end;
      if (char === "@") atSign = end;
      end++;
    }
    if (colon !== -1 && atSign > colon + 1) {
      const password = text.slice(colon + 1, atSign);
      const user = text.slice(authorityStart, colon);
      const host = text.slice(atSign + 1, end);
      if (
        !isPlaceholderValue(password) &&
        !/^(?:password|pass|secret|pwd)$/i.test(password) &&
        !localDefaultLogin(user, password, host)
      ) {
        // Surer than an address: `user:Pa#ss@host` also reads as the address `ss@host`, and the userinfo is a password.
        spans.push(span(colon + 1, atSign, "password-in-url", 0.97));
      }
    }
    at = text.indexOf("://", authorityStart);
  }
  return spans;
}

// A container's or local service's default login, user and password the same (`postgres:postgres`,
// `guest:guest`), on the machine itself: what every quick-start prints, not anyone's secret.
const localHost = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?::\d{1,5})?$/i;

function localDefaultLogin(user: string, password: string, host: string): boolean {
  return user.toLowerCase() === password.toLowerCase() && localHost.test(host);
}

interface Token {
  start: number;
  end: number;
  value: string;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i > start) tokens.push({ start, end: i, value: text.slice(start, i) });
  }
  return tokens;
}

/** Quotes around a shell argument are not part of the password. */
function unquoted(token: Token, from = token.start): Token {
  let start = from;
  let end = token.end;
  const first = token.value.charAt(start - token.start);
  if ((first === "'" || first === '"') && token.value.endsWith(first) && end - start >= 2) {
    start++;
    end--;
  }
  return { start, end, value: token.value.slice(start - token.start, end - token.start) };
}

// Commands whose `-p` takes a password (for others it is a port, a path or a profile).
const passwordFlagCommands =
  /(?:^|[\s;|&(])(?:mysql|mysqldump|mariadb|mysqladmin|sshpass|docker|podman|nerdctl|helm|oras|skopeo|buildah|mongo|mongosh|mongodump|mongorestore|redis-cli|rabbitmqctl|sqlcmd|smbclient|ftp|lftp)(?=\s)/;

// Commands whose password flag is another letter: `sqlcmd -P`, `bcp -P`, `ldapsearch -w`, `mosquitto_pub -P`.
const otherPasswordFlags: ReadonlyMap<string, string> = new Map([
  ["sqlcmd", "-P"],
  ["bcp", "-P"],
  ["ldapsearch", "-w"],
  ["ldapmodify", "-w"],
  ["ldapadd", "-w"],
  ["ldapdelete", "-w"],
  ["ldappasswd", "-w"],
  ["mosquitto_pub", "-P"],
  ["mosquitto_sub", "-P"],
  ["isql", "-P"],
  ["ipmitool", "-P"],
  // `openssl enc -k S3cret`; its `-pass pass:S3cret` is an assignment the secrets detector reads.
  ["openssl", "-k"],
  ["zip", "-P"],
  ["unzip", "-P"],
  // ssh-keygen's new passphrase.
  ["ssh-keygen", "-N"],
]);

function passwordsOnCommandLines(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  const passwordCommand = passwordFlagCommands.test(text);
  // Whether the text runs lftp or a Samba tool, read at most once: a test of the whole text per `-u` or `-U`
  // made a line of repeated `mysql -u root -p orders` quadratic (38 s for 1.6 MB).
  let lftpInText: boolean | undefined;
  let sambaInText: boolean | undefined;
  const runsLftp = () => {
    lftpInText ??= lftpCommand.test(text);
    return lftpInText;
  };
  const runsSamba = () => {
    sambaInText ??= sambaCommand.test(text);
    return sambaInText;
  };
  let otherFlag: string | undefined;
  // After `-u NAME` (`az login -u ops@x.io -p …`, `oc login -u dev -p …`), `-p` is that user's password.
  let userGiven = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (i > 0 && /[;&|]$/.test(tokens[i - 1]?.value ?? "")) {
      userGiven = false;
      otherFlag = undefined;
    }
    otherFlag = otherPasswordFlags.get(token.value.replace(/^.*[\\/]/, "")) ?? otherFlag;
    let value: Token | undefined;
    if (otherFlag !== undefined && token.value === otherFlag) {
      value = next && !next.value.startsWith("-") ? unquoted(next) : undefined;
    } else if (
      token.value === "--password" ||
      token.value === "--pass" ||
      token.value === "--passwd" ||
      // Java's keytool and jarsigner: `-storepass X`, `-keypass X`, `-srcstorepass X`.
      /^-(?:src|dest)?(?:store|key)pass$/.test(token.value)
    ) {
      value = next && !next.value.startsWith("-") ? unquoted(next) : undefined;
    } else if (/^--(?:password|pass|passwd)=./.test(token.value)) {
      // `psql … --password=S3cret`: the value glued to the option by `=`.
      const inner = unquoted(token, token.start + token.value.indexOf("=") + 1);
      value = inner;
    } else if (
      (passwordCommand || (userGiven && token.value === "-p")) &&
      (token.value === "-p" || token.value === "-a" || token.value === "--password-stdin")
    ) {
      // `docker login -p X`, `sshpass -p 'X'`, `redis-cli -a X`; a port or a port mapping is digits.
      if (
        token.value !== "--password-stdin" &&
        next !== undefined &&
        !next.value.startsWith("-") &&
        !/^[\d.:]+(?:\/\w+)?$/.test(next.value) &&
        !mysqladminCommand.test(next.value) &&
        !databaseAfterMysqlPrompt(text, token, next)
      ) {
        value = unquoted(next);
      }
    } else if (
      passwordCommand &&
      token.value.startsWith("-p") &&
      token.value.length > 3 &&
      !token.value.startsWith("--")
    ) {
      // `mysql -pS3cret`: the password is glued to the flag.
      value = unquoted(token, token.start + 2);
    } else if ((token.value === "-U" || token.value === "--user") && next !== undefined && runsSamba()) {
      // `smbclient //fs01/share -U jdoe%S3cret`: Samba's tools join user and password by `%`.
      const inner = unquoted(next);
      const percent = inner.value.indexOf("%");
      if (percent > 0 && percent < inner.value.length - 1) {
        value = { start: inner.start + percent + 1, end: inner.end, value: inner.value.slice(percent + 1) };
      }
    } else if (
      (token.value === "-u" || token.value === "--user" || token.value === "--username") &&
      next !== undefined
    ) {
      userGiven = !next.value.startsWith("-");
      // `curl -u admin:S3cret`: user and password in one argument; `lftp -u user,S3cret` joins them by a comma.
      const inner = unquoted(next);
      const colon = inner.value.indexOf(runsLftp() ? "," : ":");
      if (colon > 0 && colon < inner.value.length - 1) {
        value = { start: inner.start + colon + 1, end: inner.end, value: inner.value.slice(colon + 1) };
      }
    }
    if (value === undefined || value.value.length < 3 || isPlaceholderValue(value.value)) continue;
    if (/^\$|^%|^`/.test(value.value)) continue; // `-p "$DB_PASS"`: a variable, resolved elsewhere
    spans.push(span(value.start, value.end, "password-flag", 0.9));
  }
  return spans;
}

// `mysqladmin -u root -p status`: after a bare `-p` (which prompts) comes mysqladmin's command.
// `mysql -h db -u root -p orders`: the MySQL clients' `-p` never takes the next word (it asks for the password
// at a prompt), so a plain name after it is the database; only a word shaped like a password is read as one.
const mysqlClient =
  /(?:^|[\s;|&(])(?:mysql|mysqldump|mariadb|mariadb-dump|mysqladmin|mysqlcheck|mysqlimport)\s[^;|&\n]{0,300}$/;

function databaseAfterMysqlPrompt(text: string, flag: Token, next: Token): boolean {
  // The line before the flag, at most 320 characters of it: a search back to the line's start would read a
  // long line once per flag.
  const before = text.slice(Math.max(0, flag.start - 320), flag.start);
  if (!mysqlClient.test(before.slice(before.lastIndexOf("\n") + 1))) return false;
  return /^[A-Za-z_][\w$]{0,63}$/.test(next.value) && !(/\d/.test(next.value) && /[A-Z]/.test(next.value));
}

const mysqladminCommand =
  /^(?:status|extended-status|processlist|ping|version|variables|shutdown|reload|refresh|create|drop|kill|password|debug|start-replica|stop-replica|flush-[a-z-]+)$/;
const lftpCommand = /(?:^|[\s;|&(])lftp\s/;
const sambaCommand = /(?:^|[\s;|&(])(?:smbclient|rpcclient|smbcacls|smbget|smbmap|mount\.cifs)\s/;

// Commands that take a password in their own syntax: FreeRDP's `/p:` and WinRS's `-p:`, 7-Zip's and RAR's glued `-p`,
// Oracle's `user/password@db`, RabbitMQ's `add_user NAME PASSWORD`.
const ownSyntaxPasswordCommands =
  /(?:^|[\s;|&(])(?:[\w-]*freerdp[\w-]*|winrs|7z|7za|7zz|rar|unrar|sqlplus|rman|expdp|impdp|sqlldr|rabbitmqctl)(?=\s)/;

function passwordsInCommandSyntax(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  let command = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const name = token.value.replace(/^.*[\\/]/, "").toLowerCase();
    if (
      /^(?:[\w-]*freerdp[\w-]*|winrs|7z|7za|7zz|rar|unrar|sqlplus|rman|expdp|impdp|sqlldr|rabbitmqctl)$/.test(
        name,
      )
    ) {
      command = name;
      continue;
    }
    if (/^[;&|]/.test(token.value)) command = "";
    let value: Token | undefined;
    if (command.includes("freerdp") || command === "winrs") {
      // `xfreerdp /u:Administrator /p:S3cret /v:host`, `winrs -r:srv01 -u:admin -p:S3cret cmd`.
      const option = /^[/-](?:p|password):/i.exec(token.value);
      if (option !== null) value = unquoted(token, token.start + option[0].length);
    } else if (/^(?:7z|7za|7zz|rar|unrar)$/.test(command)) {
      // `7z a -pS3cret archive.7z`: glued only; a bare `-p` asks for it.
      if (token.value.startsWith("-p") && token.value.length > 4) value = unquoted(token, token.start + 2);
    } else if (/^(?:sqlplus|rman|expdp|impdp|sqlldr)$/.test(command) && !token.value.startsWith("-")) {
      // `sqlplus system/S3cret@//db:1521/ORCL`: the first argument is `user/password[@connect]`.
      const login = /^['"]?([\w$#.]{1,30})\/([^@\s/'"]{3,64})(?:@\S*)?['"]?$/.exec(token.value);
      if (login !== null) {
        const password = login[2] ?? "";
        const start = token.start + token.value.indexOf(password, (login[1] ?? "").length);
        value = { start, end: start + password.length, value: password };
      }
      command = "";
    } else if (command === "rabbitmqctl" && /^(?:add_user|change_password)$/.test(token.value)) {
      // `rabbitmqctl add_user NAME PASSWORD`.
      const password = tokens[i + 2];
      if (password !== undefined && !password.value.startsWith("-")) value = unquoted(password);
      command = "";
    }
    if (value === undefined || value.value.length < 3 || isPlaceholderValue(value.value)) continue;
    if (/^[$%`]/.test(value.value)) continue;
    spans.push(span(value.start, value.end, "password-flag", 0.9));
  }
  return spans;
}

// A login's words in the offices' languages too: "der Zugang fürs Portal: …", "accès au portail : …",
// "inloggegevens van het portaal: …", "dane logowania: …".
const handOverWords =
  /(?<![\p{L}\p{N}])(?:password|passwort|mot de passe|mdp|contraseña|contrasena|clave|wachtwoord|hasło|haslo|lösenord|lösenordet|senha|palavra-passe|pw|pwd|login|log in|sign in|reset|temporary|temp|credentials|creds|one-time|otp|wifi|wi-fi|ssid|wlan|zugang|zugangsdaten|anmeldedaten|logindaten|accès|identifiants|acceso|credenciales|accesso|credenziali|toegang|inloggegevens|acesso|credenciais|dostęp|dane logowania|inloggning|inloggningsuppgifter|åtkomst)(?![\p{L}\p{N}])/iu;

/**
 * In a short message about a login or a reset, a word that mixes letters with
 * digits or symbols the way passwords do ("use Welcome1998$"). Identifiers,
 * versions, paths, addresses and URLs are not passwords.
 */
function passwordsHandedOver(text: string): Span[] {
  if (text.length > 400) return [];
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  for (const [index, token] of tokens.entries()) {
    // "wifi Guest-5G key …": the word after "wifi" or "SSID" names the network; the key comes later.
    if (index > 0 && networkWords.test(tokens[index - 1]?.value ?? "") && keyWordAfter(tokens[index + 1]))
      continue;
    const value = token.value.replace(/[.,;:)"']+$/, "").replace(/^["'(]+/, "");
    const start = token.start + token.value.indexOf(value);
    if (!looksLikePassword(value)) continue;
    // "reset password for Office365", "password for db01.internal": after "for" a name made of letters,
    // digits, dots and hyphens is what the password opens, a product or a host ("reset it to Summer2024"
    // tells the new one).
    // "accesso al server Web-Prod01", "toegang tot SharePoint-Site2024", "login failed for svc_Report2024": the
    // same in the other offices' languages, after a machine's noun, and an account's name with an underscore.
    if (
      /^[\p{L}\p{N}._-]+$/u.test(value) &&
      /^(?:for|on|at|für|fürs|zum|zur|auf|pour|au|aux|sur|para|al|voor|tot|naar|op|per|allo|alla|su|ao|do|em|för|till|på|server|serveur|servidor|host|vm|rechner|machine|máquina|macchina)$/i.test(
        tokens[index - 1]?.value ?? "",
      )
    )
      continue;
    // "wifi: Office-5G", "WLAN FritzBox-7590": right after the network's word comes its name; a name
    // has at most hyphens and underscores, a password told there has another sign.
    if (index > 0 && networkWords.test(tokens[index - 1]?.value ?? "") && namedLikeNetwork(value)) continue;
    if (namedLikeNetwork(value) && networkNamedBefore(tokens, index)) continue;
    spans.push(span(start, start + value.length, "password-prose", 0.6));
  }
  return spans;
}

// "use X for the staging box", "try X on the wifi", "nimm X für den Router", "utilise X pour le NAS":
// a verb of using, one password-shaped word, then what it opens or the end of the clause.
// "probier mal X", "versuch's mit X", "prueba con X", "prova con X", "tenta X", "spróbuj X", "testa med X":
// a verb of trying takes a filler word or "with" before the password in most of the offices' languages.
const useVerb =
  /(?<![\p{L}\p{N}])(?:use|try|enter|type|tippe|tipp|teclea|digita|typ|nimm|nehmt|benutze|benutz|verwende|probier|probiere|probiers|versuch|versuche|versuchs|versuch['’]s|utilise|utilisez|essaie|essayez|essaye|tape|usa|usá|prueba|probá|intenta|intentá|introduce|gebruik|probeer|prova|inserisci|użyj|wpisz|spróbuj|använd|testa|brug|bruk|käytä|kullan|použij|tenta|tente|experimenta)(?:[ \t]{1,3}(?:mal|es|es mal|mal mit|mit|con|com|avec|met|eens|het met|z|med))?[ \t]{1,3}(?=\S)/giu;
const useVerbObject =
  /^(?:$|[.!;)]|[ \t]+as[ \t](?:\S{1,12}[ \t]){0,2}(?:password|passwort|pw|pass|mot de passe|contraseña|wachtwoord)|[ \t]+(?:and|then|und|dann|et|puis|y|e|en|en dan|i|och|og)[ \t]+(?:hit|press|click|drück|drücke|klick|appuie|appuyez|pulsa|presiona|premi|druk|klik|naciśnij|tryck|tryk|trykk)(?![\p{L}])|[ \t]+(?:for|on|to|at|with|when|if|until|till|bis|jusqu['’]à|hasta|fino|finché|totdat|tot|tills|dopóki|für|fürs|beim|am|pour|sur|avec|para|en|con|voor|op|bij|per|su|do|na|przy|för|på|til|som)(?![\p{L}\p{N}]))/iu;

/**
 * "use Hunter2024! for the staging box": a verb of using with a word that has both cases, a digit and a
 * sign, the four classes every password rule asks for, followed by what it opens or the clause's end.
 * Versions ("TypeScript5+"), tickets, paths and code do not have all four or are ruled out by shape.
 */
function passwordsToUse(text: string): Span[] {
  if (text.length > 400) return [];
  const spans: Span[] = [];
  useVerb.lastIndex = 0;
  for (let match = useVerb.exec(text); match !== null; match = useVerb.exec(text)) {
    const at = match.index + match[0].length;
    const end = wordEnd(text, at);
    let value = text.slice(at, end).replace(/^["'“‘]|["'”’,:]$/g, "");
    if (value.endsWith(".") && !/[.]{2}$/.test(value)) value = value.slice(0, -1);
    const start = at + (/^["'“‘]/.test(text.charAt(at)) ? 1 : 0);
    // "while I'm on leave use eFlH-Ekdb-NPce": a generator's password has no digit as often as not, but its
    // groups of scrambled case or its signs among letters say what it is.
    if (!fourClassPassword(value) && !generatedInGroups(value) && !randomSignsAndLetters(value)) continue;
    if (
      !useVerbObject.test(text.slice(start + value.length, start + value.length + 12).replace(/^["'”’]/, ""))
    )
      continue;
    spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  return spans;
}

// "here you go: X", "voilà : X", "hier bitte: X", "aquí tienes: X": words that hand something over in a
// message, then one word with both cases, a digit and a sign.
const handOverPhrase =
  /(?<![\p{L}\p{N}])(?:here you go|here you are|here it is|there you go|voilà|voila|hier bitte|bitte schön|bitteschön|aquí tienes|aqui tienes|ecco(?:la|lo)?|alsjeblieft|varsågod)[ \t]*[:,\-–—]?[ \t]{1,3}(?=\S)/giu;

function passwordsAfterHandOverPhrase(text: string): Span[] {
  if (text.length > 400) return [];
  const spans: Span[] = [];
  handOverPhrase.lastIndex = 0;
  for (let match = handOverPhrase.exec(text); match !== null; match = handOverPhrase.exec(text)) {
    const start = match.index + match[0].length;
    const end = wordEnd(text, start);
    const value = text.slice(start, end).replace(/[.,;)"']+$/, "");
    if (fourClassPassword(value)) spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  return spans;
}

// "I changed it to X", "ich hab es auf X geändert", "je l'ai changé en X", "lo cambié a X", "l'ho cambiata in X",
// "ik heb het veranderd naar X", "mudei para X", "zmieniłem na X", "jag bytte det till X": a verb of changing,
// a pronoun pointing back at the password, and the new one after the word for "to".
const changeVerbGate =
  /chang|reset|set|updat|switch|ge[äa]ndert|gesetzt|modifi|mis |cambi|puse|restablec|impostat|veranderd|gewijzigd|aangepast|gezet|mud|alter|troqu|redefin|zmieni|ustawi|bytt|ändrade|satte/i;
const changedTo =
  /(?<![\p{L}])(?:chang|reset|set|updat|switch|changé|modifié|mis|réinitialisé|cambi|puse|restablec|impostat|messo|messa|veranderd|gewijzigd|aangepast|gezet|mud|alter|troqu|redefin|zmieni|ustawi|bytt|ändrade|satte)\p{L}{0,6}(?:[ \t]{1,2}[\p{L}'’]{1,10}){0,3}?[ \t]{1,2}(?:to|zu|en|à|a|in|naar|op|para|na|till|como|come|su)[ \t]{1,3}(?=\S)/giu;
// German puts the verb last: "ich hab es auf X geändert", "auf X zurückgesetzt".
const changedToGerman =
  /(?<![\p{L}])auf[ \t]{1,3}(\S{8,40})[ \t]{1,3}(?:geändert|geaendert|gesetzt|zurückgesetzt|umgestellt)(?![\p{L}])/giu;

function passwordsChangedTo(text: string): Span[] {
  if (text.length > 400) return [];
  const spans: Span[] = [];
  changedTo.lastIndex = 0;
  for (let match = changedTo.exec(text); match !== null; match = changedTo.exec(text)) {
    const start = match.index + match[0].length;
    const value = text.slice(start, wordEnd(text, start)).replace(/[.,;:)"'”’]+$/, "");
    if (fourClassPassword(value)) spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  changedToGerman.lastIndex = 0;
  for (let match = changedToGerman.exec(text); match !== null; match = changedToGerman.exec(text)) {
    const value = match[1] ?? "";
    const start = match.index + match[0].indexOf(value, 3);
    if (fourClassPassword(value)) spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  return spans;
}

// "log in with Fernweh88, that's the new password", "mit Fernweh88 einloggen? Das ist das neue Kennwort",
// "aan met Zonnebloem77, dat is het tijdelijke wachtwoord": a password-shaped word told first, then a
// demonstrative that points back at it and names it a password. The word comes after "with", a verb of
// using, or opens the line; the naming clause follows within a few words.
const namedBackGate =
  /(?:that['’]s|that is|this is|which is|das ist|das war|dat is|dit is|c['’]est|ce sera|es|esa es|esta es|è|questa è|é|essa é|esta é|to)[ \t]/i;
const namedBack =
  /^(?:[ \t]{1,2}[\p{L}-]{1,15}){0,2}?[ \t]{0,2}[,;?!.:–—-]{0,2}[ \t\n]{0,3}(?:that['’]s|that is|this is|which is|das ist|das war|dat is|dit is|c['’]est|ce sera|es|esa es|esta es|è|questa è|é|essa é|esta é|to)[ \t]{1,2}(?:the|my|your|our|his|her|das|dein|mein|unser|Ihr|het|je|mijn|ons|le|ton|votre|mon|la|tu|mi|su|a|sua|minha|a tua)?[ \t]{0,2}(?:[\p{L}-]{2,15}[ \t]{1,2}){0,2}?(?:password|passwort|kennwort|wachtwoord|mot de passe|mdp|contraseña|clave|senha|hasło|haslo|pw|pwd)(?![\p{L}\p{N}-])(?![ \t]+(?:manager|policy|policies|reset|rules?|field|hint|prompt|requirements?)(?![\p{L}]))/iu;
const beforeNamedBack = /^(?:with|mit|met|avec|con|com|z|use|try|nimm|gebruik|utilise|usa|usá|prova)$/i;

function passwordsNamedAfterward(text: string): Span[] {
  if (text.length > 400) return [];
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  for (const [index, token] of tokens.entries()) {
    const value = token.value.replace(/[.,;:?)"'”’]+$/, "").replace(/^["'(“‘]+/, "");
    if (!/\d|[!#$%&*?^~+=@]/.test(value) || !looksLikePassword(value)) continue;
    const previous = tokens[index - 1]?.value ?? "";
    const opensLine = index === 0 || text.slice(tokens[index - 1]?.end ?? 0, token.start).includes("\n");
    if (!opensLine && !beforeNamedBack.test(previous)) continue;
    const start = token.start + token.value.indexOf(value);
    if (!namedBack.test(text.slice(start + value.length, start + value.length + 90))) continue;
    spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  return spans;
}

/** Where the run of non-space characters from `start` ends; a password is at most 64 characters long. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 65 && !isSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

function fourClassPassword(value: string): boolean {
  if (value.length < 8 || value.length > 40 || !looksLikePassword(value)) return false;
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value) || !/[!#$%&*?^~+=@]/.test(value))
    return false;
  // `C++20`, `Node18+`, `TypeScript5+`: a version range or a language ends in `+`; `a!=b1C` is an expression.
  return !/\d\+$|[!=<>]=|\+=|&&|\|\||[:_]|\.\p{L}|\+\+|\p{Lu}&\p{Lu}/u.test(value);
}

// "wifi: tigerlantern43": after the network's word and a colon, one lower-case word run into a number
// and ending the clause. A network's name is written as a name ("Office-5G", "CordonGuest", "NETGEAR42").
const networkKeyAfterColon =
  /(?<![\p{L}\p{N}])(?:wifi|Wifi|WiFi|WIFI|wi-fi|Wi-Fi|WI-FI|wlan|Wlan|WLAN)[ \t]?:[ \t]{0,3}([a-z]{5,24}\d{1,6})(?=[ \t]*(?:$|[\n.,;!)]))/gu;

// "WLAN Halle 3: 680I-87F0-OYKb": a line of a note naming a network (and where it is) before a colon,
// then one value closing the line.
const networkLineValue =
  /^[ \t]{0,8}(?:wifi|wi-fi|wlan)(?:[ \t]{1,2}[\p{L}\d-]{1,20}){0,3}[ \t]?:[ \t]{0,3}(\S{6,40})[ \t]*$/imu;

/**
 * The lower-case word-and-number told after `wifi:` is the network's key, not its name; so is, on a
 * network's line of a note, a value generated in groups of one length ("680I-87F0-OYKb"); a name with
 * a sign is a router's ("FRITZ!Box-7590") and is left alone.
 */
function networkKeysAfterColon(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of linesOf(text)) {
    if (line.text.length > 120) continue;
    const match = networkLineValue.exec(line.text);
    const value = match?.[1];
    if (match === null || value === undefined) continue;
    if (!generatedInGroups(value)) continue;
    const start = line.start + match.index + match[0].lastIndexOf(value);
    spans.push(span(start, start + value.length, "password-prose", 0.7));
  }
  networkKeyAfterColon.lastIndex = 0;
  for (let match = networkKeyAfterColon.exec(text); match !== null; match = networkKeyAfterColon.exec(text)) {
    const value = match[1] ?? "";
    const start = match.index + match[0].length - value.length;
    spans.push(span(start, start + value.length, "password-prose", 0.6));
  }
  return spans;
}

const maxAloneLength = 66;

/**
 * A password copied or typed on its own ("Xk9#mQ2$vLp7" on the clipboard, pasted into a chat box by
 * mistake): one word with lower and upper case, a digit and a sign among them, the four classes every
 * password rule asks for. Hashtags, mentions, versions, paths, addresses and code are not passwords.
 */
function passwordCopiedAlone(text: string): Span[] {
  const value = text.trim();
  if (value.length < 8 || value.length > 40 || /\s/.test(value)) return [];
  if (nameAndYear(value) || generatedInGroups(value) || wordsAndNumberAlone(value)) {
    const start = text.indexOf(value);
    return [span(start, start + value.length, "password-prose", 0.7)];
  }
  if (/^[#@][A-Za-z]/.test(value) || !looksLikePassword(value)) return [];
  if (randomSignsAndLetters(value)) {
    const start = text.indexOf(value);
    return [span(start, start + value.length, "password-prose", 0.7)];
  }
  if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/\d/.test(value) || !/[!#$%&*?^~+=@]/.test(value))
    return [];
  // `a!=b1C`, `x+=Y2z`: an expression; `Re:Q3Plan`, `Q3_Report_Final!`, `Node.js18+`, `C++20`, `R&D2026`:
  // a subject, a file's name, a product or a department, each built of words with their own signs.
  if (/[!=<>]=|\+=|&&|\|\||[:_]|\.\p{L}|\+\+|\p{Lu}&\p{Lu}/u.test(value)) return [];
  const start = text.indexOf(value);
  return [span(start, start + value.length, "password-prose", 0.7)];
}

/**
 * A password copied or typed alone where credentials are kept or asked for (`Surface.form` "sign-in": a
 * password manager, a sign-in page), "5ccsOLLq7FEsOtI" copied from a vault entry: one word of letters and
 * digits whose case flips at random, three times or more from lower to upper. A login name flips once at
 * most ("JohnSmith2024", "MKowalski1"), an address has its `@`.
 */
function randomPasswordAlone(text: string): Span[] {
  const value = text.trim();
  if (value.length < 10 || !/^[A-Za-z0-9!#$%&*?^~+=_.-]+$/.test(value) || !/\d/.test(value)) return [];
  if (lowerToUpperFlips(value) < 3) return [];
  const start = text.indexOf(value);
  return [span(start, start + value.length, "password-prose", 0.8)];
}

// ——— A password typed at the prompt of the command above it ———

const maxPromptTextLength = 2000;
const promptingCommandGate = /(?:ssh|sftp|scp|telnet|sudo|su|kinit|passwd|mysql|psql|login|runas|rdesktop)\b/;
// Commands that ask for a password at a prompt once entered: `ssh ops@bastion`, `sudo -i`, `su -`,
// `mysql -u root -p` (a bare `-p`), `docker login registry.example.org`, `kinit ops@EXAMPLE.ORG`.
const promptingCommand =
  /^[ \t]{0,8}(?:[$#>%][ \t]{1,3})?(?:(?:ssh|sftp|scp|telnet|rdesktop)[ \t]{1,3}[^\n]{0,200}|sudo(?:[ \t]{1,3}[^\n]{0,200})?|su(?:[ \t]{1,3}[\w.-]{1,32}){0,2}|kinit(?:[ \t]{1,3}\S{1,64})?|passwd(?:[ \t]{1,3}\S{1,32})?|runas[ \t]{1,3}[^\n]{0,200}|(?:mysql|mariadb|mysqldump)[ \t]{1,3}[^\n]{0,200}[ \t]-p|(?:docker|podman|helm|npm|az|oc)[ \t]{1,3}(?:registry[ \t]{1,3})?login(?:[ \t]{1,3}[^\n]{0,200})?)[ \t]*$/;

/**
 * "ssh ops@bastion", then on the next line "Herbst2026$": a command that asks for a password at a
 * prompt, and one word alone on the line below it, is the password typed at that prompt (into the
 * wrong window, or copied with its command). The word needs a digit, a sign or both cases; a command
 * (`exit`, `python3`), a prompt's label (`Password:`), a shell's prompt (`root@web01:~#`) or a path is none.
 */
function passwordsAtAPrompt(text: string): Span[] {
  const spans: Span[] = [];
  const lines = linesOf(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!promptingCommand.test((lines[i] as { text: string }).text)) continue;
    const next = lines[i + 1] as { start: number; text: string };
    const value = next.text.trim();
    if (!promptAnswer(value)) continue;
    const start = next.start + next.text.indexOf(value);
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

function promptAnswer(value: string): boolean {
  if (value.length < 6 || value.length > 64 || /\s/.test(value) || /^[-/$~.]/.test(value)) return false;
  // A command or a script: `python3.11`, `run_backup.sh`, `sudo_user`, `docker-compose`.
  if (
    /[:\\()[\]{}<>,]|:\/\/|^[\w.-]+@[\w.-]+$|^[a-z]+[\d.]*$|\.[a-z]{1,4}$/.test(value) ||
    isPlaceholderValue(value)
  )
    return false;
  if (/^[a-z_.-]+$/.test(value)) return false;
  return /\d|[!#$%&*?^~+=@_]/.test(value) || (/\p{Ll}/u.test(value) && /\p{Lu}/u.test(value.slice(1)));
}

// Products named by their year ("Office2019", "Server2022") are looked up, not passwords.
const yearProduct =
  /^(?:windows|office|server|exchange|sharepoint|outlook|excel|word|visio|project|access|studio|ubuntu|sql|autocad|revit|photoshop|acrobat)/i;

/**
 * "Luna2009", "Pelusa.2003", "Bruno_1987!", "Sommer2025": a capitalised word and a year, run together
 * or joined by a dot or an underscore, is the password most people choose: a pet's or a child's name and
 * a birth year, or a season and the year it was set. A word with a recent year that is no season is an
 * event's or a document's name ("Offsite2025", "Report2026"); a product named by its year is none.
 */
function nameAndYear(value: string): boolean {
  const match = /^(\p{Lu}\p{Ll}{2,12})[._]?(19[5-9]\d|20[0-3]\d)[!#$%&*?]?$/u.exec(value);
  if (match === null || yearProduct.test(value)) return false;
  return (match[2] ?? "") < "2020" || seasonWord.test(match[1] ?? "");
}

const seasonWord =
  /^(?:spring|summer|autumn|fall|winter|frühling|fruehling|sommer|herbst|printemps|été|ete|automne|hiver|primavera|verano|otoño|otono|invierno|estate|autunno|inverno|verão|verao|outono|lente|zomer|herfst|wiosna|lato|jesień|jesien|zima|vår|var|höst|host|vinter|kevät|kesä|syksy|talvi)$/iu;

/**
 * "k7qd-mpx4-w2hn": alone in the field, three to five groups of four to six letters and digits of one
 * length, joined by hyphens, a digit and letters in more than one group: how password managers and
 * browsers generate passwords to be typed. A masked card (`xxxx-xxxx-1234`), a card's digits or a
 * slug of words (`team-sync-2024`) is none.
 */
function generatedInGroups(value: string): boolean {
  if (!/^[a-zA-Z0-9]{4,6}(?:-[a-zA-Z0-9]{4,6}){2,4}$/.test(value)) return false;
  const groups = value.split("-");
  const length = groups[0]?.length ?? 0;
  if (!groups.every((group) => group.length === length && !/^(.)\1+$/.test(group))) return false;
  const withLetters = groups.filter((group) => /[a-zA-Z]/.test(group)).length;
  // "jqHK-EyjS-UUGn": letters only, but the case changes inside the groups as no word's does.
  const scrambled = groups.filter((group) => /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(group)).length;
  return (
    (withLetters >= 2 && groups.some((group) => /\d/.test(group) && /[a-zA-Z]/.test(group))) || scrambled >= 2
  );
}

// "velvet-comet-saffron-38": three to five lower-case words and a small number, joined by hyphens, typed
// alone: how password managers make a memorable password. A branch's or a page's slug names work in its
// words (fix, release, notes …) or ends in a year or a ticket's number, and is none.
const passphraseAlone = /^[a-z]{3,10}(?:-[a-z]{3,10}){2,4}-\d{1,3}$/;
const slugWord =
  /^(?:fix|feat|feature|bug|hotfix|release|chore|docs|doc|test|tests|refactor|update|add|remove|main|master|dev|develop|staging|prod|api|web|app|service|team|sync|plan|notes|draft|final|report|page|post|blog|issue|ticket|task|sprint|build|deploy|config|setup|the|and|for|with|how|why|what|new|old)$/;

function wordsAndNumberAlone(value: string): boolean {
  if (!passphraseAlone.test(value)) return false;
  return !value.split("-").some((word) => slugWord.test(word));
}

// "T!&BJFmheADT&Z": twelve or more letters of both cases with two signs or more among them and no word in
// them, spread as a generator spreads characters.
function randomSignsAndLetters(value: string): boolean {
  if (value.length < 12 || /\d/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  if ((value.match(/[!#$%&*?^~+=@]/g) ?? []).length < 2 || !/^[A-Za-z!#$%&*?^~+=@]+$/.test(value))
    return false;
  if (/[a-z]{5}/.test(value) || (value.match(/[A-Z][a-z]{2,}/g) ?? []).length > 1) return false;
  return entropyBitsPerChar(value) >= 3.2;
}

const maxReplyLength = 80;
const reply = /^\s*(?:it'?s|it’s|it is|it was)\s+(\S+?)\.?\s*$/i;

/**
 * "it's Bonjour2021?": the whole message is a reply naming one password-shaped
 * word, the answer to "what's the password?" asked a message earlier. Only
 * the whole message counts, so "it's PR-4821, merged" or prose around the
 * word does not.
 */
function passwordGivenAsReply(text: string): Span[] {
  const match = reply.exec(text);
  const value = match?.[1];
  if (match === null || value === undefined || !looksLikePassword(value)) return [];
  const start = match.index + match[0].lastIndexOf(value);
  return [span(start, start + value.length, "password-prose", 0.6)];
}

function looksLikePassword(value: string): boolean {
  if (value.length < 8 || value.length > 64) return false;
  // `-AsSecureString`, `--no-verify`: a command's option, not a password; `--from-literal=password=…` holds one.
  const option = /^-{1,2}[A-Za-z][\w-]{0,40}(?:[=:](.*))?$/.exec(value);
  if (option !== null) return option[1] !== undefined && looksLikePassword(option[1]);
  // A ticket key or a build name ("CORE-1182", "RC-2") is not a password.
  if (/^[A-Z][A-Z0-9]*-\d+$/.test(value)) return false;
  // Paths, URLs, addresses, versions, file names and code (calls, indexing, assignments) are not passwords.
  // A file's extension has a letter: after a name, a dot and a year ("Kasztan.1988") is how a password ends.
  if (
    /[/\\()[\]{};<>,]|:\/\/|@[\w-]+\.|^v\d|\.(?=\d{0,3}[A-Za-z_])\w{2,4}$/.test(value) ||
    isPlaceholderValue(value)
  )
    return false;
  // `key="DbPassword`, `value='…`: an attribute of markup or an assignment, not a password.
  if (/^[A-Za-z_][\w.-]{0,40}=["']/.test(value)) return false;
  // `DB_PASSWORD=$DB_PASSWORD`, `PASS=%PASS%`: an assignment from a variable names where the password is, not what.
  if (/^[A-Za-z_][\w.-]{0,40}=["']?[$%`]/.test(value)) return false;
  // `PASSWORD_MIN_LENGTH=12`, `LOGIN_RETRIES=5`: in a setting, only the value can be a password.
  const setting = /^[A-Za-z_][\w.-]{0,40}=(.*)$/.exec(value);
  if (setting !== null) return looksLikePassword(setting[1] ?? "");
  // `eu-west-1`, `us-central1-a`, `europe-west4`: a cloud region or zone is a place, named with its compass word.
  if (
    /^[a-z]{2,12}(?:-gov)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:-?\d{1,2})?[a-z]?(?:-[a-z])?$/.test(
      value,
    )
  )
    return false;
  // `fd59:a:e6::e`, `00:1A:2B:3C:4D:5E`: an IPv6 or MAC address in a log line's `ip=` is no password.
  if (/^(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}$/i.test(value)) return false;
  // `postgres:16`, `node:20-alpine`, `db:5432`: an image and its tag or a host and its port, in lower case.
  if (/^[a-z][a-z0-9._/-]{0,40}:v?\d[a-z0-9._-]{0,30}$/.test(value)) return false;
  // `enable_password_reset_v2`, `feature_login_2fa`: a flag's or a column's snake_case name, words and a
  // version at most; a password's words are joined by hyphens or capitals, not underscores.
  if (/^[a-z]{2,}(?:_[a-z]{2,})+(?:_v?\d{1,4}[a-z]{0,2})?$/.test(value)) return false;
  // `req.logIn`, `this.userName`: a member access in code, not a password.
  if (/^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+$/.test(value)) return false;
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /\d/.test(value);
  const symbol = /[^A-Za-z0-9]/.test(value);
  if (!(lower || upper)) return false;
  // `$2b$12$…`, `pbkdf2_sha256$…`: a stored hash of a password, not one. `ConvertTo-SecureString`,
  // `Get-Credential`: a PowerShell cmdlet's Verb-Noun name.
  if (
    isPasswordHash(value) ||
    /^(?:Get|Read|ConvertTo|ConvertFrom|New|Set|Import|Export|Invoke|Select|Out|Write|Add|Test|Remove)-[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,3}$/.test(
      value,
    )
  )
    return false;
  // A leading digit is a date, a size or a version ("2024-Q3-report", "3rd-party", "10x-faster")
  // unless both cases are mixed inside a word or symbols are scattered in ("74e7&EyxqMW22").
  if (/^\d/.test(value) && !(lower && upper && (/[a-z][A-Z]/.test(value) || /[!#$%&*?^~+=@]/.test(value))))
    return false;
  // Without a digit, only a case change inside a word and a symbol ("Tmp-OLlfaArG"), or symbols
  // scattered among letters ("*n@T_^j%_sed"), read as random.
  if (!digit)
    return (
      (symbol &&
        lower &&
        upper &&
        /[a-z][A-Z]/.test(value) &&
        !/^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(value)) ||
      (value.replace(/[^!#$%&*?^~+=@]/g, "").length >= 2 && value.replace(/[^A-Za-z]/g, "").length >= 4)
    );
  const classes = Number(lower) + Number(upper) + Number(digit) + Number(symbol);
  // camelCase or snake_case words with a number ("release2", "api_v2") are names, not passwords.
  return classes >= 3 || (symbol && /[!#$%&*?^~+=]/.test(value));
}

const networkWords = /^(?:wifi|wi-fi|wlan|ssid|network)[:]?$/i;

// "el wifi es MOVISTAR_F5EA", "the wifi network is called Office-5G": between the network's word and
// the name only words that name it (a verb of being or calling, an article, "network").
const networkWordBefore =
  /^(?:wifi|wi-fi|wlan|ssid|network|netzwerk|netz|red|réseau|rete|netwerk|nätverk|sieć|ağ)[:]?$/i;
const namingWord =
  /^(?:is|es|est|c'est|ist|heißt|heisst|è|é|är|jest|called|named|name|nombre|nom|nome|naam|namn|se|llama|chiama|appelle|s'appelle|network|netzwerk|red|réseau|rete|netwerk|:|the|el|la|le|der|das|die|del|de|du|il|het|o|a|our|my|unser|mein|notre|nuestra|nuestro|mi)$/i;

function networkNamedBefore(tokens: readonly Token[], index: number): boolean {
  for (let back = index - 1; back >= 0 && back >= index - 4; back--) {
    const word = tokens[back]?.value ?? "";
    if (networkWordBefore.test(word)) return true;
    if (!namingWord.test(word)) return false;
  }
  return false;
}

function namedLikeNetwork(value: string): boolean {
  return /^[\p{L}\d_-]+$/u.test(value);
}

function keyWordAfter(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    /^(?:key|password|pw|pwd|pass|psk|passphrase|passwort|\/|:)[:]?$/i.test(token.value)
  );
}

// Commands that read a password from standard input, so what is echoed into them is one.
const stdinPasswordReaders =
  /\|\s*(?:sudo\s+(?:-\S+\s+)?-S\b|sudo\s+--stdin\b|chpasswd\b|passwd\s+--stdin\b|\S+(?:\s+\S+){0,6}\s+--password-stdin\b)/;

/** `echo S3cret | sudo -S …`, `echo $X | docker login --password-stdin`, `echo 'u:p' | chpasswd`. */
function passwordsPipedToStdin(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of linesOf(text)) {
    if (line.text.length > 400) continue;
    const pipe = line.text.indexOf("|");
    if (pipe === -1 || !stdinPasswordReaders.test(line.text.slice(pipe, pipe + 200))) continue;
    const echo = /(?:^|[\s;&(])(?:echo|printf)\s+(?:-[ne]+\s+)?(\S[^|]*?)\s*$/.exec(line.text.slice(0, pipe));
    const argument = echo?.[1];
    if (echo === null || argument === undefined) continue;
    let start = line.start + echo.index + echo[0].lastIndexOf(argument);
    let value = argument;
    if (/^(["']).*\1$/.test(value) && value.length >= 2) {
      value = value.slice(1, -1);
      start++;
    }
    // `user:password` for chpasswd: the password is after the colon.
    if (/chpasswd/.test(line.text) && value.includes(":")) {
      const colon = value.indexOf(":");
      start += colon + 1;
      value = value.slice(colon + 1);
    }
    if (value.length < 3 || /^[$%`]/.test(value) || /\s/.test(value) || isPlaceholderValue(value)) continue;
    spans.push(span(start, start + value.length, "password-flag", 0.9));
  }
  return spans;
}

/** `net user NAME PASSWORD [/add]` on Windows; `*` asks for it instead, `/…` are switches. */
function windowsNetUserPasswords(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]?.value.toLowerCase() !== "net" || tokens[i + 1]?.value.toLowerCase() !== "user") continue;
    const password = tokens[i + 3];
    // A lone `*` asks for the password at the prompt; `*F0o…` is a password that starts with one.
    if (password === undefined || password.value === "*" || /^[/$%]/.test(password.value)) continue;
    const value = unquoted(password);
    if (value.value.length < 3 || isPlaceholderValue(value.value)) continue;
    spans.push(span(value.start, value.end, "password-flag", 0.9));
  }
  return spans;
}

/**
 * `net use Z: \\fs01\share S3cret /user:ACME\jdoe`: after the share, the one argument that is no
 * switch (`/user:`, `/persistent:`) is the password; `*` asks for it instead.
 */
function windowsNetUsePasswords(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]?.value.toLowerCase() !== "net" || tokens[i + 1]?.value.toLowerCase() !== "use") continue;
    let share = false;
    for (let j = i + 2; j < tokens.length && j < i + 10; j++) {
      const token = tokens[j] as Token;
      if (/^[;&|]/.test(token.value)) break;
      if (token.value.startsWith("\\\\")) {
        share = true;
        continue;
      }
      if (!share || token.value.startsWith("/") || token.value === "*") continue;
      const value = unquoted(token);
      if (value.value.length >= 3 && !isPlaceholderValue(value.value) && !/^[$%`]/.test(value.value))
        spans.push(span(value.start, value.end, "password-flag", 0.9));
      break;
    }
  }
  return spans;
}

// A note of one's own logins is short: a few lines of "service: password".
const maxNoteLength = 400;
// Services people keep a password for in a note, and the words for a bank or a router at home.
const serviceNames =
  /^(?:gmail|google|outlook|hotmail|yahoo|icloud|apple(?: id)?|microsoft|office ?365|facebook|fb|instagram|insta|twitter|tiktok|snapchat|linkedin|netflix|spotify|disney\+?|hulu|amazon|ebay|paypal|steam|xbox|psn|playstation|nintendo|dropbox|skype|whatsapp|router|bank|banking|online banking|sparkasse|chase|barclays|revolut|n26|santander|ipad|iphone)$/i;
const serviceCredentialLine =
  /^[ \t]*(?:[-*•][ \t]*)?([A-Za-z][\w +.-]{0,20}?)[ \t]*(?::|-|=|–|\bpw\b|\bpass\b)[ \t]{0,3}(\S{6,64})[ \t]*$/i;

const recordWord =
  /^(?:invoice|inv|order|ticket|case|ref|po|season|episode|ep|bestellung|rechnung|auftrag|facture|commande|pedido|factura)(?![a-z])/i;

/**
 * A note of one's own logins, one service a line: "gmail: Tulip#1988", "bank - Marigold77!",
 * "netflix pw Sunset2020". The service's name and a password-shaped value alone on the line say
 * what it is, in a Notes app or pasted anywhere else.
 */
function serviceCredentialLines(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of linesOf(text)) {
    const match = serviceCredentialLine.exec(line.text);
    const service = match?.[1]?.trim() ?? "";
    const value = (match?.[2] ?? "").replace(/[.,;]+$/, "");
    if (match === null || !serviceNames.test(service) || !looksLikePassword(value)) continue;
    // "paypal - Invoice#2231", "netflix - Season2": a record or an episode noted beside the service.
    if (recordWord.test(value)) continue;
    const start = line.start + match[0].lastIndexOf(match[2] ?? "");
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

// A line of a PostgreSQL password file: `hostname:port:database:username:password`, `*` for any.
const pgpassLine = /^[A-Za-z0-9.*_-]{1,253}:(?:\d{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:(\S{1,128})$/;

function pgpassPasswords(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of linesOf(text)) {
    const trimmed = line.text.trim();
    if (trimmed.length > 600) continue;
    const match = pgpassLine.exec(trimmed);
    const value = match?.[1];
    if (match === null || value === undefined || isPlaceholderValue(value) || value === "*") continue;
    const start = line.start + line.text.indexOf(trimmed) + trimmed.length - value.length;
    spans.push(span(start, start + value.length, "secret-assignment", 0.9));
  }
  return spans;
}

function linesOf(text: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

// Between a login and its password: "a@b.io / S3cret", "a@b.io pw S3cret" say it is a password;
// "a@b.io and S3cret", "a@b.io S3cret" only do in a text about access.
const passwordSeparators = /^(?:\/|pw|pwd|pass|password|passwort|mdp|:|\|)$/i;
const joiningSeparators = /^(?:and|,|->|\+|y|et|und)$/i;
const accessWords =
  /(?<![\p{L}\p{N}])(?:login|log in|logins|creds|credentials?|account|portal|sign in|signin|username|user|tenant|access|acceso|zugang|identifiants)(?![\p{L}\p{N}])/iu;

/**
 * A login handed over with its password: an email address, a separator word or sign, and a
 * password-shaped word ("vendor portal -> ana@x.io / kk3m$Sl1ogV17"). The word after the address
 * is the secret; the address is the account it opens (see `opensWithPassword`).
 */
function loginPairs(text: string): Span[] {
  return loginPairsWithLogins(text).map((pair) => pair.password);
}

function loginPairsWithLogins(text: string): { login: Token; password: Span }[] {
  if (text.length > 600) return [];
  const pairs: { login: Token; password: Span }[] = [];
  const tokens = tokensOf(text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const login = tokens[i]?.value ?? "";
    if (!/^[^@\s]{1,64}@[\w.-]{1,253}\.[A-Za-z]{2,}[,;]?$/.test(login)) continue;
    let next = tokens[i + 1];
    const said = next !== undefined && passwordSeparators.test(next.value);
    if (next !== undefined && (said || joiningSeparators.test(next.value))) next = tokens[i + 2];
    if (next === undefined || !(said || accessWords.test(text))) continue;
    const value = next.value.replace(/[.,;)"']+$/, "").replace(/^["'(]+/, "");
    // A passphrase of plain words ("harbor-violet-cobalt-55") counts only when called a password.
    if (!looksLikePassword(value) && !(said && passphraseShape.test(value))) continue;
    const start = next.start + next.value.indexOf(value);
    pairs.push({
      login: tokens[i] as Token,
      password: span(start, start + value.length, "password-prose", 0.8),
    });
  }
  return pairs;
}

// The option before a command's user, and before its host: `-u NAME`, `--user=NAME`, `-h HOST`, `--host=HOST`.
const userOption = /(?:^|\s)(?:-u|-U|--user|--username|-l|--login)[\s=]['"]?$/;
const hostOption = /(?:^|\s)(?:-h|-H|--host|--hostname|--server)[\s=]['"]?$|@$/;
// A connection string's server and user keys: `Server=10.0.0.5;User Id=app;Password=…`.
const connectionKey =
  /(?:^|;)\s{0,2}(?:server|host|data source|address|addr|user id|uid|user|username)\s{0,2}=\s{0,2}$/i;
const connectionPassword = /(?:^|;)\s{0,2}(?:password|pwd)\s{0,2}=\s{0,2}[^;\s]/i;

/**
 * Whether `[start, end)` names the account or the server a password in the same text opens: the
 * address of a login handed over with its password ("ana@x.io / kk3m$Sl1ogV17"), the user or host
 * of a command line that carries a password (`az login -u ops@x.io -p …`, `mysql -h 10.0.0.5 -u app
 * -pS3cret`, `sshpass -p … ssh root@10.0.0.5`), or the server of a connection string with its
 * password. The field is dropped for the password; the login and host are part of that credential,
 * not contact data or a network trace of their own.
 */
export function opensWithPassword(text: string, start: number, end: number): boolean {
  if (text.length > 600) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (connectionKey.test(before) && connectionPassword.test(text)) return true;
  if ((userOption.test(before) || hostOption.test(before)) && text.includes(" -")) {
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const lineEnd = text.indexOf("\n", end);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (passwordsOnCommandLines(line).length > 0) return true;
  }
  return loginPairsWithLogins(text).some((pair) => pair.login.start <= start && end <= pair.login.end);
}

// Diceware-style passphrases: three or more words joined by hyphens, often with a number.
const passphraseShape = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,5}(?:-\d{1,4})?$/;

// "the login for staging is deploy / …", "creds: admin / …": a word naming a login, then (in the same
// clause) a user name, a spaced slash and the password.
const loginWordThenPair =
  /(?<![\p{L}\p{N}])(?:login|logins|creds|credentials|username|user name|user\/pass|user\/pw|u\/p|admin|account|zugangsdaten|zugang|anmeldedaten|identifiants|credenciales|credenziali|credenciais|acceso|accesso|inloggegevens|inloggningsuppgifter|dane logowania)(?![\p{L}\p{N}])(?:[^.;!?\n/]{0,40}?(?:\s(?:is|are|ist|sont|son|es)\s|:\s?)|\s)([A-Za-z][\w.-]{1,31}) \/ (\S{1,64})/giu;

// A remote desktop, console or box named before the pair ("RDP to 10.0.4.12 as Administrator / …", "vnc:
// kiosk-3 admin / …"): a host's dots do not end the clause there, a full stop and a space do.
const remoteLoginThenPair =
  /(?<![\p{L}\p{N}])(?:rdp|vnc|ssh|sftp|ftp|vpn|router|nas|ipmi|idrac|ilo|kvm|console|teamviewer|anydesk)(?![\p{L}\p{N}])(?:[^.;!?\n/]|\.(?!\s)){0,60}?[\s:]([A-Za-z][\w.\\-]{1,31}) \/ (\S{1,64})/giu;

/**
 * A user name and its password written as `user / password` after a word naming a login. The
 * pair is named a login, so the password may be plain letters and digits ("pepperfalcon1957"),
 * which alone would read as a release name; it still needs a digit or symbol beside its letters.
 */
function namedLoginPairs(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  remoteLoginThenPair.lastIndex = 0;
  for (let match = remoteLoginThenPair.exec(text); match !== null; match = remoteLoginThenPair.exec(text)) {
    const raw = match[2] ?? "";
    const value = raw.replace(/[.,;:)"']+$/, "");
    // After a host, "ssh into prod / staging2 is fine" and "wiki / Network-2026 page" are places; a password
    // there ends its clause or reads as random (a sign among letters and digits, a case change inside).
    const endsClause = /^[\s]*(?:$|[.,;!?)\n])/.test(
      text.slice(match.index + match[0].length - raw.length + value.length),
    );
    const random =
      /[!#$%&*?^~+=@]/.test(value) || (/\d/.test(value) && /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value));
    if (!looksLikePassword(value) || !(endsClause || random)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  loginWordThenPair.lastIndex = 0;
  for (let match = loginWordThenPair.exec(text); match !== null; match = loginWordThenPair.exec(text)) {
    const raw = match[2] ?? "";
    const value = raw.replace(/[.,;:)"']+$/, "");
    if (value.length < 8 || !/\p{L}/u.test(value) || !/[^\p{L}]/u.test(value) || isPlaceholderValue(value))
      continue;
    // A file name ends in an extension of letters; "zebra.paper.anchor.54" ends in its number.
    if (/[/\\()[\]{}<>]|:\/\/|^v?\d+(?:\.\d+)+$|\.[A-Za-z]\w{1,3}$/.test(value)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

// "admin / Pa55w0rd! on the switch", "root/Tr0ub4dor&3 for the iLO": the built-in accounts of devices and
// databases are logins by their names, so the slash after one pairs it with its password.
const builtInAccount =
  /(?<![\p{L}\p{N}/.~-])(?:admin|administrator|root|sa|postgres|guest|pi|ubnt|superuser|sysadmin)[ \t]?\/[ \t]?(?=\S)/giu;

/**
 * The password after a built-in account's name and a slash: it needs both cases, a digit and a sign,
 * or, after a spaced slash, is a name and a year (`admin / Pelusa_2008`).
 */
function builtInAccountPairs(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  builtInAccount.lastIndex = 0;
  for (let match = builtInAccount.exec(text); match !== null; match = builtInAccount.exec(text)) {
    const start = match.index + match[0].length;
    const end = wordEnd(text, start);
    const value = text.slice(start, end).replace(/[.,;:)"']+$/, "");
    // A name and a year only after a spaced slash: glued (`root/Reports2024`) it is a path's folder.
    if (!fourClassPassword(value) && !(nameAndYear(value) && match[0].endsWith(" "))) continue;
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

// "creds: admin/admin123", "Zugangsdaten: kiosk/Theke2024": after a login's word and its colon, a user
// and a password joined by a slash with no spaces, closing the clause.
const gluedLoginPair =
  /(?<![\p{L}\p{N}])(?:login|logins|creds|credentials|user\/pass|user\/pw|u\/p|zugangsdaten|zugang|anmeldedaten|identifiants|credenciales|credenziali|credenciais|inloggegevens|inloggningsuppgifter|dane logowania)[ \t]?:[ \t]{0,3}([A-Za-z][\w.@-]{1,31})\/([^\s/]{6,64})(?=[ \t]|$|\n)/giu;

/** A user and a password glued by a slash after a login's word: the password has letters and a digit or sign. */
function gluedLoginPairs(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  gluedLoginPair.lastIndex = 0;
  for (let match = gluedLoginPair.exec(text); match !== null; match = gluedLoginPair.exec(text)) {
    const value = (match[2] ?? "").replace(/[.,;)"']+$/, "");
    if (!/\p{L}/u.test(value) || !/[^\p{L}]/u.test(value) || isPlaceholderValue(value)) continue;
    if (/[\\()[\]{}<>]|^v?\d+(?:\.\d+)+$|\.[A-Za-z]\w{1,3}$/.test(value)) continue;
    const start = match.index + match[0].length - (match[2] ?? "").length;
    // "login: github/oauth2 flow" names a way to log in; a pair told closes its clause or says what it opens.
    const after = text.slice(start + value.length, start + value.length + 10);
    if (!/^[.,;)"']*[ \t]*(?:$|\r?\n)|^[,;]|^[ \t]+(?:for|on|to|für|fürs|pour|para|voor)[ \t]/i.test(after))
      continue;
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

// "u: ana p: S3cret!", "user: ana, pw: S3cret!": a user and a password, each after its short label.
const shortLabelledPair =
  /(?<![\p{L}\p{N}])(?:u|usr|user|id|login):[ \t]?[\w.@+-]{1,64}[,;]?[ \t]{1,3}(?:p|pw|pwd|pass):[ \t]?(\S{1,64})/giu;

function shortLabelledPairs(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  shortLabelledPair.lastIndex = 0;
  for (let match = shortLabelledPair.exec(text); match !== null; match = shortLabelledPair.exec(text)) {
    const raw = match[1] ?? "";
    const value = raw.replace(/[.,;)"']+$/, "");
    if (value.length < 4 || isPlaceholderValue(value) || /^[$%`{<]/.test(value)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push(span(start, start + value.length, "password-prose", 0.85));
  }
  return spans;
}

// `CREATE USER 'app'@'%' IDENTIFIED BY 'S3cret'`, `… IDENTIFIED WITH mysql_native_password BY '…'`,
// Oracle's `ALTER USER app IDENTIFIED BY S3cret`: SQL sets a login's password after these words.
const identifiedBy =
  /(?<![\w])identified(?:[ \t]{1,8}with[ \t]{1,8}['"]?[\w-]{1,40}['"]?)?[ \t]{1,8}by[ \t]{1,8}(?:(password|values|random)[ \t]{1,8})?(['"]?)([^'"\s;]{3,128})\2/gi;

/**
 * The password SQL gives a login: the literal after `IDENTIFIED BY`. A stored hash (`BY PASSWORD
 * '*2470…'`, Oracle's `BY VALUES '…'`), `RANDOM PASSWORD`, a bind variable or a placeholder is none.
 */
function sqlIdentifiedBy(text: string): Span[] {
  const spans: Span[] = [];
  identifiedBy.lastIndex = 0;
  for (let match = identifiedBy.exec(text); match !== null; match = identifiedBy.exec(text)) {
    const value = match[3] ?? "";
    if (match[1] !== undefined || /^[:?$@%&]/.test(value) || isPlaceholderValue(value)) continue;
    // Unquoted, only in a statement that makes or changes a login ("users identified by their badge" is prose).
    const statement = text.slice(Math.max(0, match.index - 200), match.index);
    if (match[2] === "" && !/(?:create|alter|grant)[ \t]+\w/i.test(statement)) continue;
    if (isPasswordHash(value)) continue;
    const start = match.index + match[0].length - value.length - (match[2] ?? "").length;
    spans.push(span(start, start + value.length, "password-flag", 0.9));
  }
  return spans;
}

// ——— App passwords and one-time codes as services print them ———

const appPasswordGate = /app|anwendung|applica|aplica/i;
// "Your app password for your device", "App-Passwort", "mot de passe d'application", "contraseña de
// aplicación", "app-specific password": a password a service generated for one app.
const appPasswordWord =
  /(?<![\p{L}])(?:app(?:-specific|lication)?[ -]passwords?|app-?passwort|anwendungs-?passwort|mot de passe d['’]application|contraseñas? de (?:la )?aplicación|senha de app|password (?:per l['’]app|dell['’]applicazione)|app-?wachtwoord|hasło (?:do )?aplikacji|applösenord)(?![\p{L}])/giu;
// Sixteen lower-case letters, in four groups of four or run together: how Google and Apple print them.
const appPasswordShape = /^[a-z]{4}(?:([ -]?)[a-z]{4})(?:\1[a-z]{4}){2}(?![\p{L}\p{N}])/u;

/**
 * "Your app password for your device" and, on its line after a colon or on the next line, sixteen
 * lower-case letters in four groups ("mkqd zxrt pnfw hjvb"): the password a service generated for one
 * app, shaped as it is printed. Letters alone, it counts only beside its word.
 */
function appPasswords(text: string): Span[] {
  if (text.length > 2000) return [];
  const spans: Span[] = [];
  appPasswordWord.lastIndex = 0;
  for (let match = appPasswordWord.exec(text); match !== null; match = appPasswordWord.exec(text)) {
    const after = match.index + match[0].length;
    // The rest of its line may name the device ("for your device"); the value follows a colon or a line break.
    const lead = /^[^\n:]{0,60}?(?::[ \t]{0,3}|[^\n]{0,60}?\n[ \t]{0,8})/.exec(
      text.slice(after, after + 130),
    );
    if (lead === null) continue;
    const at = after + lead[0].length;
    const value = appPasswordShape.exec(text.slice(at, at + 24))?.[0];
    if (value === undefined) continue;
    spans.push(span(at, at + value.length, "password-prose", 0.8));
  }
  return spans;
}

const codeAfterGate = /code|código|codice|kod|passcode|otp|pin|sign in|log in|login/i;
// "G-482193 is your Google verification code", "482193 ist dein Bestätigungscode", "482193 est votre code
// de vérification": a one-time code told before its word, as services text them; between the verb and
// the word only a service's capitalised name.
const codeBeforeWord =
  /(?<![\p{L}\p{N}-])(?:[A-Z]{1,3}-)?(\d{4,8})(?![\p{L}\p{N}])[ \t]{1,2}(?:is your|ist (?:dein|Ihr|ihr)|est votre|est ton|es tu|es su|è il tuo|is je|to twój|är din)[ \t](?:\p{Lu}[\p{L}\d.'’-]{0,20}[ \t]){0,2}(?:[Vv]erification|[Ss]ecurity|[Ll]ogin|[Ss]ign-in|[Oo]ne-time|[Cc]onfirmation|[Aa]uthentication|[Aa]ccess|2FA|OTP|MFA|[Bb]estätigungs|[Ss]icherheits|[Aa]nmelde|[Vv]erifizierungs|[Ee]inmal)?[ -]?(?:[Cc]ode|codes|passcode|PIN|pin|Kennwort|Passwort|password|code de (?:vérification|connexion|sécurité|confirmation)|código(?: de (?:verificación|seguridad|acceso|confirmación))?|codice(?: di (?:verifica|sicurezza|accesso))?|verificatiecode|kod(?: weryfikacyjny| dostępu)?|verifieringskod)(?![\p{L}])/gu;
const useCodeToSignIn =
  /(?<![\p{L}\p{N}])(?:use|enter|utilisez|usa|verwende|gebruik)[ \t](\d{4,8})[ \t](?:to|as|pour|para|um|om)[ \t](?:sign in|log in|login|verify|confirm|authenticate|reset|vous connecter|iniciar sesión|dich anzumelden|in te loggen)/giu;

/** A one-time code told before the word that names it, or given to sign in with. */
function codesBeforeTheirWord(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  for (const pattern of [codeBeforeWord, useCodeToSignIn]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const code = match[1] ?? "";
      const start = match.index + match[0].indexOf(code);
      spans.push(span(start, start + code.length, "password-prose", 0.8));
    }
  }
  return spans;
}

/** `htpasswd -b FILE USER PASSWORD`: with `-b` the password is the command's last argument. */
function htpasswdPasswords(text: string): Span[] {
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.value !== "htpasswd") continue;
    const args: Token[] = [];
    let batch = false;
    for (let j = i + 1; j < tokens.length && j < i + 8; j++) {
      const token = tokens[j] as Token;
      if (/^[;&|]/.test(token.value)) break;
      if (token.value.startsWith("-")) {
        if (token.value.includes("b")) batch = true;
        continue;
      }
      args.push(token);
    }
    const password = args[2];
    if (!batch || password === undefined) continue;
    const value = unquoted(password);
    if (value.value.length < 3 || isPlaceholderValue(value.value) || /^[$%`]/.test(value.value)) continue;
    spans.push(span(value.start, value.end, "password-flag", 0.9));
  }
  return spans;
}

// `<password>S3cret</password>` in XML settings (Maven, NuGet, Tomcat), and `.config` files'
// `<add key="DbPassword" value="S3cret"/>`.
const markupElement =
  /<(password|passwd|pwd|secret|apiKey|api_key|clientSecret|client_secret|token|accessToken)>([^<\s]{3,128})<\/\1>/gi;
const markupKeyValue =
  /key=["'][\w.:-]{0,40}(?:password|passwd|pwd|secret|token|apikey)["'][ \t]{1,3}value=["']([^"'\s]{3,128})["']/gi;

function passwordsInMarkup(text: string): Span[] {
  const spans: Span[] = [];
  for (const [pattern, group] of [
    [markupElement, 2],
    [markupKeyValue, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const value = match[group] ?? "";
      if (isPlaceholderValue(value) || /^[$%{]/.test(value)) continue;
      const start = match.index + match[0].indexOf(value, group === 2 ? (match[1]?.length ?? 0) + 2 : 0);
      spans.push(span(start, start + value.length, "secret-assignment", 0.9));
    }
  }
  return spans;
}

// ——— Secrets told in words: the value after its word, whatever the language's grammar puts between ———

// Words that only ever name a password, in languages whose grammar glues a particle or a possessive to
// them (Turkish "şifresi", Korean "비밀번호는", Japanese "パスワードは", Chinese "密码是"), and the
// European words a value follows after a verb or a colon.
const passwordNoun =
  /^(?:password|passwort|kennwort|mot de passe|mdp|contraseña|contrasena|senha|hasło|haslo|wachtwoord|lösenord|losenord|passord|adgangskode|salasana|jelszó|heslo|geslo|lozinka|pw|pwd|pass|passcode|passphrase|(?:şifre|sifre)(?:si|sı|m|n|niz|miz)?|parola(?:sı|si|m)?|비밀번호(?:는|은|가|이)?|비번(?:은|이)?|암호(?:는|가)?|パスワード(?:は|が)?|暗証番号(?:は|が)?|密码(?:是|为)?|口令(?:是)?|पासवर्ड)$/iu;
// Scripts written without spaces glue what the password opens before its word ("サーバーのパスワードは").
const cjkPasswordNounEnd =
  /(?:パスワード|暗証番号|密码|口令|비밀번호|비번|암호)(?:は|が|是|为|는|은|가|이)?$/u;
// Words that name a network's key only beside a Wi-Fi word ("WLAN: FRITZ!Box, Schlüssel 0298…").
const networkKeyNoun =
  /^(?:key|schlüssel|netzwerkschlüssel|wlan-schlüssel|wlan-key|wifi-key|wpa-key|clé|cle|clave|llave|chiave|sleutel|chave|klucz|nyckel|nøgle|nøkkel|avain|psk)$/iu;
const networkContext =
  /(?<![\p{L}])(?:wifi|wi-fi|wlan|ssid|hotspot|router|fritz|livebox|movistar|réseau|netzwerk|wpa2?|와이파이|無線|无线|ワイファイ)/iu;
// What may stand between such a word and its value: a verb that tells it, a colon, a particle.
const linkingWord =
  /^(?:is|are|'s|’s|es|est|c'est|c’est|ist|lautet|è|é|är|er|jest|to|hai|है|he|now|jetzt|ahora|maintenant|ora|nu|agora|teraz|nun|still|dafür|del|du|de|da|des|wifi|wi-fi|wlan|:|=|：|-|–|->|→|は|是|는|은)$/iu;

/**
 * A value told right after a word for a password, or for a key when the text is about Wi-Fi: "wifi
 * şifresi: kahve1234cay", "와이파이 비밀번호는 haneul9090", "Schlüssel 02987454522929663514". The value
 * needs letters and a digit or a sign (a plain word after such a word is often a state: "expired"),
 * or is a run of digits told after a colon or verb (a PIN), or a long one (a router's printed key).
 */
function valuesAfterSecretNoun(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  const tokens = tokensOf(text);
  const aboutNetwork = networkContext.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).value.replace(/[:：,]$/, "");
    const colon = /[:：]$/.test((tokens[i] as Token).value);
    const two = `${word} ${tokens[i + 1]?.value ?? ""}`.replace(/[:：,]$/, "");
    let next = i + 1;
    let noun =
      passwordNoun.test(word) || cjkPasswordNounEnd.test(word) || (aboutNetwork && networkKeyNoun.test(word));
    // "la clé du coffre : …", "der Schlüssel zum Tresor: …", "the vault key: …": the key of a safe or of a
    // password manager's vault, told, is the password that opens it.
    if (!noun && networkKeyNoun.test(word)) {
      const key = lockKeyTold(text, tokens, i);
      if (key !== undefined) spans.push(key);
      continue;
    }
    if (!noun && /^mot de passe$/i.test(`${two} ${tokens[i + 2]?.value ?? ""}`.replace(/[:：,]$/, ""))) {
      noun = true;
      next = i + 3;
    }
    if (!noun) continue;
    let told = colon || /(?:는|은|は|是|为)$/u.test(word);
    // "Kennwort fürs Intranet ist jetzt …": up to four words of what it opens, then the telling word.
    // A verb or a colon is looked for first, so that an article or a preposition among the words ("het
    // wachtwoord van de gedeelde mailbox is …") does not stop the search before it.
    if (!told && !linkingWord.test(tokens[next]?.value ?? "")) {
      for (const linking of [tellingWord, linkingWord]) {
        const found = wordsBeforeLinking(tokens, next, linking);
        if (found === undefined) continue;
        told ||= found.colon;
        next = found.next;
        break;
      }
    }
    let steps = 0;
    while (next < tokens.length && steps < 3 && linkingWord.test((tokens[next] as Token).value)) {
      told = true;
      next++;
      steps++;
    }
    const token = tokens[next];
    if (token === undefined) continue;
    // "kapı şifresi 4512", "현관 비밀번호 7 3 9 1": a lock's password is its code, spaced digits and all.
    const lockBefore = i > 0 && lockNoun.test((tokens[i - 1] as Token).value);
    const code = told || lockBefore ? codeAt(text, token.start, false) : undefined;
    if (code !== undefined && (told || lockBefore)) {
      spans.push(span(token.start, token.start + code.length, "password-prose", 0.8));
      continue;
    }
    const value = token.value.replace(/[.,;:)"'”’]+$/, "").replace(/^["'(“‘]+/, "");
    if (!toldValue(value, told, aboutNetwork)) continue;
    const start = token.start + token.value.indexOf(value);
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}

// The linking words that tell a value (a verb, a colon), without the prepositions and network words.
const tellingWord =
  /^(?:is|are|'s|’s|es|est|c'est|c’est|ist|lautet|è|é|är|er|jest|to|hai|है|he|now|jetzt|ahora|maintenant|ora|nu|agora|teraz|nun|still|dafür|:|=|：|-|–|->|→|は|是|는|은)$/iu;

/** Up to four words of what a password opens after its word, ending in a colon or before a `linking` word. */
function wordsBeforeLinking(
  tokens: readonly Token[],
  from: number,
  linking: RegExp,
): { next: number; colon: boolean } | undefined {
  for (let ahead = from; ahead < tokens.length && ahead < from + 4; ahead++) {
    const between = (tokens[ahead] as Token).value;
    // "pw reset: …", "password policy: …": what is said of passwords, not one told.
    if (/[.!?;]$/.test(between) || phraseMetaQualifier.test(between)) return undefined;
    const colon = /[:：]$/.test(between);
    if (colon || linking.test(tokens[ahead + 1]?.value ?? "")) return { next: ahead + 1, colon };
  }
  return undefined;
}

const keyTellingWord = /^(?:is|are|est|c['’]est|ist|lautet|es|è|é|är|er|jest|to|:|：)$/iu;

/**
 * "la clé du coffre : Juniper2000%", "der Schlüssel zum Tresor: …", "the vault key: …": a key's word with a
 * safe or a password manager's vault named beside it, then within a few words a colon or a telling verb and
 * a value shaped like a password. A key that is a thing ("the key to the safe is in the drawer") is no value.
 */
function lockKeyTold(text: string, tokens: readonly Token[], at: number): Span | undefined {
  for (let ahead = at; ahead < tokens.length && ahead < at + 6; ahead++) {
    const word = (tokens[ahead] as Token).value;
    const colon = ahead > at && /[:：]$/.test(word) && word.length > 1;
    if (!colon && !(ahead > at && keyTellingWord.test(word)) && !(ahead === at && /[:：]$/.test(word))) {
      if (/[.!?;,]$/.test(word)) return undefined;
      continue;
    }
    const token = tokens[ahead + 1];
    if (token === undefined) return undefined;
    const named = text.slice((tokens[at] as Token).start, token.start);
    const lockBefore = at > 0 && lockNoun.test((tokens[at - 1] as Token).value);
    if (!lockBefore && !lockNoun.test(named)) return undefined;
    const value = token.value.replace(/[.,;:)"'”’]+$/, "").replace(/^["'(“‘]+/, "");
    if (/^\d+$/.test(value) || !toldValue(value, true, false)) return undefined;
    const start = token.start + token.value.indexOf(value);
    return span(start, start + value.length, "password-prose", 0.8);
  }
  return undefined;
}

function toldValue(value: string, told: boolean, aboutNetwork: boolean): boolean {
  if (value.length < 4 || value.length > 64 || isPlaceholderValue(value) || value.startsWith("-"))
    return false;
  if (/^\d+$/.test(value)) return (told && value.length <= 12) || (aboutNetwork && value.length >= 8);
  // Untold ("password reset-link"), the word must read as random; told, letters with a digit or an inner sign.
  if (!told) return looksLikePassword(value);
  const inner = value.replace(/[!?]+$/, "");
  if (inner.length < 6 || !/\p{L}/u.test(inner) || !/[\d!#$%&*?^~+=@_-]/u.test(inner)) return false;
  // A date, a version, a path, an address, a ticket key or code is not what a password word is followed by.
  if (
    /^\d{4}-\d{2}|^v?\d+(?:\.\d+)+|[/\\()[\]{}<>]|:\/\/|@[\w-]+\.|\.\w{2,4}$|^[A-Z][A-Z0-9]*-\d+$/.test(value)
  )
    return false;
  return !isPasswordHash(value);
}

// "passphrase for the family vault: meadow velvet lantern quartz", "das Master-Passwort lautet: …": a
// word for a passphrase or a password, a few words saying what it opens, a colon or a telling verb, then
// plain lower-case words to the end of the line or sentence.
const phraseWordGate =
  /phrase|passwort|password|kennwort|mot de passe|contraseña|frase|fraza|zin|wachtwoord|fras|lösenord|hasło|senha|passord|salasana|parola/i;
const phraseTold =
  /(?<![\p{L}\p{N}])(?:passphrase|pass phrase|pass-phrase|(?:unlock|master|vault|secret|backup)[ -]phrase|entsperr-?phrase|phrase de déverrouillage|frase de desbloqueo|frase di sblocco|ontgrendelzin|upplåsningsfras|fraza (?:odblokowania|dostępu)|frase de desbloqueio|master password|master-passwort|masterpasswort|passwortsatz|passwort|kennwort|password|phrase secrète|phrase de passe|mot de passe(?: maître)?|frase de contraseña|frase secreta|frase segreta|frase d['’]accesso|frase-senha|frase senha|wachtzin|wachtwoord|lösenfras|lösenord|hasło|senha|passord|salasana|parola d'ordine)(?:[ \t]{1,2}[^\s:=.!?;,]{1,20}){0,6}?[ \t]{0,2}(?:[:=：→⇒][ \t]{0,3}|[ \t]->[ \t]{1,3}|[ \t](?:is|ist|lautet|est|c['’]est|es|è|é|är|er|jest|to)[ \t]{1,3}(?:now[ \t]|jetzt[ \t]|:[ \t])?)/giu;
// Words that run a sentence on, or say where a secret is rather than what ("see the vault", "will send it").
const phraseStopWords = new Set(
  (
    "the a an and or of to in on at for with by from is are be been was were not no never must should will " +
    "can could would has have had do does your my our their his her its this that these those it you we they " +
    "me him them us see ask check call look use try send sent stored saved kept same as below above attached " +
    "changed expired reset required unchanged still here there later soon please thanks what which when where " +
    "der die das den dem ein eine einen und oder ist im auf mit nicht muss wird bitte siehe hier gleich wie " +
    "le la les un une et ou de du des est dans sur avec pas voir même ici " +
    "el los las y o en con no del es ver aquí mismo igual " +
    "il lo gli e di non è qui stesso het een niet op met van zie hier " +
    "os as em não ver aqui och inte på med se här w z nie jest na tu " +
    // Words that describe passphrases in general ("four random words minimum") rather than being one.
    "word words random minimum maximum min max long letters digits numbers characters required optional " +
    "recommended wörter zeichen mots caractères palabras caracteres parole caratteri woorden tekens ord tecken"
  ).split(" "),
);

const phraseMetaQualifier =
  /(?<![\p{L}])(?:rules?|policy|policies|requirements?|length|hint|format|examples?|strength|manager|reset|generator|tips?|guidelines?|regeln|richtlinie|länge|règles?|politique|longueur|reglas|política|longitud|regole|lunghezza|regels|beleid|lengte|regras|comprimento|zasady|długość|regler|längd)(?![\p{L}])/iu;

const passphraseWord =
  /pass ?-?phrase|(?:unlock|master|vault|secret|backup)[ -]phrase|entsperr-?phrase|phrase de déverrouillage|frase de desbloqueo|frase di sblocco|ontgrendelzin|upplåsningsfras|fraza (?:odblokowania|dostępu)|frase de desbloqueio|passwortsatz|phrase secrète|phrase de passe|frase de contraseña|frase secreta|frase segreta|frase d['’]accesso|frase-senha|frase senha|wachtzin|lösenfras/iu;

function passphrasesTold(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  phraseTold.lastIndex = 0;
  for (let match = phraseTold.exec(text); match !== null; match = phraseTold.exec(text)) {
    // "passphrase rules: …", "password policy is …": what is said of passphrases in general.
    if (phraseMetaQualifier.test(match[0])) continue;
    const start = match.index + match[0].length;
    let end = start;
    // A full stop ends the phrase; a dot between two letters joins its words ("magnet.pelican.yodel").
    while (
      end < text.length &&
      end - start < 120 &&
      !/[\n!?;,]/.test(text.charAt(end)) &&
      !(text.charAt(end) === "." && !/\p{Ll}/u.test(text.charAt(end + 1)))
    )
      end++;
    const raw = text.slice(start, end);
    const phrase = raw.replace(/[ \t"'”’]+$/, "").replace(/^["'“‘]/, "");
    // Diceware words are as often joined by one sign as spaced: "quartz-rocket-marble-violin".
    const joiner = /^\p{Ll}+([-._])\p{Ll}/u.exec(phrase)?.[1];
    const spaced = phrase.split(/[ \t]+/);
    const joined = spaced.length === 1 && joiner !== undefined;
    const words = joined ? phrase.split(joiner) : spaced;
    // Joined, each word has three letters at least, so a file's name ("backup.tar.gz") is none.
    if (joined && words.some((word) => word.length < 3)) continue;
    if (words.length < 3 || words.length > 8) continue;
    // German writes a passphrase's nouns capitalised ("Passphrase für die Sicherung: Wolke Tanne Fluss Stein"):
    // after a passphrase's own word, capitalised words count as well, all of them.
    const capitalised =
      passphraseWord.test(match[0]) &&
      words.every((word) => /^\p{Lu}\p{Ll}{1,11}$/u.test(word) && !phraseStopWords.has(word.toLowerCase()));
    if (!capitalised && !words.every((word) => /^\p{Ll}{2,12}$/u.test(word) && !phraseStopWords.has(word)))
      continue;
    const at = start + raw.indexOf(phrase);
    spans.push(span(at, at + phrase.length, "password-prose", 0.8));
  }
  return spans;
}

// ——— Codes of locks and PINs told in words ———

// Things that lock, in the offices' languages: a code beside one of them opens it.
const lockNoun =
  /(?<![\p{L}])(?:door|doors|gate|garage|safe|locker|lock|padlock|key ?box|lockbox|key safe|alarm|keypad|entrance|gym|storage|cabinet|shed|bike|vault|tür|haustür|tor|garage|tresor|safe|schließfach|spind|alarmanlage|schlüsselkasten|schlüsselbox|eingang|schloss|porte|portail|portillon|coffre|coffre-fort|casier|cadenas|alarme|boîte à clés|entrée|puerta|portón|caja fuerte|taquilla|candado|alarma|garaje|entrada|porta|portone|cancello|cassaforte|armadietto|lucchetto|allarme|ingresso|deur|poort|kluis|kluisje|ingang|portão|cofre|cadeado|armário|drzwi|brama|sejf|szafka|kłódka|furtka|dörr|grind|kassaskåp|skåp|hänglås|larm|kapı|dolap|alarm)(?![\p{L}])|(?:현관|도어락|금고|사물함|玄関|金庫|ロッカー|门禁|保险箱|保险柜)|(?<![\p{L}])(?:sejf|szafk|kłódk|bram|furtk|kapı|dolab|kilid|tresor|schließfäch|garaj)\p{L}{0,4}(?![\p{L}])/iu;
const codeWord =
  /(?<![\p{L}\p{N}])(?:(pin-code|pin code|pincode|pin|passcode|geheimzahl|combination|combo|kombination|combinaison|combinación|combinazione|combinatie|kombinacja|kombinasyon|(?:tür|haustür|tor|garagen|garage|tresor|safe|alarm|schließfach|spind|schloss|fahrradschloss|deur|poort|kluis|fietsslot|dörr|port|larm|skåp|dør)(?:code|koden?))|(code|codes|kód|kod|kodu|kodun|koden|código|codigo|codice|digicode|zahlencode|digits|ziffern|chiffres|dígitos|cifre|cijfers))(?![\p{L}\p{N}])|(暗証番号|门禁密码|密码锁)/giu;
// A code of a record, a place or an error is no lock's: "error code", "postal code", "promo code".
const recordBeforeCode =
  /(?:error|fehler|erreur|status|zip|postal|post|area|country|product|promo|discount|coupon|voucher|order|tracking|booking|invoice|reference|ref|item|article|sku|bar|qr|source|exit|return|response|http|fault|event|reason|dress|tax|airport|language|color|colour|building|station|cost|project|course|class)[ \t]*$/i;
// The verbs that tell a code and the ones that say it opens something ("opens with", "öffnet mit").
const codeTold =
  /^(?:[ \t]{1,2}[^\s:=.!?;\d]{1,20}){0,6}?[ \t]{0,2}(?:[:=：][ \t]{0,3}|[ \t](?:is|'s|’s|es|est|c['’]est|ist|lautet|è|é|är|er|jest|to|is now|ist jetzt|es ahora|changed to|set to|geändert auf|cambiado a|changé en|now|hai|है)[ \t]{1,3}|(?:は|が|是|为|는|은)[ \t]{0,3})(?=[^\s]{0,40}\d)/iu;
// "the code from the shared phone? it's 336777": the writer asks for the code and answers in the next breath.
const codeAskedThenTold =
  /^[^\n.!?]{0,60}\?[ \t]{1,3}(?:it['’]s|it is|that['’]s|c['’]est|das ist|ist es|es|è|é|är det|is het)[ \t]{1,3}(?=\d)/iu;
// Only an article or a possessive between the clause's start and the word: "the code", "der Code", "le code".
const codeNamedByArticle =
  /(?:^|[\s,;:(])(?:the|this|that|my|your|der|den|dein|mein|le|ce|mon|ton|votre|el|este|ese|mi|tu|su|il|questo|quel|mio|tuo|de|het|deze|die|mijn|je|o|esse|meu|teu|seu|ten|mój|twój)[ \t]{1,2}$/iu;
const opensWith =
  /(?<![\p{L}])(?:takes|accepts|opens with|open(?:s|ed)? it with|unlocks? with|disarms? with|öffnet(?: sich)? mit|s['’]ouvre avec|se abre con|si apre con|gaat open met|abre com|öppnas med|åbnes med|otwiera się kodem|otwierasz kodem)[ \t]{1,3}/giu;
const codeValue = /^\d(?:[ -]?\d){3,7}[#*]?(?![\p{L}\p{N}]|[ -]\d|[.,]\d)/u;
const keypadValue = /^(?=(?:[A-D]*\d){3})[0-9A-D]{4,8}[#*]?(?![\p{L}\p{N}])/u;

/**
 * A PIN or a lock's code a few words after its word: "PIN for the shared phone: 5 8 2 0", "el pin de
 * la tarjeta es 7 3 0 9", "code de la porte du local serveur : 152638", "key box by the back door, code
 * 3391", "the safe in room 4 opens with 19-42-88". A code needs a lock named in its clause; a PIN is one
 * by its word. Four to eight digits, spaced or dashed as people read them out.
 */
function codesTold(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  codeWord.lastIndex = 0;
  for (let match = codeWord.exec(text); match !== null; match = codeWord.exec(text)) {
    const after = match.index + match[0].length;
    const clauseStart = Math.max(0, match.index - 60);
    const before = text.slice(clauseStart, match.index);
    if (recordBeforeCode.test(before)) continue;
    const told =
      codeTold.exec(text.slice(after, after + 160)) ?? codeAskedThenTold.exec(text.slice(after, after + 90));
    const qualifier = told === null ? "" : told[0];
    const lockBefore = lockNoun.test(before.slice(lastClauseBreak(before)));
    const pin = match[1] !== undefined || match[3] !== undefined;
    const oneTime = match[2] !== undefined && oneTimeCue.test(lineAround(text, match.index));
    // "the code is 467958", "der Code ist 482913", "el código es 36856126": a code named by its article alone
    // and told as six to eight digits, the lengths authenticators and text messages use, is the one just sent.
    // Swedish, Danish and Norwegian make a noun definite with its ending: "koden är 368561".
    const sixDigitCode =
      match[2] !== undefined &&
      told !== null &&
      (codeNamedByArticle.test(before) || (/^koden$/i.test(match[2]) && /(?:^|[\s,;:(])$/.test(before)));
    const locked = pin || lockBefore || lockNoun.test(qualifier) || oneTime || sixDigitCode;
    if (!locked && !networkContext.test(qualifier)) continue;
    // "key box by the back door, code 3391": right after the word when a lock was named before it.
    const at = told !== null ? after + qualifier.length : lockBefore || oneTime ? after + 1 : -1;
    if (at === -1 || (told === null && !/^[ \t]/.test(text.charAt(after)))) continue;
    let value = locked ? codeAt(text, at, !pin) : undefined;
    if (
      value !== undefined &&
      !(pin || lockBefore || lockNoun.test(qualifier) || oneTime) &&
      !oneTimeCodeDigits(value)
    )
      value = undefined;
    value ??= networkCodeAt(text, at, told !== null);
    if (value !== undefined) spans.push(span(at, at + value.length, "password-prose", 0.8));
  }
  opensWith.lastIndex = 0;
  for (let match = opensWith.exec(text); match !== null; match = opensWith.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (!lockNoun.test(before.slice(lastClauseBreak(before)))) continue;
    const at = match.index + match[0].length;
    const value = codeAt(text, at, true);
    if (value !== undefined) spans.push(span(at, at + value.length, "password-prose", 0.8));
  }
  return spans;
}

// "the code for the wifi is blueHouse-17": a network's code is its key, letters and digits alike.
function networkCodeAt(text: string, at: number, told: boolean): string | undefined {
  if (!told || !networkContext.test(text)) return undefined;
  const value = text.slice(at, wordEnd(text, at)).replace(/[.,;:)"'”’]+$/, "");
  return toldValue(value, true, true) ? value : undefined;
}

// What only a one-time code is said to do: run out within minutes, arrive by text message, or let
// someone sign in. "der Code ist 044411, schnell bevor er abläuft": a code with one of these beside it
// is the one just sent, whatever it opens.
const oneTimeCue =
  /(?<![\p{L}])(?:expires?|expiring|expired|runs? out|abl[äa]uft|l[äa]uft[^\n.!?]{0,20}ab|verf[äa]llt|g[üu]ltig|gilt \d|valid (?:for|until)|expire|caduca|vence|scade|verloopt|vervalt|geldig|wyga[sś]\p{L}*|wa[żz]n\p{L}*|g[åa]r ut|giltig|upph[öo]r|expira|v[áa]lido|sms|text message|texted|per text|authenticator|2fa|mfa|two-factor|zwei-faktor|log ?in|sign ?in|anmeld\p{L}*|einlogg\p{L}*|connexion|iniciar sesi[óo]n|inloggen|inloggning|logowani\p{L}*)(?![\p{L}])/iu;

/** The line around a word, at most 120 characters either side: where a one-time code's cue is said. */
function lineAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 120 && text.charAt(start - 1) !== "\n") start--;
  let end = at;
  while (end < text.length && end - at < 120 && text.charAt(end) !== "\n") end++;
  return text.slice(start, end);
}

function lastClauseBreak(before: string): number {
  let at = before.length;
  while (at > 0 && !/[.!?;\n]/.test(before.charAt(at - 1))) at--;
  return at;
}

function codeAt(text: string, at: number, keypadLetters: boolean): string | undefined {
  const rest = text.slice(at, at + 24);
  const value = codeValue.exec(rest)?.[0] ?? (keypadLetters ? keypadValue.exec(rest)?.[0] : undefined);
  // A date or a time is no code ("2026-04-01", "1400 hours").
  if (value === undefined || /^\d{4}-\d{2}-\d{2}/.test(rest)) return undefined;
  if (
    /^[ \t]*(?:hours|hrs|h|uhr|am|pm|eur|usd|€|\$|%|km|m|kg|days|tage|jours|días|lines|zeilen|lignes|líneas|righe|regels|linii|rader|loc|bytes|seconds|secondes|sekunden|segundos|secondi|sec|s|ms|minutes|minuten|min|minutos|minuti)(?![\p{L}])/iu.test(
      rest.slice(value.length),
    )
  )
    return undefined;
  return value;
}

// Cheap gates: a word for a password or a key, a code or PIN word, before any token is read.
const secretNounGate =
  /pass|pw|mdp|wort|contrase|senha|has[łl]o|wacht|lösen|losen|salasana|jelsz|heslo|geslo|lozinka|[şs]ifre|parola|key|schlüssel|clé|cle|clave|llave|chiave|sleutel|chave|klucz|nyckel|nøgle|nøkkel|avain|psk|비밀번호|비번|암호|パスワード|暗証番号|密码|口令|पासवर्ड|adgangskode/i;
const codeGate =
  /pin|code|kod|kód|c[oó]dig|codice|combin|combo|kombina|geheimzahl|暗証番号|门禁|digit|ziffer|chiffre|dígito|cifr|cijfer|takes|accepts|opens|unlock|disarm|öffnet|ouvre|abre|apre|open met|öppnas|åbnes|otwier/i;

// ——— Answers to security questions: a second password, told as "answer: …" ———

const securityAnswerGate =
  /security|secret|memorable|sicherheitsfrage|geheimfrage|question secrète|pregunta|domanda|beveiligingsvraag|pergunta|säkerhetsfråga|güvenlik sorusu/i;
const securityAnswerTold =
  /(?<![\p{L}])(?:security (?:question|answer)s?|secret (?:question|answer)s?|memorable (?:word|information|answer)|sicherheitsfrage|geheimfrage|sicherheitsantwort|question secrète|réponse secrète|pregunta (?:de seguridad|secreta)|respuesta (?:de seguridad|secreta)|domanda (?:segreta|di sicurezza)|risposta segreta|beveiligingsvraag|pergunta (?:de segurança|secreta)|säkerhetsfråga|güvenlik sorusu)(?![\p{L}])[^\n?:]{0,60}?(?:answer|antwort|réponse|respuesta|risposta|antwoord|resposta|svar|cevap)?[ \t]{0,2}[:=][ \t]{0,3}/giu;

/**
 * "security question answer (mother's maiden name): Okonkwo", "memorable word: gooseberry": what opens
 * an account as a password does. The answer is one to three words closing its line; a question ("What
 * was your first pet?") or a sentence about the questions is none.
 */
function securityAnswers(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  securityAnswerTold.lastIndex = 0;
  for (let match = securityAnswerTold.exec(text); match !== null; match = securityAnswerTold.exec(text)) {
    const start = match.index + match[0].length;
    let end = start;
    while (end < text.length && end - start < 60 && text.charAt(end) !== "\n") end++;
    const answer = text.slice(start, end).replace(/[ \t.,;]+$/, "");
    const words = answer.split(/[ \t]+/);
    if (/^(?:none|n\/a|yes|ok|tbd|todo|set|unset|blank|empty|keine|aucune|ninguna)$/i.test(answer)) continue;
    if (answer.length < 3 || answer.includes("?") || words.length > 3 || isPlaceholderValue(answer)) continue;
    if (words.some((word) => phraseStopWords.has(word.toLowerCase()) || !/^[\p{L}\p{N}'’-]+$/u.test(word)))
      continue;
    spans.push(span(start, start + answer.length, "password-prose", 0.8));
  }
  return spans;
}

// "门禁卡密码：882046", "パスワード:umi2026": in scripts without spaces the value is glued to its word.
const cjkPasswordGlued = /(?:パスワード|暗証番号|密码|口令|비밀번호|비번|암호)/u;
const cjkGluedValue =
  /(?:パスワード|暗証番号|密码|口令|비밀번호|비번|암호)(?:は|が|是|为|는|은|가|이)?[:：]?[ \t]?([A-Za-z0-9!#$%&*?^~+=@_.-]{4,64})/gu;

function valuesGluedToCjkNoun(text: string): Span[] {
  if (text.length > 600) return [];
  const spans: Span[] = [];
  cjkGluedValue.lastIndex = 0;
  for (let match = cjkGluedValue.exec(text); match !== null; match = cjkGluedValue.exec(text)) {
    const value = (match[1] ?? "").replace(/[.]+$/, "");
    if (!toldValue(value, true, false)) continue;
    const start = match.index + match[0].length - (match[1] ?? "").length;
    spans.push(span(start, start + value.length, "password-prose", 0.8));
  }
  return spans;
}
