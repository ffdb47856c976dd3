import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  findNationalIds,
  headedIdCell,
  isValidAustralianTfn,
  isValidDanishCpr,
  isValidFinnishHetu,
  isValidIrishPps,
  isValidNhsNumber,
  isValidNorwegianBirthNumber,
  personLookupUrl,
  personnelRowCell,
  soleLongNumber,
} from "./national-ids.ts";

const found = (text: string, { identityForm = false, identityPlace = false, code = false } = {}) =>
  findNationalIds(text, { code, identityForm, identityPlace })
    .filter((span) => span.score >= 0.5)
    .map((span) => text.slice(span.start, span.end));

// Test numbers are built here from their check rules, so none is copied from anywhere.
function finnish(date: string, serial: string, sign = "-"): string {
  const characters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return `${date}${sign}${serial}${characters.charAt(Number(`${date}${serial}`) % 31)}`;
}

function norwegian(date: string, serial: string): string {
  const digit = (value: string, weights: number[]) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += Number(value.charAt(i)) * (weights[i] ?? 0);
    const rest = 11 - (sum % 11);
    return rest === 11 ? 0 : rest;
  };
  for (let n = Number(serial); n < 1000; n++) {
    const nine = `${date}${String(n).padStart(3, "0")}`;
    const first = digit(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (first === 10) continue;
    const second = digit(`${nine}${first}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (second === 10) continue;
    return `${nine}${first}${second}`;
  }
  throw new Error("no serial");
}

function portugueseNif(eight: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eight.charAt(i)) * (9 - i);
  const check = 11 - (sum % 11);
  return `${eight}${check >= 10 ? 0 : check}`;
}

describe("national ids: check rules", () => {
  it("checks a Finnish henkilötunnus's character, a Norwegian birth number's two digits and a Danish CPR's date", () => {
    const hetu = finnish("131052", "308");
    assert.equal(isValidFinnishHetu(hetu), true);
    assert.equal(isValidFinnishHetu(`${hetu.slice(0, -1)}${hetu.endsWith("A") ? "B" : "A"}`), false);
    const birth = norwegian("010190", "123");
    assert.equal(isValidNorwegianBirthNumber(birth), true);
    assert.equal(
      isValidNorwegianBirthNumber(`${birth.slice(0, 10)}${(Number(birth.charAt(10)) + 1) % 10}`),
      false,
    );
    assert.equal(isValidDanishCpr("141166-2019"), true);
    assert.equal(isValidDanishCpr("321166-2019"), false);
  });

  it("checks an Irish PPS number's letter and an Australian TFN's weighted sum", () => {
    assert.equal(isValidIrishPps("1234567T"), true);
    assert.equal(isValidIrishPps("1234567A"), false);
    assert.equal(isValidAustralianTfn("123456782"), true);
    assert.equal(isValidAustralianTfn("123456789"), false);
  });
});

describe("national ids: where a valid number counts", () => {
  it("counts a valid number beside its own word, in Portuguese, Danish, Finnish and Norwegian", () => {
    const nif = portugueseNif("23456789");
    assert.deepEqual(found(`erro no processamento: número de contribuinte ${nif} está certo?`), [nif]);
    assert.deepEqual(found("lønkørslen fejlede: personnummer (CPR) 141166-2019 passer det?"), [
      "141166-2019",
    ]);
    const hetu = finnish("230969", "811");
    assert.deepEqual(found(`tässä minun henkilötunnus: ${hetu}`), [hetu]);
    const birth = norwegian("150385", "400");
    assert.deepEqual(found(`fødselsnummer ${birth}`), [birth]);
  });

  it("a valid number without its word counts only typed alone into an identity form or as the one number of a message there", () => {
    const nif = portugueseNif("23456789");
    assert.deepEqual(found(nif), []);
    assert.deepEqual(found(nif, { identityForm: true }), [nif]);
    assert.deepEqual(found(`sorry for the delay — it's ${nif}.`, { identityPlace: true }), [nif]);
    assert.deepEqual(
      found(`it's ${nif}, and order ${portugueseNif("34567891")}`, { identityPlace: true }),
      [],
    );
  });

  it("a number that fails its check, or a date-shaped CPR with an impossible day, is no id even beside its word", () => {
    const nif = portugueseNif("23456789");
    const wrong = `${nif.slice(0, 8)}${(Number(nif.charAt(8)) + 1) % 10}`;
    assert.deepEqual(found(`NIF: ${wrong}`), []);
    assert.deepEqual(found("CPR 321166-2019"), []);
  });

  it("in code, a valid number counts only beside its word, not alone in a form", () => {
    assert.deepEqual(found("141166-2019", { code: true, identityForm: true }), []);
    assert.deepEqual(found("cpr: 141166-2019", { code: true }), ["141166-2019"]);
  });
});

describe("national ids: searches among records of people", () => {
  it("a URL searching customers, employees or patients is a lookup of people", () => {
    assert.ok(personLookupUrl("https://crm.example.io/customers?q=273456180&page=1"));
    assert.ok(personLookupUrl("https://hr.example.com/app/employees/search?id=273456180"));
  });

  it("a search of orders or products, a path without a query, or a people word in the host alone is not", () => {
    assert.ok(!personLookupUrl("https://shop.example.com/orders?q=273456180"));
    assert.ok(!personLookupUrl("https://crm.example.io/customers/273456180"));
    assert.ok(!personLookupUrl("https://customers.example.io/?q=273456180"));
    assert.ok(!personLookupUrl("customers?q=273456180"));
  });
});

describe("national ids: personnel rows and short replies", () => {
  it("a cell of a tab-separated row with a date and a name is a personnel row's cell", () => {
    const row = "Ana Sample\t2026-03-01\t123456782\tcontractor";
    const start = row.indexOf("123456782");
    assert.equal(personnelRowCell(row, start, start + 9), true);
  });

  it("a cell of a semicolon-separated row (CSV as exported where the comma is the decimal sign) is one too", () => {
    const csv = "name;id;start\nAna Sample;123456782;2026-03-01\n";
    const start = csv.indexOf("123456782");
    assert.equal(personnelRowCell(csv, start, start + 9), true);
  });

  it("a cell under a heading that names another record's number (order, invoice, Bestellnummer) is not", () => {
    const orders = "Kunde;Bestellnummer;Datum\nAna Sample;123456782;01.03.2026";
    assert.equal(personnelRowCell(orders, orders.indexOf("1234"), orders.indexOf("1234") + 9), false);
    const tabbed = "Name\tOrder ID\tDate\nAna Sample\t123456782\t2026-03-01";
    assert.equal(personnelRowCell(tabbed, tabbed.indexOf("1234"), tabbed.indexOf("1234") + 9), false);
    const staff = "Name\tID\tStart\nAna Sample\t123456782\t2026-03-01";
    assert.equal(personnelRowCell(staff, staff.indexOf("1234"), staff.indexOf("1234") + 9), true);
  });

  it("round thirteen: a date written without leading zeros (4.4.1978, 23/4/1974) makes a personnel row too", () => {
    const cell = (row: string) => personnelRowCell(row, row.indexOf("1234"), row.indexOf("1234") + 9);
    assert.equal(cell("Ana Sample\t4.4.1978\t123456782\tSales"), true);
    assert.equal(cell("Jan de Vries\t23.4.1974\t123456782\tFinanciën"), true);
    assert.equal(cell("Léa Exemple\t7/11/1969\t123456782\tVentes"), true);
    assert.equal(cell("Pia Muster;1.12.2001;123456782;Vertrieb"), true);
    // A version or a score is no date; a row of them is no personnel row.
    assert.equal(cell("Ana Sample\t4.4.19\t123456782\tSales"), false);
    assert.equal(cell("Ana Sample\t1.2.3.4\t123456782\tSales"), false);
    assert.equal(cell("Release notes\tv4.4\t123456782\tbuild"), false);
  });

  it("round thirteen: a Finnish henkilötunnus in a staff row dated without leading zeros is found", () => {
    const hetu = finnish("050364", "723");
    assert.deepEqual(found(`Ana Sample\t4.4.1978\t${hetu}\tSales`), [hetu]);
    assert.deepEqual(found(`Ana Sample\tQ2 1978\t${hetu}\tSales`), []);
  });

  it("a semicolon row without a date, or a semicolon inside a tab-separated row, is not", () => {
    const noDate = "Artikel;Menge;Lager\nAna Sample;123456782;Halle 3";
    assert.equal(personnelRowCell(noDate, noDate.indexOf("1234"), noDate.indexOf("1234") + 9), false);
    const tabbed = "Ana Sample\t2026-03-01\tx;123456782;y";
    assert.equal(personnelRowCell(tabbed, tabbed.indexOf("1234"), tabbed.indexOf("1234") + 9), false);
  });

  it("a row without a date or a name, or a number inside a cell, is not", () => {
    const noDate = "Ana Sample\tQ3\t123456782\tcontractor";
    assert.equal(personnelRowCell(noDate, noDate.indexOf("1234"), noDate.indexOf("1234") + 9), false);
    const noName = "2026-03-01\t123456782\t17";
    assert.equal(personnelRowCell(noName, noName.indexOf("1234"), noName.indexOf("1234") + 9), false);
    const inCell = "Ana Sample\t2026-03-01\tref 123456782\tcontractor";
    assert.equal(personnelRowCell(inCell, inCell.indexOf("1234"), inCell.indexOf("1234") + 9), false);
  });

  it("a short message with one long number has a sole number; two numbers or a long text do not", () => {
    assert.equal(soleLongNumber("it's 53 688 091 270, thanks"), true);
    assert.equal(soleLongNumber("it's 123456789 or 987654321"), false);
    assert.equal(soleLongNumber("Invoice 123456789 attached"), false);
    assert.equal(soleLongNumber(`it's 123456789 ${"and more words ".repeat(20)}`), false);
  });
});

describe("national ids: short ones", () => {
  it("an Irish PPS number of seven digits and a letter counts beside its word", () => {
    assert.deepEqual(found("PPS number 1234567T"), ["1234567T"]);
    assert.deepEqual(found("ticket 1234567T"), []);
  });
});

describe("national ids: Romanian, Bulgarian, Czech, UK, US and German numbers", () => {
  it("counts a Romanian CNP, a Bulgarian EGN and a Czech birth number beside their words when their checks hold", () => {
    assert.deepEqual(found("CNP 1800101221144"), ["1800101221144"]);
    assert.deepEqual(found("EGN 7523169263"), ["7523169263"]);
    assert.deepEqual(found("rodné číslo 736028/5163"), ["736028/5163"]);
  });

  it("the same words before numbers that fail their checks find nothing", () => {
    assert.deepEqual(found("CNP 1800101221145"), []);
    assert.deepEqual(found("EGN 7523169264"), []);
  });

  it("counts a UK UTR and a US ITIN beside their words, and a German social insurance number with a real birth date", () => {
    assert.deepEqual(found("UTR 12345 67890"), ["12345 67890"]);
    assert.deepEqual(found("ITIN 912-70-1234"), ["912-70-1234"]);
    assert.deepEqual(found("Sozialversicherungsnummer 65 170839 J 003"), ["65 170839 J 003"]);
  });

  it("an ITIN outside the IRS's ranges, ten digits without UTR, and a social insurance shape with no real date are not ids", () => {
    assert.deepEqual(found("ITIN 912-40-1234"), []);
    assert.deepEqual(found("order 1234567890"), []);
    assert.deepEqual(found("Sozialversicherungsnummer 65 173239 J 003"), []);
  });

  it("counts an NHS number beside its word, grouped 3-3-4 or run together, when its mod-11 check holds", () => {
    const nhs = (nine: string) => {
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(nine.charAt(i)) * (10 - i);
      return `${nine}${(11 - (sum % 11)) % 11}`;
    };
    const valid = ["401023217", "612345678", "738291046"].map(nhs).filter((n) => n.length === 10);
    assert.ok(valid.length > 0);
    for (const number of valid) {
      assert.ok(isValidNhsNumber(number));
      const grouped = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
      assert.deepEqual(found(`NHS number: ${grouped}`), [grouped]);
      assert.deepEqual(found(`nhs no ${number}`), [number]);
      // Without its word, ten digits are anything (a phone, an order); a failed check is nothing.
      assert.deepEqual(found(`call ${grouped}`), []);
      const wrong = `${number.slice(0, 9)}${(Number(number.charAt(9)) + 1) % 10}`;
      assert.deepEqual(found(`NHS number ${wrong}`), []);
    }
  });
});

// Made-up numbers built from each id's check rule; no real person's.
describe("national ids of more countries, by their check digits", () => {
  it("an Austrian SVNR counts beside its word or alone in an identity form; a wrong check digit or bare digits do not", () => {
    assert.deepEqual(found("SVNR 1426150385 (Österreich)"), ["1426150385"]);
    assert.deepEqual(found("Meine Sozialversicherungsnummer ist 1426 150385"), ["1426 150385"]);
    assert.deepEqual(found("1426150385", { identityForm: true }), ["1426150385"]);
    assert.deepEqual(found("SVNR 1427150385"), []);
    assert.deepEqual(found("Auftrag 1426150385 versendet"), []);
  });

  it("a Swiss AHV number printed with dots counts bare by its 756 and EAN check; compact it needs its word", () => {
    assert.deepEqual(found("756.9318.4756.25"), ["756.9318.4756.25"]);
    assert.deepEqual(found("AVS 756.1204.5873.13 pour la caisse"), ["756.1204.5873.13"]);
    assert.deepEqual(found("AHV-Nr. 7569318475625"), ["7569318475625"]);
    assert.deepEqual(found("756.9318.4756.26"), []);
    assert.deepEqual(found("EAN 7569318475625 im Lager"), []);
  });

  it("a South African id counts beside its word or in an identity form, not as any thirteen Luhn digits", () => {
    assert.deepEqual(found("SA ID number 8503155123081"), ["8503155123081"]);
    assert.deepEqual(found("8503155123081", { identityForm: true }), ["8503155123081"]);
    assert.deepEqual(found("SA ID number 8503155123082"), []);
    assert.deepEqual(found("barcode 8503155123081 scanned"), []);
  });

  it("a Japanese My Number and a New Zealand IRD number count beside their words only", () => {
    assert.deepEqual(found("マイナンバー: 392847105629"), ["392847105629"]);
    assert.deepEqual(found("My Number 3928 4710 5629"), ["3928 4710 5629"]);
    assert.deepEqual(found("マイナンバー: 392847105628"), []);
    assert.deepEqual(found("392847105629", { identityForm: true }), []);
    assert.deepEqual(found("IRD number: 49820313"), ["49820313"]);
    assert.deepEqual(found("my IRD no is 49-820-313"), ["49-820-313"]);
    assert.deepEqual(found("IRD number: 49820314"), []);
    assert.deepEqual(found("invoice 49820313 paid"), []);
  });

  it("a Danish CPR written compact counts beside its word, not bare or with a day that does not exist", () => {
    assert.deepEqual(found("mit CPR nummer er 2906921237"), ["2906921237"]);
    assert.deepEqual(found("2906921237"), []);
    assert.deepEqual(found("CPR 3213921237"), []);
  });

  it("a Mexican CURP counts bare by its structure, date and check digit; an RFC needs its word", () => {
    assert.deepEqual(found("GOMA850315HDFRRN02"), ["GOMA850315HDFRRN02"]);
    assert.deepEqual(found("CURP: GOMA850315HDFRRN02"), ["GOMA850315HDFRRN02"]);
    assert.deepEqual(found("GOMA850315HDFRRN03"), []);
    assert.deepEqual(found("RFC GOMA850315H27 para la nómina"), ["GOMA850315H27"]);
    assert.deepEqual(found("RFC GOMA850315H28"), []);
    assert.deepEqual(found("SKU GOMA850315H27 en stock"), []);
  });

  it("a Portuguese citizen card counts beside its name, not with a wrong check or bare", () => {
    assert.deepEqual(found("Cartão de Cidadão n.º 14826357 3 ZY1"), ["14826357 3 ZY1"]);
    assert.deepEqual(found("Cartão de Cidadão n.º 14826357 3 ZY2"), []);
    assert.deepEqual(found("lote 14826357 3 ZY1"), []);
  });

  it("a Finnish henkilötunnus of this century (century sign A) and inflected Nordic words count", () => {
    assert.deepEqual(found("hetu: 010203A1230"), ["010203A1230"]);
    assert.deepEqual(found("hetu: 010203A1231"), []);
    assert.deepEqual(found(`fødselsnummeret mitt er 150385 12363`), ["150385 12363"]);
  });
});

describe("national ids, round nine: Korean resident numbers and staff rows", () => {
  it("a Korean resident registration number beside its word, in Korean or English", () => {
    assert.deepEqual(found("주민등록번호 850714-1234564"), ["850714-1234564"]);
    assert.deepEqual(found("RRN: 921231-2345678"), ["921231-2345678"]);
  });

  it("the same shape with no word, or with a month that does not exist, is not one", () => {
    assert.deepEqual(found("build 850714-1234564 rows"), []);
    assert.deepEqual(found("주민등록번호 851314-1234564"), []);
  });

  it("a row's employment cell, not only a date, makes it a staff list for ids shaped as only they are written", () => {
    assert.ok(personnelRowCell("Ray Chen\t046-454-286\tFull-time", 9, 20, true));
    assert.ok(personnelRowCell("Jana Novak\tABCPX1234K\tTeilzeit", 11, 21, true));
  });

  it("a bare number, or a row of an order's status, needs the date", () => {
    assert.ok(!personnelRowCell("Ana Sample\t272394810\tcontractor", 11, 20));
    assert.ok(!personnelRowCell("Ray Chen\t046-454-286\tShipped", 9, 20, true));
  });
});

describe("national ids, round nine: a person's tax id named in general words", () => {
  it("a Portuguese NIF of a person beside 'tax id' or 'tax number'", () => {
    assert.deepEqual(found("here's my tax id for the new contract 234567899"), ["234567899"]);
    assert.deepEqual(found("tax number: 234567899"), ["234567899"]);
  });

  it("a failing check, a firm's tax id, or a tax invoice's number is not a person's", () => {
    assert.deepEqual(found("tax id 234567898"), []);
    assert.deepEqual(found("supplier tax id 234567899"), []);
    assert.deepEqual(found("tax invoice 234567899"), []);
  });
});

describe("national ids: generic id labels of HR systems", () => {
  it("a number whose check digits hold for a country's id, beside a generic national or tax id label, is that id", () => {
    assert.deepEqual(found("Tax ID: 314.159.265-90"), ["314.159.265-90"]);
    assert.deepEqual(found("Numéro fiscal : 271.828.182-05"), ["271.828.182-05"]);
  });

  it("the same label beside a number whose check digits fail, or a check-valid number with no label, is nothing", () => {
    assert.deepEqual(found("Tax ID: 314.159.265-91"), []);
    assert.deepEqual(found("ticket 314.159.265-90 closed"), []);
  });
});

describe("national ids: generic labels and firms", () => {
  it("a generic tax id label beside a firm's word names the firm's number", () => {
    assert.deepEqual(found("Vendor tax ID 314.159.265-90"), []);
  });
});

describe("national ids: an HR profile's id type and value lines, and a SIN typed alone", () => {
  it("the value under a line naming an id's type is that id, whatever its country", () => {
    assert.deepEqual(found("Legal Name  X Y\nNational ID Type  Tax ID\nIdentifier  79032414170"), [
      "79032414170",
    ]);
    assert.deepEqual(found("ID type: Identity Card\nNumber: 302849208"), ["302849208"]);
  });

  it("a number under another kind of type line, or a short value, is not an id", () => {
    assert.deepEqual(found("Order Type  Express\nNumber  302849208"), []);
    assert.deepEqual(found("National ID Type  Tax ID\nIdentifier  pending"), []);
  });

  it("a Luhn-valid SIN typed alone into an identity form is one; a failing one or one in a sentence is not", () => {
    assert.deepEqual(found("247 961 212", { identityForm: true }), ["247 961 212"]);
    assert.deepEqual(found("247 961 213", { identityForm: true }), []);
    assert.deepEqual(found("ticket 247 961 212"), []);
  });
});

// Turkish and Hungarian numbers are built here from their check rules, so none is copied from anywhere.
function turkishKimlik(nine: string): string {
  const d = [...nine].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((sum, digit) => sum + digit, 0) + tenth) % 10;
  return `${nine}${tenth}${eleventh}`;
}

function hungarianPersonal(sexDate: string, serial: number): string {
  for (let n = serial; n < 1000; n++) {
    const ten = `${sexDate}${String(n).padStart(3, "0")}`;
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(ten.charAt(i)) * (i + 1);
    if (sum % 11 !== 10) return `${ten}${sum % 11}`;
  }
  throw new Error("no serial");
}

describe("national ids, round twelve: Turkish and Hungarian numbers", () => {
  const kimlik = turkishKimlik("384915206");
  const other = turkishKimlik("527301948");
  const magyar = hungarianPersonal("1850314", 217);

  it("a Turkish TC kimlik number counts beside its word in Turkish or English, or beside a generic national id label", () => {
    assert.deepEqual(found(`TC kimlik no: ${kimlik}`), [kimlik]);
    assert.deepEqual(found(`T.C. Kimlik Numarası ${other}`), [other]);
    assert.deepEqual(found(`kimlik numaram ${kimlik}, yarın gönderirim`), [kimlik]);
    assert.deepEqual(found(`Name: Deniz Aksoy\nNational ID: ${other}\nMobile: +90 5xx`), [other]);
    assert.deepEqual(found(`my Turkish ID number is ${kimlik}`), [kimlik]);
  });

  it("a Turkish number typed alone into an identity form counts; one failing either check digit does not", () => {
    assert.deepEqual(found(kimlik, { identityForm: true }), [kimlik]);
    const broken = `${kimlik.slice(0, 10)}${(Number(kimlik.charAt(10)) + 1) % 10}`;
    assert.deepEqual(found(broken, { identityForm: true }), []);
    assert.deepEqual(found(`TC kimlik no: ${broken}`), []);
  });

  it("a Hungarian personal identification number counts beside its word or alone in an identity form", () => {
    assert.deepEqual(found(`személyi azonosító: ${magyar}`), [magyar]);
    assert.deepEqual(found(`a személyi számom ${magyar}`), [magyar]);
    assert.deepEqual(found(`Hungarian personal ID ${magyar}`), [magyar]);
    assert.deepEqual(found(magyar, { identityForm: true }), [magyar]);
  });

  it("a Hungarian number with an impossible birth date or a wrong check digit is not one", () => {
    const badDate = hungarianPersonal("1851332", 217);
    assert.deepEqual(found(`személyi azonosító: ${badDate}`), []);
    const broken = `${magyar.slice(0, 10)}${(Number(magyar.charAt(10)) + 1) % 10}`;
    assert.deepEqual(found(`személyi azonosító: ${broken}`), []);
  });

  it("eleven digits passing a check are no id in an order, an invoice or a tracking message, or bare in chat", () => {
    assert.deepEqual(found(`sipariş no ${kimlik} kargoya verildi`), []);
    assert.deepEqual(found(`invoice ${other} is overdue`), []);
    assert.deepEqual(found(`rendelésszám: ${magyar}`), []);
    assert.deepEqual(found(`build ${kimlik} passed`), []);
    assert.deepEqual(found(kimlik), []);
  });
});

describe("national ids, round twelve: Hungarian TAJ numbers", () => {
  it("a TAJ number counts beside its own word only: a tenth of nine-digit numbers pass its check", () => {
    assert.deepEqual(found("TAJ szám: 123 456 788"), ["123 456 788"]);
    assert.deepEqual(found("TAJ szám: 123 456 787"), []);
    assert.deepEqual(found("tax id 123456788"), []);
  });
});

describe("national ids, round twelve: a column headed as a person's id", () => {
  const pesel = turkishKimlik("518204937");

  it("a cell under an id heading beside a name heading is a cell asked for a person's id, in CSV, tabs or commas", () => {
    assert.equal(headedIdCell("naam;id;afdeling\nBram Brouwer;X;magazijn", 30, 31), true);
    const tabs = `Name\tBSN\tTeam\nAnna Berg\t${pesel}\tOps`;
    assert.equal(headedIdCell(tabs, tabs.indexOf(pesel), tabs.indexOf(pesel) + 11), true);
    const commas = `nombre,dni,departamento\nAna Ruiz,${pesel},ventas`;
    assert.equal(headedIdCell(commas, commas.indexOf(pesel), commas.indexOf(pesel) + 11), true);
  });

  it("a cell under an order, SKU or amount heading, a table without a name heading, or the header itself is not", () => {
    const orders = `naam;order;afdeling\nBram Brouwer;${pesel};magazijn`;
    assert.equal(headedIdCell(orders, orders.indexOf(pesel), orders.indexOf(pesel) + 11), false);
    const products = `id;product;price\n${pesel};Widget Pro;12.50`;
    assert.equal(headedIdCell(products, products.indexOf(pesel), products.indexOf(pesel) + 11), false);
    const header = `${pesel};name;id\nx;y;z`;
    assert.equal(headedIdCell(header, 0, 11), false);
  });

  it("a valid id in such a column counts; an invalid one, or the same number under another heading, does not", () => {
    assert.deepEqual(found(`naam;id;afdeling\nEwa Nowak;${pesel};magazijn`), [pesel]);
    const broken = `${pesel.slice(0, 10)}${(Number(pesel.charAt(10)) + 1) % 10}`;
    assert.deepEqual(found(`naam;id;afdeling\nEwa Nowak;${broken};magazijn`), []);
    assert.deepEqual(found(`naam;bestelling;afdeling\nEwa Nowak;${pesel};magazijn`), []);
  });
});

describe("national ids, round thirteen: Finnish inflected words for the henkilötunnus", () => {
  it("'hetuni', 'hetusi', 'hetun' name the number as the possessive and genitive forms do", () => {
    const hetu = finnish("181099", "775");
    assert.deepEqual(found(`Hetuni on ${hetu}, kiitos!`), [hetu]);
    assert.deepEqual(found(`tarvitsen hetusi: ${hetu}?`), [hetu]);
    assert.deepEqual(found(`Liisan hetun loppu on ${hetu}`), [hetu]);
  });

  it("the same shape with a failing check, or without a word, is not read", () => {
    const hetu = finnish("181099", "775");
    const wrong = `${hetu.slice(0, -1)}${hetu.endsWith("8") ? "9" : "8"}`;
    assert.deepEqual(found(`Hetuni on ${wrong}, kiitos!`), []);
    assert.deepEqual(found(`ticket ${hetu} closed`), []);
  });
});

describe("national ids: an NHS number printed as its card prints it in a staff row (round fourteen)", () => {
  // The tenth digit is the mod-11 check of the first nine (weights 10 to 2).
  const withCheck = (nine: string) => {
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine.charAt(i)) * (10 - i);
    const check = (11 - (sum % 11)) % 11;
    return `${nine}${check}`;
  };
  const number = withCheck("612345678");
  const grouped = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
  const failing = `${grouped.slice(0, -1)}${(Number(grouped.slice(-1)) + 1) % 10}`;

  it("a valid NHS number in three, three and four digits is the id of a row with a name and a birth date", () => {
    assert.ok(isValidNhsNumber(number));
    assert.deepEqual(found(`Grady Holcomb\t12.9.1998\t${grouped}\tFinance`), [grouped]);
  });

  it("compact, with a failing check digit, or in a row with no date or contract it is not", () => {
    assert.deepEqual(found(`Grady Holcomb\t12.9.1998\t${number}\tFinance`), []);
    assert.deepEqual(found(`Grady Holcomb\t12.9.1998\t${failing}\tFinance`), []);
    assert.deepEqual(found(`Grady Holcomb\t${grouped}`), []);
  });
});
