import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { faker } from "@faker-js/faker";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findPasswords } from "./passwords.ts";
import { findSecrets } from "./secrets.ts";

const passwords = (text: string) =>
  findPasswords(detectionInput(text))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

// Passwords are made up at run time, so no credential-shaped literal sits in the repository.
faker.seed(11);
const password = () =>
  `${faker.string.alpha({ length: 1, casing: "upper" })}${faker.string.alphanumeric(9)}7!`;

describe("passwords outside assignments", () => {
  it("finds the password of a connection string", () => {
    const secret = password().replace(/[!@:/]/g, "");
    assert.deepEqual(passwords(`postgres://app:${secret}@db.internal:5432/app`), [
      `password-in-url:${secret}`,
    ]);
  });

  it("finds passwords on command lines: glued -p, -p value, --password value, -u user:pass", () => {
    const secret = password();
    assert.deepEqual(passwords(`mysql -u root -p${secret} -h db.internal`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords(`sshpass -p '${secret}' ssh deploy@bastion`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords(`psql --password ${secret}`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords(`curl -u admin:${secret} https://ci.example.com/api`), [
      `password-flag:${secret}`,
    ]);
  });

  it("finds the -p of a command that was given a user with -u, whatever the command", () => {
    const secret = password();
    assert.deepEqual(passwords(`az login -u deploy@example.org -p ${secret}`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords(`oc login -u dev -p '${secret}' https://api.example.org`), [
      `password-flag:${secret}`,
    ]);
  });

  it("-p after -u is not a password when it is a port, a port mapping, or -u took no user", () => {
    assert.deepEqual(passwords("docker run -u 1000 -p 8080:80 nginx"), []);
    assert.deepEqual(passwords("psql -U app -p 5432 -h db"), []);
    assert.deepEqual(passwords("git log -u -p src/app.ts"), []);
    assert.deepEqual(passwords("ssh -u ops host; tar -p archive.tar"), []);
  });

  it("finds a password handed over in a message about a reset or a login", () => {
    const secret = password();
    assert.deepEqual(passwords(`I reset it, use ${secret} and change it after`), [
      `password-prose:${secret}`,
    ]);
  });

  it("finds a password given as the whole of a reply", () => {
    const secret = password();
    assert.deepEqual(passwords(`it's ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`its ${secret.replace("!", "#")}`), [
      `password-prose:${secret.replace("!", "#")}`,
    ]);
  });

  it("a reply naming a ticket, a version or a word, or a longer sentence, is not a password", () => {
    assert.deepEqual(passwords("it's CORE-1182"), []);
    assert.deepEqual(passwords("it's v2.14.1-beta3"), []);
    assert.deepEqual(passwords("it's fine now"), []);
    assert.deepEqual(passwords("it's node18"), []);
    assert.deepEqual(passwords(`it's ${password()} that broke the build on main last night, reverting`), []);
  });

  it("ports, variables, placeholders, paths, versions and code are not passwords", () => {
    assert.deepEqual(passwords("ssh -p 2222 deploy@bastion"), []);
    assert.deepEqual(passwords("docker run -p 8080:80 nginx"), []);
    assert.deepEqual(passwords('mysql -u root -p"$DB_PASS" -h db'), []);
    assert.deepEqual(passwords("postgres://user:password@localhost:5432/app"), []);
    assert.deepEqual(passwords("postgres://user:<password>@localhost/app"), []);
    assert.deepEqual(passwords("https://docs.example.com/login/reset"), []);
    assert.deepEqual(passwords("auth = HTTPBasicAuth(user, password)"), []);
    assert.deepEqual(passwords("reset your password in Settings → Security, then log in again"), []);
    assert.deepEqual(passwords("login broke after upgrading to v2.14.1-beta3"), []);
  });
});

describe("passwords: other hand-overs", () => {
  it("finds a login pair: an address, a separator and a password-shaped word", () => {
    const secret = password();
    assert.deepEqual(passwords(`vendor portal -> ana.x@example.org / ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords("ana.x@example.org pw harbor-violet-cobalt-55"), [
      "password-prose:harbor-violet-cobalt-55",
    ]);
    assert.deepEqual(passwords(`the shared login is ana.x@example.org and ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords("mail ana.x@example.org and ask for the deck"), []);
    // Without a word about access, "and" joins an address to anything.
    assert.deepEqual(passwords("email ana.x@example.org and ProjectX2024 goes live"), []);
    assert.deepEqual(passwords("cc ana.x@example.org, the-new-onboarding-flow"), []);
  });

  it("finds what is echoed into a command reading a password from standard input", () => {
    assert.deepEqual(passwords("echo falcon-harbor-lantern-35 | sudo -S systemctl restart nginx"), [
      "password-flag:falcon-harbor-lantern-35",
    ]);
    const secret = password();
    assert.deepEqual(passwords(`echo '${secret}' | docker login -u ci --password-stdin`), [
      `password-flag:${secret}`,
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, written as one
    assert.deepEqual(passwords('echo "${REGISTRY_TOKEN}" | docker login -u ci --password-stdin'), []);
    assert.deepEqual(passwords("echo hello | grep -S h"), []);
  });

  it("finds a Windows net user password and a .pgpass line's last field", () => {
    const secret = password();
    assert.deepEqual(passwords(`net user svc_backup ${secret} /add`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords("net user svc_backup * /add"), []);
    assert.deepEqual(passwords(`net user admin *${secret} /add`), [`password-flag:*${secret}`]);
    assert.deepEqual(passwords("db.internal:5432:*:report:saffron-ember-lantern-35"), [
      "secret-assignment:saffron-ember-lantern-35",
    ]);
    assert.deepEqual(passwords("ts=12:30:45:00:01"), []);
  });

  it("a password starting with a digit is found when it mixes cases; sizes and dates are not", () => {
    assert.deepEqual(passwords("it's 9JaugW6wnT"), ["password-prose:9JaugW6wnT"]);
    assert.deepEqual(passwords("reset done, log in with 2024-Q3-report"), []);
  });

  it("the network name after 'wifi' is not its password", () => {
    assert.deepEqual(passwords("guest wifi Northwind-5G key QuartzSaffron1997."), [
      "password-prose:QuartzSaffron1997",
    ]);
  });
});

describe("passwords: a login named, then user / password", () => {
  it("finds the password of a user / password pair after a word naming a login", () => {
    assert.deepEqual(passwords("login for the staging admin is deploy / harborlantern1957"), [
      "password-prose:harborlantern1957",
    ]);
    const secret = password();
    assert.deepEqual(passwords(`creds: admin / ${secret}`), [`password-prose:${secret}`]);
  });

  it("a slash between plain words, versions or files after a login word is not a password", () => {
    assert.deepEqual(passwords("the login page is home / settings"), []);
    assert.deepEqual(passwords("login is fixed in main / release-2024.tar.gz"), []);
    assert.deepEqual(passwords("login flow: web / 1.4.2"), []);
    assert.deepEqual(passwords("deploy / harborlantern1957 shipped yesterday"), []);
  });
});

describe("passwords: more command lines and login pairs", () => {
  it("finds a password glued to --password= on a command line", () => {
    const secret = password().replace(/[!'"]/g, "");
    assert.deepEqual(passwords(`psql --host=db.internal --username=admin --password=${secret}`), [
      `password-flag:${secret}`,
    ]);
  });

  it("finds a password after 'login USER /' without a verb between", () => {
    assert.deepEqual(passwords("login admin / zebra.paper.anchor.54 for the staging console"), [
      "password-prose:zebra.paper.anchor.54",
    ]);
  });

  it("a file name after 'login USER /' and a member access in a message about logins are not passwords", () => {
    assert.deepEqual(passwords("login admin / backup.conf is missing"), []);
    assert.deepEqual(passwords("passport 0.7.0 needs req.logIn callbacks"), []);
  });
});

describe("passwords: short labels and htpasswd", () => {
  it("finds the password of a user and password each after its short label", () => {
    const secret = password();
    assert.deepEqual(passwords(`u: a.sample p: ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`user: a.sample, pw: ${secret}`), [`password-prose:${secret}`]);
  });

  it("a short label without a user before it, or a variable after it, is no password", () => {
    assert.deepEqual(passwords("p: 42 pages"), []);
    assert.deepEqual(passwords("user: a.sample p: $PASS"), []);
  });

  it("finds the password htpasswd -b takes as its last argument, and not without -b", () => {
    const secret = password().replace(/[!'"]/g, "");
    assert.deepEqual(passwords(`htpasswd -b .htpasswd admin ${secret}`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords("htpasswd .htpasswd admin"), []);
  });
});

describe("passwords: other flags and markup", () => {
  it("finds the password after sqlcmd's -P and ldapsearch's -w", () => {
    const secret = password().replace(/[!'"]/g, "");
    assert.deepEqual(passwords(`sqlcmd -S db -U sa -P ${secret}`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords(`ldapsearch -x -D cn=admin -w ${secret}`), [`password-flag:${secret}`]);
  });

  it("finds the password after keytool's -storepass and -keypass, not a variable there", () => {
    const secret = password();
    assert.deepEqual(passwords(`keytool -list -keystore app.jks -storepass ${secret}`), [
      `password-flag:${secret}`,
    ]);
    assert.deepEqual(passwords(`jarsigner -keypass ${secret} app.jar`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords("keytool -list -storepass $STORE_PASS"), []);
  });

  it("-P and -w of other commands are not password flags", () => {
    assert.deepEqual(passwords("mysql -h db -P 3306 -u app"), []);
    assert.deepEqual(passwords("grep -w needle haystack.txt"), []);
  });

  it("finds a password in an XML element or a config file's key and value", () => {
    const secret = password().replace(/[<>"'&]/g, "");
    assert.deepEqual(passwords(`<password>${secret}</password>`), [`secret-assignment:${secret}`]);
    assert.deepEqual(passwords(`<add key="DbPassword" value="${secret}"/>`), [`secret-assignment:${secret}`]);
  });

  it("a variable or template in the same markup is not a password", () => {
    assert.deepEqual(passwords("<password>${env.DB_PASS}</password>"), []);
    assert.deepEqual(passwords('<add key="DbPassword" value="{{ db_password }}"/>'), []);
  });

  it("an assignment from a shell or batch variable names where the password is, not what it is", () => {
    assert.deepEqual(passwords("export DB_PASSWORD=$DB_PASSWORD"), []);
    assert.deepEqual(passwords("set PASSWORD=%DB_PASS%"), []);
    assert.deepEqual(passwords("reset the login: LDAP_PASS=`cat /run/secrets/ldap`"), []);
  });

  it("in a setting about logins only the value can be a password: a number or a word is not", () => {
    assert.deepEqual(passwords("Set PASSWORD_MIN_LENGTH=12 in settings.py"), []);
    assert.deepEqual(passwords("login throttling: LOGIN_MAX_RETRIES=5"), []);
    const secret = password();
    assert.deepEqual(passwords(`reset the login, use ADMIN_PASS=${secret}`).length, 1);
  });

  it("a local service's default login, user and password the same, is not a password; elsewhere it is", () => {
    assert.deepEqual(passwords("postgresql://postgres:postgres@localhost:5432/postgres"), []);
    assert.deepEqual(passwords("amqp://guest:guest@127.0.0.1:5672/"), []);
    assert.deepEqual(passwords("postgresql://postgres:postgres@db.prod.internal:5432/app"), [
      "password-in-url:postgres",
    ]);
    const secret = password().replace(/[!@:/]/g, "");
    assert.deepEqual(passwords(`redis://app:${secret}@localhost:6379`), [`password-in-url:${secret}`]);
  });
});

describe("passwords: Windows shares, Wi-Fi keys and notes of one's logins", () => {
  it("the argument of `net use` after the share that is no switch is its password", () => {
    const secret = password();
    assert.deepEqual(passwords(`net use \\\\fs01\\share /user:ACME\\jdoe ${secret}`), [
      `password-flag:${secret}`,
    ]);
    assert.deepEqual(passwords(`net use Z: \\\\fs01\\finance ${secret} /user:ACME\\jdoe`), [
      `password-flag:${secret}`,
    ]);
  });

  it("`net use` with only switches, or `*` asking for the password, holds none", () => {
    assert.deepEqual(passwords("net use Z: \\\\fs01\\share /persistent:yes"), []);
    assert.deepEqual(passwords("net use \\\\fs01\\share * /user:ACME\\jdoe"), []);
  });

  it("a key after an SSID is the network's password", () => {
    const secret = password();
    assert.deepEqual(passwords(`SSID Guest, key ${secret}`), [`password-prose:${secret}`]);
  });

  it("a service and a password-shaped value alone on a note's line are a login kept there", () => {
    const [a, b] = [password(), password()];
    assert.deepEqual(passwords(`gmail: ${a}\nbank - ${b}`), [`password-prose:${a}`, `password-prose:${b}`]);
  });

  it("a service's line with a plain note or an order number holds no password", () => {
    assert.deepEqual(passwords("gmail: check inbox daily\nbank - call Monday re mortgage"), []);
    assert.deepEqual(passwords("Amazon: order #114-2231 arrived"), []);
  });
});

describe("passwords: network names and notes that hold none", () => {
  it("the name right after a network's word is its name, not its password", () => {
    assert.deepEqual(passwords("wifi: Office-5G"), []);
    assert.deepEqual(passwords("WLAN: FritzBox-7590"), []);
    const secret = password();
    assert.deepEqual(passwords(`wifi: Office-5G / pw: ${secret}`).includes(`password-prose:${secret}`), true);
  });

  it("an invoice or an episode noted beside a service is no password", () => {
    assert.deepEqual(passwords("paypal - Invoice#2231\nnetflix - Season2x"), []);
  });
});

describe("passwords: a pair after an admin's or an account's word", () => {
  it("a user and password after admin or account words are a login handed over", () => {
    const secret = password();
    assert.deepEqual(passwords(`Router admin: admin / ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`Zugang für das Portal: jdoe / ${secret}`), [`password-prose:${secret}`]);
  });
});

describe("passwords in commands' own syntax and after remote-access words (round eight)", () => {
  it("finds passwords where each command puts them", () => {
    const secret = password();
    for (const [command, expected] of [
      [`smbclient //fs01/share -U jdoe%${secret}`, secret],
      [`xfreerdp /u:Administrator /p:${secret} /v:10.1.2.3`, secret],
      [`rabbitmqctl add_user svc ${secret}`, secret],
      [`rabbitmqctl change_password svc ${secret}`, secret],
      [`lftp -u ftpuser,${secret} ftp.example.org`, secret],
      [`ipmitool -I lanplus -H 10.0.0.9 -U ADMIN -P ${secret} chassis status`, secret],
      [`sqlplus system/${secret.replace(/[!@/]/g, "")}@//db:1521/ORCL`, secret.replace(/[!@/]/g, "")],
      [`ssh-keygen -t ed25519 -N '${secret}' -f ~/.ssh/deploy`, secret],
      [`zip -P ${secret} secret.zip report.pdf`, secret],
      [`7z a -p${secret} archive.7z docs/`, secret],
    ] as const) {
      assert.deepEqual(passwords(command), [`password-flag:${expected}`], command);
    }
  });

  it("the same commands asking for the password, or given a variable, hold none", () => {
    for (const command of [
      "sqlplus / as sysdba",
      "sqlplus system@//db:1521/ORCL",
      "sqlplus -s scott/$ORA_PW@db",
      "sqlplus @scripts/run.sql",
      "7z a -p archive.7z docs/",
      "7z x -o/tmp/out archive.7z",
      "lftp -u ftpuser ftp.example.org",
      "smbclient //fs01/share -U jdoe",
      "xfreerdp /u:Administrator /v:10.1.2.3 /cert:ignore",
      "rabbitmqctl list_users",
      "ssh-keygen -t ed25519 -N '' -f key",
      'ssh-keygen -N "$PASS"',
      "zip -r docs.zip docs/",
    ]) {
      assert.deepEqual(passwords(command), [], command);
    }
  });

  it("a user and password after an RDP, VNC or router word, past a host's dots, are a login", () => {
    const secret = password();
    assert.deepEqual(passwords(`RDP to 10.20.1.15 as Administrator / ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`rdp: 10.0.4.12 administrator / ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`router: admin / ${secret} (the old one)`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`RDP into jump01 as Administrator / ${secret} and reboot it`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`user/pass: deploy / ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`credenziali: mrossi / ${secret}`), [`password-prose:${secret}`]);
  });

  it("after a remote-access word, places and names parted by a slash are not passwords", () => {
    for (const text of [
      "the RDP session as Administrator keeps timing out",
      "ssh into prod / staging2 is fine",
      "vpn: read the docs at wiki / Network-2026 page",
      "ftp server ftp.example.org / Uploads-2026 folder",
      "vnc viewer 7.1 / TightVNC both work",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: options are not passwords (round eight)", () => {
  it("a command's option is no password; an option's value can be one", () => {
    const secret = password();
    assert.deepEqual(passwords("$pw = Read-Host -AsSecureString"), []);
    assert.deepEqual(passwords("pw reset: --force-Reset2 flag"), []);
    assert.deepEqual(passwords(`kubectl create secret generic db --from-literal=password=${secret}`), [
      `password-prose:--from-literal=password=${secret}`,
    ]);
    assert.deepEqual(passwords(`openssl enc -aes-256-cbc -k '${secret}' -in a -out b`), [
      `password-flag:${secret}`,
    ]);
  });
});

describe("passwords copied or typed on their own (round eight)", () => {
  it("one word with lower and upper case, a digit and a sign, alone in the field, is a password", () => {
    const secret = password();
    assert.deepEqual(passwords(secret), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`  ${secret}\n`), [`password-prose:${secret}`]);
  });

  it("hashtags, mentions, subjects, file names, products, expressions and versions alone are not", () => {
    for (const text of [
      "#Team2026",
      "@JohnDoe1!",
      "Re:Q3Plan!2",
      "Step3:Deploy!",
      "Q3_Report_Final!",
      "Node.js18+",
      "C++20Ready",
      "R&D2026Plan",
      "x!=Y2z",
      "v2.4.1-rc3",
      "SKU-4471-XL",
      "kQ8zL2mV9xR4",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it("WinRS takes its password as -p:", () => {
    const secret = password();
    assert.deepEqual(passwords(`winrs -r:srv01 -u:admin -p:${secret} ipconfig`), [`password-flag:${secret}`]);
    assert.deepEqual(passwords("winrs -r:srv01 ipconfig"), []);
  });
});

describe("passwords: mysqladmin's command after a bare -p (round eight)", () => {
  it("the command after a prompting -p is not its password", () => {
    assert.deepEqual(passwords("mysqladmin -u root -p status"), []);
    assert.deepEqual(passwords("mysqladmin -u root -p flush-privileges"), []);
    const secret = password();
    assert.deepEqual(passwords(`mysqladmin -u root -p${secret} status`), [`password-flag:${secret}`]);
  });
});

describe("passwords: told with a verb of using, and a network's key after its word (round nine)", () => {
  it("a four-class word after a verb of using, then what it opens, is a password in six languages", () => {
    const secret = password();
    for (const phrase of [
      `use ${secret} for the staging box`,
      `try ${secret} on the printer`,
      `nimm ${secret} für den Router`,
      `utilise ${secret} pour le NAS`,
      `usa ${secret} para el portal`,
      `gebruik ${secret} voor de VPN`,
      `just use ${secret}`,
      `use ${secret} as the wifi password`,
    ]) {
      assert.deepEqual(passwords(phrase), [`password-prose:${secret}`], phrase);
    }
  });

  it("versions, tickets, file names and expressions after a verb of using are not passwords", () => {
    for (const text of [
      "use TypeScript5+ for the build",
      "use Node18+ for the staging box",
      "use C++20 for the engine",
      "try Q3-Report-v2 for the meeting",
      "use R&D2026 as the cost centre",
      "use config_Prod2! for the deploy",
      "use the staging box for the demo tomorrow",
      "try a!=b1C on the next line",
      "use NewPass#2025 as a template name for the policy",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it("a lower-case word run into a number after 'wifi:' is the network's key; a network's name is not", () => {
    assert.deepEqual(passwords("wifi: tigerlantern43"), ["password-prose:tigerlantern43"]);
    assert.deepEqual(passwords("WLAN: fjordfjord8, enjoy"), ["password-prose:fjordfjord8"]);
    for (const text of [
      "wifi: Office-5G",
      "wifi: eduroam",
      "WLAN: NETGEAR42",
      "wifi: down again",
      "wifi: 5ghz",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: a user and a password glued by a slash after a login's word (round nine)", () => {
  it("finds the password of `creds: user/password` closing its clause, in three languages", () => {
    const secret = password();
    assert.deepEqual(passwords(`creds: admin/${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`login: jdoe/${secret}, ask if it fails`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`Zugangsdaten: kiosk/${secret} für die Kasse`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`identifiants : accueil/${secret}`), [`password-prose:${secret}`]);
  });

  it("paths, ways of logging in and places after a login's word are not passwords", () => {
    for (const text of [
      "creds: see vault/staging",
      "login: github/oauth2 flow",
      "credentials: stored in vault/prod-db",
      "login: sso/saml2 only",
      "creds: kv/data/app.json",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: a built-in account's name and a slash (round nine)", () => {
  it("admin, root, sa or guest then a slash and a four-class word is a login's password", () => {
    const secret = password();
    assert.deepEqual(passwords(`admin / ${secret} on the switch`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`root/${secret} for the iLO`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`sa/${secret}`), [`password-prose:${secret}`]);
  });

  it("paths and pages under an account's name are not passwords", () => {
    for (const text of [
      "cd /root/Docs2024!",
      "admin/Settings",
      "see https://x.io/admin/Users2024!x",
      "~/root/Backup#2024",
      "admin / users page",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: handed over after 'here you go' (round nine)", () => {
  it("a four-class word after a hand-over phrase in four languages is a password", () => {
    const secret = password();
    for (const phrase of [
      `here you go: ${secret} (admin on the switch)`,
      `voilà : ${secret}`,
      `hier bitte: ${secret}`,
      `aquí tienes ${secret}`,
    ]) {
      assert.deepEqual(passwords(phrase), [`password-prose:${secret}`], phrase);
    }
  });

  it("files, links and versions handed over are not passwords", () => {
    for (const text of [
      "here you go: Q3-Report-v2.pdf",
      "here you go - TypeScript5+ docs",
      "here it is: https://x.io/A1!b",
      "here you go, thanks!",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: a '#' typed unencoded in a connection string's password (round nine)", () => {
  it("the password runs past a '#' to the '@'; a fragment after a port is no password", () => {
    assert.deepEqual(passwords("mssql+pyodbc://svc_etl:Etl#Load2026@sql01/warehouse"), [
      "password-in-url:Etl#Load2026",
    ]);
    assert.deepEqual(passwords("http://host:8080#frag"), []);
    assert.deepEqual(passwords("http://localhost:3000/#/login?next=@me"), []);
  });
});

describe("passwords: a name after a preposition (round nine, second pass)", () => {
  it("a product or host after 'for' or 'to' is what a password opens, not the password", () => {
    for (const text of [
      "reset password for Office365 please",
      "I forgot my password for Windows11",
      "password for db01.internal expired",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
    assert.deepEqual(passwords("reset it to Summer2024 for you, login again"), ["password-prose:Summer2024"]);
    // A random temporary password with a prefix is no cmdlet's Verb-Noun name.
    assert.deepEqual(passwords("I reset it, use Tmp-QWrtaBsK"), ["password-prose:Tmp-QWrtaBsK"]);
    const secret = password();
    assert.deepEqual(passwords(`reset done, temp password ${secret}`), [`password-prose:${secret}`]);
  });
});

describe("passwords: a word named a password after it is told (round nine, second pass)", () => {
  it("a password-shaped word after 'with' or a verb of using, then 'that is the … password', in several languages", () => {
    const secret = password();
    for (const text of [
      `Kannst du dich mit ${secret} einloggen? Das ist das neue Kennwort`,
      `Meld je maar aan met ${secret}, dat is het tijdelijke wachtwoord`,
      `log in with ${secret}, that's the temp password`,
      `Tu peux te connecter avec ${secret}, c'est le mot de passe provisoire`,
      `entra con ${secret}, es la contraseña nueva`,
      `${secret}\nthat is the wifi password`,
    ]) {
      assert.deepEqual(passwords(text), [`password-prose:${secret}`], text);
    }
  });

  it("a version, a login or a product before a password's field, policy or manager is no password", () => {
    for (const text of [
      "mit Version2 einloggen? Das ist das Kennwort-Feld",
      "use Build42 — that is the password policy version",
      "sign in with user42, that's the login; the password is in the vault",
      "go to Build42, that's the password reset page",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: typed and then entered, and what a password is not (round nine, second pass)", () => {
  it("a four-class word typed and then entered is a password", () => {
    const secret = password();
    assert.deepEqual(passwords(`for the printer page you type ${secret} and hit enter`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`tippe ${secret} und drück Enter`), [`password-prose:${secret}`]);
  });

  it("a version typed and entered, a cmdlet's name and a stored hash are not passwords", () => {
    for (const text of [
      "type Node18+ and press enter",
      "ConvertTo-SecureString $pw -AsPlainText -Force",
      "reset the password hash $2b$12$R9h7cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: secrets told in words, in many languages (round ten)", () => {
  it("a value after a password word with its particle or possessive (tr, ko, ja, zh) is a password", () => {
    assert.deepEqual(passwords("wifi şifresi: kahve1234cay"), ["password-prose:kahve1234cay"]);
    assert.deepEqual(passwords("와이파이 비밀번호는 haneul9090 입니다"), ["password-prose:haneul9090"]);
    assert.deepEqual(passwords("サーバーのパスワードは tsuki77mori です"), ["password-prose:tsuki77mori"]);
    assert.deepEqual(passwords("parolası: deniz_4455"), ["password-prose:deniz_4455"]);
  });

  it("beside a Wi-Fi word a key word's value is the network key, a router's printed digits too", () => {
    assert.deepEqual(passwords("WLAN: FRITZ!Box 7530, Schlüssel 83920174650192837465"), [
      "password-prose:83920174650192837465",
    ]);
    assert.deepEqual(passwords("réseau Livebox-4F2A, clé : ventbleu2231"), ["password-prose:ventbleu2231"]);
    assert.deepEqual(passwords("wifi de la oficina, clave es ratonera88"), ["password-prose:ratonera88"]);
  });

  it("a key word without Wi-Fi, a state or a place after the word, and a network's name are no key", () => {
    assert.deepEqual(passwords("the api key rotation is 2026-04-01"), []);
    assert.deepEqual(passwords("wifi key is on the sticker under the router"), []);
    assert.deepEqual(passwords("WLAN-Schlüssel: siehe Rückseite"), []);
    assert.deepEqual(passwords("the password must be at least 12 characters"), []);
    assert.deepEqual(passwords("password expires in 90 days"), []);
    assert.deepEqual(passwords("el wifi es MOVISTAR_9C2B, pídele la clave a Ana"), []);
    assert.deepEqual(passwords("wifi network is called Office_5G"), []);
  });

  it("a passphrase of plain words told after its word and a few words of what it opens", () => {
    assert.deepEqual(passwords("passphrase for the family vault: copper orbit meadow glacier"), [
      "password-prose:copper orbit meadow glacier",
    ]);
    assert.deepEqual(passwords("das Master-Passwort lautet tanne fluss kiesel wolke"), [
      "password-prose:tanne fluss kiesel wolke",
    ]);
    assert.deepEqual(passwords("phrase secrète du coffre : marmotte piano orage citron"), [
      "password-prose:marmotte piano orage citron",
    ]);
  });

  it("plain words after a password word that run a sentence or say where it is are no passphrase", () => {
    assert.deepEqual(passwords("passphrase: see the vault entry"), []);
    assert.deepEqual(passwords("the password is the same as before"), []);
    assert.deepEqual(passwords("wachtwoord: zie de kluis"), []);
    assert.deepEqual(passwords("password: will send it later"), []);
  });

  it("a PIN told a few words after its word, its digits spaced or dashed", () => {
    assert.deepEqual(passwords("PIN for the shared phone: 5 8 2 0"), ["password-prose:5 8 2 0"]);
    assert.deepEqual(passwords("el pin de la tarjeta es 7 3 0 9"), ["password-prose:7 3 0 9"]);
    assert.deepEqual(passwords("die PIN vom Diensthandy ist 4-7-1-9"), ["password-prose:4-7-1-9"]);
  });

  it("a code beside a lock it opens, before or after the word, or a lock that opens with a code", () => {
    assert.deepEqual(passwords("code de la porte du local serveur : 482615"), ["password-prose:482615"]);
    assert.deepEqual(passwords("key box by the back door, code 3391"), ["password-prose:3391"]);
    assert.deepEqual(passwords("the safe in room 4 opens with 19-42-88"), ["password-prose:19-42-88"]);
    assert.deepEqual(passwords("code du portail : 2B47A"), ["password-prose:2B47A"]);
    assert.deepEqual(passwords("il lucchetto si apre con 5082"), ["password-prose:5082"]);
  });

  it("codes of records, errors and places, PINs without digits and dates are no secret", () => {
    assert.deepEqual(passwords("the door code is on the fridge"), []);
    assert.deepEqual(passwords("postal code 28013, Madrid"), []);
    assert.deepEqual(passwords("alarm panel shows error code: 4021"), []);
    assert.deepEqual(passwords("your PIN expired, request a new one"), []);
    assert.deepEqual(passwords("the PIN must be 4 digits"), []);
    assert.deepEqual(passwords("gate code changes on 2026-04-01"), []);
    assert.deepEqual(passwords("door 3 closes at 1800 hours, code of conduct applies"), []);
    assert.deepEqual(passwords("dial-in code 482 913 556#"), []);
    assert.deepEqual(passwords("the safe opens with a key"), []);
  });

  it("a password to use until it is changed is handed over", () => {
    const secret = password();
    assert.deepEqual(passwords(`use ${secret} until you change it`), [`password-prose:${secret}`]);
  });
});

describe("passwords: a password word's neighbours that are no value (round ten)", () => {
  it("a question or a link after the word, untold, is no password", () => {
    assert.deepEqual(passwords("Passwort vergessen?"), []);
    assert.deepEqual(passwords("mot de passe oublié ?"), []);
    assert.deepEqual(passwords("password reset-link sent"), []);
  });
});

describe("passwords: codes, PINs and passphrases, second pass (round ten)", () => {
  it("compounded lock codes, inflected locks, particles and Hindi's verb tell a code or a password", () => {
    assert.deepEqual(passwords("Türcode für das Lager: 7 7 4 1"), ["password-prose:7 7 4 1"]);
    assert.deepEqual(passwords("Kod do sejfu: 4 4 0 1"), ["password-prose:4 4 0 1"]);
    assert.deepEqual(passwords("PIN-Code der SIM: 0 4 1 7"), ["password-prose:0 4 1 7"]);
    assert.deepEqual(passwords("暗証番号は 4 8 2 1"), ["password-prose:4 8 2 1"]);
    assert.deepEqual(passwords("combination to the locker is 12 34 07"), ["password-prose:12 34 07"]);
    assert.deepEqual(passwords("पासवर्ड है tara2024"), ["password-prose:tara2024"]);
    assert.deepEqual(passwords("the code for the wifi is blueHouse-17"), ["password-prose:blueHouse-17"]);
  });

  it("errors, ISO and area codes, verdicts on combinations and rules for passphrases are no secret", () => {
    assert.deepEqual(passwords("kod błędu 4021 przy logowaniu"), []);
    assert.deepEqual(passwords("ISO code 4217 for currencies"), []);
    assert.deepEqual(passwords("area code 0212, gate 5"), []);
    assert.deepEqual(passwords("combination of 3 4 5 6 factors"), []);
    assert.deepEqual(passwords("passphrase rules: four random words minimum"), []);
    assert.deepEqual(passwords("the code for the wifi is on the router"), []);
    assert.deepEqual(passwords("Schlüssel für Raum 204 liegt am Empfang"), []);
  });
});

describe("passwords: answers to security questions (round ten)", () => {
  it("the answer told after a security question's or memorable word's label is a secret", () => {
    assert.deepEqual(passwords("security question answer (mother's maiden name): Okonkwo"), [
      "password-prose:Okonkwo",
    ]);
    assert.deepEqual(passwords("memorable word: gooseberry"), ["password-prose:gooseberry"]);
    assert.deepEqual(passwords("Sicherheitsfrage erstes Haustier, Antwort: Bello"), ["password-prose:Bello"]);
  });

  it("the question itself, a sentence about the questions, or a placeholder is no answer", () => {
    assert.deepEqual(passwords("security question: What was your first pet?"), []);
    assert.deepEqual(passwords("security questions are weak, use a passkey"), []);
    assert.deepEqual(passwords("memorable word: see the vault"), []);
    assert.deepEqual(passwords("security review: ok"), []);
  });
});

describe("passwords: what the second blind batch taught (round ten)", () => {
  it("a password word, a few words of what it opens, then its verb; a lock's password; glued CJK values", () => {
    assert.deepEqual(passwords("Kennwort fürs Intranet ist jetzt Herbstlaub#33"), [
      "password-prose:Herbstlaub#33",
    ]);
    assert.deepEqual(passwords("senha do cofre: 7 1 4 4"), ["password-prose:7 1 4 4"]);
    assert.deepEqual(passwords("kapı şifresi 4512"), ["password-prose:4512"]);
    assert.deepEqual(passwords("현관 비밀번호 7 3 9 1"), ["password-prose:7 3 9 1"]);
    assert.deepEqual(passwords("门禁卡密码：882046"), ["password-prose:882046"]);
    assert.deepEqual(passwords("vault passphrase → amber tiger violin cactus"), [
      "password-prose:amber tiger violin cactus",
    ]);
    assert.deepEqual(passwords("the keypad at the side entrance takes 8842#"), ["password-prose:8842#"]);
    assert.deepEqual(passwords("the lockbox is on the railing, 4 digits: 2 7 0 4"), [
      "password-prose:2 7 0 4",
    ]);
  });

  it("an option after a password word's topic, a password's policy and digits of no lock are no secret", () => {
    assert.deepEqual(passwords("pw reset: --force-Reset2 flag"), []);
    assert.deepEqual(passwords("password policy for admins: 16 chars"), []);
    assert.deepEqual(passwords("şifre 4512"), []);
    assert.deepEqual(passwords("the report takes 2024 figures"), []);
    assert.deepEqual(passwords("enter 4 digits: 2 of them repeat"), []);
  });
});

describe("passwords: round eleven", () => {
  it("finds an app password printed under or after its word, in four groups of four letters or run together", () => {
    const groups = Array.from({ length: 4 }, () => faker.string.alpha({ length: 4, casing: "lower" }));
    assert.deepEqual(passwords(`Your app password for your device\n${groups.join(" ")}`), [
      `password-prose:${groups.join(" ")}`,
    ]);
    assert.deepEqual(passwords(`App-Passwort: ${groups.join("-")}`), [`password-prose:${groups.join("-")}`]);
    assert.deepEqual(passwords(`Generated app password\n${groups.join("")}\nUse it once`), [
      `password-prose:${groups.join("")}`,
    ]);
  });

  it("a sentence about app passwords holds none", () => {
    assert.deepEqual(
      passwords("app passwords are turned off for your account\nlearn more about them here"),
      [],
    );
  });

  it("finds a one-time code told before its word, or given to sign in with, as services text them", () => {
    const code = faker.string.numeric(6);
    assert.deepEqual(passwords(`G-${code} is your Google verification code.`), [`password-prose:${code}`]);
    assert.deepEqual(passwords(`${code} ist dein Bestätigungscode für Acme`), [`password-prose:${code}`]);
    assert.deepEqual(passwords(`${code} est votre code de vérification`), [`password-prose:${code}`]);
    assert.deepEqual(passwords(`Use ${code} to sign in to Acme`), [`password-prose:${code}`]);
  });

  it("a year, a ticket, an error or a port before a word for a code is no code", () => {
    for (const text of [
      "2024 is the year of the code freeze",
      "ticket 4821 is the code review for PAY-12",
      "404 is the error code",
      "3000 is your port, the code listens there",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it("finds the password SQL gives a login after IDENTIFIED BY", () => {
    const secret = password();
    assert.deepEqual(passwords(`CREATE USER 'app'@'%' IDENTIFIED BY '${secret}';`), [
      `password-flag:${secret}`,
    ]);
    assert.deepEqual(passwords(`alter user app identified with mysql_native_password by "${secret}"`), [
      `password-flag:${secret}`,
    ]);
    assert.deepEqual(passwords(`ALTER USER scott IDENTIFIED BY ${secret};`), [`password-flag:${secret}`]);
  });

  it("a stored hash, a random password or a bind variable after IDENTIFIED BY is none", () => {
    assert.deepEqual(passwords(`CREATE USER 'a'@'%' IDENTIFIED BY PASSWORD '*${"A1".repeat(20)}';`), []);
    assert.deepEqual(passwords("ALTER USER a IDENTIFIED BY RANDOM PASSWORD;"), []);
    assert.deepEqual(passwords("ALTER USER a IDENTIFIED BY :new_password"), []);
    assert.deepEqual(passwords("users identified by their badge are let in"), []);
  });

  it("one word on the line below a command that prompts for a password is the password typed there", () => {
    const secret = password();
    const phrase = `${faker.word.noun()}-${faker.word.noun()}-${faker.word.noun()}-${faker.string.numeric(2)}`;
    assert.deepEqual(passwords(`ssh ops@bastion\n${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords(`$ sudo -i\n${phrase}`), [`password-prose:${phrase}`]);
    assert.deepEqual(passwords(`kinit ops@EXAMPLE.ORG\n${secret}`), [`password-prose:${secret}`]);
  });

  it("a command, a prompt's label, a shell's prompt or a path below a prompting command is no password", () => {
    for (const next of [
      "exit",
      "python3",
      "python3.11",
      "run_backup.sh",
      "sudo_user",
      "docker-compose",
      "Password:",
      "root@web01:~#",
      "/var/log/syslog",
      "cd /srv",
    ]) {
      assert.deepEqual(passwords(`ssh ops@bastion\n${next}`), [], next);
    }
    assert.deepEqual(passwords("git log --oneline\nRelease_2026x"), []);
  });

  it("a capitalised name and a year alone in the field, run together or joined, is a password", () => {
    const name = faker.helpers.arrayElement(["Mimi", "Bruno", "Tequila", "Koshka"]);
    const year = faker.number.int({ min: 1960, max: 2019 });
    const season = `${faker.helpers.arrayElement(["Sommer", "Winter", "Primavera", "Zomer"])}${faker.number.int({ min: 2020, max: 2027 })}`;
    for (const secret of [`${name}${year}`, `${name}.${year}`, `${name}_${year}`, season]) {
      assert.deepEqual(passwords(secret), [`password-prose:${secret}`], secret);
    }
  });

  it("a generated password in hyphenated groups of one length, alone in the field, is a password", () => {
    const group = () => faker.string.fromCharacters("abcdefghijkmnpqrstuvwxyz", 3) + faker.string.numeric(1);
    const secret = `${group()}-${group()}-${group()}`;
    assert.deepEqual(passwords(secret), [`password-prose:${secret}`]);
  });

  it("a name and a year after a built-in account and a slash is its password", () => {
    const secret = `Pelusa_${faker.number.int({ min: 1970, max: 2020 })}`;
    assert.deepEqual(passwords(`admin / ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords("root/Reports2024"), []);
  });

  it("a product and its year, a masked card, a slug of words or a name and a year in a sentence are not", () => {
    for (const text of [
      "Office2019",
      "Server2022",
      "Offsite2025",
      "Report2026",
      "xxxx-xxxx-1234",
      "4111-1111-1111",
      "team-sync-2024",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
    assert.deepEqual(passwords("Luna2009 was a good vintage"), []);
  });

  it("a name, a dot and a number after a login's address or a network's name is its password", () => {
    const secret = `${faker.person.firstName().replace(/[^A-Za-z]/g, "")}.${faker.number.int({ min: 1970, max: 2020 })}`;
    assert.deepEqual(passwords(`login for the shared design account is team@example.org / ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`wifi for visitors: Lobby-Guest / ${secret}`), [`password-prose:${secret}`]);
    assert.deepEqual(passwords("login for the portal is ana@example.org / notes.docx"), []);
  });

  it("does not take an image's tag or a host's port for a password beside a password key", () => {
    const secret = password();
    assert.deepEqual(
      passwords(
        `db:\n  image: postgres:16\n  ports: db:5432\n  environment:\n    DB_PASSWORD: ${secret}`,
      ).filter((found) => !found.endsWith(secret)),
      [],
    );
    assert.deepEqual(passwords("log in to the registry first, then pull node:20-alpine and redis:7.2"), []);
  });
});

describe("passwords: a value read from elsewhere", () => {
  it("a command run in a password's place or a YAML tag before it is no password", () => {
    for (const line of [
      'unzip -P "$(cat ~/.zippass)" archive.zip',
      "mysql -u report -p$(pass show db/report) sales",
      "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
      "MasterUserPassword: !Ref DbPassword",
    ])
      assert.deepEqual(passwords(line), [], line);
  });
});

describe("passwords: one-time codes forwarded (round twelve)", () => {
  it("a code told with a word that it runs out, came by text message or signs in is the one just sent", () => {
    const code = faker.string.numeric({ length: 6, allowLeadingZeros: false });
    for (const text of [
      `der Code ist ${code}, schnell bevor er abläuft`,
      `the code is ${code}, quick before it expires`,
      `le code c'est ${code}, vite il expire dans 5 minutes`,
      `el código es ${code}, rápido que caduca`,
      `il codice è ${code}, sbrigati che scade`,
      `de code is ${code}, snel voordat hij verloopt`,
      `kod to ${code}, szybko zanim wygaśnie`,
      `koden är ${code}, skynda innan den går ut`,
      `Code: ${code} (gilt 10 Minuten)`,
      `just got the code by SMS: ${code}`,
      `code ${code} — valid for 5 minutes, type it in quickly`,
    ]) {
      assert.deepEqual(passwords(text), [`password-prose:${code}`], text);
    }
  });

  it("a code of an error, a status, a record or a length stays text beside the same words", () => {
    for (const text of [
      "der Code ist 404, die Seite gibt es nicht",
      "the error code is 500, it expires the session",
      "der Gutscheincode 4711 läuft Ende des Monats ab",
      "the code is 1200 lines long, review expires tomorrow",
      "exit code 137 again, the pod expires after 3600 seconds",
      "the zip code is 10115 and the offer expires soon",
      "tracking code 482913 expires in 3 days",
      "the code expires in 600 seconds by default (OTP_TTL=600)",
      "your verification code will expire in 10 minutes",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });

  it("a snake_case flag or column named after passwords is no password", () => {
    assert.deepEqual(passwords("LaunchDarkly flag enable_password_reset_v2 is on for 10%"), []);
    assert.deepEqual(passwords("the column force_password_change_2fa is true for new hires"), []);
  });

  it("on a network's line of a note, a key generated in groups is the key; words and names are not", () => {
    const key = ["680I", "87F0", "OYKb"].map(() => faker.string.alphanumeric({ length: 4, casing: "mixed" }));
    const value = `${key[0]}-7${key[1]?.slice(1)}-${key[2]?.slice(0, 3)}x`;
    assert.deepEqual(passwords(`Scanner-Admin: admin\nWLAN Halle 3: ${value}`), [`password-prose:${value}`]);
    for (const text of [
      "WLAN Halle 3: kein Empfang seit Montag",
      "WLAN: 5 GHz only",
      "WLAN Halle 3: Access Point AP-07 getauscht",
      "WLAN Gäste: Acme-Gast",
    ]) {
      assert.deepEqual(passwords(text), [], text);
    }
  });
});

describe("passwords: shown as an example, not handed over", () => {
  // Made up at run time, shaped like the passwords training text warns against.
  const weak = () =>
    `${faker.helpers.arrayElement(["Summer", "Welcome", "Azerty", "Verano", "Winter"])}${faker.number.int({ min: 2020, max: 2029 })}!`;
  const secrets = (text: string) =>
    findSecrets(detectionInput(text))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));
  const found = (text: string) => [...secrets(text), ...passwords(text)];

  it("a password training text or a policy shows as an example or judges weak is nobody's", () => {
    for (const make of [
      (p: string) => `Bad password: ${p}`,
      (p: string) => `Un mot de passe comme ${p} est trop faible.`,
      (p: string) => `Contraseña débil: ${p} — usa una frase larga.`,
      (p: string) => `e.g. password: ${p}`,
      (p: string) => `Example: --password ${p}`,
      (p: string) => `Password rules: min 12 chars, e.g. "${p}" is weak.`,
      (p: string) => `Quiz: is "${p}" a strong password? Answer: no.`,
      (p: string) => `Password spraying tries ${p} against every account.`,
    ]) {
      const text = make(weak());
      assert.deepEqual(found(text), [], text);
    }
  });

  it("a password handed over beside the same words is still found", () => {
    for (const make of [
      (p: string) => `the wifi password is ${p}, like I said yesterday`,
      (p: string) => `I'd like you to use the password ${p} for the shared mailbox`,
      (p: string) => `new password for the VPN: ${p} (the old one was too weak)`,
      (p: string) => `le mot de passe comme convenu : ${p}`,
      (p: string) => `la contraseña es ${p}, como te dije`,
      (p: string) => `our weak old password got leaked, the new one is ${p}`,
      (p: string) => `common account for the demo laptop - password: ${p}`,
      (p: string) => `DB_PASSWORD=${p}  # bad idea to commit this`,
      (p: string) => `example.com admin password: ${p}`,
    ]) {
      const value = `${faker.string.alphanumeric({ length: 8, casing: "mixed" })}#7`;
      const text = make(value);
      assert.ok(
        found(text).some((span) => span.endsWith(value)),
        text,
      );
    }
  });
});

describe("passwords: the MySQL clients' -p and passwords typed alone (round twelve)", () => {
  it("a plain name after the MySQL clients' bare -p is the database, a password-shaped word still a password", () => {
    assert.deepEqual(passwords("mysql -h 127.0.0.1 -u root -p orders"), []);
    assert.deepEqual(passwords("mysqldump -u backup -p shop_db > shop.sql"), []);
    const value = `${faker.string.alphanumeric({ length: 8, casing: "mixed" })}3!`;
    assert.deepEqual(passwords(`mysql -u root -p ${value} shop`), [`password-flag:${value}`]);
    assert.deepEqual(passwords(`docker login -u ci -p ${value} registry.example.org`), [
      `password-flag:${value}`,
    ]);
  });

  it("a generated password typed alone is one: letter groups of scrambled case, words and a number, signs among letters", () => {
    const scrambled = () =>
      `${faker.string.alpha({ length: 2, casing: "lower" })}${faker.string.alpha({ length: 2, casing: "upper" })}`;
    for (const value of [
      `${scrambled()}-${scrambled()}-${scrambled()}`,
      "velvet-comet-saffron-38",
      "T!&BJFmheADT&Z",
    ])
      assert.deepEqual(passwords(value), [`password-prose:${value}`], value);
  });

  it("slugs, headings and capitals typed alone are not passwords", () => {
    for (const value of [
      "team-sync-2024",
      "release-notes-v2",
      "ABCD-EFGH-IJKL",
      "JIRA-Core-Plan",
      "HELLO!!WORLD!!",
      "#Team&Family!!",
    ])
      assert.deepEqual(passwords(value), [], value);
  });
});

describe("passwords: codes, keys and connection strings of round thirteen", () => {
  it("a password with an unencoded `#` in a connection string outranks the address its tail reads as", () => {
    const value = `${faker.string.alphanumeric({ length: 7, casing: "mixed" })}#${faker.string.alphanumeric({ length: 8, casing: "mixed" })}`;
    const text = `psql postgresql://postgres:${value}@pg.atlas.svc:5432/ledger`;
    const found = findPasswords(detectionInput(text));
    assert.deepEqual(
      found.map((span) => `${span.detector}:${text.slice(span.start, span.end)}`),
      [`password-in-url:${value}`],
    );
    assert.ok((found[0]?.score ?? 0) > 0.95, "surer than an e-mail address (0.95)");
  });

  it("a six-digit code named by its article alone and told is a one-time code, in the offices' languages", () => {
    const code = () => faker.string.numeric({ length: 6, allowLeadingZeros: true });
    for (const template of [
      (value: string) => `the code is ${value} for the shared AWS root`,
      (value: string) =>
        `can you read me the code from the shared phone? it's ${value} right? expires in 30s`,
      (value: string) => `what's the code from the authenticator? it's ${value}`,
      (value: string) => `el código es ${value} para la cuenta compartida`,
      (value: string) => `il codice è ${value} per l'account condiviso`,
      (value: string) => `de code is ${value} voor het gedeelde account`,
      (value: string) => `der Code ist ${value}, schnell bevor er abläuft`,
    ]) {
      const value = code();
      assert.deepEqual(passwords(template(value)), [`password-prose:${value}`], template(value));
    }
  });

  it("a code of a record, a count of lines or a code not of six digits is no one-time code", () => {
    for (const text of [
      "the code is 200 lines long",
      "the error code is 500123",
      "the postal code is 75011",
      "the HS code is 847130 for laptops",
      "the sort code is 204060",
      "the project code is 240117",
      "the code is on line 123456 of the log",
      "the code is in PR 123456",
      "Code review: the code is 120 lines, see PR 2041",
      "the code is 4096 bytes",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("the key of a safe or a vault, told, is the password that opens it", () => {
    for (const [text, value] of [
      ["Zeynep, la clé du coffre : Juniper2000%", "Juniper2000%"],
      ["Yannick, la clé du coffre : velvet-lantern23$", "velvet-lantern23$"],
      ["der Schlüssel für den Tresor: Kiesel!Weg47", "Kiesel!Weg47"],
      ["la llave de la caja fuerte es Norte-2024!", "Norte-2024!"],
      ["la chiave della cassaforte: Tramonto88#", "Tramonto88#"],
      ["de sleutel van de kluis: Fietsbel!77", "Fietsbel!77"],
      ["the vault key: Harbor1980!", "Harbor1980!"],
    ] as const)
      assert.deepEqual(passwords(text), [`password-prose:${value}`], text);
  });

  it("a key that is a thing, or a key to no lock, is no password", () => {
    for (const text of [
      "the key to the safe: it's in the top drawer",
      "la clé du coffre est dans le tiroir",
      "the key for the vault: ask Maria",
      "the key to success: Practice2024",
      "Schlüssel zum Tresor: Raum 4.12",
      "the primary key: user_id2",
    ])
      assert.deepEqual(passwords(text), [], text);
  });
});

describe("passwords: generated passwords handed over and examples judged by a label (round thirteen)", () => {
  const scrambled = () =>
    `${faker.string.alpha({ length: 2, casing: "lower" })}${faker.string.alpha({ length: 2, casing: "upper" })}`;

  it("a generator's password after a verb of using is one, with or without a digit", () => {
    for (const value of [
      `${scrambled()}-${scrambled()}-${scrambled()}`,
      "@AZ*%#HW!rvTAqgA",
      "#Xk!mPz*QwRt&",
    ]) {
      for (const text of [
        `Neha, while I'm on leave use ${value}`,
        `während ich weg bin nimm ${value}`,
        `pendant mon absence utilise ${value}`,
        `usa ${value} para el portal`,
      ])
        assert.deepEqual(passwords(text), [`password-prose:${value}`], text);
    }
  });

  it("headings, cmdlets, slugs, mentions and versions after a verb of using are none", () => {
    for (const text of [
      "use ABCD-EFGH-IJKL for the header",
      "use Get-ChildItem to list files",
      "use team-sync-plan for the branch",
      "use @here!! to ping everyone",
      "use C++20 for the build",
      "use iPad-iPhone-iMac for testing",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("a password after a verdict written as a label is an example, in the offices' languages", () => {
    for (const text of [
      "Bad: Password1! Good: a long passphrase from a password manager.",
      "Weak: Summer2024! Strong: four random words.",
      "Schlecht: Sommer2024! Gut: eine lange Passphrase.",
      "Mauvais : Azerty123! Bon : une longue phrase de passe.",
      "Malo: Verano2024! Bueno: una frase larga.",
      "❌ Welcome1! ✅ a passphrase",
      "Never: Password1! — use a passphrase",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("a verdict that is no label before the value leaves a handed-over password found", () => {
    const value = `${faker.string.alpha({ length: 6, casing: "mixed" })}!Weg47`;
    assert.deepEqual(passwords(`Bad news: the wifi password is now ${value}`), [`password-prose:${value}`]);
    assert.deepEqual(passwords(`new password: ${value} (the bad one leaked)`), [`password-prose:${value}`]);
  });
});

describe("passwords: a login's words in the offices' languages (round thirteen)", () => {
  it("a password-shaped word in a short message about access or credentials is handed over", () => {
    const value = `${faker.string.alpha({ length: 6, casing: "mixed" })}!Weg${faker.string.numeric(2)}`;
    for (const text of [
      `Servus, der Zugang fürs Portal: ${value}`,
      `accès au portail : ${value}`,
      `acceso al portal: ${value}`,
      `inloggegevens van het portaal: ${value}`,
      `dostęp do portalu: ${value}`,
      `credenziali del NAS: admin / ${value}`,
    ])
      assert.deepEqual(passwords(text), [`password-prose:${value}`], text);
  });

  it("what the access is to, a machine's or an account's name, an error or a link is no password", () => {
    for (const text of [
      "login failed for svc_Report2024",
      "accès refusé pour svc_Report2024",
      "Der Zugang zum VPN klappt nicht, Fehler 0x80070005",
      "Zugang zum Repo: github.com/acme/Infra-Tools2",
      "acceso denegado al bucket s3://Finance-Reports2024",
      "accesso al server Web-Prod01 negato",
      "toegang tot SharePoint-Site2024 aangevraagd",
      "dostęp do JIRA-2041 nadany",
      "Zugang zum Portal: Raum-4B",
      "accès au portail : voir Confluence",
    ])
      assert.deepEqual(passwords(text), [], text);
  });
});

describe("passwords: a passphrase of capitalised words (round thirteen)", () => {
  it("after a passphrase's own word, capitalised nouns told after a colon are the passphrase", () => {
    for (const [text, value] of [
      ["Passphrase für die Sicherung: Wolke Tanne Fluss Stein", "Wolke Tanne Fluss Stein"],
      ["Passphrase für den Tresor: Apfel Birne Kirsche Pflaume", "Apfel Birne Kirsche Pflaume"],
      ["Wachtzin voor de back-up: Fiets Molen Kaas Tulp", "Fiets Molen Kaas Tulp"],
    ] as const)
      assert.deepEqual(passwords(text), [`password-prose:${value}`], text);
  });

  it("capitalised words that say where it is, rules for one, or after a password's word are none", () => {
    for (const text of [
      "Passphrase für die Sicherung: Siehe Tresor Eintrag",
      "Passphrase für die Sicherung: Liegt Im Tresor",
      "Passphrase Regeln: Vier Zufällige Wörter",
      "Passwort: Bitte Beim Admin Fragen",
      "the passphrase is: Ask The Helpdesk",
    ])
      assert.deepEqual(passwords(text), [], text);
  });
});

describe("passwords: unlock phrases, qualified handovers and one-time codes (round fourteen)", () => {
  it("an unlock phrase named with an aside before its colon is told, its words spaced or joined by one sign", () => {
    assert.deepEqual(passwords("vault unlock phrase (don't lose it): quartz-rocket-marble-violin"), [
      "password-prose:quartz-rocket-marble-violin",
    ]);
    assert.deepEqual(passwords("vault unlock phrase (don't lose it): magnet.pelican.yodel.parsley"), [
      "password-prose:magnet.pelican.yodel.parsley",
    ]);
    assert.deepEqual(passwords("master phrase: tiger spruce nebula canyon"), [
      "password-prose:tiger spruce nebula canyon",
    ]);
    assert.deepEqual(passwords("phrase de déverrouillage (à garder) : ombre-cactus-violon-marbre"), [
      "password-prose:ombre-cactus-violon-marbre",
    ]);
    assert.deepEqual(passwords("frase de desbloqueo: tigre.pino.nube.roca"), [
      "password-prose:tigre.pino.nube.roca",
    ]);
    assert.deepEqual(passwords("Entsperrphrase (nicht verlieren): Wolke Tanne Fluss Stein"), [
      "password-prose:Wolke Tanne Fluss Stein",
    ]);
  });

  it("joined words that are a file's name, run a sentence on or state rules are no unlock phrase", () => {
    for (const text of [
      "unlock phrase: backup.tar.gz",
      "backup phrase: store-it-offline",
      "master phrase rules: four-random-words-minimum",
      "unlock phrase: see the vault entry",
      "the vault unlock phrase is in 1Password",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("a password told after several words of what it opens, articles among them, in Dutch as elsewhere", () => {
    const secret = `$${faker.string.alpha(5).toLowerCase()}_${faker.string.alpha({ length: 5, casing: "upper" })}35`;
    assert.deepEqual(passwords(`het wachtwoord van de gedeelde mailbox is ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`the password for the shared mailbox is ${secret}`), [
      `password-prose:${secret}`,
    ]);
    assert.deepEqual(passwords(`das Passwort für das gemeinsame Postfach ist ${secret}`), [
      `password-prose:${secret}`,
    ]);
  });

  it("what is said of a password after the words of what it opens is no password", () => {
    for (const text of [
      "het wachtwoord van de server is verlopen",
      "het wachtwoord van de gedeelde mailbox is in de kluis",
      "das Passwort für den Drucker ist abgelaufen",
      "le mot de passe de la boîte partagée est dans le coffre",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("a code named by its article alone and told as six to eight digits is a one-time code, in the offices' languages", () => {
    assert.deepEqual(passwords("el código es 36856126, dale ya"), ["password-prose:36856126"]);
    assert.deepEqual(passwords("der Code ist 3685612"), ["password-prose:3685612"]);
    assert.deepEqual(passwords("il codice è 36856126, veloce"), ["password-prose:36856126"]);
    assert.deepEqual(passwords("o código é 368561"), ["password-prose:368561"]);
    assert.deepEqual(passwords("koden är 368561"), ["password-prose:368561"]);
  });

  it("a date, a project's or an error's code, four or nine digits after a bare code word are no one-time code", () => {
    for (const text of [
      "le code est 20261204",
      "the code is 4471",
      "the code is 123456789",
      "the project code is 36856126",
      "the error code is 36856126",
      "the code is 36856126 lines long",
    ])
      assert.deepEqual(passwords(text), [], text);
  });
});

describe("passwords: trying one and asking for one, in the offices' languages (round fourteen)", () => {
  const secret = () =>
    `${faker.string.alpha({ length: 1, casing: "upper" })}${faker.string.alpha({ length: 5, casing: "lower" })}#${faker.string.alpha({ length: 1, casing: "upper" })}${faker.string.alpha({ length: 2, casing: "lower" })}42`;

  it("a verb of trying with its filler or 'with' before a password-shaped word hands it over", () => {
    for (const lead of [
      "probier mal",
      "versuch's mit",
      "prueba con",
      "intenta con",
      "prova con",
      "tenta",
      "spróbuj",
      "testa med",
      "probeer het met",
    ]) {
      const value = secret();
      assert.deepEqual(passwords(`${lead} ${value}`), [`password-prose:${value}`], lead);
    }
  });

  it("versions, tickets, addresses and names after a verb of trying are no password", () => {
    for (const text of [
      "prueba con TypeScript5+ primero",
      "probier mal Node18+ aus",
      "prova con C++20",
      "testa med PROJ-4821",
      "versuch es mit v2.3.1-rc1",
      "intenta con user@example.com",
    ])
      assert.deepEqual(passwords(text), [], text);
  });

  it("a password-shaped word after a question with the password's word in Dutch, Polish, Swedish, Portuguese or as mdp", () => {
    for (const question of [
      "mdp ?",
      "wat is het wachtwoord van de printer?\n",
      "hasło?",
      "lösenordet?",
      "senha?",
    ]) {
      const value = secret();
      assert.deepEqual(passwords(`${question} ${value}`), [`password-prose:${value}`], question);
    }
  });

  it("a link's or button's name after 'op' in a Dutch message about a forgotten password is no password", () => {
    assert.deepEqual(passwords("wachtwoord vergeten? klik op Reset-Link2024"), []);
  });
});

describe("passwords: changed to a new one, said of it (round fourteen)", () => {
  const secret = () =>
    `${faker.string.alpha({ length: 2, casing: "upper" })}${faker.string.numeric(1)}$${faker.string.alpha({ length: 3, casing: "lower" })}${faker.string.numeric(2)}Lm`;

  it("a verb of changing, a pronoun and the word for 'to' before a four-class word tell the new password, in the offices' languages", () => {
    for (const lead of [
      "I changed it to",
      "reset it to",
      "je l'ai changé en",
      "lo cambié a",
      "l'ho cambiata in",
      "ik heb het veranderd naar",
      "mudei para",
      "zmieniłem na",
      "jag bytte det till",
    ]) {
      const value = secret();
      assert.deepEqual(passwords(`${lead} ${value}`), [`password-prose:${value}`], lead);
    }
    const value = secret();
    assert.deepEqual(passwords(`ich hab es auf ${value} geändert`), [`password-prose:${value}`]);
  });

  it("versions, tickets, links, settings and expressions something was changed to are no password", () => {
    for (const text of [
      "I changed it to Node18+ yesterday",
      "set it to C++20 please",
      "I switched it to TypeScript5+ last week",
      "changed the ticket to PROJ-4821",
      "updated the link to https://example.com/a?b=C1d",
      "changed the env var to DB_HOST=db01",
      "set the threshold to a!=b1C",
      "ich habe das auf Version2.0 geändert",
    ])
      assert.deepEqual(passwords(text), [], text);
  });
});

describe("passwords: round fifteen", () => {
  const inVault = (text: string) =>
    findPasswords(detectionInput(text, { form: "sign-in" }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

  it("a random password copied alone from a vault or typed alone on a sign-in form is a secret", () => {
    const value = `${faker.string.alphanumeric({ length: 3, casing: "lower" })}K${faker.string.numeric(1)}xQ${faker.string.alpha({ length: 2, casing: "lower" })}Rt${faker.string.alpha({ length: 2, casing: "lower" })}Zp`;
    assert.deepEqual(inVault(value), [`password-prose:${value}`]);
  });

  it("a login name or an address typed alone on a sign-in form is not a password", () => {
    assert.deepEqual(inVault("JohnSmith2024"), []);
    assert.deepEqual(inVault("MKowalski1"), []);
    assert.deepEqual(inVault("ana.ruiz@example.org"), []);
  });

  it("a key's fingerprint and a cloud region beside a login word are not passwords", () => {
    const fingerprint = `SHA256:${faker.string.alphanumeric(43)}`;
    assert.deepEqual(
      passwords(`Accepted publickey for deploy ssh2: ED25519 ${fingerprint}\nLast login: Mon Dec  7`),
      [],
    );
    assert.deepEqual(passwords('region = "eu-west-1"\nlogin_user = "deploy"'), []);
    assert.deepEqual(passwords("login to us-central1-a and europe-west4 first"), []);
  });
});
