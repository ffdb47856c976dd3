import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faker } from "@faker-js/faker";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { entropyBitsPerChar } from "../text.ts";
import { findPasswords } from "./passwords.ts";
import { entropyThreshold, findSecrets, looksRandom } from "./secrets.ts";

const secrets = (text: string, code = false) =>
  findSecrets(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

// Key material is made up at run time: no secret-shaped literal sits in the repository.
faker.seed(7);
const alnum = (length: number) => faker.string.alphanumeric({ length, casing: "mixed" });

describe("secrets", () => {
  it("finds provider keys by their formats", () => {
    const github = `ghp_${alnum(36)}`;
    const slack = `xoxb-${faker.string.numeric(12)}-${faker.string.numeric(13)}-${alnum(24)}`;
    const stripe = `sk_live_${alnum(24)}`;
    const google = `AIza${alnum(35)}`;
    const aws = `AKIA${faker.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
    assert.deepEqual(secrets(`export AWS_ACCESS_KEY_ID=${aws}`), [`aws-access-key:${aws}`]);
    assert.deepEqual(secrets(`token ${github}`), [`github-token:${github}`]);
    assert.deepEqual(secrets(`"${slack}"`), [`slack-token:${slack}`]);
    assert.deepEqual(secrets(`new Stripe('${stripe}')`, true), [`stripe-key:${stripe}`]);
    assert.deepEqual(secrets(`https://maps.example.com/js?key=${google}`), [`google-api-key:${google}`]);
  });

  it("finds a JWT by its three parts and the algorithm in its header", () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url");
    const payload = Buffer.from('{"sub":"42"}').toString("base64url");
    const jwt = `${header}.${payload}.${alnum(43)}`;
    assert.deepEqual(secrets(`Authorization: Bearer ${jwt}`), [`jwt:${jwt}`]);
  });

  it("the base64 of a certificate or public-key block, whole or cut off, is not a secret", () => {
    const body = `${alnum(64)}\n${alnum(60)}+/${alnum(2)}`;
    assert.deepEqual(secrets(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`), []);
    assert.deepEqual(secrets(`-----BEGIN PUBLIC KEY-----\n${body}\n---`), []);
  });

  it("a secret after a certificate block's END line is still found", () => {
    const key = `ghp_${alnum(36)}`;
    const cert = `-----BEGIN CERTIFICATE-----\n${alnum(64)}\n-----END CERTIFICATE-----`;
    assert.deepEqual(secrets(`${cert}\ntoken: ${key}`), [`github-token:${key}`]);
  });

  it("finds a private key block whole, and a cut-off one to the end of the text", () => {
    const body = `${alnum(64)}\n${alnum(64)}`;
    const block = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    assert.deepEqual(secrets(`key:\n${block}\nthanks`), [`private-key:${block}`]);
    const cut = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}`;
    assert.deepEqual(secrets(cut), [`private-key:${cut}`]);
  });

  it("finds the value of password= and secret: style assignments", () => {
    assert.deepEqual(secrets("password: hunter2"), ["secret-assignment:hunter2"]);
    assert.deepEqual(secrets("DB_PASSWORD=Tr0ub4dor&3"), ["secret-assignment:Tr0ub4dor&3"]);
    assert.deepEqual(secrets('{"client_secret": "s3cr3t-v@lue"}'), ["secret-assignment:s3cr3t-v@lue"]);
    assert.deepEqual(secrets("my password is Summer2024!"), ["secret-assignment:Summer2024!"]);
  });

  it("references, types, placeholders and prose after password are not secrets", () => {
    assert.deepEqual(secrets("const password = req.body.password;", true), []);
    assert.deepEqual(secrets("interface Login { password: string; token?: string }", true), []);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell placeholder, written as one
    assert.deepEqual(secrets("DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your api key>\npassword: ********"), []);
    assert.deepEqual(secrets("the password is correct, the token limit is 4096, max_token: 4096"), []);
    assert.deepEqual(secrets("password reset link expired; password: please ask IT"), []);
  });

  it("a git commit hash in code is not a secret", () => {
    assert.deepEqual(secrets("git show 3f9a1c2e4b5d6f708192a3b4c5d6e7f8091a2b3c --stat", true), []);
    assert.deepEqual(secrets("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), []);
  });

  it("UUIDs, identifiers, integrity hashes and image data are not secrets", () => {
    assert.deepEqual(secrets("requestId 3e0f6d2a-8c41-4b7e-9a55-0c1d2e3f4a5b"), []);
    assert.deepEqual(
      secrets("const xmlHttpRequestFactory = createRequestFactoryForBrowserV2(window);", true),
      [],
    );
    assert.deepEqual(secrets(`"integrity": "sha512-${alnum(86)}=="`), []);
    // A padding sign inside the value splits it into tokens; the later ones belong to the same hash.
    assert.deepEqual(secrets(`"integrity": "sha512-${alnum(43)}=${alnum(20)}"`), []);
    assert.deepEqual(secrets(`url(data:image/png;base64,${alnum(120)})`), []);
  });

  it("a random token without a provider prefix is found by its entropy, surer near key words", () => {
    const token = alnum(32);
    const plain = findSecrets(detectionInput(`use ${token} for staging`));
    const near = findSecrets(detectionInput(`staging api token ${token}`));
    assert.equal(plain[0]?.detector, "high-entropy-token");
    assert.ok((near[0]?.score ?? 0) > (plain[0]?.score ?? 0));
  });

  it("a random key of letters with a single digit, handed over in a sentence, is found", () => {
    // Random base62 letters with only one digit in them: the prefilter must not skip the text.
    const letters = faker.string.alpha({ length: 28, casing: "mixed" });
    const key = `${letters.slice(0, 14)}7${letters.slice(14)}`;
    assert.deepEqual(secrets(`the vendor key is ${key}`), [`high-entropy-token:${key}`]);
  });

  it("capitalised prose with one number in it is not a secret", () => {
    assert.deepEqual(secrets("The Quarterly Business Review Moved To Room 4 On The Third Floor"), []);
    assert.deepEqual(secrets("Release Notes For The Export Service And The Audit Log v2"), []);
  });

  it("a random string called an id or a link is not a secret", () => {
    assert.deepEqual(secrets(`short link id ${alnum(21)} expires in 3 days`), []);
    assert.deepEqual(secrets(`oauth client id ${alnum(24)}`), []);
    assert.equal(secrets(`oauth client secret ${alnum(32)}`).length, 1);
  });

  it("random base62 strings clear the entropy threshold and camelCase words do not", () => {
    let random = 0;
    for (let n = 0; n < 200; n++) if (looksRandom(alnum(faker.number.int({ min: 24, max: 64 })))) random++;
    assert.ok(random >= 190, `${random} of 200 random tokens looked random`);
    for (const words of ["PerformanceReviewScheduledForNext2Weeks", "getUserAccountBalanceForCustomer2023"]) {
      assert.ok(!looksRandom(words), words);
    }
    assert.ok(entropyBitsPerChar("aaaaaaaaaaaaaaaaaaaaaaaa1A") < entropyThreshold(26));
  });
});

describe("secrets: what is not one", () => {
  it("documentation example keys and placeholders are not secrets", () => {
    assert.deepEqual(secrets("aws_access_key_id = AKIAIOSFODNN7EXAMPLE"), []);
    assert.deepEqual(secrets("SLACK_TOKEN=xoxb-your-token"), []);
    assert.deepEqual(secrets("API_KEY=XXXXXXXXXXXXXXXXXXXXXXXX"), []);
    assert.deepEqual(secrets("export GITHUB_TOKEN=your-github-token"), []);
    assert.deepEqual(secrets("stripe_key = 'sk_test_xxxxxxxxxxxxxxxxxxxx'"), []);
  });

  it("a PEM block with no key material in it is documentation", () => {
    assert.deepEqual(secrets("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"), []);
    assert.deepEqual(
      secrets("-----BEGIN PRIVATE KEY-----\n<paste your key here>\n-----END PRIVATE KEY-----"),
      [],
    );
  });

  it("base64 paging cursors that decode to a readable position are not secrets", () => {
    const cursor = Buffer.from(JSON.stringify({ offset: 4200, limit: 50 })).toString("base64");
    const after = Buffer.from(JSON.stringify({ after: "658295", ts: 1731407728 })).toString("base64url");
    assert.deepEqual(secrets(`GET /v1/events?cursor=${cursor}&limit=50`), []);
    assert.deepEqual(secrets(`page_token=${after}`), []);
    assert.deepEqual(secrets(`"next_cursor": "${after}"`), []);
  });

  it("code that refers to a secret — environment lookups, YAML tags, key file paths — is not one", () => {
    assert.deepEqual(secrets("password = os.environ['DB_PASSWORD']", true), []);
    assert.deepEqual(secrets("DB_PASSWORD: !Ref DbPasswordParam", true), []);
    assert.deepEqual(secrets("password_file: /run/secrets/db_password", true), []);
    assert.deepEqual(secrets("client_secret=config.get('oauth.client_secret')", true), []);
  });
});

describe("secrets: said in other ways", () => {
  it("finds user/pass pairs, PINs, door codes and temporary passwords", () => {
    const value = `Tmp-${alnum(8)}4`;
    assert.deepEqual(secrets(`user: admin / pass: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("the PIN is 4821"), ["secret-assignment:4821"]);
    assert.deepEqual(secrets("door code is 190473"), ["secret-assignment:190473"]);
    assert.deepEqual(secrets(`one-time password ${value}`), [`secret-assignment:${value}`]);
  });

  it("finds npm tokens in .npmrc lines and values of environment-file lines, even in an editor", () => {
    const npm = `npm_${alnum(36)}`;
    assert.deepEqual(secrets(`//registry.npmjs.org/:_authToken=${npm}`), [`npm-token:${npm}`]);
    assert.deepEqual(secrets("SMTP_PASS=rainbow.dragon64", true), ["secret-assignment:rainbow.dragon64"]);
  });

  it("finds a PIN, PUK or door code told a few words after its name, without the keypad's #", () => {
    assert.deepEqual(secrets("SIM PIN 5768, PUK 02705439"), [
      "secret-assignment:5768",
      "secret-assignment:02705439",
    ]);
    assert.deepEqual(secrets("Die PIN für die Firmenkarte lautet 4927."), ["secret-assignment:4927"]);
    assert.deepEqual(secrets("Door code for the server room changed to 1232#"), ["secret-assignment:1232"]);
    assert.deepEqual(secrets("the alarm code for the lab is now 881204"), ["secret-assignment:881204"]);
  });

  it("a PIN's word far from a number, or a date or time after the verb, is not a PIN", () => {
    assert.deepEqual(secrets("the PIN pad is broken, call 5551234"), []);
    assert.deepEqual(secrets("the pin for the release is 2024-05-01"), []);
    assert.deepEqual(secrets("door code for the lab is on the wiki"), []);
  });

  it("finds a Wi-Fi key and a password named by what they open, before a colon", () => {
    const value = `${alnum(10)}7$`;
    assert.deepEqual(secrets(`WLAN-Schlüssel fürs Büro: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("WLAN-Schlüssel: orbit-pepper-ember-1"), [
      "secret-assignment:orbit-pepper-ember-1",
    ]);
    assert.deepEqual(secrets("Wi-Fi key: 0rbitmeadow2003"), ["secret-assignment:0rbitmeadow2003"]);
    assert.deepEqual(secrets(`Passwort fürs WLAN: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("PIN for the card: 4821"), ["secret-assignment:4821"]);
  });

  it("a phrase about passwords before a colon, or a plain word or version after it, is not a secret", () => {
    assert.deepEqual(secrets("password policy for new hires: 12-char-min"), []);
    assert.deepEqual(secrets("password for the portal: please ask IT"), []);
    assert.deepEqual(secrets("pin the version for now: 1.2.3"), []);
    assert.deepEqual(secrets("password for staging: 2024-05-01"), []);
    assert.deepEqual(secrets("Pass the salt: ABC1234567"), []);
  });

  it("a PIN needs digits, and settings with numbers are not secrets", () => {
    assert.deepEqual(secrets("pin the version: 1.2.3"), []);
    assert.deepEqual(secrets("max_tokens: 4096"), []);
  });
});

describe("secrets: provider formats beyond the first round", () => {
  const hex = (length: number) => faker.string.hexadecimal({ length, casing: "lower", prefix: "" });
  const letters = (length: number) => faker.string.alpha({ length, casing: "mixed" });

  it("finds GitLab, OpenAI- and Anthropic-style, Hugging Face, PyPI, DigitalOcean, Shopify and Twilio tokens", () => {
    const tokens = [
      `glpat-${alnum(20)}`,
      `sk-proj-${alnum(48)}`,
      `sk-ant-api03-${alnum(40)}A1b`,
      `sk-${alnum(40)}A1b`,
      `hf_${letters(34)}`,
      `pypi-AgEIcHlwaS5vcmc${alnum(60)}`,
      `dop_v1_${hex(64)}`,
      `shpat_${hex(32)}`,
      `SK${hex(32)}`,
    ];
    for (const token of tokens)
      assert.deepEqual(secrets(`here you go: ${token}`), [`provider-token:${token}`], token);
  });

  it("finds SendGrid keys and Vault tokens whole, dots and all", () => {
    const sendgrid = `SG.${alnum(22)}.${alnum(43)}`;
    const vault = `hvs.${alnum(90)}`;
    assert.deepEqual(secrets(`SENDGRID=${sendgrid}`).slice(0, 1), [`provider-token:${sendgrid}`]);
    assert.deepEqual(secrets(`export VAULT_TOKEN=${vault}`).slice(0, 1), [`provider-token:${vault}`]);
  });

  it("finds an AWS secret access key pasted after its access key id", () => {
    const id = `AKIA${faker.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
    const key = `${alnum(18)}/${alnum(10)}+${alnum(10)}`;
    assert.deepEqual(secrets(`${id} / ${key}`), [`aws-access-key:${id}`, `aws-secret-key:${key}`]);
  });

  it("prefixes alone, slugs and docs examples are not provider tokens", () => {
    assert.deepEqual(secrets("use sk-learn-style-pipelines-for-everything here"), []);
    assert.deepEqual(secrets("see hf_transfer_settings_for_large_models_download"), []);
    assert.deepEqual(secrets("OPENAI_API_KEY=sk-..."), []);
    assert.deepEqual(secrets("GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx"), []);
    assert.deepEqual(secrets("AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), []);
  });
});

describe("secrets: assignments beyond the first round", () => {
  it("finds HTTP basic credentials by decoding them, and nothing in 'Basic plan'", () => {
    const value = Buffer.from(`svc:${alnum(14)}`).toString("base64");
    assert.deepEqual(secrets(`Authorization: Basic ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("the Basic plan costs $10, Basic Authentication is off"), []);
  });

  it("finds Azure connection-string keys and glued environment names such as PGPASSWORD", () => {
    const key = `${alnum(60)}==`;
    assert.deepEqual(
      secrets(
        `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net`,
      ),
      [`secret-assignment:${key}`],
    );
    const password = `Lantern${faker.string.numeric(4)}`;
    assert.deepEqual(secrets(`PGPASSWORD=${password} psql -h db -U report`), [
      `secret-assignment:${password}`,
    ]);
    assert.deepEqual(secrets("PGPASSWORD=$DB_PASS psql -h db"), []);
  });

  it("finds passwords named in German, French and Spanish, and codes of safes and key boxes", () => {
    const password = `${alnum(8)}$4`;
    assert.deepEqual(secrets(`Kennwort: ${password}`), [`secret-assignment:${password}`]);
    assert.deepEqual(secrets(`mdp : ${password}`), [`secret-assignment:${password}`]);
    assert.deepEqual(secrets(`das Passwort ist ${password}`), [`secret-assignment:${password}`]);
    assert.deepEqual(secrets("key box code: 2563"), ["secret-assignment:2563"]);
    assert.deepEqual(secrets("the safe is 49672"), ["secret-assignment:49672"]);
    assert.deepEqual(secrets("Geheimzahl 9196"), ["secret-assignment:9196"]);
  });

  it("a random key said after 'api key' without a colon is found; words and settings after it are not", () => {
    const key = letters(16).concat("562", letters(10));
    assert.deepEqual(secrets(`here's the api key ${key}`), [`high-entropy-token:${key}`]);
    assert.deepEqual(secrets("the api key rotation happens monthly"), []);
    assert.deepEqual(secrets("is the safe mode on? safe: true"), []);
  });

  it("a hex key near 'key' or 'token' is a secret; a hex hash near 'sha' or 'commit' is not", () => {
    const key = hex(32).replace(/^./, "a").replace(/.$/, "1");
    assert.deepEqual(secrets(`new key, old one is revoked: ${key}`), [`high-entropy-token:${key}`]);
    assert.deepEqual(secrets(`cache key sha256 ${hex(64)}`), []);
    assert.deepEqual(secrets(`token commit ${hex(40)}`), []);
  });

  function letters(length: number): string {
    return faker.string.alpha({ length, casing: "mixed" });
  }
  function hex(length: number): string {
    return faker.string.hexadecimal({ length, casing: "lower", prefix: "" });
  }
});

describe("secrets: more providers, and what stays text", () => {
  it("finds Docker Hub, Google OAuth client, Entra ID client secrets and Discord webhooks", () => {
    const docker = `dckr_pat_${alnum(27)}`;
    const google = `GOCSPX-${alnum(28)}`;
    const entra = `${alnum(3)}8Q~${alnum(34)}`;
    const discord = `https://discord.com/api/webhooks/${faker.string.numeric(18)}/${alnum(68)}`;
    assert.deepEqual(secrets(`docker login -u ci -p ${docker}`), [`provider-token:${docker}`]);
    assert.deepEqual(secrets(`client secret ${google}`), [`provider-token:${google}`]);
    assert.deepEqual(secrets(`AZURE_CLIENT_SECRET=${entra}`).slice(0, 1), [`provider-token:${entra}`]);
    assert.deepEqual(secrets(`post to ${discord}`), [`provider-token:${discord.slice("https://".length)}`]);
  });

  it("an SSH public key, a call that reads a secret and 'forgot your password' in German or French are not secrets", () => {
    assert.deepEqual(secrets(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${alnum(43)} bob@laptop`), []);
    assert.deepEqual(secrets("api_key = os.getenv('API_KEY')"), []);
    assert.deepEqual(secrets("Passwort vergessen? Klicken Sie hier"), []);
    assert.deepEqual(secrets("mot de passe oublié"), []);
  });
});

describe("secrets: round five", () => {
  it("a value under a paging key (cursor, page token, NextToken) is a position, not a secret", () => {
    const cursor = `Cg${alnum(26)}`;
    assert.deepEqual(secrets(`{"data": [], "next_cursor": "${cursor}", "has_more": true}`), []);
    assert.deepEqual(secrets(`{"nextPageToken": "${cursor}"}`), []);
    assert.deepEqual(secrets(`GET /v1/items?page_token=${cursor}`), []);
  });

  it("the same random value under a key or token name is still a secret", () => {
    const value = alnum(28);
    assert.deepEqual(secrets(`{"api_key": "${value}"}`).length, 1);
    assert.deepEqual(secrets(`{"cursor_secret": "${value}"}`).length, 1);
    assert.deepEqual(secrets(`{"refresh_token": "${value}"}`).length, 1);
  });

  it("a file name of words and date numbers joined by _ or - is not a secret", () => {
    assert.deepEqual(secrets("Gehaltsabrechnung_2026_03.pdf"), []);
    assert.deepEqual(secrets("Quarterly-Board-Report-2026-Q3_final.docx"), []);
  });

  it("a random key with _ or - inside it is still found: its pieces mix cases", () => {
    const key = `${alnum(10)}_${alnum(12)}-${alnum(8)}`;
    assert.deepEqual(secrets(`token ${key}`), [`high-entropy-token:${key}`]);
  });

  it("a hex key someone hands over as their own ('use mine') is a secret; one called a commit is not", () => {
    const hex = faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" }).replace(/^\D/, "4");
    assert.deepEqual(secrets(`use mine for now ${hex}`), [`high-entropy-token:${hex}`]);
    assert.deepEqual(secrets(`mine is the commit ${hex}`), []);
    assert.deepEqual(secrets(`for now ${hex}`), []);
  });

  it("a URL after pass or token names a location, not a secret", () => {
    assert.deepEqual(secrets("proxy_pass http://localhost:3000;"), []);
    assert.deepEqual(secrets("fastcgi_pass http://127.0.0.1:9000;", true), []);
    assert.deepEqual(secrets("token_endpoint: https://login.example.org/oauth2/token"), []);
  });

  it("the word password as a value (-field=password) names a field; what follows is not its value", () => {
    assert.deepEqual(secrets("vault kv get -field=password secret/billing/db"), []);
    assert.deepEqual(secrets('<input type="password" name="pw">'), []);
  });

  it("a password after password: or --password= is still found", () => {
    assert.deepEqual(secrets("password: Kx8#mQ2vLp"), ["secret-assignment:Kx8#mQ2vLp"]);
    assert.deepEqual(secrets("--password=Kx8#mQ2vLp"), ["secret-assignment:Kx8#mQ2vLp"]);
  });
});

describe("secrets: passwords stated in more languages", () => {
  it("finds a password after the definite Swedish word and after the Polish word with 'to'", () => {
    const value = `${alnum(6)}2022$`;
    assert.deepEqual(secrets(`lösenordet är ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`hasło to ${value}`), [`secret-assignment:${value}`]);
  });

  it("finds a card's code told in French", () => {
    assert.deepEqual(secrets("code de la carte : 2120"), ["secret-assignment:2120"]);
  });

  it("'password to' in English, and a code word before no digits, state no secret", () => {
    assert.deepEqual(secrets("change the password to VPN-2024 before Friday"), []);
    assert.deepEqual(secrets("code de la carte : voir la fiche"), []);
  });

  it("a key fingerprint as ssh prints it is a digest of a public key, not a secret", () => {
    const digest = faker.string.alphanumeric({ length: 43, casing: "mixed" });
    assert.deepEqual(secrets(`ED25519 key fingerprint is SHA256:${digest}.`), []);
  });
});

describe("secrets: one-time codes", () => {
  it("a one-time or verification code told with its digits is a credential", () => {
    assert.deepEqual(secrets("your one-time code is 482913"), ["secret-assignment:482913"]);
    assert.deepEqual(secrets("Bestätigungscode: 771204"), ["secret-assignment:771204"]);
  });

  it("the words without digits, or a code of another kind, are not", () => {
    assert.deepEqual(secrets("enter the verification code sent to your phone"), []);
    assert.deepEqual(secrets("security code 123 on the back"), []);
  });
});

describe("secrets: references that are not secrets", () => {
  it("an AWS resource name of a secret says where it is kept, not what it is", () => {
    assert.deepEqual(secrets("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"), []);
  });

  it("the same words outside an ARN still find a secret", () => {
    const value = `${alnum(8)}7!`;
    assert.deepEqual(secrets(`secret: ${value}`), [`secret-assignment:${value}`]);
  });

  it("a command's option after a password word is not its value", () => {
    assert.deepEqual(secrets("passwd --stdin deploy"), []);
  });
});

describe("secrets: a hex key copied on its own", () => {
  const hex32 = () => faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" });

  it("thirty-two hex digits that are the whole text are a key", () => {
    let key = hex32();
    while (!/\d/.test(key) || !/[a-f]/.test(key)) key = hex32();
    assert.deepEqual(secrets(key), [`high-entropy-token:${key}`]);
  });

  it("the same digits named a digest, beside a file name, or a forty-digit commit id are not", () => {
    let key = hex32();
    while (!/\d/.test(key) || !/[a-f]/.test(key)) key = hex32();
    assert.deepEqual(secrets(`md5 ${key}`), []);
    assert.deepEqual(secrets(`${key}  backup.tar.gz`), []);
    assert.deepEqual(secrets(`${key}${key.slice(0, 8)}`), []);
  });

  it("the MD5 of empty input copied alone is a digest every empty file has, not a key", () => {
    assert.deepEqual(secrets("d41d8cd98f00b204e9800998ecf8427e"), []);
    assert.deepEqual(secrets("D41D8CD98F00B204E9800998ECF8427E\n"), []);
  });

  it("an npm lockfile's sha1 integrity value is public like its sha512 one", () => {
    const digest = Buffer.from(faker.string.alphanumeric(20)).toString("base64");
    assert.deepEqual(secrets(`"integrity": "sha1-${digest}"`), []);
    assert.deepEqual(secrets(`integrity sha1-${digest}`), []);
  });

  it("a placeholder left in a config (REPLACE_ME, TODO, changeit) is not a secret; a value beside it is", () => {
    assert.deepEqual(secrets("client_secret: REPLACE_ME"), []);
    assert.deepEqual(secrets('password: "TODO"'), []);
    assert.deepEqual(secrets("keystore password: changeit"), []);
    const value = `${alnum(10)}7!`;
    assert.deepEqual(secrets(`client_secret: ${value}`), [`secret-assignment:${value}`]);
  });

  it("code reading a secret from the environment, even in quotes, is not the secret", () => {
    assert.deepEqual(secrets('"apiKey": "process.env.API_KEY"'), []);
    assert.deepEqual(secrets("token: import.meta.env.VITE_TOKEN"), []);
    assert.deepEqual(secrets('password = os.environ["DB_PASSWORD"]'), []);
  });

  it("the name a secret is stored under (lower-case words, one of them a secret's word) is not the secret", () => {
    assert.deepEqual(secrets("secret: my-app-secret-name"), []);
    assert.deepEqual(secrets("passwordRef: prod.db-password"), []);
    assert.deepEqual(secrets("token: ci_deploy_token"), []);
    // Lower-case words without a secret's word, or with digits and symbols mixed in, are still values.
    const value = `${alnum(10)}7!`;
    assert.deepEqual(secrets(`token: ${value}`), [`secret-assignment:${value}`]);
  });

  it("a random-looking token named by a digest or request-id header before it is not a key", () => {
    const base64 = Buffer.from(faker.string.alphanumeric(16)).toString("base64");
    const hostId = `${alnum(32)}/${alnum(32)}`;
    assert.deepEqual(secrets(`Content-MD5: ${base64}`), []);
    assert.deepEqual(secrets(`x-amz-id-2: ${hostId}`), []);
    assert.deepEqual(secrets(`X-Api-Key: ${alnum(32)}`).length, 1);
  });

  it("a GraphQL page cursor after 'after:' or 'before:' is a position, not a key", () => {
    const cursor = Buffer.from(`cursor:v2:${faker.string.alphanumeric(6)}\u0091\u00ce`, "latin1").toString(
      "base64",
    );
    assert.deepEqual(secrets(`after: "${cursor}"`), []);
    assert.deepEqual(secrets(`query { repos(first: 50, before: "${cursor}") }`), []);
  });

  it("finds a password after the word for it in Czech, Turkish, Hungarian, Croatian, Slovenian, Russian, Japanese and Chinese", () => {
    const value = `${alnum(8)}7!`;
    for (const word of ["heslo", "şifre", "jelszó", "lozinka", "geslo", "пароль", "パスワード", "密码"]) {
      assert.deepEqual(secrets(`${word}: ${value}`), [`secret-assignment:${value}`], word);
    }
    assert.deepEqual(secrets("zapomenuté heslo? klikněte sem"), []);
  });

  it("a random value after a key's word in a URL's query is reported as that assignment", () => {
    const value = alnum(26);
    assert.deepEqual(secrets(`https://api.example.com/v1/data?api_key=${value}`), [
      `secret-assignment:${value}`,
    ]);
    assert.deepEqual(secrets(`https://example.com/reset?token=${value}&next=/home`), [
      `secret-assignment:${value}`,
    ]);
  });

  it("finds a password after the Italian and Portuguese words for it", () => {
    const value = `${alnum(8)}7!`;
    assert.deepEqual(secrets(`parola d'ordine: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`a palavra-passe é ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("parola d'ordine dimenticata? chiedi all'helpdesk"), []);
  });
});

describe("secrets: passwords told in prose, codes and hashes", () => {
  const pw = () => `${alnum(7)}#${faker.string.numeric(2)}`;

  it("a password word, a few words naming what it opens, and a verb tell the password", () => {
    for (const [before, after] of [
      ["admin pass for the NAS is ", ""],
      ["het wachtwoord van de printer is ", ""],
      ["hasło do serwera to ", ""],
      ["la contraseña del router es ", ""],
      ["das Kennwort für den Server lautet ", ""],
    ]) {
      const value = pw();
      assert.deepEqual(secrets(`${before}${value}${after}`), [`secret-assignment:${value}`], before);
    }
  });

  it("the same phrases about the password, not telling it, find nothing", () => {
    assert.deepEqual(secrets("the password for the VPN is the same as your laptop one"), []);
    assert.deepEqual(secrets("het wachtwoord van de printer is verlopen"), []);
    assert.deepEqual(secrets("pass to the left: Anna then Tom"), []);
    assert.deepEqual(secrets("the password reset link for the portal is https://id.acme.io/reset"), []);
  });

  it("a passphrase of three to six plain words after a password word is the secret", () => {
    assert.deepEqual(secrets("the passphrase is correct horse battery staple"), [
      "secret-assignment:correct horse battery staple",
    ]);
    assert.deepEqual(secrets("passphrase: orbit lantern velvet canyon"), [
      "secret-assignment:orbit lantern velvet canyon",
    ]);
  });

  it("a sentence that runs on after the password word is not a passphrase", () => {
    assert.deepEqual(secrets("the password is incorrect for user bob"), []);
    assert.deepEqual(secrets("the passphrase is stored in the vault"), []);
    assert.deepEqual(secrets("the passphrase is way too short"), []);
  });

  it("the word for password inside Japanese and Chinese text, then its particle or verb", () => {
    const value = pw();
    assert.deepEqual(secrets(`サーバーのパスワードは ${value} です`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`服务器的密码是 ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("パスワードは管理者に聞いてください"), []);
    assert.deepEqual(secrets("密码是什么？"), []);
  });

  it("backup and recovery codes, in one group or two, are secrets", () => {
    assert.deepEqual(secrets("my 2FA backup code is 493 817"), ["secret-assignment:493 817"]);
    assert.deepEqual(secrets("Recovery codes:\n4829-1736\n9921-4410"), [
      "secret-assignment:4829-1736\n9921-4410",
    ]);
    assert.deepEqual(secrets("recovery codes are shown once after you enable 2FA"), []);
    assert.deepEqual(secrets("backup code generation is broken in prod"), []);
  });

  it("a hashed password is not a live secret: bcrypt, argon2, sha-crypt, Django's pbkdf2", () => {
    const salt = alnum(22);
    assert.deepEqual(secrets(`$2b$12$${salt}${alnum(31)}`), []);
    assert.deepEqual(
      secrets(`password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${alnum(22)}$${alnum(43)}"`),
      [],
    );
    assert.deepEqual(secrets(`root:$6$rounds=5000$${alnum(16)}$${alnum(86)}:19000:0:99999:7:::`), []);
    assert.deepEqual(secrets(`hashed_password: "pbkdf2_sha256$600000$${alnum(16)}$${alnum(43)}="`), []);
    // The same random material without a hash's scheme is a secret.
    const key = alnum(53);
    assert.deepEqual(secrets(`api key ${key}`).length, 1);
  });

  it("a password's base64 in a Kubernetes secret is not mistaken for a query string", () => {
    const encoded = Buffer.from(`n8S4=A%${alnum(8)}~~^**gc`).toString("base64");
    assert.deepEqual(secrets(`data:\n  password: ${encoded}`), [`secret-assignment:${encoded}`]);
    const cursor = Buffer.from("page=3&sort=asc&limit=50").toString("base64");
    assert.deepEqual(secrets(`password: ${cursor}`), []);
  });
});

describe("secrets: codes named by the place they open", () => {
  it("a code for a room, door or garage, told with its digits, is a secret", () => {
    assert.deepEqual(secrets("the code for the storage room is 4471"), ["secret-assignment:4471"]);
    assert.deepEqual(secrets("der Code für die Garage lautet 2580"), ["secret-assignment:2580"]);
    assert.deepEqual(secrets("le code de la porte est 1984."), ["secret-assignment:1984"]);
  });

  it("a code of no lock, an error's code, or digits the sentence goes on about are not", () => {
    assert.deepEqual(secrets("the code for the discount is 4471"), []);
    assert.deepEqual(secrets("error code for the server is 5003"), []);
    assert.deepEqual(secrets("the code for the room booking is 2026 edition"), []);
  });
});

describe("secrets: what a password is like is not the password", () => {
  it("a hyphenated adjective or an instruction after the verb is not a password", () => {
    assert.deepEqual(secrets("the password for Jira is SSO-based now"), []);
    assert.deepEqual(secrets("the password for Okta is MFA-protected"), []);
    assert.deepEqual(secrets("password: ask john smith"), []);
    assert.deepEqual(secrets("the password for Jira is Jira#2026x"), ["secret-assignment:Jira#2026x"]);
  });
});

describe("secrets: codes and passwords as colleagues hand them over (round eight)", () => {
  const code = () => faker.string.numeric({ length: 4, allowLeadingZeros: false });
  const word = () =>
    `${faker.string.alpha({ length: 1, casing: "upper" })}${alnum(7)}#${faker.string.numeric(2)}`;

  it("a code beside its place, or inside the place's compound word, is a secret in nine languages", () => {
    for (const phrase of [
      "the garage code is",
      "Türcode",
      "de deurcode is",
      "Alarmanlage Code:",
      "koden till dörren är",
      "kod do drzwi:",
      "il codice della porta è",
      "o código da porta é",
      "código de la puerta:",
      "code de l'alarme :",
      "Code für die Alarmanlage:",
      "Garagentor Code",
      "porttelefon kod",
    ]) {
      const digits = code();
      assert.deepEqual(secrets(`${phrase} ${digits}`), [`secret-assignment:${digits}`], phrase);
    }
  });

  it("a keypad's # or * after the digits is not part of the code", () => {
    const digits = code();
    assert.deepEqual(secrets(`door code ${digits}#`), [`secret-assignment:${digits}`]);
    assert.deepEqual(secrets(`gate code ${digits}*`), [`secret-assignment:${digits}`]);
  });

  it("a French digicode may carry the keypad's letters", () => {
    assert.deepEqual(secrets("le digicode c'est 4B27A"), ["secret-assignment:4B27A"]);
    assert.deepEqual(secrets("digicode : 1593"), ["secret-assignment:1593"]);
  });

  it("a safe's or a locker's combination is told in pairs of digits", () => {
    assert.deepEqual(secrets("safe combo is 32-18-07"), ["secret-assignment:32-18-07"]);
    assert.deepEqual(secrets("locker combo 19-33-05"), ["secret-assignment:19-33-05"]);
    assert.deepEqual(secrets("Tresor Kombination: 12-34-56"), ["secret-assignment:12-34-56"]);
  });

  it("codes of no lock, a lock's model, a date, a discount or a length are not secrets", () => {
    for (const text of [
      "safe combination lock model 2740",
      "the combo deal is 4999 this week",
      "the code is 4200 lines long",
      "error code 4012 when saving",
      "alarm code 2026-12-06",
      "digicode BADC",
      "Türcode bitte bei der Rezeption erfragen",
      "de deurcode staat in de mail",
      "the door code changed, ask facilities",
      "Garagentor klemmt seit 2024",
      "gate 4412 at Schiphol",
      "the safe is in room 4412",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("a PIN changed or set 'to' digits is a PIN; 'the PIN to the safe is in the drawer' tells none", () => {
    const digits = code();
    assert.deepEqual(secrets(`PIN to ${digits}`), [`secret-assignment:${digits}`]);
    assert.deepEqual(secrets(`change the PIN to ${digits}`), [`secret-assignment:${digits}`]);
    assert.deepEqual(secrets("the PIN to the safe is in the drawer"), []);
  });

  it("German 'lautet' and 'is now' tell a password like 'is' does", () => {
    const value = word();
    assert.deepEqual(secrets(`Das Kennwort lautet ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`password is now ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("Das Passwort lautet wie immer"), []);
  });

  it("compound words for password (Einmalpasswort, Adminkennwort, engångslösenord) name one", () => {
    const digits = faker.string.numeric(6);
    const value = word();
    // Six digits after a one-time password's word are read surer as a one-time code than as a plain password.
    assert.deepEqual(secrets(`Einmalpasswort: ${digits}`), [`one-time-code:${digits}`]);
    assert.deepEqual(secrets(`Adminkennwort ist ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`engångslösenord: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("Einmalpasswort anfordern"), []);
  });

  it("a password that starts with $ and goes on with other signs is a value, not a variable", () => {
    const value = `$${alnum(5)}#${alnum(8)}~${faker.string.numeric(2)}`;
    assert.deepEqual(secrets(`user: ops\npass: ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("password: $DB_PASS"), []);
    assert.deepEqual(secrets("password: $env:DB_PASS"), []);
    assert.deepEqual(secrets("password: $HOME/.secrets/pw"), []);
  });

  it("a value of grouped x's is a placeholder", () => {
    assert.deepEqual(secrets("token: xxxx-xxxx-xxxx"), []);
    assert.deepEqual(secrets("api_key: XXXX XXXX XXXX"), []);
  });
});

describe("secrets: sessions, authenticator keys, wallets and signed webhooks (round eight)", () => {
  const base32 = (length: number) => faker.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);
  const groups = (text: string) => text.match(/.{4}/g)?.join(" ") ?? "";

  it("a session cookie's value is a secret, by the framework's cookie name or in a cookie header", () => {
    const hex = faker.string.hexadecimal({ length: 32, casing: "upper", prefix: "" });
    const token = alnum(32);
    assert.deepEqual(secrets(`Cookie: JSESSIONID=${hex}`), [`secret-assignment:${hex}`]);
    assert.deepEqual(secrets(`PHPSESSID=${token.toLowerCase()}`), [
      `secret-assignment:${token.toLowerCase()}`,
    ]);
    assert.deepEqual(
      secrets(`curl -b 'sessionid=${token}' https://app.example.org/admin`).at(-1),
      `secret-assignment:${token}`,
    );
    assert.deepEqual(secrets(`Cookie: theme=dark; session_id=${hex.toLowerCase()}`), [
      `secret-assignment:${hex.toLowerCase()}`,
    ]);
  });

  it("a log's session_id, a UUID or timestamp session, a setting and a placeholder are not session secrets", () => {
    for (const text of [
      `log: session_id=${faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" })} ok`,
      `sessionId=${faker.string.uuid()} user=42`,
      "session=2026-12-06T10:00:00Z",
      "SESSION_COOKIE_NAME=sessionid",
      "Cookie: sessionid=<your session id>",
      "Cookie: theme=dark; lang=en",
      "Set-Cookie: _ga=GA1.2.1234567890.1600000000",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("an authenticator's setup key in groups of four after a two-factor word is a secret", () => {
    const upper = groups(`${base32(14)}A2`);
    const lower = groups(`${base32(30)}B3`).toLowerCase();
    assert.deepEqual(secrets(`2FA seed: ${upper}`), [`secret-assignment:${upper}`]);
    assert.deepEqual(secrets(`authenticator setup key: ${lower}`), [`secret-assignment:${lower}`]);
  });

  it("capital words in fours after a two-factor word are not a key", () => {
    assert.deepEqual(secrets("TOTP key: PLAN WITH FOUR TEAM"), []);
    assert.deepEqual(secrets("our 2FA rollout: CORE TEAM DONE NEXT WEEK"), []);
    assert.deepEqual(secrets(`ticket ${groups(`${base32(14)}A2`)} about the printer`), []);
  });

  const phrase =
    "ribbon eager walnut canyon orbit tiger velvet lunar anchor pepper ozone fossil slogan dinner hockey mango oyster plate rival siren tackle umbrella vivid wagon";
  const twelve = phrase.split(" ").slice(0, 12).join(" ");

  it("twelve to twenty-four plain words after a seed or recovery phrase's name are a wallet's secret", () => {
    assert.deepEqual(secrets(`seed phrase: ${twelve}`), [`secret-assignment:${twelve}`]);
    assert.deepEqual(secrets(`recovery phrase\n${twelve}`), [`secret-assignment:${twelve}`]);
    assert.deepEqual(secrets(`my metamask secret recovery phrase is ${phrase}`), [
      `secret-assignment:${phrase}`,
    ]);
    assert.deepEqual(secrets(`mnemonic: ${twelve}`), [`secret-assignment:${twelve}`]);
    const numbered = twelve
      .split(" ")
      .map((word, index) => `${index + 1}. ${word}`)
      .join(" ");
    assert.deepEqual(secrets(`Ledger 24 words: ${numbered}`), [`secret-assignment:${numbered.slice(3)}`]);
  });

  it("advice about a seed phrase, prose and word lists without a wallet are not one", () => {
    for (const text of [
      "seed phrase: never share it with anyone",
      "write down your 24-word recovery phrase on paper",
      "the seed phrase is 12 words, keep it offline",
      "spelling test, 12 words: apple banana cherry grape lemon mango orange peach pear plum kiwi melon",
      "Vokabeln, 12 Wörter: Apfel Birne Kirsche Traube Zitrone Mango Orange Pfirsich Pflaume Kiwi Melone Banane",
      "mnemonic device to remember the order: my very eager mother just served us nachos",
      "apple banana cherry grape lemon mango orange peach pear plum kiwi melon",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("a Teams incoming webhook and an Azure signed URL's sig carry their key", () => {
    const uuid = () => faker.string.uuid();
    const teams = `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" })}/${uuid()}`;
    assert.deepEqual(secrets(`teams webhook ${teams}`), [`provider-token:${teams}`]);
    const sig = `${alnum(40)}%3D`;
    const sas = `https://acme.blob.core.windows.net/c/f.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31&sig=${sig}`;
    assert.ok(secrets(sas).includes(`secret-assignment:${sig}`));
  });

  it("the JWT every tutorial shows and a Slack webhook of placeholders are documentation", () => {
    const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url");
    const payload = Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}').toString(
      "base64url",
    );
    assert.deepEqual(secrets(`example from jwt.io: ${header}.${payload}.${alnum(43)}`), []);
    assert.deepEqual(secrets("webhook_url: https://hooks.slack.com/services/T000/B000/XXXXXXXX"), []);
  });
});

describe("secrets: passwords changed to a value, codes in lists and more languages (round eight)", () => {
  const value = () =>
    `${faker.string.alpha({ length: 1, casing: "upper" })}${alnum(6)}!${faker.string.numeric(2)}`;

  it("a change verb, the word for password and the word for 'to' tell the new password in eight languages", () => {
    for (const phrase of [
      "I changed the password to",
      "j'ai changé le mdp en",
      "he cambiado la contraseña a",
      "ho cambiato la password in",
      "mudei a senha para",
      "zmieniłem hasło na",
      "jag bytte lösenordet till",
      "ik heb het wachtwoord veranderd naar",
    ]) {
      const secret = value();
      assert.deepEqual(secrets(`${phrase} ${secret}`), [`secret-assignment:${secret}`], phrase);
    }
  });

  it("changing the password to a scheme, a date or a name followed by more prose tells none", () => {
    for (const text of [
      "I changed the password to the new scheme",
      "changed my password to something stronger",
      "changed the password on 2026-12-01",
      "change the password to VPN-2024 before Friday",
      "set the password in the vault",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("verification codes told in Dutch, Italian, Polish, Swedish and Portuguese are secrets", () => {
    for (const phrase of [
      "Je verificatiecode is",
      "Il tuo codice di verifica è",
      "Twój kod weryfikacyjny to",
      "Din verifieringskod är",
      "Seu código de verificação é",
    ]) {
      const digits = faker.string.numeric(6);
      assert.deepEqual(secrets(`${phrase} ${digits}`), [`secret-assignment:${digits}`], phrase);
    }
    assert.deepEqual(secrets("mój PIN do karty to 3390"), ["secret-assignment:3390"]);
  });

  it("key boxes in six languages and disarm or entry codes are secrets; a key or a port number is not", () => {
    for (const phrase of [
      "Schlüsselkasten Code",
      "Schlüsselkasten",
      "boîte à clés :",
      "sleutelkluis:",
      "alarm disarm code",
    ]) {
      const digits = faker.string.numeric({ length: 4, allowLeadingZeros: false });
      assert.deepEqual(secrets(`${phrase} ${digits}`), [`secret-assignment:${digits}`], phrase);
    }
    for (const text of [
      "Schlüssel 3926",
      "garage 4821",
      "port 8080",
      "the door 4412 is stuck",
      "the unlock code feature",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("recovery codes listed under their heading, or after a qualifier, are secrets", () => {
    const codes = ["abcde-12345", "f6g7h-8i9j0", "k1l2m-n3o4p"];
    assert.deepEqual(secrets(`GitHub recovery codes\n${codes.join("\n")}`), [
      `secret-assignment:${codes.join("\n")}`,
    ]);
    assert.deepEqual(secrets("backup codes:\n4821 9930\n1188 4402"), [
      "secret-assignment:4821 9930\n1188 4402",
    ]);
    assert.deepEqual(secrets("here's a recovery code in case: 9f2k7-m3x8q"), [
      "secret-assignment:9f2k7-m3x8q",
    ]);
    assert.deepEqual(secrets("recovery codes\nare in the vault"), []);
  });

  it("a listed recovery code of letters alone counts at the top of a list that goes on with surer codes", () => {
    const codes = ["elbsg-xvbtk", "zuna9-hu94s", "9c7c4-fojkk"];
    assert.deepEqual(secrets(`GitHub recovery codes for the bot account:\n${codes.join("\n")}`), [
      `secret-assignment:${codes.join("\n")}`,
    ]);
    assert.deepEqual(secrets(`Backup-Codes:\n${codes[0]}  ${codes[1]}\n${codes[2]}`), [
      `secret-assignment:${codes[0]}  ${codes[1]}\n${codes[2]}`,
    ]);
    assert.deepEqual(secrets("recovery codes for the team:\nread-write\nsee-below"), []);
  });

  it("an arrow after a password's qualifier tells it like a colon", () => {
    const secret = value();
    assert.deepEqual(secrets(`pass for guest network → ${secret}`), [`secret-assignment:${secret}`]);
    assert.deepEqual(secrets(`wifi password for the lab -> ${secret}`), [`secret-assignment:${secret}`]);
  });

  it("a pin of a chip or a spec, an openssl pass-phrase source and a PowerShell cmdlet are not secrets", () => {
    for (const text of [
      "pin 4471 of the spec says the field is optional",
      "openssl enc -aes-256-cbc -pass env:ENC_KEY -in a -out b",
      "openssl rsa -in key.pem -passin file:pass.txt",
      "$pw = Read-Host -AsSecureString",
      "requirepass foobared",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
    assert.deepEqual(secrets("card PIN 4821"), ["secret-assignment:4821"]);
    const secret = value();
    assert.deepEqual(secrets(`masterauth ${secret}`), [`secret-assignment:${secret}`]);
  });
});

describe("secrets: locks and BitLocker keys (round eight)", () => {
  it("a lock's code or combination in five languages is a secret", () => {
    assert.deepEqual(secrets("combination for the bike lock: 0-4-7-1"), ["secret-assignment:0-4-7-1"]);
    assert.deepEqual(secrets("le code du cadenas c'est 3812"), ["secret-assignment:3812"]);
    assert.deepEqual(secrets("der Code für das Fahrradschloss ist 5094"), ["secret-assignment:5094"]);
    assert.deepEqual(secrets("el código del candado es 2218"), ["secret-assignment:2218"]);
    assert.deepEqual(secrets("code for the lock: see wiki"), []);
    assert.deepEqual(secrets("the code for the Lock component is 4200 lines"), []);
  });

  it("forty-eight digits in eight groups of six are a BitLocker recovery key; seven groups are not", () => {
    const groups = Array.from({ length: 8 }, () => faker.string.numeric(6));
    const key = groups.join("-");
    assert.deepEqual(secrets(`BitLocker recovery key: ${key}`), [`secret-assignment:${key}`]);
    assert.deepEqual(secrets(key), [`secret-assignment:${key}`]);
    assert.deepEqual(secrets(groups.slice(0, 7).join("-")), []);
    assert.deepEqual(secrets("BitLocker recovery key is stored in Entra ID"), []);
  });
});

describe("secrets: passwords told in a plain word, lists, keys and defaults (round nine)", () => {
  it("a plain word after 'is' that closes the statement is a password, in six languages", () => {
    assert.deepEqual(secrets("the wifi password is letmein, don't share it"), ["secret-assignment:letmein"]);
    assert.deepEqual(secrets("guest password is sunshine."), ["secret-assignment:sunshine"]);
    assert.deepEqual(secrets("das Passwort ist kuckucksuhr"), ["secret-assignment:kuckucksuhr"]);
    assert.deepEqual(secrets("le mot de passe c'est papillon pour le wifi"), ["secret-assignment:papillon"]);
    assert.deepEqual(secrets("la contraseña es mariposa"), ["secret-assignment:mariposa"]);
    assert.deepEqual(secrets("het wachtwoord is fietsbel"), ["secret-assignment:fietsbel"]);
    assert.deepEqual(secrets("the admin password is 'dragonfly'"), ["secret-assignment:dragonfly"]);
    assert.deepEqual(secrets("my password's letmein"), ["secret-assignment:letmein"]);
  });

  it("a word that describes a password's state or runs a sentence on is not a password", () => {
    for (const text of [
      "the password is wrong, try again",
      "password is required",
      "your password is incorrect.",
      "the password is stored in Vault under secret/data/staging",
      "the password is the same as last time",
      "the password is expired",
      "das Passwort ist falsch",
      "das Passwort ist abgelaufen",
      "le mot de passe est incorrect, réessayez",
      "le mot de passe c'est obligatoire",
      "la contraseña es demasiado corta",
      "la contraseña es incorrecta.",
      "het wachtwoord is verlopen",
      "what password is it?",
      "the password is somewhere in the wiki",
      "the password is different for each box",
      "the password's been changed",
      "password's expired",
      "the password's length is 12",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("recovery codes printed in one case, two groups or eight digits are read as one list", () => {
    const upper = faker.string.fromCharacters("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
    const letters = faker.string.fromCharacters("ABCDEFGHJKLMNPQRSTUVWXYZ", 10);
    const grouped = `${faker.string.alphanumeric({ length: 5, casing: "lower" })}-${faker.string.numeric(5)}`;
    const list = `${upper}1\n${grouped}\n${letters}`;
    assert.deepEqual(secrets(`Recovery codes:\n${list}`), [`secret-assignment:${list}`]);
    assert.deepEqual(secrets("Recovery codes:\nDOWNLOAD\nPRINT"), []);
    assert.deepEqual(secrets("Backup codes:\nGenerate new codes below"), []);
  });

  it("recovery codes printed in columns are one list, letters-only codes beside a code among them", () => {
    const code = () =>
      `${faker.string.fromCharacters("abcdefghjkmnpqrstuvwxyz", 5)}-${faker.string.fromCharacters("abcdefghjkmnpqrstuvwxyz", 5)}`;
    const first = `${faker.string.alphanumeric({ length: 4, casing: "lower" })}7-${code().slice(6)}`;
    const list = `${first}   ${code()}\n${code()}\t${code()}`;
    assert.deepEqual(secrets(`Save your recovery codes\n${list}\nKeep them somewhere safe.`), [
      `secret-assignment:${list}`,
    ]);
    assert.deepEqual(secrets("Recovery codes:\nDOWNLOAD    PRINT    COPY"), []);
    assert.deepEqual(secrets("recovery codes\nwrite-down   these-codes"), []);
  });

  it("a Discord bot token is found when its first part decodes to a bot's id", () => {
    const id = Buffer.from(faker.string.numeric({ length: 19, allowLeadingZeros: false })).toString("base64");
    const token = `${id.replace(/=+$/, "")}.${alnum(6)}.${alnum(38)}`;
    assert.deepEqual(secrets(`client.login('${token}')`, true), [`provider-token:${token}`]);
    const words = Buffer.from("hello there my friends!!").toString("base64");
    const text = `see ${words.replace(/=+$/, "")}.abcdef.${"a".repeat(30)}`;
    assert.ok(!secrets(text).some((found) => found.startsWith("provider-token:")), text);
  });

  it("Stripe's publishable keys are made to be published and are not secrets", () => {
    assert.deepEqual(secrets(`const stripe = Stripe("pk_live_${alnum(24)}")`, true), []);
    assert.deepEqual(secrets(`pk_test_${alnum(24)} for checkout.js`), []);
    const secretKey = `sk_live_${alnum(24)}`;
    assert.deepEqual(secrets(`STRIPE_KEY=${secretKey}`), [`stripe-key:${secretKey}`]);
  });

  it("six to ten hyphenated digit groups beside a key's word are a recovery key; without one they are not", () => {
    const key = Array.from({ length: 8 }, () => faker.string.numeric(5)).join("-");
    assert.deepEqual(secrets(`recovery key for the laptop: ${key}`), [`secret-assignment:${key}`]);
    const german = Array.from({ length: 6 }, () => faker.string.numeric(4)).join("-");
    assert.deepEqual(secrets(`Wiederherstellungsschlüssel: ${german}`), [`secret-assignment:${german}`]);
    assert.deepEqual(secrets(`order numbers ${key} shipped`), []);
    assert.deepEqual(secrets("serial key 1234-5678 printed on the box"), []);
  });

  it("a Terraform variable named for a secret gives its default away; other defaults and references do not", () => {
    const secret = `${alnum(9)}&3x`;
    assert.deepEqual(secrets(`variable "db_pass" {\n  default = "${secret}"\n}`, true), [
      `secret-assignment:${secret}`,
    ]);
    for (const text of [
      'variable "db_password" {\n  type      = string\n  sensitive = true\n}',
      'variable "db_password_length" {\n  default = "16"\n}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform interpolation, written as one
      'variable "api_token" {\n  default = "${var.fallback}"\n}',
      'variable "region" {\n  default = "eu-west-1"\n}',
      'variable "api_token" {\n  default = "changeme"\n}',
    ]) {
      assert.deepEqual(secrets(text, true), [], text);
    }
  });
});

describe("secrets: catch-hook URLs (round nine)", () => {
  it("a Zapier or Make catch hook is a secret URL; the services' other pages are not", () => {
    const zap = `hooks.zapier.com/hooks/catch/${faker.string.numeric(7)}/${alnum(7)}`;
    assert.deepEqual(secrets(`curl -X POST 'https://${zap}/' -d @body.json`), [`provider-token:${zap}`]);
    const make = `hook.eu1.make.com/${faker.string.alphanumeric({ length: 32, casing: "lower" })}`;
    assert.deepEqual(secrets(`webhook: https://${make}`), [`provider-token:${make}`]);
    assert.deepEqual(secrets("see https://zapier.com/apps/slack/integrations/123456 for the docs"), []);
    assert.deepEqual(secrets("https://www.make.com/en/help/tools/webhooks"), []);
  });
});

describe("secrets: a plain word after a qualified password's colon (round nine)", () => {
  it("a plain word closing the clause after 'password for X:' or '->' is the password, in three languages", () => {
    assert.deepEqual(secrets("pass for guest acct -> bluemoon"), ["secret-assignment:bluemoon"]);
    assert.deepEqual(secrets("Passwort fürs WLAN: sonnenschein"), ["secret-assignment:sonnenschein"]);
    assert.deepEqual(secrets("mot de passe du wifi : papillon"), ["secret-assignment:papillon"]);
  });

  it("a state, an instruction or a way of logging in after the colon is not a password", () => {
    for (const text of [
      "password for the portal: see wiki",
      "password for wifi: ask reception",
      "password for staging: unchanged",
      "password for prod: rotated",
      "password for the NAS: same as before",
      "password for jira: sso",
      "password reset for bob: done",
      "password for the VPN: okta login",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });
});

describe("secrets: buzzer, intercom and opener codes, and French 'code porte' (round nine)", () => {
  it("a buzzer's, an intercom's or an opener's code, and 'code' before the place, are secrets", () => {
    assert.deepEqual(secrets("apartment buzzer code is 2207"), ["secret-assignment:2207"]);
    assert.deepEqual(secrets("intercom code: 4512#"), ["secret-assignment:4512"]);
    assert.deepEqual(secrets("garage opener code 8841"), ["secret-assignment:8841"]);
    assert.deepEqual(secrets("Code porte : 1984A"), ["secret-assignment:1984A"]);
    assert.deepEqual(secrets("le code portail est 1405"), ["secret-assignment:1405"]);
  });

  it("a code of letters, an error's code, a date and a purse are not door codes", () => {
    for (const text of [
      "code porte : ABCD",
      "error code porte 404",
      "entry code 2026-12-01",
      "code porte-monnaie 1234",
      "the buzzer code changed, ask reception",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });
});

describe("secrets: a token told in words, and new providers' prefixed keys (round nine)", () => {
  it("a random or sixteen-hex value after 'the token is' is a secret; states and references are not", () => {
    const hex = faker.string.hexadecimal({ length: 16, casing: "lower", prefix: "" }).replace(/^[a-f]/, "1");
    assert.deepEqual(secrets(`the token is ${hex}1`), [`secret-assignment:${hex}1`]);
    for (const text of [
      "the token is expired",
      "the access token is valid for 1h",
      "the api key is in 1Password",
      "the secret is out",
      "the API key is rotated every 90 days",
      "the secret is SecretsManager-prod",
      "my token was 3f2b8c1e-7a4d-4e9b-8c2f-1a5d6e7f8a9b",
      "the key is KEY-4821",
      "the token is deadbeefcafebabe",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("a short prefix, '_' and a body of letters and digits is a key beside a key's word", () => {
    const body = `${faker.string.alphanumeric({ length: 12, casing: "lower" })}4a7b9c2d${faker.string.alpha({ length: 6, casing: "lower" })}`;
    assert.deepEqual(secrets(`ntfy token tk_${body}`), [`high-entropy-token:tk_${body}`]);
    assert.deepEqual(secrets("the token column is user_tokens_2024_archive_v2_final"), []);
    assert.deepEqual(secrets("trace token span_20240101120000123456789"), []);
    assert.deepEqual(secrets(`table tk_${body} was dropped`), []);
  });
});

describe("secrets: told after a qualified verb or '=', base32 PATs, FileVault keys, Wi-Fi QR text, OAuth codes (round nine)", () => {
  it("a plain word after 'password for X is' closes the statement and is the password, in three languages", () => {
    assert.deepEqual(secrets("Passwort für die Fritzbox ist sommerregen"), ["secret-assignment:sommerregen"]);
    assert.deepEqual(secrets("a senha nova é girassol"), ["secret-assignment:girassol"]);
    assert.deepEqual(secrets("the password for the lab is periwinkle."), ["secret-assignment:periwinkle"]);
    for (const text of [
      "password for this account is managed by IT",
      "the password for new hires is mandatory",
      "the password for the guest wifi is posted at reception",
      "das Passwort für den Router ist unverändert",
      "het wachtwoord voor de printer is gewijzigd",
      "the password for prod is whatever Vault says",
      "password for the portal is SSO-based",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });

  it("'=' after a qualified password's word tells a shaped value; code reading one does not", () => {
    const secret = `Drukker#${faker.string.numeric(2)}`;
    assert.deepEqual(secrets(`wachtwoord voor de printer = ${secret}`), [`secret-assignment:${secret}`]);
    assert.deepEqual(secrets("password for user = getPassword()"), []);
    assert.deepEqual(secrets("password for the db = config.db.pass"), []);
    assert.deepEqual(secrets("password for a == b2"), []);
  });

  it("an Azure DevOps style base32 token beside 'PAT' is a secret; hex beside a cache's key is not", () => {
    const interleaved = Array.from({ length: 26 }, (_, i) => `${"qrstuvwxyz"[i % 10]}${i % 8}`).join("");
    assert.deepEqual(secrets(`PAT for azure devops: ${interleaved}`), [`high-entropy-token:${interleaved}`]);
    assert.deepEqual(secrets("cache key 5d41402abc4b2a76b9719d911017c592"), []);
    assert.deepEqual(secrets(`Pat is out today, the build is ${"ab".repeat(20)}`), []);
  });

  it("six groups of capitals and digits beside a recovery key's word are a key; hex groups and no word are not", () => {
    const key = Array.from(
      { length: 6 },
      () => faker.string.fromCharacters("GHJKLMNPQRSTUVWXYZ", 2) + faker.string.numeric(2),
    ).join("-");
    assert.deepEqual(secrets(`FileVault recovery key: ${key}`), [`secret-assignment:${key}`]);
    assert.deepEqual(secrets("key id 2B4F-19AC-77DE-3F10-AB22-CD91 rotated"), []);
    assert.deepEqual(secrets("license key ABCD-EFGH-IJKL-MNOP-QRST-UVWX"), []);
    assert.deepEqual(secrets(`order ref ${key} shipped`), []);
  });

  it("the Wi-Fi QR code's P: field is the network's key; an open network has none", () => {
    assert.deepEqual(secrets("WIFI:T:WPA;S:Cordon-Guest;P:hazelnut-tram-55;;"), [
      "secret-assignment:hazelnut-tram-55",
    ]);
    assert.deepEqual(secrets("WIFI:T:nopass;S:Open;;"), []);
    assert.deepEqual(secrets("WIFI:T:WPA;S:Lab;P:<password>;;"), []);
  });

  it("an OAuth code in a redirect back to the app is a secret; a shop's discount code is not", () => {
    const code = `4/0A${alnum(24)}1`;
    assert.deepEqual(secrets(`https://portal.example.com/sso/callback?code=${code}&state=xyz`), [
      `secret-assignment:${code}`,
    ]);
    assert.deepEqual(secrets("https://shop.example.com/cart?code=SUMMER2025DISCOUNTCODE"), []);
    assert.deepEqual(secrets("https://example.com/verify?code=123456&state=a"), []);
  });
});

describe("secrets: what a sentence about a password says of it (round nine)", () => {
  it("a state with a preposition after it, or a question, is no passphrase and no password", () => {
    for (const text of [
      "the password is hashed before storage",
      "the password is unique per user",
      "whose password is this?",
      "the password is encrypted after upload",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
    assert.deepEqual(secrets("the passphrase is correct horse battery staple"), [
      "secret-assignment:correct horse battery staple",
    ]);
    assert.deepEqual(secrets("is the password Hunter2?"), ["secret-assignment:Hunter2?"]);
  });
});

describe("secrets: how other writers tell a password (round nine, second pass)", () => {
  it("a qualifier naming an address or a host still leads to the password told after it", () => {
    assert.deepEqual(secrets("smtp password for noreply@ is marmalade"), ["secret-assignment:marmalade"]);
    assert.deepEqual(secrets("das Kennwort für ops@example.com lautet Kiesel!Weg4"), [
      "secret-assignment:Kiesel!Weg4",
    ]);
    // Hard negatives: a state told of it, a full stop ending the qualifier.
    assert.deepEqual(secrets("password for noreply@example.com is required"), []);
    assert.deepEqual(secrets("Change your password. Note: Okta"), []);
  });

  it("an identity provider after a qualified password's colon says where it is kept; another word is told", () => {
    assert.deepEqual(secrets("password for the VPN: Okta"), []);
    assert.deepEqual(secrets("pw for the wiki: LDAP"), []);
    assert.deepEqual(secrets("password for guests: Sunflower"), ["secret-assignment:Sunflower"]);
    assert.deepEqual(secrets("wifi password for guests: sunflower"), ["secret-assignment:sunflower"]);
    assert.deepEqual(secrets("Passwort fürs WLAN: Sonnenschein"), ["secret-assignment:Sonnenschein"]);
  });

  it("a password still unchanged, or answered right after its own question, is told", () => {
    assert.deepEqual(secrets("pass is still kettle99 btw"), ["secret-assignment:kettle99"]);
    assert.deepEqual(secrets("le mot de passe est toujours chaton42"), ["secret-assignment:chaton42"]);
    assert.deepEqual(secrets("the password? it's lighthouse42 lol"), ["secret-assignment:lighthouse42"]);
    assert.deepEqual(secrets("das Passwort? Das ist Sonnenblume7"), ["secret-assignment:Sonnenblume7"]);
    // Hard negatives: where it is, how it is, or a state, after the same words.
    for (const text of [
      "what's the password? it's on the sticky note",
      "forgot the password? it's easy to reset",
      "password? it's complicated",
      "the password is still wrong",
      "Passwort ist immer noch abgelaufen",
      "the password is still being reset",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });
});

describe("secrets: access codes in German and Dutch, and grouped ones (round nine, second pass)", () => {
  it("a Zugangscode or toegangscode is a code's word, and a grouped code of capitals and digits is told", () => {
    assert.deepEqual(secrets("Ihr Zugangscode für das Portal lautet 4K9-TQ2-ZP7."), [
      "secret-assignment:4K9-TQ2-ZP7",
    ]);
    assert.deepEqual(secrets("the access code for the portal is 7QX-K42-M9P"), [
      "secret-assignment:7QX-K42-M9P",
    ]);
    assert.deepEqual(secrets("de toegangscode voor de poort is 4821"), ["secret-assignment:4821"]);
    assert.deepEqual(secrets("Zugangscode: 7731"), ["secret-assignment:7731"]);
  });

  it("a ticket key, capitals without a digit or no value after the word stay clean", () => {
    for (const text of [
      "the access code for the sprint board is CORE-1182",
      "the access code for the wiki is SEE-THE-DOCS",
      "der Zugangscode für den Raum lautet wie immer",
      "Zugangscode anfordern unter https://intranet.example",
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
  });
});

describe("secrets: literal logins in code and a verb with a colon (round nine, second pass)", () => {
  it("the password argument of a login built from literals is a secret", () => {
    const value = `${alnum(8)}7!`;
    assert.deepEqual(secrets(`requests.post(url, auth=('svc-bot', '${value}'))`, true), [
      `secret-assignment:${value}`,
    ]);
    assert.deepEqual(secrets(`HTTPBasicAuth("deploy", "${value}")`, true), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`new NetworkCredential("ops", "${value}")`, true), [
      `secret-assignment:${value}`,
    ]);
    assert.deepEqual(secrets(`ConvertTo-SecureString '${value}' -AsPlainText -Force`, true), [
      `secret-assignment:${value}`,
    ]);
  });

  it("variables, environment reads, templates, hashes and placeholders in those calls are not", () => {
    for (const text of [
      "requests.get(url, auth=(user, password))",
      "auth=('admin', os.environ['PW'])",
      "HTTPBasicAuth('user', 'password')",
      "auth=('user', '{{ api_pass }}')",
      "ConvertTo-SecureString $pw -AsPlainText -Force",
      "ConvertTo-SecureString '<password>' -AsPlainText -Force",
    ]) {
      assert.deepEqual(secrets(text, true), [], text);
    }
  });

  it("a verb followed by a colon tells the password as the verb alone does", () => {
    assert.deepEqual(secrets("Ihr Einmal-Passwort lautet: 77-31-94"), ["secret-assignment:77-31-94"]);
    assert.deepEqual(secrets("the password is: Hunter2"), ["secret-assignment:Hunter2"]);
    assert.deepEqual(secrets("the password is: required"), []);
    assert.deepEqual(secrets("das Passwort ist: abgelaufen"), []);
  });
});

describe("secrets: masked values (round ten)", () => {
  it("a value masked with bullets, as a password field shows it, is no secret", () => {
    assert.deepEqual(secrets("password: ••••••••"), []);
    assert.deepEqual(secrets("PIN: ●●●●"), []);
  });
});

const hex = (length: number) => faker.string.hexadecimal({ length, casing: "lower", prefix: "" });
const upperAlnum = (length: number) => faker.string.fromCharacters("ABCDEFGHJKLMNPQRSTVWXYZ23456789", length);

describe("secrets: machine formats a new writer brings (round ten)", () => {
  it("a 1Password Secret Key, a Mailchimp key, Slack's browser tokens and hex `sk-` keys are provider tokens", () => {
    const onePassword = `A3-${upperAlnum(6)}-${upperAlnum(6)}-${upperAlnum(5)}-${upperAlnum(5)}-${upperAlnum(5)}-${upperAlnum(5)}`;
    assert.deepEqual(secrets(`for the emergency kit: secret key ${onePassword}`), [
      `provider-token:${onePassword}`,
    ]);
    const mailchimp = `${hex(32)}-us21`;
    assert.deepEqual(secrets(`MAILCHIMP_KEY=${mailchimp}`), [`provider-token:${mailchimp}`]);
    const slackClient = `xoxc-${faker.string.numeric(12)}-${faker.string.numeric(12)}-${hex(64)}`;
    assert.deepEqual(secrets(slackClient), [`slack-token:${slackClient}`]);
    const deepseek = `sk-${hex(32)}`;
    assert.deepEqual(secrets(`deepseek key: ${deepseek}`), [`provider-token:${deepseek}`]);
    const openrouter = `sk-or-v1-${hex(64)}`;
    assert.deepEqual(secrets(`here: ${openrouter}`), [`provider-token:${openrouter}`]);
  });

  it("look-alikes of those formats are not: a short group code, a hex slug after `sk-`, a lower-case `sk-` slug", () => {
    assert.deepEqual(secrets("ticket A3-BX7-QQ2 is closed"), []);
    assert.deepEqual(secrets("A3-AAAAAA-BBBBBB-CCCCC-DDDDD-EEEEE-FFFFF"), []);
    assert.deepEqual(secrets("order part A3-100200-300400"), []);
    assert.deepEqual(secrets("the sk-learn-compat-shim package"), []);
    assert.deepEqual(secrets(`git branch sk-${"a".repeat(40)}`), []);
  });

  it("a Telegram bot's token is found alone and inside the API's URL path", () => {
    const token = `${faker.string.numeric(10)}:AA${faker.string.fromCharacters(`${alnum(20)}_-`, 33)}`;
    assert.deepEqual(secrets(`TELEGRAM_TOKEN=${token}`).at(-1), `provider-token:${token}`);
    assert.deepEqual(secrets(`curl https://api.telegram.org/bot${token}/getMe`), [`provider-token:${token}`]);
    // A time and a word, a ratio: no thirty-five characters after the colon.
    assert.deepEqual(secrets("meeting at 1200000000:AA sharp"), []);
  });

  it("a signed URL's signature (S3, GCS, CloudFront) and a session token riding along are secrets", () => {
    const signature = hex(64);
    const s3 = `https://b.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${upperAlnum(16)}%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=900&X-Amz-Signature=${signature}`;
    assert.ok(secrets(s3).includes(`secret-assignment:${signature}`));
    const gcs = hex(512);
    assert.ok(
      secrets(
        `https://storage.googleapis.com/b/a.csv?X-Goog-Credential=svc%2F2026&X-Goog-Expires=900&X-Goog-Signature=${gcs}`,
      ).includes(`secret-assignment:${gcs}`),
    );
    const cloudfront = `${alnum(60)}~${alnum(40)}__`;
    assert.ok(
      secrets(
        `https://d1.cloudfront.net/v.mp4?Expires=1767225600&Signature=${cloudfront}&Key-Pair-Id=K2JCJMDEHXQW5F`,
      ).includes(`secret-assignment:${cloudfront}`),
    );
  });

  it("a signature without signing parameters beside it, or a placeholder one, is not a signed URL's", () => {
    assert.deepEqual(secrets("https://api.example.com/verify?Signature=valid-signature-here"), []);
    assert.deepEqual(
      secrets(
        "https://b.s3.amazonaws.com/r.pdf?X-Amz-Credential=AKIA...&X-Amz-Expires=900&X-Amz-Signature=<signature>",
      ),
      [],
    );
  });

  it("an incoming webhook's key in the URL's path is a secret; a hook's number or object id is not", () => {
    const mattermost = faker.string.fromCharacters("abcdefghijklmnopqrstuvwxyz0123456789", 26);
    assert.deepEqual(secrets(`https://chat.example.org/hooks/${mattermost}`), [
      `provider-token:${mattermost}`,
    ]);
    const ifttt = `${alnum(22)}`;
    assert.ok(
      secrets(`curl https://maker.ifttt.com/trigger/deploy/with/key/${ifttt}`).some((s) => s.endsWith(ifttt)),
    );
    assert.deepEqual(secrets("https://github.com/acme/api/settings/hooks/412345678"), []);
    assert.deepEqual(secrets(`https://dashboard.stripe.com/webhooks/we_1${alnum(23)}`), []);
    assert.deepEqual(secrets("see /hooks/useEffectCleanupPattern2024 in the docs"), []);
  });

  it("a password reset, magic or invitation link's token is a secret, in its path or its query", () => {
    const token = alnum(40);
    assert.deepEqual(secrets(`https://app.example.com/reset-password?token=${token}`).length, 1);
    const short = alnum(43);
    assert.deepEqual(
      secrets(`https://accounts.example.com/magic-link/verify?t=${short}&email=ana%40example.com`),
      [`secret-assignment:${short}`],
    );
    const django = `c4h-${hex(32)}`;
    assert.deepEqual(secrets(`https://intranet.example.com/reset/MjM/${django}/`), [
      `secret-assignment:${django}`,
    ]);
  });

  it("a link's ids, addresses and readable words are not its token, nor a link that opens nothing", () => {
    assert.deepEqual(
      secrets(
        "https://shop.example.com/order/confirm?order_id=A1B2C3D4E5F6G7H8J9&utm_source=mail2024newsletter",
      ),
      [],
    );
    assert.deepEqual(secrets("https://docs.example.com/guides/reset-password-for-new-employees-2024"), []);
    assert.deepEqual(secrets(`https://app.example.com/login?next=%2Fdashboard%2F${alnum(4)}`), []);
  });

  it("base64 of JSON that holds a credential is a secret; a paging cursor's JSON is not", () => {
    const docker = Buffer.from(
      JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci:${alnum(14)}`).toString("base64") } } }),
    ).toString("base64");
    assert.deepEqual(secrets(`  .dockerconfigjson: ${docker}`).length, 1);
    const tunnel = Buffer.from(
      JSON.stringify({ a: hex(32), t: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, s: alnum(44) }),
    )
      .toString("base64")
      .replace(/=+$/, "");
    assert.deepEqual(secrets(`sudo cloudflared service install ${tunnel}`), [`secret-assignment:${tunnel}`]);
    const cursor = Buffer.from(JSON.stringify({ offset: 100, sort: "created_at" })).toString("base64");
    assert.deepEqual(secrets(`GET /v1/items?cursor=${cursor}`), []);
  });

  it("a key's word in other languages lets a random or hex value beside it count", () => {
    for (const sentence of [
      `clé API Mailjet : ${hex(32)}`,
      `Zugangstoken für die CI: ${hex(40)}`,
      `APIキーは${hex(32)}です`,
      `密钥：${hex(32)}`,
      `токен для CI: ${hex(40)}`,
    ])
      assert.equal(secrets(sentence).length, 1, sentence);
    // A hex digest named as one stays a digest in any language.
    assert.deepEqual(secrets(`Prüfsumme (sha256): ${hex(64)}`), []);
  });

  it("network devices' secrets in clear or type 7 are found; hashed types, default communities and prose are not", () => {
    const enable = `En4${alnum(8)}!`;
    assert.deepEqual(secrets(`hostname core-sw1\nenable secret 0 ${enable}`), [
      `secret-assignment:${enable}`,
    ]);
    assert.deepEqual(secrets("username admin privilege 15 password 7 0822455D0A16"), [
      "secret-assignment:0822455D0A16",
    ]);
    const community = `Mon${alnum(9)}`;
    assert.deepEqual(secrets(`snmp-server community ${community} RO`), [`secret-assignment:${community}`]);
    assert.deepEqual(
      secrets("enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM"),
      [],
    );
    assert.deepEqual(secrets("snmp-server community public RO"), []);
    assert.deepEqual(secrets("enable password rotation in Okta before Friday"), []);
  });

  it("published keys, object ids, anti-forgery values and file bytes in base64 are not secrets", () => {
    assert.deepEqual(secrets(`refund pi_3${alnum(23)} please, the customer was charged twice`), []);
    assert.deepEqual(secrets(`price: 'price_1${alnum(23)}',`, true), []);
    assert.deepEqual(
      secrets(`posthog.init('phc_${alnum(43)}', { api_host: 'https://eu.posthog.com' })`, true),
      [],
    );
    const mapbox = `pk.eyJ1IjoiYWNtZSIsImEiOiJjbDBhYmMxMjMwMDAwM3BxZ2ZkZ3l6eXh3In0.${alnum(22)}`;
    assert.deepEqual(secrets(`mapboxgl.accessToken = '${mapbox}';`, true), []);
    assert.deepEqual(secrets(`<div class="g-recaptcha" data-sitekey="6L${alnum(38)}"></div>`), []);
    assert.deepEqual(secrets(`Set-Cookie: XSRF-TOKEN=${alnum(40)}; Path=/`), []);
    assert.deepEqual(secrets(`"nonce": "${alnum(32)}", "state": "${alnum(32)}"`), []);
    assert.deepEqual(secrets(`Content-Security-Policy: script-src 'self' 'nonce-${alnum(22)}'`), []);
    assert.deepEqual(secrets(`"thumbnail": "/9j/4AAQSkZJRgABAQ${alnum(40)}/${alnum(40)}"`), []);
    assert.deepEqual(
      secrets(`algoliasearch('${upperAlnum(10)}', '${hex(32)}'); // search-only key`, true),
      [],
    );
    assert.deepEqual(
      secrets(
        `ipfs get Qm${faker.string.fromCharacters("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)}`,
      ),
      [],
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, meant literally
    assert.deepEqual(secrets("password: ${DB_PASSWORD:?must be set}"), []);
  });

  it("the secret twins of those look-alikes are still found", () => {
    const mapbox = `sk.eyJ1IjoiYWNtZSIsImEiOiJjbDBhYmMxMjMwMDAwM3BxZ2ZkZ3l6eXh3In0.${alnum(22)}`;
    assert.equal(secrets(`MAPBOX_SECRET_TOKEN=${mapbox}`).length, 1);
    const recaptchaSecret = `6L${alnum(38)}`;
    assert.deepEqual(secrets(`RECAPTCHA_SECRET=${recaptchaSecret}`).length, 1);
    const session = alnum(40);
    assert.deepEqual(secrets(`Cookie: XSRF-TOKEN=${alnum(40)}; laravel_session=${session}`), [
      `secret-assignment:${session}`,
    ]);
  });

  it("a random id in a URL pasted into a message is the document's, as in a URL field; beside a key's word it counts", () => {
    assert.deepEqual(secrets(`see https://docs.google.com/document/d/1${alnum(43)}/edit?usp=sharing`), []);
    assert.deepEqual(
      secrets(`join https://teams.microsoft.com/l/meetup-join/19%3ameeting_${alnum(48)}%40thread.v2/0`),
      [],
    );
    const key = alnum(32);
    assert.deepEqual(secrets(`https://api.example.com/v1/export?api_key=${key}`), [
      `secret-assignment:${key}`,
    ]);
  });
});

describe("secrets: short keys told in words, qualified secrets and JSON Web Keys (round ten)", () => {
  it("a short key of both cases and digits told after 'token is' is a secret; a readable name is not", () => {
    const key = `${alnum(7)}Q7x${alnum(6)}`;
    assert.deepEqual(secrets(`the sandbox token is ${key}`), [`secret-assignment:${key}`]);
    assert.deepEqual(secrets("the token is Release-Notes-2026"), []);
    assert.deepEqual(secrets("the token is stillvalidtoday"), []);
  });

  it("a secret's or token's word qualified by what it opens leads to the value told after it", () => {
    assert.deepEqual(secrets("the shared secret for the radius server is Rad1us-Shared-77"), [
      "secret-assignment:Rad1us-Shared-77",
    ]);
    assert.deepEqual(secrets("the token for staging is expired"), []);
    assert.deepEqual(secrets("the secret for prod is in Vault"), []);
  });

  it("a JSON Web Key's private members are secrets and its public members are not", () => {
    const x = alnum(43);
    const y = alnum(43);
    const d = `${alnum(10)}-${alnum(20)}-${alnum(11)}`;
    const publicKey = `{"kty":"EC","crv":"P-256","x":"${x}","y":"${y}"}`;
    assert.deepEqual(secrets(publicKey, true), []);
    assert.deepEqual(secrets(`{"kty":"EC","crv":"P-256","x":"${x}","y":"${y}","d":"${d}"}`, true), [
      `high-entropy-token:${d}`,
    ]);
  });
});

describe("secrets: camelCase keys, function keys in a URL and keys named ids (round ten, second batch)", () => {
  it("a camelCase key ending in Password, Secret, Token or ApiKey assigns a value with a digit", () => {
    const value = `Hx7${alnum(10)}`;
    assert.deepEqual(secrets(`helm upgrade db bitnami/mysql --set auth.rootPassword=${value}`), [
      `secret-assignment:${value}`,
    ]);
    assert.deepEqual(secrets(`{ "clientSecret": "${value}" }`), [`secret-assignment:${value}`]);
  });

  it("a camelCase key reading a value from elsewhere, or a paging or anti-forgery key, assigns no secret", () => {
    assert.deepEqual(secrets("const dbPassword = config.dbPassword2;", true), []);
    assert.deepEqual(secrets("adminPassword: process.env.ADMIN_PW1", true), []);
    assert.deepEqual(secrets(`{"nextPageToken": "Cg${alnum(26)}"}`), []);
    assert.deepEqual(secrets("rootPassword: changeme123"), []);
    assert.deepEqual(secrets("maxToken: 4096"), []);
  });

  it("an Azure Functions URL's code parameter is its function key", () => {
    const key = `${alnum(54)}`;
    assert.deepEqual(secrets(`https://fn-ingest.azurewebsites.net/api/Ingest?code=${key}==`), [
      `secret-assignment:${key}`,
    ]);
    assert.deepEqual(secrets(`https://shop.example.com/checkout?code=${alnum(24)}`), []);
  });

  it("a value under a key named an id is the key's id, not the key", () => {
    assert.deepEqual(secrets(`api_key_id: "key_01HZ${upperAlnum(22)}"`), []);
    assert.deepEqual(secrets(`"tokenId": "${alnum(32)}"`), []);
    const key = alnum(32);
    assert.deepEqual(secrets(`api_key: "${key}"`).length, 1);
  });
});

describe("secrets: round eleven", () => {
  it("reads a password's word typed with two neighbouring letters swapped", () => {
    const secret = `Qx${alnum(8)}7#`;
    assert.deepEqual(secrets(`Psaswort für den Testnutzer: ${secret}`), [`secret-assignment:${secret}`]);
    assert.deepEqual(secrets(`mot de pases temporaire : ${secret}`), [`secret-assignment:${secret}`]);
    assert.deepEqual(secrets(`the passwrod is ${secret}`), [`secret-assignment:${secret}`]);
  });

  it("finds recovery codes under headings in other languages, after a heading that goes on, and inline", () => {
    const code = () =>
      `${faker.string.alphanumeric({ length: 4, casing: "lower" })}7-${faker.string.alphanumeric({ length: 5, casing: "lower" })}`;
    const two = `${code()}\n${code()}`;
    for (const heading of [
      "Wiederherstellungscodes",
      "Codes de récupération :",
      "códigos de respaldo",
      "kody zapasowe",
    ]) {
      assert.deepEqual(secrets(`${heading}\n${two}`), [`secret-assignment:${two}`], heading);
    }
    assert.deepEqual(secrets(`Here are your recovery codes. Store them safely:\n${two}`), [
      `secret-assignment:${two}`,
    ]);
    const inline = `${faker.string.numeric(8)} ${faker.string.numeric(8)} ${faker.string.numeric(8)}`;
    assert.deepEqual(secrets(`two-factor backup codes: ${inline}`), [`secret-assignment:${inline}`]);
  });

  it("what is said of recovery codes, a count or a place, is no list of them", () => {
    assert.deepEqual(secrets("backup codes: see the vault, 2 left"), []);
    assert.deepEqual(secrets("recovery codes: 10 remaining"), []);
    assert.deepEqual(secrets("Sicherungscodes werden einmal angezeigt\nBitte jetzt speichern"), []);
  });

  it("finds Alibaba Cloud and Tencent Cloud key ids by their prefixes, as AWS's", () => {
    const alibaba = `LTAI5t${alnum(16)}`;
    const tencent = `AKID9${alnum(31)}`;
    assert.deepEqual(secrets(`ALIBABA_CLOUD_ACCESS_KEY_ID=${alibaba}`), [`provider-token:${alibaba}`]);
    assert.deepEqual(secrets(`TENCENTCLOUD_SECRET_ID=${tencent}`), [`provider-token:${tencent}`]);
    assert.deepEqual(secrets("the LTAIPSUITEMODULES flag"), []);
  });

  it("does not take the shell's prompt printed after a Password: label for its value", () => {
    assert.deepEqual(secrets("$ su -\nPassword:\nroot@web01:~#"), []);
    assert.deepEqual(secrets("[sudo] password for ops:\nops@bastion:/var/log$"), []);
  });

  it("does not mend a swap inside a longer word, nor a name a swap spells", () => {
    assert.deepEqual(secrets("the compassowrd: 2024 figures"), []);
    assert.deepEqual(secrets("Sneha: 4821 9930 is her desk phone"), []);
  });

  it("does not take an algorithm's or a setting's camelCase name for a random token", () => {
    assert.deepEqual(secrets("OID 1.2.840.113549.1.1.11 is sha256WithRSAEncryption"), []);
    assert.deepEqual(
      secrets("the signature algorithm is ecdsaWithSHA384, header TransferEncodingChunked"),
      [],
    );
  });

  it("still finds a random token near a key word whatever its case changes", () => {
    const key = `${alnum(8)}Q7${alnum(20)}`;
    assert.deepEqual(secrets(`api key ${key}`), [`high-entropy-token:${key}`]);
  });
});

describe("secrets: a key that names something about the secret", () => {
  it("a key ending in a word that times, dates, sizes or configures the secret holds no secret", () => {
    for (const line of [
      "PASSWORD_RESET_TIMEOUT = 3600",
      'secret_version = "latest"',
      'PASSWORD_ALGORITHM = "bcrypt"',
      "PASSWORD_COMPLEXITY=High",
      '"password_strength": "medium"',
      'api_key_header = "X-API-Key"',
      'api_key_prefix = "sk_live_"',
      "passwordExpiresAt: 2025-06-30T00:00:00Z",
      "token_created: 2024-11-18 09:12:44",
      "TOKEN_ROTATION_DAYS=30",
      "session_secret_lifetime: 8h",
      'variable "db_password_length" {\n  default = "24"\n}',
    ])
      assert.deepEqual(secrets(line), [], line);
  });

  it("a date or an AWS resource name given as a secret's value opens nothing", () => {
    assert.deepEqual(secrets("password_expires: 2025-06-30"), []);
    assert.deepEqual(secrets('secret = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db"'), []);
  });

  it("a key ending in an owner, an environment or a plain word after the secret's word still holds one", () => {
    for (const key of ["DB_PASSWORD_PROD", "password_root", "REDIS_PASSWORD_2", "smtp_password_value"]) {
      const value = `${alnum(10)}!7`;
      assert.deepEqual(secrets(`${key}=${value}`), [`secret-assignment:${value}`], key);
    }
    const base = alnum(48);
    assert.deepEqual(secrets(`SECRET_KEY_BASE=${base}`).length, 1);
  });
});

describe("secrets: round twelve", () => {
  const lowerAlnum = (length: number) => faker.string.alphanumeric({ length, casing: "lower" });
  // Enough digits spread through it to read as a random key in one case, as such keys do.
  const lowerKey = (length: number) => {
    const chars = [...lowerAlnum(length)];
    for (const at of [2, Math.floor(length / 2), length - 3]) chars[at] = String(faker.number.int(9));
    return chars.join("");
  };

  it("a key typed or pasted in one case is still a key beside a key word", () => {
    const google = `aiza${lowerKey(35)}`;
    const openai = `sk-proj-${lowerKey(48)}`;
    const plain = lowerKey(32);
    assert.deepEqual(secrets(`api key para maps: ${google}`), [`high-entropy-token:${google}`]);
    assert.deepEqual(secrets(`gebruik deze key: ${openai}`), [`provider-token:${openai}`]);
    assert.deepEqual(secrets(`der API-Key lautet ${plain}`), [`high-entropy-token:${plain}`]);
    assert.deepEqual(secrets(`use this key ${plain.toUpperCase()}`), [
      `high-entropy-token:${plain.toUpperCase()}`,
    ]);
  });

  it("a one-case name, slug or id beside a key word stays text", () => {
    assert.deepEqual(secrets("api key name: payments-service-prod-2026"), []);
    assert.deepEqual(secrets(`api key id: key_${lowerKey(24)}`), []);
    assert.deepEqual(secrets("the key is under release_2026_q3_hotfix_12"), []);
    assert.deepEqual(
      secrets(`key ${faker.string.hexadecimal({ length: 40, casing: "lower", prefix: "" })} is the commit`),
      [],
    );
  });

  it("keys of records (storage objects, caches, retries) and a public DSN key are no secrets", () => {
    const piece = alnum(20);
    assert.deepEqual(secrets(`object key uploads/${alnum(16)}/${piece}.png`), []);
    assert.deepEqual(secrets(`idempotency key ${alnum(24)}`), []);
    assert.deepEqual(secrets(`cache key: ${alnum(24)}`), []);
    const dsnKey = faker.string.hexadecimal({ length: 32, casing: "lower", prefix: "" });
    assert.deepEqual(secrets(`Sentry DSN https://${dsnKey}@o123456.ingest.sentry.io/4504`), []);
    // A secret's key word beside a record's still makes it a key.
    const key = alnum(32);
    assert.deepEqual(secrets(`storage account key: ${key}`), [`high-entropy-token:${key}`]);
  });

  it("a field's name in capitals where its value goes is a placeholder", () => {
    assert.deepEqual(secrets("curl -u USERNAME:PASSWORD https://api.example.com"), []);
    assert.deepEqual(secrets("password: PASSWORD"), []);
  });

  it("values random by design and public stay text: public keys, salts, nonces, key ids, module checksums", () => {
    const b64 = (length: number) =>
      faker.string.fromCharacters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", length);
    for (const text of [
      `PublicKey = ${b64(43)}=`,
      `"publicKey": "${b64(44)}"`,
      `salt: ${alnum(22)}`,
      `nonce=${alnum(22)}`,
      `x5t#S256: ${alnum(43)}`,
      `WebAuthn credential id ${alnum(43)}`,
      `go.sum: golang.org/x/text v0.14.0 h1:${b64(43)}=`,
      `Spotify track ${alnum(22)}`,
      `base64 of the logo: ${b64(120)}`,
    ]) {
      assert.deepEqual(secrets(text), [], text);
    }
    // Beside them a private key or a secret still counts.
    const key = b64(43);
    assert.deepEqual(secrets(`PrivateKey = ${key}=`), [`secret-assignment:${key}=`]);
  });

  it("a meeting's join link and an example or famous password are no one's login", () => {
    assert.deepEqual(secrets(`https://acme.zoom.us/j/84522319087?pwd=${alnum(32)}.1`), []);
    assert.deepEqual(secrets("example password: Tr0ub4dor&3 (from xkcd 936)"), []);
    assert.deepEqual(secrets(`z.B. Passwort: ${alnum(10)}7!`), []);
    const real = `${alnum(10)}7!`;
    assert.deepEqual(secrets(`Passwort: ${real}`), [`secret-assignment:${real}`]);
  });
});

describe("secrets: an assignment's value ends with its line (round twelve)", () => {
  it("a key left empty in an example file takes nothing from the line below", () => {
    assert.deepEqual(
      secrets(
        "# copy to .env and fill in\nSENDGRID_API_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/app",
      ),
      [],
    );
    assert.deepEqual(secrets("api_key:\nother_key: 1"), []);
  });

  it("a value on the line below a colon is still read, and the next key's own value too", () => {
    const value = `${alnum(10)}#7`;
    assert.deepEqual(secrets(`password:\n  ${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`API_KEY=\nDB_PASSWORD=${value}`), [`secret-assignment:${value}`]);
  });

  it("a generated password with a dot in it is a value, a property path with one number is code", () => {
    const value = `${alnum(3)}7${alnum(3)}Z3${alnum(2)}6fI_Tc.yc_C`;
    assert.deepEqual(secrets(`password=${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets("token = self.authToken2.value", true), []);
    assert.deepEqual(secrets("const token = auth.getToken2FA.result", true), []);
  });
});

describe("secrets: an option's value that is itself an assignment (round thirteen)", () => {
  const generated = () =>
    `${faker.string.alphanumeric({ length: 4, casing: "mixed" })}-${faker.string.alphanumeric({ length: 4, casing: "mixed" })}7q`;

  it("reads the password of `--from-literal=password=…`, `-var=password=…` and a nested environment key", () => {
    const value = generated();
    assert.deepEqual(
      secrets(
        `kubectl create secret generic smtp --from-literal=username=mailer --from-literal=password=${value} -n atlas`,
      ),
      [`secret-assignment:${value}`],
    );
    assert.deepEqual(secrets("kubectl create secret generic app --from-literal=password=lanternmeadow42"), [
      "secret-assignment:lanternmeadow42",
    ]);
    assert.deepEqual(secrets(`terraform plan -var=db_password=${value}`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`kubectl create secret generic app --from-literal=DB_PASSWORD=${value}`), [
      `secret-assignment:${value}`,
    ]);
  });

  it("a field's name given as an option's or an attribute's value is no assignment", () => {
    assert.deepEqual(secrets("vault kv get -field=password secret/db"), []);
    assert.deepEqual(secrets('<input type="password" name="password">'), []);
    assert.deepEqual(secrets("kubectl create secret generic tls --from-file=password=./pw.txt"), []);
    assert.deepEqual(secrets("kubectl get secret smtp -o jsonpath='{.data.password}'"), []);
  });
});

describe("secrets: one list of example words for every rule's password (round thirteen)", () => {
  const value = () => `${faker.string.alpha({ length: 6, casing: "mixed" })}!Weg${faker.string.numeric(2)}`;

  it("a password shown after an example's word is no one's, whichever rule reads it", () => {
    for (const template of [
      (v: string) => `e.g. password: ${v}`,
      (v: string) => `z.B. Passwort: ${v}`,
      (v: string) => `Beispiel-Passwort: ${v}`,
      (v: string) => `sample password: ${v}`,
      (v: string) => `par ex. mot de passe : ${v}`,
      (v: string) => `ad es. password: ${v}`,
      (v: string) => `przykładowe hasło: ${v}`,
      (v: string) => `exempel lösenord: ${v}`,
    ]) {
      const text = template(value());
      assert.deepEqual(secrets(text), [], text);
      assert.deepEqual(findPasswords(detectionInput(text)), [], text);
    }
  });

  it("a sample or an example elsewhere in the message leaves a handed-over password found", () => {
    const told = value();
    assert.deepEqual(secrets(`I sent the sample to the lab, password is ${told}`), [
      `secret-assignment:${told}`,
    ]);
    assert.deepEqual(secrets(`See the example. Password: ${told}`), [`secret-assignment:${told}`]);
  });
});

describe("what in a URL or a log line makes a value a secret", () => {
  const passwords = (text: string) =>
    findPasswords(detectionInput(text))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

  it("a reset, magic or verification link's token stays a secret when a host or path word reads like an example", () => {
    const token = hex(48);
    for (const url of [
      `https://portal.example-bank.eu/reset?user=ana@acme.de&token=${token}`,
      `https://www.sample-store.com/account/verify-email?token=${token}`,
      `https://app.example-crm.io/auth/magic-link?token=${token}`,
    ])
      assert.deepEqual(secrets(url), [`secret-assignment:${token}`], url);
  });

  it("a link told as an example in the prose before it is still an example", () => {
    const token = alnum(40);
    assert.deepEqual(secrets(`e.g. https://portal.acme.eu/reset?token=${token}`).length, 1);
    assert.ok(
      !secrets(`e.g. https://portal.acme.eu/reset?token=${token}`)[0]?.startsWith("secret-assignment"),
    );
  });

  it("the record of an invitee, a payee or an employee after its collection is an id, not a link's token", () => {
    const uuid = faker.string.uuid();
    assert.deepEqual(
      secrets(`https://app.calendly.com/invitees/${uuid}?name=Malte%20K&phone=%2B49%2030`),
      [],
    );
    assert.deepEqual(
      secrets(`https://api.calendly.com/scheduled_events/${faker.string.uuid()}/invitees/${uuid}`),
      [],
    );
    assert.deepEqual(secrets(`https://app.acme.io/registrations/confirmees/${uuid}`), []);
  });

  it("an invitation, an invite or a verification of an employee still carries its token", () => {
    const token = alnum(32);
    for (const url of [
      `https://app.acme.io/invite/${token}`,
      `https://app.acme.io/invitations/${token}/accept`,
      `https://hr.acme.io/verify-employee/${token}`,
    ])
      assert.deepEqual(secrets(url), [`secret-assignment:${token}`], url);
  });

  it("an SSH key's fingerprint in sshd's log or ssh-keygen's output is no password, beside a login's word", () => {
    const sha = Buffer.from(hex(64), "hex").toString("base64").replace(/=+$/, "");
    const md5 = hex(32).replace(/(..)(?!$)/g, "$1:");
    for (const log of [
      `Accepted publickey for deploy from 35.211.131.11 port 60049 ssh2: ED25519 SHA256:${sha}\nLast login: Mon Dec  7 9:00:11 2026`,
      `Accepted publickey for git from 10.0.4.2 port 52993 ssh2: RSA MD5:${md5}\nLast login: Tue Dec  8 08:12:40 2026 from 10.0.4.2`,
      `Anmeldung (login) mit Schlüssel SHA256:${sha} akzeptiert`,
    ]) {
      assert.deepEqual(passwords(log), [], log);
      assert.deepEqual(secrets(log), [], log);
    }
  });

  it("a password handed over beside a login's word is still one, even written after SHA256:", () => {
    assert.deepEqual(passwords("temp login: SHA256:fUeFSKvCq9VZJdriwUS"), [
      "password-prose:SHA256:fUeFSKvCq9VZJdriwUS",
    ]);
    assert.deepEqual(passwords("login for the NAS is Hunter2024x!"), ["password-prose:Hunter2024x!"]);
  });
});

describe("a URL's words before its token, wherever the clause's window starts (round fifteen)", () => {
  it("a reset token whose clause window starts inside the scheme's :// is still read as in a URL", () => {
    const token = hex(48);
    for (let pad = 0; pad < 8; pad++) {
      const url = `https://portal.example-bank.eu/reset?user=${"k".repeat(pad)}wabenam@yahoo.es&token=${token}`;
      assert.deepEqual(secrets(url), [`secret-assignment:${token}`], url);
    }
  });
});

describe("secrets: round fifteen", () => {
  const code = () =>
    `${faker.string.alphanumeric({ length: 2, casing: "lower" })}${faker.string.numeric(1)}${faker.string.alpha({ length: 2, casing: "lower" })}-${faker.string.alphanumeric({ length: 5, casing: "lower" })}`;

  it("four or more printed recovery codes one a line are a secret whatever their heading says", () => {
    const list = [code(), code(), code(), code(), code()];
    assert.deepEqual(secrets(`Okta recovery\n${list.join("\n")}`), [`secret-assignment:${list.join("\n")}`]);
  });

  it("ticket keys, postcodes and fewer than four codes in a list are not recovery codes", () => {
    assert.deepEqual(secrets("sprint:\nPROJ-1234\nPROJ-1240\nCORE-5512\nCORE-5513"), []);
    assert.deepEqual(secrets("zips:\n12345-6789\n23456-1234\n34567-2345\n45678-3456"), []);
    assert.deepEqual(secrets(`notes\n${code()}\n${code()}\nthanks`), []);
  });

  it("'example' inside a host's name is no example marker: a reset link's token there is a secret", () => {
    const token = faker.string.hexadecimal({ length: 48, casing: "lower", prefix: "" });
    const url = `https://portal.example-bank.eu/reset?user=ana@example.org&token=${token}`;
    assert.deepEqual(secrets(url), [`secret-assignment:${token}`]);
    assert.deepEqual(secrets(`for example: password=${alnum(10)}$4`), []);
  });

  it("the ids of a link's invitees are no invitation's token", () => {
    const id = faker.string.uuid();
    assert.deepEqual(secrets(`https://app.calendly.com/invitees/${id}?name=Ana`), []);
    const token = alnum(32);
    assert.deepEqual(secrets(`https://app.example.io/invite/${token}`), [`secret-assignment:${token}`]);
  });

  it("a password of random case told after a word that describes it (Romance word order) is a secret", () => {
    const value = "XgAGltoJMGmSNajgmSa".replace(/./g, (char) =>
      /[a-z]/.test(char)
        ? faker.string.alpha({ length: 1, casing: "lower" })
        : faker.string.alpha({ length: 1, casing: "upper" }),
    );
    assert.deepEqual(secrets(`La password temporanea è ${value}, cambiala al primo accesso.`), [
      `secret-assignment:${value}`,
    ]);
    assert.deepEqual(secrets(`Le mot de passe temporaire est ${value}.`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`La contraseña temporal es ${value}.`), [`secret-assignment:${value}`]);
    assert.deepEqual(secrets(`A senha temporária é ${value}.`), [`secret-assignment:${value}`]);
  });

  it("a product's or an identifier's name told after such a word is not a password", () => {
    assert.deepEqual(secrets("La password del portale è SharePoint"), []);
    assert.deepEqual(secrets("the password for the portal is getUserAccountName"), []);
    assert.deepEqual(secrets("La password temporanea è scaduta"), []);
  });
});
