import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { withSwappedWordsRepaired } from "../text.ts";
import { findBankAccounts, isValidAbaRouting, isValidSpanishCcc } from "./bank-accounts.ts";

const found = (text: string, form?: "bank") =>
  findBankAccounts(detectionInput(text, { form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => `${span.detector}:${text.slice(span.start, span.end)}`);

describe("US bank details", () => {
  it("checks an ABA routing number's weighted checksum and its prefix", () => {
    assert.equal(isValidAbaRouting("021000021"), true);
    assert.equal(isValidAbaRouting("021000022"), false);
    // The checksum holds but 50 is no Federal Reserve prefix.
    assert.equal(isValidAbaRouting("500000009"), false);
  });

  it("finds a routing number beside a banking word and the account number after it", () => {
    assert.deepEqual(found("Routing: 021000021, Account: 482917360514"), [
      "aba-routing:021000021",
      "bank-account:482917360514",
    ]);
    assert.deepEqual(found("wire it to routing 011000015 account 44827361 please"), [
      "aba-routing:011000015",
      "bank-account:44827361",
    ]);
    assert.deepEqual(found("021000021", "bank"), ["aba-routing:021000021"]);
  });

  it("a checksum-valid number without banking words, a wrong checksum and account words without digits are not bank details", () => {
    assert.deepEqual(found("order 021000021 is delayed"), []);
    assert.deepEqual(found("routing number 021000022"), []);
    assert.deepEqual(found("the account number field should be masked"), []);
    assert.deepEqual(found("routing table: 10.0.0.0/8 via eth0"), []);
    assert.deepEqual(found("AWS account 482917360514 is over budget"), []);
  });

  it("after a routing label the checksum alone decides, and outranks a phone reading", () => {
    // 17 is no Federal Reserve prefix, but the label says what the number is meant to be.
    assert.deepEqual(found("ABA/routing 171060018\nacct no. 7532972"), [
      "aba-routing:171060018",
      "bank-account:7532972",
    ]);
    assert.deepEqual(found("Routing number (9 digits): 021000021"), ["aba-routing:021000021"]);
    assert.deepEqual(found("routing 171060019"), []);
  });

  it("reads a cheque's line: routing number then account number", () => {
    assert.deepEqual(found("bottom of the cheque says 021000021 then 2921817471"), [
      "aba-routing:021000021",
      "bank-account:2921817471",
    ]);
    assert.deepEqual(found("check 021000021 before the release"), []);
    assert.deepEqual(found("the check took 171060018 ms then 2921 retries"), []);
  });
});

describe("US bank details: account types and bare numbers in bank forms", () => {
  it("finds the account number labelled by its type after a routing number", () => {
    assert.deepEqual(found("Direct deposit change: routing 726171048, checking 22153716132."), [
      "aba-routing:726171048",
      "bank-account:22153716132",
    ]);
  });

  it("'checking' before a number with no routing number or bank form is not an account", () => {
    assert.deepEqual(found("checking 1234567 rows in the bank export"), []);
  });

  it("a number typed alone into a bank-details form is its account number", () => {
    assert.deepEqual(found("16833011", "bank"), ["bank-account:16833011"]);
    assert.deepEqual(found("16833011"), []);
  });
});

describe("US bank details: routing / account pairs", () => {
  it("a checksum-valid routing number with a known prefix, a slash and 4–17 digits is a routing and account pair", () => {
    assert.deepEqual(found("send rent to 694392988 / 86023430225"), [
      "aba-routing:694392988",
      "bank-account:86023430225",
    ]);
    assert.deepEqual(found("021000021/44827361 for the deposit"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
  });

  it("a slash after a number that fails the checksum or the prefix, or before a date or a path, is no pair", () => {
    assert.deepEqual(found("ticket 021000022 / 4482736"), []);
    assert.deepEqual(found("order 500000009 / 4482736"), []);
    assert.deepEqual(found("build 021000021/2026/03"), []);
  });
});

describe("bank details: labels typed with two letters swapped", () => {
  it("reads a routing number and its account after labels typed with two neighbouring letters swapped", () => {
    assert.deepEqual(found("rotuing 021000021 acocunt 48291637"), [
      "aba-routing:021000021",
      "bank-account:48291637",
    ]);
    assert.equal(
      withSwappedWordsRepaired("Rotuing and Acocunt", ["routing", "account"]),
      "Routing and Account",
    );
  });

  it("a word two letters off a label, or a swap that makes another word, is not repaired", () => {
    assert.equal(withSwappedWordsRepaired("the total acount is due", ["account"]), "the total acount is due");
    assert.equal(withSwappedWordsRepaired("a discount code", ["account"]), "a discount code");
    assert.deepEqual(found("the total amuont is 48291637"), []);
  });
});

describe("bank details: national bank codes and their accounts", () => {
  it("finds a UK sort code after its label and the account number after it", () => {
    assert.deepEqual(found("sort code 12-34-56, account 31926819"), [
      "bank-code:12-34-56",
      "bank-account:31926819",
    ]);
    assert.deepEqual(found("sc 40-11-62, acc no 01234567"), ["bank-code:40-11-62", "bank-account:01234567"]);
    assert.deepEqual(found("Sort code: 20-00-00, a/c 55779911"), [
      "bank-code:20-00-00",
      "bank-account:55779911",
    ]);
  });

  it("reads the account after a sort code when 'account' is mistyped by one letter", () => {
    assert.deepEqual(found("sort code 12-34-56, acocunt 31926819"), [
      "bank-code:12-34-56",
      "bank-account:31926819",
    ]);
    assert.deepEqual(found("sort code 12-34-56, acount 31926819"), [
      "bank-code:12-34-56",
      "bank-account:31926819",
    ]);
  });

  it("does not read a number named by another word after a sort code as its account", () => {
    assert.deepEqual(found("sort code 12-34-56, amount 31926819"), ["bank-code:12-34-56"]);
    assert.deepEqual(found("sort code 12-34-56, ticket 31926819"), ["bank-code:12-34-56"]);
  });

  it("finds an Australian BSB, an Indian IFSC, a German BLZ and a French code banque after their labels", () => {
    assert.deepEqual(found("BSB 062-000 account 12345678"), ["bank-code:062-000", "bank-account:12345678"]);
    assert.deepEqual(found("IFSC: ABCD0123456, a/c 50100048291736"), [
      "bank-code:ABCD0123456",
      "bank-account:50100048291736",
    ]);
    assert.deepEqual(found("BLZ 370 400 44, Kontonummer 532013000"), [
      "bank-code:370 400 44",
      "bank-account:532013000",
    ]);
    assert.deepEqual(found("code banque 20041 code guichet 01005"), ["bank-code:20041", "bank-code:01005"]);
  });

  it("'sc' before anything but a dashed sort code, and transit numbers away from banking, are not bank codes", () => {
    assert.deepEqual(found("sc 123456 is the ticket"), []);
    assert.deepEqual(found("sc 12-34-56-78 build"), []);
    assert.deepEqual(found("transit 12345 km on the odometer"), []);
    assert.deepEqual(found("bank transit 12345, institution 003"), ["bank-code:12345", "bank-code:003"]);
  });
});

describe("bank details: the word for an account number in the offices' languages", () => {
  it("an account number after its word in French, Spanish, German or Dutch on a bank screen is an account", () => {
    assert.deepEqual(found("Compte courant ····\nN° de compte 68848688612"), ["bank-account:68848688612"]);
    assert.deepEqual(found("Cuenta corriente\nNúmero de cuenta 810562153709"), ["bank-account:810562153709"]);
    assert.deepEqual(found("Girokonto\nKontonummer 649842494"), ["bank-account:649842494"]);
    assert.deepEqual(found("Betaalrekening\nrekeningnummer 417164300"), ["bank-account:417164300"]);
  });

  it("an account word without any banking word is not bank details", () => {
    assert.deepEqual(found("Kontonummer 649842494 im Kundenportal"), []);
    assert.deepEqual(found("N° de compte client 68848688612"), []);
  });
});

describe("bank details: routing and account pairs typed into a bank form", () => {
  it("a routing number and then an account number, all that was typed into a bank form, are both bank details", () => {
    assert.deepEqual(found("021000021   2921817471", "bank"), [
      "aba-routing:021000021",
      "bank-account:2921817471",
    ]);
    assert.deepEqual(found("021000021  -  44827361", "bank"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
  });

  it("the same pair outside a bank form, or with other words around it in one, is not", () => {
    assert.deepEqual(found("021000021   2921817471"), []);
    assert.deepEqual(found("ticket 021000021 then 2921817471 rows", "bank"), []);
  });
});

describe("bank details: codes and words that establish banking", () => {
  it("an account word before a bank code, and an Italian current account's number, are bank details", () => {
    assert.deepEqual(found("Kontonummer 4829173605 BLZ 37040044").sort(), [
      "bank-account:4829173605",
      "bank-code:37040044",
    ]);
    assert.deepEqual(found("conto corrente n. 000048291736"), ["bank-account:000048291736"]);
  });

  it("'sc' and a dashed number with neither banking words nor an account after it is not a sort code", () => {
    assert.deepEqual(found("sc 12-34-56 was the test case id"), []);
  });
});

describe("bank details: a balance says it is a bank screen", () => {
  it("an account number beside a balance is a bank account", () => {
    assert.deepEqual(found("Account number 2849116293\nAvailable balance £1,250.00"), [
      "bank-account:2849116293",
    ]);
    assert.deepEqual(found("Kontonummer 4825469240\nKontostand 1.250,00 €"), ["bank-account:4825469240"]);
  });

  it("a customer account number without any bank word is not", () => {
    assert.deepEqual(found("Account number 2849116293 for your electricity bill"), []);
  });
});

describe("bank details: spaced account numbers after a bank code", () => {
  it("an account number written in spaced groups after a BSB is read whole", () => {
    assert.deepEqual(found("BSB: 062-000, Account: 1234 5678"), [
      "bank-code:062-000",
      "bank-account:1234 5678",
    ]);
  });
});

describe("bank details: routing numbers in bank forms", () => {
  it("a checksum-valid routing number with a known prefix anywhere in a bank form's text is a routing number", () => {
    assert.deepEqual(found("new one is 021000021 from Monday", "bank"), ["aba-routing:021000021"]);
  });

  it("the same number outside a bank form, or one failing its prefix in it, is not", () => {
    assert.deepEqual(found("new one is 021000021 from Monday"), []);
    assert.deepEqual(found("new one is 500000009 from Monday", "bank"), []);
  });
});

describe("account numbers after their own words in other languages", () => {
  it("a phrase that only ever names a bank account's number labels it without another banking word", () => {
    assert.deepEqual(found("numero di conto 000000063917"), ["bank-account:000000063917"]);
    assert.deepEqual(found("Kontonummer 0532019417"), ["bank-account:0532019417"]);
    assert.deepEqual(found("N° de compte : 00048291736"), ["bank-account:00048291736"]);
    assert.deepEqual(found("número de cuenta 0123456781"), ["bank-account:0123456781"]);
    assert.deepEqual(found("numer konta 48291736051434"), ["bank-account:48291736051434"]);
    assert.deepEqual(found("bank account number 48213377"), ["bank-account:48213377"]);
  });

  it("a bare 'account' or 'Konto', a customer's account number, or a short number after the phrase is not an account", () => {
    assert.deepEqual(found("account 48213377 was suspended"), []);
    assert.deepEqual(found("Konto 4821"), []);
    assert.deepEqual(found("numéro de compte client 48213"), []);
    assert.deepEqual(found("Kontonummer 4821"), []);
    assert.deepEqual(found("Ihre Kontonummer im Kundenportal: 649842494"), []);
    assert.deepEqual(found("customer portal: numero di conto 000000063917"), []);
  });

  it("the Italian ABI beside an account number says these are bank details", () => {
    assert.deepEqual(found("conto n. 000000063917 ABI 03069 CAB 09606"), ["bank-account:000000063917"]);
  });
});

describe("Spanish CCC", () => {
  // 2100 0813 | check digits 6 and 5 | 0123456781, computed from the CCC's weights.
  const ccc = "21000813650123456781";

  it("checks both of a CCC's check digits", () => {
    assert.equal(isValidSpanishCcc(ccc), true);
    assert.equal(isValidSpanishCcc(`${ccc.slice(0, 8)}61${ccc.slice(10)}`), false);
    assert.equal(isValidSpanishCcc(ccc.slice(1)), false);
  });

  it("finds a valid CCC in groups, with hyphens or run together, beside a word for an account", () => {
    const grouped = "2100 0813 65 0123456781";
    assert.deepEqual(found(`cuenta: ${grouped}`), [`bank-account:${grouped}`]);
    assert.deepEqual(found("c/c 2100-0813-65-0123456781"), ["bank-account:2100-0813-65-0123456781"]);
    assert.deepEqual(found(`CCC ${ccc}`), [`bank-account:${ccc}`]);
  });

  it("twenty digits failing the check, with mixed separators, or without an account word are no CCC", () => {
    assert.deepEqual(found("cuenta: 2100 0813 61 0123456781"), []);
    assert.deepEqual(found("cuenta: 2100-0813 65 0123456781"), []);
    assert.deepEqual(found(`pedido ${ccc}`), []);
  });
});

describe("bank details shown as examples", () => {
  it("an account number called an example in the offices' languages, or made of placeholder digits, is nobody's", () => {
    assert.deepEqual(found("Beispiel: Kontonummer 0532019417"), []);
    assert.deepEqual(found("voorbeeld: rekeningnummer 0532019417"), []);
    assert.deepEqual(found("Kontonummer 0123456789"), []);
    // The same label and a number someone was given.
    assert.deepEqual(found("Kontonummer 0532019417"), ["bank-account:0532019417"]);
  });
});

describe("Canadian transit and institution pairs", () => {
  it("a transit-institution pair with an account after it is bank details without another banking word", () => {
    assert.deepEqual(found("transit/institution 45210-004 account 5887301"), [
      "bank-code:45210-004",
      "bank-account:5887301",
    ]);
  });

  it("a transit number alone, or a bus's transit route, is not", () => {
    assert.deepEqual(found("transit 45210 delayed again"), []);
    assert.deepEqual(found("transit/institution 45210-004 meeting at 3"), []);
  });
});

describe("Norwegian account numbers", () => {
  it("an account number with its mod-11 check beside a word for account, dotted, spaced or compact", () => {
    assert.deepEqual(found("kontonummeret mitt er 1503.27.41832"), ["bank-account:1503.27.41832"]);
    assert.deepEqual(found("lønnskonto 9710 05 22164"), ["bank-account:9710 05 22164"]);
  });

  it("a failing check, or the same digits with no word for account, are not one", () => {
    assert.deepEqual(found("kontonummer 1503.27.41833"), []);
    assert.deepEqual(found("ordre 1503.27.41832 sendt"), []);
  });
});

describe("account numbers: German abbreviations and keys of data", () => {
  it("reads the number after Kto.-Nr. or Ktonr. as an account, with or without the bank code", () => {
    assert.deepEqual(found("alte Bankverbindung: Kto.-Nr. 67434025837"), ["bank-account:67434025837"]);
    assert.deepEqual(found("Ktonr. 1932894596 bei der Sparkasse"), ["bank-account:1932894596"]);
    assert.deepEqual(found("Kto-Nr: 22410939"), ["bank-account:22410939"]);
  });

  it("reads a snake-case account key beside a routing number as the account", () => {
    assert.deepEqual(found('{"account_number":"7392018456","routing_number":"011000015"}'), [
      "bank-account:7392018456",
      "aba-routing:011000015",
    ]);
  });

  it("an account's id in a log or a Kto. abbreviation's page number is not a bank account", () => {
    assert.deepEqual(found("user account_id=7392018456 logged in"), []);
    assert.deepEqual(found("Kto. Übersicht Seite 2"), []);
  });
});

describe("account numbers before their bank code", () => {
  it("an account named before a BLZ or a sort code is read once the code says these are bank details", () => {
    assert.deepEqual(found("Konto: 4829163705 BLZ 37040044"), [
      "bank-code:37040044",
      "bank-account:4829163705",
    ]);
    assert.deepEqual(found("Acc: 48291637 Sort: 20-00-00"), ["bank-code:20-00-00", "bank-account:48291637"]);
  });

  it("'sort' before a dashed date or after another record is no sort code", () => {
    assert.deepEqual(found("sort the list: 20-00-00 first"), []);
    assert.deepEqual(found("ticket 48291637 sort: 20-00-00"), []);
  });
});

describe("account numbers under a table's header", () => {
  it("cells under an account column are accounts once another column names a bank detail", () => {
    assert.deepEqual(found("bank,account,routing\nChase,4829163705,021000021\nWells,7392018456,x"), [
      "aba-routing:021000021",
      "bank-account:4829163705",
      "bank-account:7392018456",
    ]);
    assert.deepEqual(found("Name\tIBAN\tKontonummer\nAnna\tDE00 0000\t0532013000"), [
      "bank-account:0532013000",
    ]);
  });

  it("an account column beside no bank detail, or words under it, are not bank accounts", () => {
    assert.deepEqual(found("order,account,status\n4829,7392018456,paid"), []);
    assert.deepEqual(found("bank,account\nChase,checking"), []);
  });
});

describe("US bank details, round twelve: a routing number named after it", () => {
  const scored = (text: string) =>
    findBankAccounts(detectionInput(text)).map((span) => [text.slice(span.start, span.end), span.score]);

  it("a checksum-valid number that a phrase after it calls a routing number or an ABA is labelled so", () => {
    for (const text of [
      "is 075765600 a Chase routing number?",
      "021000021 is the ABA for JPMorgan",
      "Is 011000015 the right routing no. for Fed Boston?",
      "ist 026009593 die Routing Number der Bank of America?",
    ]) {
      const found = scored(text);
      assert.equal(found.length, 1, text);
      assert.ok(Number(found[0]?.[1]) >= 0.95, text);
    }
  });

  it("a number followed by other words, or failing the checksum, is not labelled", () => {
    assert.deepEqual(scored("is 075765601 a Chase routing number?"), []);
    assert.ok(
      scored("call 075765600 about the routing of parcels").every(([, score]) => Number(score) < 0.95),
    );
  });
});

// Round thirteen: bank details as people write them in chat and forms, without the full labels.
const scored = (text: string) =>
  findBankAccounts(detectionInput(text))
    .filter((span) => span.score >= reportThreshold)
    .map(
      (span) => `${span.detector}:${text.slice(span.start, span.end)}:${span.score >= 0.96 ? "high" : "low"}`,
    );

describe("bank details, round thirteen: abbreviated routing labels", () => {
  it("'rtg', 'rtg#' and 'rt no.' label a routing number, and the account after it is read", () => {
    assert.deepEqual(found("rtg 011000015, acct 44827361"), [
      "aba-routing:011000015",
      "bank-account:44827361",
    ]);
    assert.deepEqual(found("rtg# 021000021 / acct# 2921817471"), [
      "aba-routing:021000021",
      "bank-account:2921817471",
    ]);
    assert.deepEqual(found("Rtg no. 021000021 — Kto 44827361"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
    assert.deepEqual(found("neue Bankverbindung: rtg 021000021, acct 44827361"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
  });

  it("'rtg' before a number that fails the checksum, or a rating, is not bank details", () => {
    // Like "routing", the word says bank details: the account is read, the failing number is not a routing number.
    assert.deepEqual(found("rtg 021000022, acct 44827361"), ["bank-account:44827361"]);
    assert.deepEqual(found("rtg 021000022"), []);
    assert.deepEqual(found("rtg 4.5 from 1200 reviews"), []);
    assert.deepEqual(found("avg rtg 87 across 021 stores"), []);
  });
});

describe("bank details, round thirteen: an account labelled after a routing number outranks a phone reading", () => {
  it("an account labelled by its word or type, after a routing number, scores above a phone number's reading", () => {
    assert.deepEqual(
      scored("Routing number\n021000021\nAccount number\n6502747013\nAccount type: Checking"),
      ["aba-routing:021000021:high", "bank-account:6502747013:high"],
    );
    assert.deepEqual(scored("Routing number: 021000021, Checking: 6472780240"), [
      "aba-routing:021000021:high",
      "bank-account:6472780240:high",
    ]);
    assert.deepEqual(scored("ABA 021000021 · Konto 4155552671"), [
      "aba-routing:021000021:high",
      "bank-account:4155552671:high",
    ]);
  });

  it("an account word on a page with no routing number keeps its lower score", () => {
    assert.deepEqual(scored("bank account 4155552671"), ["bank-account:4155552671:low"]);
  });
});

describe("bank details, round thirteen: a UK sort code and account written as a pair", () => {
  it("a dashed sort code then an eight-digit account, after a payment verb or with an account word, is bank details", () => {
    assert.deepEqual(found("pay it into 40-71-56 / 47203928"), [
      "bank-code:40-71-56",
      "bank-account:47203928",
    ]);
    assert.deepEqual(found("pay it into 77-85-74 acc 77638051 (Monzo)"), [
      "bank-code:77-85-74",
      "bank-account:77638051",
    ]);
    assert.deepEqual(found("09-30-77, account no. 19509243 – thanks!"), [
      "bank-code:09-30-77",
      "bank-account:19509243",
    ]);
    assert.deepEqual(found("kannst du es auf 20-87-56 14788902 überweisen?"), [
      "bank-code:20-87-56",
      "bank-account:14788902",
    ]);
    assert.deepEqual(found("transfer to 83-20-88 86085291 please"), [
      "bank-code:83-20-88",
      "bank-account:86085291",
    ]);
    assert.deepEqual(found("virement sur 40-27-28 / 40147830 stp"), [
      "bank-code:40-27-28",
      "bank-account:40147830",
    ]);
  });

  it("dashed numbers with no account word or payment verb, or the wrong account length, are not", () => {
    assert.deepEqual(found("build 12-34-56 / 47203928 failed"), []);
    assert.deepEqual(found("meeting on 09-12-24 ref 47203928"), []);
    assert.deepEqual(found("pay it into 40-71-56 / 4720392855 (ticket)"), []);
    assert.deepEqual(found("pay 12-34-56-78 / 47203928"), []);
    assert.deepEqual(found("paid invoices 12-04-24 / 20240412"), []);
  });
});

describe("bank details, round thirteen: a nine-digit account after its label", () => {
  it("nine digits labelled as the account are the account even when they pass a routing number's check", () => {
    assert.deepEqual(found("Routing number\n021000021\nAccount number\n662764247\nAccount type: Checking"), [
      "aba-routing:021000021",
      "bank-account:662764247",
    ]);
    assert.deepEqual(found("ABA 021000021, Kontonummer 662764247"), [
      "aba-routing:021000021",
      "bank-account:662764247",
    ]);
  });

  it("a routing number labelled as one is still read first", () => {
    assert.deepEqual(found("Account details: routing 662764247, acct 44827361"), [
      "aba-routing:662764247",
      "bank-account:44827361",
    ]);
  });
});

describe("bank details, round thirteen: other countries' domestic pairs and cheque symbols", () => {
  it("an Australian BSB and account after a payment verb or bank are a bank-code pair", () => {
    assert.deepEqual(found("pls pay to 062-000 / 12345678 (CommBank)"), [
      "bank-code:062-000",
      "bank-account:12345678",
    ]);
    assert.deepEqual(found("transfer to 033-000 acc 123456789 please"), [
      "bank-code:033-000",
      "bank-account:123456789",
    ]);
  });

  it("a BSB-shaped pair with no verb or account word is not", () => {
    assert.deepEqual(found("ticket 062-000 / 12345678 reopened"), []);
    assert.deepEqual(found("call 062-000 12345678"), []);
  });

  it("a cheque's transit symbol labels the routing number and the account after it", () => {
    assert.deepEqual(found("⑆021000021⑆ 44827361⑈ 0123"), ["aba-routing:021000021", "bank-account:44827361"]);
  });

  it("'DDA' (a demand deposit account) labels the account after a routing number", () => {
    assert.deepEqual(found("RTN: 021000021 / DDA: 44827361"), [
      "aba-routing:021000021",
      "bank-account:44827361",
    ]);
    assert.deepEqual(found("DDA 44827361"), []);
  });

  it("a Swedish clearing number labels a bank code and the account after it", () => {
    assert.deepEqual(found("Clearingnummer 8327-9, kontonummer 123 456 789-0"), [
      "bank-code:8327-9",
      "bank-account:123 456 789-0",
    ]);
    assert.deepEqual(found("clearingnr 6789 konto 12 345 678"), [
      "bank-code:6789",
      "bank-account:12 345 678",
    ]);
    assert.deepEqual(found("clearing 8327-9 ok"), ["bank-code:8327-9"]);
  });

  it("'clearing' before a year, a price or a ticket is not a bank code", () => {
    assert.deepEqual(found("clearing 2025 ended"), []);
    assert.deepEqual(found("the clearing house fee is 1200 EUR"), []);
  });
});
