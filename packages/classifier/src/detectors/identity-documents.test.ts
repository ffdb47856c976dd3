import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { isOneSwapOf, withSwappedWordsRepaired } from "../text.ts";
import {
  findCheckedNationalIds,
  findPassports,
  isValidBelgianNationalNumber,
  isValidDutchBsn,
  isValidGermanTaxId,
  isValidPesel,
  isValidSwedishPersonnummer,
  mrzCheckDigit,
} from "./identity-documents.ts";

const passports = (text: string, form?: "identity" | "bank", code = false) =>
  findPassports(detectionInput(text, { code, form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));
const nationalIds = (text: string, form?: "identity") =>
  findCheckedNationalIds(detectionInput(text, { form }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("passports", () => {
  it("finds a passport number after the word for passport, in several languages and shapes", () => {
    assert.deepEqual(passports("my passport number is 912803456"), ["912803456"]);
    assert.deepEqual(passports("Passport: C01X00T47"), ["C01X00T47"]);
    assert.deepEqual(passports("Guest Ana Ruiz, pasaporte PAA123456"), ["PAA123456"]);
    assert.deepEqual(passports("passeport n° 12AB34567"), ["12AB34567"]);
  });

  it("finds a bare passport number typed into an identity-documents form, and not elsewhere", () => {
    assert.deepEqual(passports("YA8123456", "identity"), ["YA8123456"]);
    assert.deepEqual(passports("YA8123456"), []);
    assert.deepEqual(passports("YA8123456", "bank"), []);
  });

  it("finds a German passport serial of letters only after its word or alone in an identity form", () => {
    assert.deepEqual(passports("Reisepassnummer: CHKLMNPRT"), ["CHKLMNPRT"]);
    assert.deepEqual(passports("Passport: FZZYXWVTR, issued Bonn"), ["FZZYXWVTR"]);
    assert.deepEqual(passports("GRTVXZCKL", "identity"), ["GRTVXZCKL"]);
  });

  it("does not take a word in capitals, a series letter that is not German's, or letters outside a form, for a German serial", () => {
    assert.deepEqual(passports("passport HOLDERNAME"), []);
    assert.deepEqual(passports("passport ZHKLMNPRT"), []);
    assert.deepEqual(passports("GRTVXZCKL"), []);
    assert.deepEqual(passports("STRENGTHS", "identity"), []);
  });

  it("finds a passport number after the word typed with two neighbouring letters swapped", () => {
    assert.deepEqual(passports("my passprot number is 912803456"), ["912803456"]);
    assert.deepEqual(passports("Reisepsasnummer: C01X00T47"), ["C01X00T47"]);
    assert.ok(isOneSwapOf("passprot", "passport"));
    assert.ok(!isOneSwapOf("passport", "passport"));
  });

  it("a word two swaps or a letter away from the word for passport, or a swapped word without a number shape, finds nothing", () => {
    assert.deepEqual(passports("my psasprot number is 912803456"), []);
    assert.deepEqual(passports("my passprt number is 912803456"), []);
    assert.deepEqual(passports("passprot renewal takes 6 weeks now"), []);
  });

  it("passport.js, passport prose and product codes are not passport numbers", () => {
    assert.deepEqual(passports("app.use(passport.initialize());", undefined, true), []);
    assert.deepEqual(passports("passport.authenticate('jwt', { session: false })"), []);
    assert.deepEqual(passports("renew your passport at least 6 weeks before travel"), []);
    assert.deepEqual(passports("passport photos must be 35x45 mm"), []);
    assert.deepEqual(passports("SKU ABCDEFGHJ out of stock", "identity"), []);
  });
});

describe("national ids with check digits", () => {
  it("validates German tax ids and Dutch BSNs by their check digits", () => {
    assert.equal(isValidGermanTaxId("86095742719"), true);
    assert.equal(isValidGermanTaxId("86095742718"), false);
    assert.equal(isValidDutchBsn("111222333"), true);
    assert.equal(isValidDutchBsn("111222334"), false);
  });

  it("needs the id's name or an identity form", () => {
    assert.deepEqual(nationalIds("Steuer-ID: 86095742719"), ["86095742719"]);
    assert.deepEqual(nationalIds("86095742719", "identity"), ["86095742719"]);
    assert.deepEqual(nationalIds("BSN 111222333"), ["111222333"]);
    assert.deepEqual(nationalIds("order 86095742719 shipped"), []);
    assert.deepEqual(nationalIds("Steuer-ID: 86095742718"), []);
  });
});

describe("identity documents of more countries", () => {
  it("finds a Canadian SIN by its Luhn check beside its name, and no nine digits without it", () => {
    // 046 454 286 is the example number the Government of Canada publishes.
    assert.deepEqual(nationalIds("SIN 046 454 286"), ["046 454 286"]);
    assert.deepEqual(nationalIds("payroll needs my social insurance number: 046454286"), ["046454286"]);
    assert.deepEqual(nationalIds("SIN 046 454 287"), []);
    assert.deepEqual(nationalIds("ticket 046454286 closed"), []);
  });

  it("finds an Italian codice fiscale by its shape and check letter, and not one with a wrong letter or date", () => {
    // The textbook example (Mario Rossi, born 10 December 1985 in Rome), not a person's code.
    assert.deepEqual(nationalIds("codice fiscale RSSMRA85T10A562S"), ["RSSMRA85T10A562S"]);
    assert.deepEqual(nationalIds("RSSMRA85T10A562T"), []);
    // Day 71 of June (a woman's 31st) with the letter of another date is a wrong code.
    assert.deepEqual(nationalIds("RSSMRA85H71A562S"), []);
  });

  it("a codice fiscale whose check letter holds counts even when its day does not fit its month", () => {
    // A code copied with a mistyped date keeps its shape and check letter: it is still someone's code.
    assert.deepEqual(nationalIds("codice fiscale RSSMRA85H71A562A"), ["RSSMRA85H71A562A"]);
    // Day 32 is no day of any month, whatever the letter.
    assert.deepEqual(nationalIds("RSSMRA85H32A562A"), []);
  });

  it("finds a passport number after a comma, 'PP no' or a document-number field of a passport form", () => {
    assert.deepEqual(passports("Ireland passport, GV8773642"), ["GV8773642"]);
    assert.deepEqual(passports("PP no: A3687779"), ["A3687779"]);
    assert.deepEqual(passports("Document type: Passport\nDocument number: URL446821\nNationality: Spain"), [
      "URL446821",
    ]);
  });

  it("a document number without a passport named, and 'pp' in other senses, are not passports", () => {
    assert.deepEqual(passports("Document number: URL446821"), []);
    assert.deepEqual(passports("pp 12345678 of the report"), []);
    assert.deepEqual(passports("passport photo booth, room 12"), []);
  });
});

describe("passports: machine-readable zones, named countries, and numbers later in the clause", () => {
  const mrz = "P<GBRYAMAMOTO<<AOI<<<<<<<<<<<<<<<<<<<<<<<<<<\n4156958350GBR7409071<3402074<<<<<<<<<<<<<<02";

  it("reports a copied MRZ whose three check digits hold as one passport span from the holder's name to the end of the zone", () => {
    assert.equal(mrzCheckDigit("415695835"), 0);
    const found = findPassports(detectionInput(mrz)).map(
      (span) => `${span.detector}:${mrz.slice(span.start, span.end)}`,
    );
    assert.deepEqual(found, [`passport:${mrz.slice(5)}`]);
  });

  it("reports the number alone when an MRZ's second line has no first line above it", () => {
    const second = mrz.slice(mrz.indexOf("\n") + 1);
    assert.deepEqual(passports(second), ["415695835"]);
  });

  it("an MRZ-shaped line with a wrong check digit is not read", () => {
    const wrong = mrz.replace("4156958350", "4156958351");
    assert.deepEqual(findPassports(detectionInput(wrong)), []);
  });

  it("finds a document number that fits the passport format of the country named after it", () => {
    const text = "Traveller: Maqsud Azizov\nDocument: QI8423922 / Italy\nExpiry: 22.10.2030";
    assert.deepEqual(passports(text), ["QI8423922"]);
    assert.deepEqual(passports("Document: 45VN23810 (France)"), ["45VN23810"]);
  });

  it("a document value that is no passport format of the country, or no country, is not a passport", () => {
    assert.deepEqual(passports("Document: README12 / Notes"), []);
    assert.deepEqual(passports("Document: QI8423922 / Germany"), []);
  });

  it("finds the number later in the clause of a word for passport, in several languages", () => {
    assert.deepEqual(
      passports("Hotel asks for the numéro de passeport of each guest: Loris Rougemont S9086390"),
      ["S9086390"],
    );
    assert.deepEqual(passports("I need your Reisepassnummer — mine is F16JKMYHF (Germany)."), ["F16JKMYHF"]);
    assert.deepEqual(passports("Pass-Nr.: OC9420283"), ["OC9420283"]);
    assert.deepEqual(passports("your nr paszportu — mine is XG0993191 (Poland)."), ["XG0993191"]);
  });

  it("words in capitals or a number in the next sentence after 'passport' are not its number", () => {
    assert.deepEqual(passports("Cita previa pasaporte - Policía Nacional"), []);
    assert.deepEqual(passports("passport office is closed. Ticket 48213377 is open"), []);
    assert.deepEqual(passports("passport photo booth closes at 17:00; order 48213377"), []);
    assert.deepEqual(passports("passport photos ready, order no. 48213377"), []);
  });
});

describe("national ids: the Steuer-ID as printed, and a BSN alone in a form", () => {
  const ids = (text: string, form?: "identity") =>
    findCheckedNationalIds(detectionInput(text, { form }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));
  const taxId = "86095742719";
  const printed = `${taxId.slice(0, 2)} ${taxId.slice(2, 5)} ${taxId.slice(5, 8)} ${taxId.slice(8)}`;

  it("finds a Steuer-ID grouped 2-3-3-3 beside its word, and alone in an identity form", () => {
    assert.ok(isValidGermanTaxId(taxId));
    assert.deepEqual(ids(`my Steuer-ID is ${printed} if payroll needs it`), [printed]);
    assert.deepEqual(ids(printed, "identity"), [printed]);
  });

  it("the same digits grouped otherwise, or with no word or form, are not a Steuer-ID", () => {
    assert.deepEqual(ids(`call ${printed}`), []);
    assert.deepEqual(ids(`Steuer-ID ${taxId.slice(0, 3)} ${taxId.slice(3)}`), []);
  });

  it("finds a valid BSN typed alone into an identity form, and not one typed elsewhere", () => {
    assert.ok(isValidDutchBsn("111222333"));
    assert.deepEqual(ids("111222333", "identity"), ["111222333"]);
    assert.deepEqual(ids("111222333"), []);
  });
});

describe("passports: round five", () => {
  it("the full stop of 'no.' or 'Nr.' does not end the clause that holds the number", () => {
    assert.deepEqual(passports("Hotel asks for the passport no. of each guest: Min-jun Park YH4587428"), [
      "YH4587428",
    ]);
    assert.deepEqual(passports("For the visa letter I need your Pass-Nr. — mine is SX3667640 (Poland)."), [
      "SX3667640",
    ]);
  });

  it("a sentence's full stop still ends the clause: a number in the next sentence is not the passport", () => {
    assert.deepEqual(passports("Renew your passport soon. Order 48213377 ships Monday."), []);
  });

  it("typed alone into an identity form, any country's format with a letter and a digit is a passport", () => {
    assert.deepEqual(passports("N738112", "identity"), ["N738112"]);
    assert.deepEqual(passports("PAI597889", "identity"), ["PAI597889"]);
  });

  it("typed alone into an identity form, a word or a bare staff number is not a passport", () => {
    assert.deepEqual(passports("CONFIRMED", "identity"), []);
    assert.deepEqual(passports("4821337", "identity"), []);
  });

  it("a traveller's row — alpha-3 nationality, document number, expiry date — holds a passport number", () => {
    assert.deepEqual(passports("Garrett Delgado\tESP\tPCF992275\t2034-09-27"), ["PCF992275"]);
    assert.deepEqual(passports("Matteo de Vries,GBR,522077296,15.05.2029"), ["522077296"]);
  });

  it("a row whose three capitals are no country, or without a date after the number, holds none", () => {
    assert.deepEqual(passports("build\tABC\tPCF992275\t2034-09-27"), []);
    assert.deepEqual(passports("Garrett Delgado\tESP\tPCF992275\tcontractor"), []);
  });
});

describe("national ids: values of a form's URL", () => {
  it("a checksum-valid Steuer-ID or BSN that is a whole query value of an identity form's URL counts", () => {
    const taxId = "https://kestrel.personio.de/onboarding/steps/tax-data?step=2&value=";
    const valid = "86095742719"; // MOD 11,10 check digit holds
    assert.deepEqual(nationalIds(`${taxId}${valid}&autosave=1`, "identity"), [valid]);
    assert.deepEqual(
      nationalIds("https://x.nmbrs.nl/onboarding/persoonsgegevens?value=111222333", "identity"),
      ["111222333"],
    );
  });

  it("outside an identity form, or failing its check, such a query value is not a national id", () => {
    assert.deepEqual(nationalIds("https://x.nmbrs.nl/reports?value=111222333"), []);
    assert.deepEqual(nationalIds("https://x.nmbrs.nl/onboarding?value=111222334", "identity"), []);
  });
});

describe("national ids with a birth date and a check digit: PESEL, Belgian, Swedish", () => {
  it("checks the date and check digit of each", () => {
    assert.ok(isValidPesel("02070803628"));
    assert.ok(!isValidPesel("02070803627"));
    assert.ok(!isValidPesel("02130803628")); // month 13
    assert.ok(isValidBelgianNationalNumber("90011512363"));
    assert.ok(!isValidBelgianNationalNumber("90011512364"));
    assert.ok(isValidSwedishPersonnummer("8112189876"));
    assert.ok(!isValidSwedishPersonnummer("8112189875"));
  });

  it("a Belgian number as printed counts alone; PESEL and personnummer beside their names or alone in an identity form", () => {
    assert.deepEqual(nationalIds("it's 90.01.15-123.63, thanks"), ["90.01.15-123.63"]);
    assert.deepEqual(nationalIds("my PESEL: 02070803628"), ["02070803628"]);
    assert.deepEqual(nationalIds("02070803628", "identity"), ["02070803628"]);
    assert.deepEqual(nationalIds("personnummer 811218-9876"), ["811218-9876"]);
  });

  it("finds a personnummer written compact with its century beside its word, alone in an identity form or in a staff CSV", () => {
    assert.deepEqual(nationalIds("is personnummer 198503171236 right?"), ["198503171236"]);
    assert.deepEqual(nationalIds("198503171236", "identity"), ["198503171236"]);
    assert.deepEqual(nationalIds("name;id;start\nAna Sample;198503171236;2026-03-01\n"), ["198503171236"]);
  });

  it("a twelve-digit number failing the personnummer's date, century or check is not one, nor is it bare", () => {
    assert.deepEqual(nationalIds("personnummer 198503171237"), []);
    assert.deepEqual(nationalIds("personnummer 168503171236"), []);
    assert.deepEqual(nationalIds("personnummer 198513171236"), []);
    assert.deepEqual(nationalIds("order 198503171236 shipped"), []);
  });

  it("an id's long word typed with two neighbouring letters swapped still names it", () => {
    assert.deepEqual(nationalIds("presonnummer 811218-9876"), ["811218-9876"]);
    assert.deepEqual(nationalIds("my PSEEL: 02070803628"), ["02070803628"]);
    assert.equal(
      withSwappedWordsRepaired("my PSEEL and Presonnummer", ["pesel", "personnummer"]),
      "my PESEL and Personnummer",
    );
  });

  it("a word a letter short of an id's word, or two swaps away, does not name it", () => {
    assert.deepEqual(nationalIds("personumer 811218-9876"), []);
    assert.deepEqual(nationalIds("preosnnummer 811218-9876"), []);
  });

  it("the same digits without a name, or failing their check, are not ids: order refs, version strings", () => {
    assert.deepEqual(nationalIds("order 02070803628 shipped"), []);
    assert.deepEqual(nationalIds("ticket 811218-9876"), []);
    assert.deepEqual(nationalIds("build 90.01.15-123.64"), []);
    assert.deepEqual(nationalIds("my PESEL: 02070803627"), []);
  });
});

describe("passports: travel forms and more languages", () => {
  const inTravelForm = (text: string) =>
    findPassports(detectionInput(text, { form: "travel" }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));

  it("in a travel form, eight or nine digits, or capitals and digits, typed alone are the passport number", () => {
    assert.deepEqual(inTravelForm("74005029"), ["74005029"]);
    assert.deepEqual(inTravelForm("KT7LDW5Z1"), ["KT7LDW5Z1"]);
  });

  it("in a travel form, a word, a short number or a sentence is not a passport number", () => {
    assert.deepEqual(inTravelForm("LONDONHBR"), []);
    assert.deepEqual(inTravelForm("1234"), []);
    assert.deepEqual(inTravelForm("seat 12A please"), []);
    assert.deepEqual(passports("74005029"), []);
  });

  it("finds a passport number after the Dutch and Portuguese words", () => {
    assert.deepEqual(passports("Paspoortnummer: NXK2L09F4"), ["NXK2L09F4"]);
    assert.deepEqual(passports("o número do passaporte: SM277744"), ["SM277744"]);
  });

  it("reads Germany's one-letter ICAO code before a document number in a traveller's row", () => {
    assert.deepEqual(passports("Ana Sample\tD\tCHP2RY4NH\t2035-08-10"), ["CHP2RY4NH"]);
    assert.deepEqual(passports("Ana Sample\tQ\tCHP2RY4NH\t2035-08-10"), []);
  });
});

describe("national ids: personnel rows and identity places", () => {
  it("a checked id in a cell of a personnel row counts without its word", () => {
    assert.deepEqual(nationalIds("Ana Sample\t2026-07-02\t111222333\tcontractor"), ["111222333"]);
  });

  it("the same number in a row without a date, or in prose without a word, does not", () => {
    assert.deepEqual(nationalIds("Ana Sample\tQ3\t111222333\tcontractor"), []);
    assert.deepEqual(nationalIds("ticket 111222333 is closed"), []);
  });

  it("the one number of a short message written in an identity form's place counts", () => {
    assert.deepEqual(nationalIds("sorry for the delay — it's 111222333. Thanks", "identity"), ["111222333"]);
  });
});

describe("passports: specimens", () => {
  it("ICAO's Utopia specimen and an MRZ called a specimen are documentation, not a passport", () => {
    const utopia =
      "P<UTOSAMPLE<<ANA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n4156958350UTO7409071<3402074<<<<<<<<<<<<<<02";
    assert.deepEqual(passports(utopia), []);
    const gbr = "P<GBRYAMAMOTO<<AOI<<<<<<<<<<<<<<<<<<<<<<<<<<\n4156958350GBR7409071<3402074<<<<<<<<<<<<<<02";
    assert.deepEqual(passports(`Specimen for the parser tests:\n${gbr}`), []);
    assert.deepEqual(passports(gbr), [gbr.slice(5)]);
  });
});

describe("national ids looked up in a search among people", () => {
  it("a check-valid id as a whole query value of a customer search counts without its word", () => {
    const bsn = "https://crm.example.io/customers?q=273456180&page=1";
    // Both the BSN's eleven test and a Portuguese NIF's check hold for it: two readings, one span once resolved.
    assert.deepEqual([...new Set(nationalIds(bsn))], ["273456180"]);
    const pesel = "https://crm.example.io/customers?q=02070803628";
    assert.deepEqual(nationalIds(pesel), ["02070803628"]);
  });

  it("the same id in an order search, a failing check digit, or a number inside a query value does not", () => {
    assert.deepEqual(nationalIds("https://shop.example.com/orders?q=273456180"), []);
    assert.deepEqual(nationalIds("https://crm.example.io/customers?q=273456181"), []);
    assert.deepEqual(nationalIds("https://crm.example.io/customers?q=ref-273456180"), []);
  });
});

describe("national identity cards", () => {
  it("finds an identity card's number after its word in German, French and English", () => {
    assert.deepEqual(nationalIds("Personalausweisnummer L01X00T47"), ["L01X00T47"]);
    assert.deepEqual(nationalIds("numéro de carte d'identité 880692310285"), ["880692310285"]);
    assert.deepEqual(nationalIds("ID card number: T22000129"), ["T22000129"]);
  });

  it("an identity card word before a word, a short number or a lower-case token finds nothing", () => {
    assert.deepEqual(nationalIds("Personalausweis abgelaufen, 2031 erneuern"), []);
    assert.deepEqual(nationalIds("ID card reader model abc12345xy"), []);
  });

  it("an abbreviation's full stop does not end the clause a passport's number is in", () => {
    assert.deepEqual(passports("my passport (exp. 2031) is 533401372"), ["533401372"]);
  });
});

describe("identity cards' machine-readable zones", () => {
  const card = (document: string, birth: string, expiry: string, state = "D<<") =>
    `I${"D"}${state}${document}${mrzCheckDigit(document)}${"<".repeat(15)}\n` +
    `${birth}${mrzCheckDigit(birth)}F${expiry}${mrzCheckDigit(expiry)}D<<${"<".repeat(11)}4\nSAMPLE<<ANA<<<<<<<<<<<<<<<<<<<`;

  it("reads an identity card's document number when its check digits hold", () => {
    const text = card("T22000129", "640812", "310731");
    const found = findPassports(detectionInput(text)).map(
      (span) => `${span.detector}:${text.slice(span.start, span.end)}`,
    );
    assert.deepEqual(found, ["national-id:T22000129"]);
  });

  it("a wrong check digit or ICAO's Utopia specimen is not read", () => {
    const wrong = card("T22000129", "640812", "310731").replace("T220001293", "T220001294");
    assert.deepEqual(passports(wrong), []);
    assert.deepEqual(passports(card("T22000129", "640812", "310731", "UTO")), []);
  });
});

describe("passport numbers after the word in more languages", () => {
  it("finds the number after 'passaporto n.', 'numero di passaporto' and 'número do passaporte'", () => {
    assert.deepEqual(passports("passaporto n. YA7654321"), ["YA7654321"]);
    assert.deepEqual(passports("numero di passaporto YA1234567"), ["YA1234567"]);
    assert.deepEqual(passports("número do passaporte CZ1234567"), ["CZ1234567"]);
  });

  it("a word after 'passaporto n.' that is not a document number's shape is not one", () => {
    assert.deepEqual(passports("passaporto n. scaduto, rinnovo in corso"), []);
  });
});

describe("Dutch BSN as letters print it", () => {
  it("finds a BSN grouped 4-2-3 by dots or spaces beside its word when its eleven test holds", () => {
    assert.deepEqual(nationalIds("BSN: 1112.22.333"), ["1112.22.333"]);
    assert.deepEqual(nationalIds("burgerservicenummer 1112 22 333"), ["1112 22 333"]);
  });

  it("the same grouping failing the eleven test, without its word, or with mixed separators is not a BSN", () => {
    assert.deepEqual(nationalIds("BSN: 1112.22.334"), []);
    assert.deepEqual(nationalIds("versie 1112.22.333"), []);
    assert.deepEqual(nationalIds("BSN: 1112.22 333"), []);
  });
});

describe("identity documents: placeholders, travellers' rows, single-digit books and Indian PANs", () => {
  it("one repeated digit, or runs or counted digits beside a word of documentation, is a placeholder, not a document", () => {
    assert.deepEqual(passports("Use the vendor sandbox specimen (passport number 000000000)"), []);
    assert.deepEqual(nationalIds("Test BSN: 111222333 is the documented dummy number"), []);
    assert.deepEqual(passports("passport number 912803456"), ["912803456"]);
  });

  it("a row of a name, a document number with letters and a date is a traveller's passport", () => {
    assert.deepEqual(passports("Frauke Stein\tNK3366642\t11.10.2026"), ["NK3366642"]);
    assert.deepEqual(passports("Macarena Navarro,C8MMPLHX8,2025-04-12"), ["C8MMPLHX8"]);
    assert.deepEqual(passports("Acme Ltd\tSO4829137\t12.04.2025"), []);
    assert.deepEqual(passports("Sprint Review\tRB4821337\t05.05.2025"), []);
  });

  it("a traveller's name in a script without case (Arabic, Georgian) still makes the row a traveller's; a name in capitals does not", () => {
    assert.deepEqual(passports("ليلى حداد\tNK3366642\t11.10.2026"), ["NK3366642"]);
    assert.deepEqual(passports("ნინო ბერიძე\tNK3366642\t11.10.2026"), ["NK3366642"]);
    assert.deepEqual(passports("SPRING OFFSITE\tNK3366642\t11.10.2026"), []);
  });

  it("finds a passport-shaped token anywhere in a short message typed into a travel form, whatever word names it", () => {
    const travel = (text: string) =>
      findPassports(detectionInput(text, { form: "travel" }))
        .filter((span) => span.score >= reportThreshold)
        .map((span) => text.slice(span.start, span.end));
    assert.deepEqual(travel("numéro de passpoert PKR382910 pour le visa"), ["PKR382910"]);
    assert.deepEqual(travel("booking ref AB1234567, flight LH1234"), []);
    assert.deepEqual(passports("numéro de passpoert PKR382910 pour le visa"), []);
  });

  it("a German book's number with a single digit counts later in the clause of its word", () => {
    assert.deepEqual(
      passports("Meine Reisepassnummer für die Hotelbuchung: CH6LWYNWT, gültig bis 25.11.2027"),
      ["CH6LWYNWT"],
    );
    assert.deepEqual(passports("Reisepass beantragt, Termin im Bürgeramt AKTENZEICHEN"), []);
  });

  it("an Indian PAN counts beside its word or typed alone into an identity form, not as any code in capitals", () => {
    assert.deepEqual(nationalIds("PAN: BNZPM2501F"), ["BNZPM2501F"]);
    assert.deepEqual(nationalIds("BNZPM2501F", "identity"), ["BNZPM2501F"]);
    assert.deepEqual(nationalIds("SKU ABCPD1234E in stock"), []);
  });
});

describe("national ids: staff rows pasted into an editor", () => {
  const inEditor = (text: string) =>
    findCheckedNationalIds(detectionInput(text, { code: true }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));

  it("a checked id in a staff row pasted into an editor is still the person's, when nothing in the text is code", () => {
    assert.deepEqual(inEditor("Ana Sample\t2026-03-01\t86095742719\tpart-time"), ["86095742719"]);
  });

  it("the same row inside code, or an id outside any row in an editor, is not", () => {
    assert.deepEqual(
      inEditor('const rows = [{ line: "Ana Sample\t2026-03-01\t86095742719\tpart-time" }];'),
      [],
    );
    assert.deepEqual(inEditor("86095742719"), []);
  });
});

describe("identity documents: a compact Belgian number in an identity form", () => {
  it("typed alone into an identity form, a compact Belgian number counts as a PESEL does; elsewhere it needs its word", () => {
    assert.deepEqual(nationalIds("90011512363", "identity"), ["90011512363"]);
    assert.deepEqual(nationalIds("90011512363"), []);
    assert.deepEqual(nationalIds("90011512364", "identity"), []);
  });
});

describe("passports: the word for passport in more languages", () => {
  it("a passport number after the Czech, Hungarian, Romanian, Croatian, Greek or Russian word counts", () => {
    assert.deepEqual(passports("číslo cestovní pas: 45218736"), ["45218736"]);
    assert.deepEqual(passports("Útlevélszám: BE4721936"), ["BE4721936"]);
    assert.deepEqual(passports("numărul de pașaport 052187364"), ["052187364"]);
    assert.deepEqual(passports("broj putovnice 117284936"), ["117284936"]);
    assert.deepEqual(passports("αριθμός διαβατηρίου AN4721936"), ["AN4721936"]);
    assert.deepEqual(passports("номер паспорта 752184369"), ["752184369"]);
  });

  it("the same words with no passport-shaped value after them find nothing", () => {
    assert.deepEqual(passports("Útlevél megújítása jövő héten"), []);
    assert.deepEqual(passports("паспорт готов, заберу завтра в 14:30"), []);
    assert.deepEqual(passports("pașaport expirat, comanda 2026-03-14"), []);
  });
});

describe("passports: profiles that put the number under its heading, and words in more scripts", () => {
  it("the number labelled on the line under a passport heading is the passport's", () => {
    assert.deepEqual(passports("Passport • Ireland\nNumber P4017735"), ["P4017735"]);
    assert.deepEqual(passports("Passport (United Kingdom)\nNo. 518204736"), ["518204736"]);
    assert.deepEqual(passports("Reisepass – Deutschland\nNummer C4J7M2K91"), ["C4J7M2K91"]);
  });

  it("a count, an order or a heading with no labelled number under it is not a passport's", () => {
    assert.deepEqual(passports("Passport • Ireland\nOrder 48213377"), []);
    assert.deepEqual(passports("Passport photo requirements\nNumber of copies 2"), []);
    assert.deepEqual(passports("Passport renewal\nNumber 2 in the queue"), []);
  });

  it("finds the number after the word for passport in Japanese, Korean, Chinese and Arabic", () => {
    assert.deepEqual(passports("旅券番号：TK4827193"), ["TK4827193"]);
    assert.deepEqual(passports("パスポート番号 TR3496693"), ["TR3496693"]);
    assert.deepEqual(passports("여권 n° M48658680"), ["M48658680"]);
    assert.deepEqual(passports("护照号码 E47120395"), ["E47120395"]);
    assert.deepEqual(passports("رقم جواز السفر: A12894733"), ["A12894733"]);
  });

  it("an order or a booking code after those words' neighbours is not a passport", () => {
    assert.deepEqual(passports("旅券の写真 注文番号 249-1837265"), []);
    assert.deepEqual(passports("여권 사진 예약 3시"), []);
  });
});

describe("national ids, round nine: grouped BSNs in forms and ids in staff rows", () => {
  it("a BSN grouped 4-2-3 typed alone into an identity form counts without its word", () => {
    assert.deepEqual(nationalIds("2345.67.892", "identity"), ["2345.67.892"]);
  });

  it("the same grouping outside an identity form, or failing the eleven test, does not", () => {
    assert.deepEqual(nationalIds("2345.67.892"), []);
    assert.deepEqual(nationalIds("2345.67.893", "identity"), []);
  });

  it("a SIN in three groups and a PAN are ids in a staff row whose cell says how the person is employed", () => {
    assert.deepEqual(nationalIds("Ray Chen\t046-454-286\tFull-time"), ["046-454-286"]);
    assert.deepEqual(nationalIds("Jana Novak\tABCPX1234K\tPart-time"), ["ABCPX1234K"]);
  });

  it("the same values in a row about an order, or a SIN-valid number written compact, are not", () => {
    assert.deepEqual(nationalIds("Ray Chen\t046-454-286\tShipped"), []);
    assert.deepEqual(nationalIds("Ray Chen\t046454286\tFull-time"), []);
  });
});

describe("national ids, round nine: a BSN named in general words for a tax id", () => {
  it("a BSN beside 'tax id' counts without its own name", () => {
    assert.deepEqual(nationalIds("here's my tax id for the new contract 234567892"), ["234567892"]);
  });

  it("a firm's tax id or a number failing the eleven test does not", () => {
    assert.deepEqual(nationalIds("our company tax id 234567892"), []);
    assert.deepEqual(nationalIds("tax id 234567893"), []);
  });
});

describe("passports: the Dutch 'pas nummer'", () => {
  it("a passport-shaped value after 'pasnummer' or 'pas nummer' is the passport's", () => {
    assert.deepEqual(passports("mijn pas nummer is NW4K18P63"), ["NW4K18P63"]);
    assert.deepEqual(passports("pasnummer: BR7T2K9L1"), ["BR7T2K9L1"]);
  });

  it("a bank card's short pasnummer or a pass's count is not", () => {
    assert.deepEqual(passports("pasnummer 034 van mijn bankpas"), []);
    assert.deepEqual(passports("pas nummer 3 aan de beurt"), []);
  });
});

describe("passports, round twelve: numbers in more shapes, words and records", () => {
  it("a word for something else that merely ends a longer word (hotel, showcase) does not name the number", () => {
    assert.deepEqual(passports("passport number for the hotel: 12AB34567"), ["12AB34567"]);
    assert.deepEqual(passports("Reisepass für das Motel: C4KX7R2L9"), ["C4KX7R2L9"]);
    assert.deepEqual(passports("passport, see the order: 12AB34567"), []);
  });

  it("a passport number written in groups after its word is one number", () => {
    assert.deepEqual(passports("Passport No: 548 390 216"), ["548 390 216"]);
    assert.deepEqual(passports("passport: 12 AB 34567"), ["12 AB 34567"]);
    assert.deepEqual(passports("Reisepass C4KX 7R2L9"), ["C4KX 7R2L9"]);
  });

  it("groups after the word that are a date, an amount or two numbers are not one passport number", () => {
    assert.deepEqual(passports("passport expires 2031 05 12"), []);
    assert.deepEqual(passports("passport fee 75 50 GBP"), []);
    assert.deepEqual(passports("passport photos 2 x 35 45 mm"), []);
  });

  it("every number of a list of travellers after one word for passports is a passport", () => {
    assert.deepEqual(passports("passports: Anna C4KX7R2L9, Ben CF7X3K9P1"), ["C4KX7R2L9", "CF7X3K9P1"]);
    assert.deepEqual(passports("Reisepässe: Lea YA4827361 und Tom YB1234987"), ["YA4827361", "YB1234987"]);
  });

  it("the word for passport in Finnish, Czech, Slovak, Romanian, Serbian, Baltic and other inflections", () => {
    assert.deepEqual(passports("passin numero XP4829173"), ["XP4829173"]);
    assert.deepEqual(passports("číslo pasu 48291735"), ["48291735"]);
    assert.deepEqual(passports("numărul pașaportului 058291735"), ["058291735"]);
    assert.deepEqual(passports("broj pasoša 014829173"), ["014829173"]);
    assert.deepEqual(passports("pases numurs LV4829173"), ["LV4829173"]);
    assert.deepEqual(passports("paso numeris 48291735"), ["48291735"]);
    assert.deepEqual(passports("Reisepässe: C4KX7R2L9"), ["C4KX7R2L9"]);
  });

  it("an airline's passport record (SSR DOCS, APIS) gives the passport number by its fields", () => {
    assert.deepEqual(passports("SSR DOCS LH HK1 P/DEU/C4KX7R2L9/DEU/12MAR88/M/01MAY31/BERG/JONAS"), [
      "C4KX7R2L9",
    ]);
    assert.deepEqual(passports("P/GBR/548390216/GBR/04JUN91/F/11AUG30/SMITH/ANNA"), ["548390216"]);
  });

  it("a record of another document, a slash path or a record with an impossible date is no passport record", () => {
    assert.deepEqual(passports("I/DEU/L01X00T47/DEU/12MAR88/M/01MAY31/BERG/JONAS"), []);
    assert.deepEqual(passports("P/GBR/548390216/GBR/04XYZ91/F/11AUG30/SMITH/ANNA"), []);
    assert.deepEqual(passports("git checkout P/ABC/release-2024/DEF"), []);
  });

  it("look-alikes beside the word stay clean: photos, control, fees, apps and Passport.js", () => {
    assert.deepEqual(passports("renew your passport before the trip, mine expires in May"), []);
    assert.deepEqual(passports("passport control took 45 minutes at gate B12"), []);
    assert.deepEqual(passports("passport renewal fee is 75.50 GBP, ref 548390216"), []);
    assert.deepEqual(passports("the Passport app build 48291735 crashed"), []);
    assert.deepEqual(passports("Passport.js strategy v0.7.0 released"), []);
    assert.deepEqual(passports("číslo objednávky 48291735, pas de problème"), []);
  });

  it("a product's row with a code and a date is no traveller's", () => {
    assert.deepEqual(passports("Widget Pro\tPA4829173\t12.05.2030"), []);
    assert.deepEqual(passports("Jonas Berg\tPA4829173\t12.05.2030"), ["PA4829173"]);
  });
});

describe("passports, round twelve: placeholder airline records", () => {
  it("an airline record whose number is filler digits is a placeholder", () => {
    assert.deepEqual(passports("SSR DOCS YY HK1 P/GBR/123456789/GBR/12JUL64/M/23AUG19/SMITH/JOHN"), []);
  });
});

describe("passports, round twelve: rows of a list of travellers", () => {
  const inTravel = (text: string) =>
    findPassports(detectionInput(text, { form: "travel" }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));

  it("in a list of travellers, a row's number of any country's passport shape is a passport, digits only too", () => {
    assert.deepEqual(inTravel("Rowan Ashworth\tI611595\t02.10.2027"), ["I611595"]);
    assert.deepEqual(inTravel("Nino Beridze\t45702170\t20.09.2025"), ["45702170"]);
    assert.deepEqual(inTravel("Lina Sørensen;209384756;2030-01-14"), ["209384756"]);
  });

  it("outside a travel form such a row needs a number with a letter and a common shape", () => {
    assert.deepEqual(passports("Rowan Ashworth\tI611595\t02.10.2027"), []);
    assert.deepEqual(passports("Nino Beridze\t45702170\t20.09.2025"), []);
  });

  it("in a travel form a row of a firm, a product, or a number too short or of few digits is no traveller's", () => {
    assert.deepEqual(inTravel("Acme GmbH\t45702170\t20.09.2025"), []);
    assert.deepEqual(inTravel("Rowan Ashworth\tAB12\t02.10.2027"), []);
    assert.deepEqual(inTravel("Rowan Ashworth\tFLIGHTX1\t02.10.2027"), []);
  });
});

describe("passports, round twelve: travellers named in scripts without capitals", () => {
  it("a row of a name in Georgian or Arabic and a number of digits in a list of travellers is a passport", () => {
    const text = "ნინო ბერიძე\t45702170\t20.09.2025";
    const found = findPassports(detectionInput(text, { form: "travel" })).map((span) =>
      text.slice(span.start, span.end),
    );
    assert.deepEqual(found, ["45702170"]);
  });
});

describe("national ids, round twelve: payroll imports with an id column", () => {
  // A PESEL built from its check rule: born 1985-07-14, serial 0312.
  const pesel = (() => {
    const ten = "8507140312";
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (weights[i] ?? 0);
    return `${ten}${(10 - (sum % 10)) % 10}`;
  })();
  const bsn = (() => {
    for (let n = 73920581; ; n++) {
      const candidate = `1${String(n).slice(0, 7)}`;
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(candidate.charAt(i)) * (9 - i);
      const check = sum % 11;
      if (check < 10) return `${candidate}${check}`;
    }
  })();

  it("BSNs and PESELs under an id heading beside a name heading are national ids, with no date in the row", () => {
    const csv = `naam;id;afdeling\nBram Brouwer;${bsn};magazijn\nEwa Nowak;${pesel};kantoor`;
    assert.deepEqual([...new Set(nationalIds(csv))].sort(), [bsn, pesel].sort());
  });

  it("a Swedish personnummer written compact counts in such a column or beside its word, not after another word", () => {
    const ten = "8711230356";
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      const doubled = Number(ten.charAt(i)) * (i % 2 === 0 ? 2 : 1);
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
    const number = `${ten.slice(0, 9)}${(10 - (sum % 10)) % 10}`;
    assert.deepEqual([...new Set(nationalIds(`namn;id;avdelning\nElsa Holm;${number};lager`))], [number]);
    assert.deepEqual([...new Set(nationalIds(`personnummer ${number}`))], [number]);
    assert.deepEqual(nationalIds(`ticket ${number}`), []);
  });

  it("the same numbers under an order heading, or without a name heading, are not", () => {
    assert.deepEqual(nationalIds(`naam;ordernummer;afdeling\nBram Brouwer;${bsn};magazijn`), []);
    assert.deepEqual(nationalIds(`id;product;prijs\n${bsn};Widget Pro;12,50`), []);
  });
});

describe("national ids, round twelve: identity card numbers typed in lower case", () => {
  const withCheck = (nine: string) => `${nine}${mrzCheckDigit(nine.toUpperCase())}`;

  it("a lower-case card number after its word counts when its ICAO check digit holds", () => {
    const number = withCheck("l4xk9tr2c");
    assert.deepEqual(nationalIds(`ausweisnummer ${number}, gültig bis 11.07.2031`), [number]);
    const other = withCheck("t7h42kp9m");
    assert.deepEqual(nationalIds(`meine Personalausweisnummer ist ${other}`), [other]);
  });

  it("a lower-case token after the word without the check digit, or a word's run of letters, is not", () => {
    const number = withCheck("l4xk9tr2c");
    const broken = `${number.slice(0, 9)}${(Number(number.charAt(9)) + 1) % 10}`;
    assert.deepEqual(nationalIds(`ausweisnummer ${broken}`), []);
    assert.deepEqual(nationalIds("id card is expired, see ticket abcdefgh12"), []);
  });
});

describe("passports: a traveller's row whose expiry names its month", () => {
  it("reads the number between a nationality and an expiry written with a month's name", () => {
    assert.deepEqual(passports("Begoña Cifuentes\tUSA\tA95498476\t12 Oct 2030"), ["A95498476"]);
    assert.deepEqual(passports("Brianna McAllister\tCAN\tPT060202\t7 Aug 2036"), ["PT060202"]);
    assert.deepEqual(passports("Eero Virtanen;GBR;457996491;21 Mar 2035"), ["457996491"]);
    assert.deepEqual(passports("Jonas Berg\tD\tC4KX7R2L9\t3 Mai 2031"), ["C4KX7R2L9"]);
    assert.deepEqual(passports("Lucie Martin\tFRA\t34IC44804\t15 déc. 2031"), ["34IC44804"]);
  });

  it("leaves a row whose last cell is no date, or whose code is no state", () => {
    assert.deepEqual(passports("Order\tSKU\tA95498476\t12 units 2030"), []);
    assert.deepEqual(passports("Sprint\tAPI\tPT060202\t7 Aug 2036"), []);
  });
});

describe("national ids, round thirteen: dated ids named by a general word for a person's id", () => {
  it("a PESEL, a compact Belgian number or a personnummer called a tax id, national id or personal id is one", () => {
    // Some PESELs also pass another country's check and are found twice: the spans are the same.
    const distinct = (text: string) => [...new Set(nationalIds(text))];
    assert.deepEqual(distinct("Is 02070803628 a valid format for a tax id? payroll rejects it"), [
      "02070803628",
    ]);
    assert.deepEqual(distinct("numéro d'identification : 02070803628"), ["02070803628"]);
    assert.deepEqual(nationalIds("national identifier 90011512363 for the onboarding"), ["90011512363"]);
    assert.deepEqual(nationalIds("personal id number 811218-9876 please update"), ["811218-9876"]);
  });

  it("the same digits as a firm's tax id, or with no word at all, are not a person's id", () => {
    assert.deepEqual(nationalIds("supplier tax id 02070803628 on the invoice"), []);
    assert.deepEqual(nationalIds("order 02070803628 shipped"), []);
    assert.deepEqual(nationalIds("the ticket 90011512363 was closed"), []);
  });
});

describe("identity documents: an id's word in the label before its colon (round fourteen)", () => {
  it("a personnummer, PESEL or Belgian number named in a label that goes on to what it is for counts", () => {
    assert.deepEqual(nationalIds("Mitt personnummer till Skatteverket-blanketten: 821123-1702"), [
      "821123-1702",
    ]);
    assert.deepEqual(nationalIds("Mitt personnummer till Skatteverket-blanketten: 19870807-7832"), [
      "19870807-7832",
    ]);
  });

  it("a label without the id's word, or the word on another line, names no id", () => {
    assert.deepEqual(nationalIds("Ordernummer till Skatteverket-blanketten och fakturan: 821123-1702"), []);
    assert.deepEqual(nationalIds("personnummer ska inte skickas här\nreferens: 821123-1702"), []);
  });
});

describe("identity documents: the ICAO document code P before a number (round fifteen)", () => {
  it("an APIS line's or a DOCS record's number after doc P, with or without the issuing state, is a passport", () => {
    assert.deepEqual(passports("APIS: OLTMANNS/MAREIKE MS · doc P FHNNP1Y4Y · nationality D"), ["FHNNP1Y4Y"]);
    assert.deepEqual(passports("APIS: BRENNAN/LATOYA MR · doc P S274732 · nationality PRT"), ["S274732"]);
    assert.deepEqual(passports("SSR DOCS P GBR 533417892 GBR 12MAR88 M"), ["533417892"]);
    assert.deepEqual(passports("Dokument: P / C4KX7R2L9"), ["C4KX7R2L9"]);
    assert.deepEqual(passports("Documento: P ITA YA1234987, scadenza 2031"), ["YA1234987"]);
  });

  it("a document's P before a word in capitals, a page, a placeholder or a lower-case p is no passport", () => {
    assert.deepEqual(passports("the doc P ROADMAP2 is outdated"), []);
    assert.deepEqual(passports("see Doc P 2 of the spec, section 4"), []);
    assert.deepEqual(passports("printed doc P 00000000 as a sample"), []);
    assert.deepEqual(passports("doc p C4KX7R2L9"), []);
    assert.deepEqual(passports("see docs P 2024 release notes"), []);
  });
});
