import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findPostalAddresses } from "./postal-address.ts";

const addresses = (text: string, code = false) =>
  findPostalAddresses(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("postal addresses", () => {
  it("finds US, UK, German, French and Spanish addresses from the street to the postal code", () => {
    assert.deepEqual(addresses("ship to 1234 Oak Street, Apt 5, Springfield, IL 62704 please"), [
      "1234 Oak Street, Apt 5, Springfield, IL 62704",
    ]);
    assert.deepEqual(addresses("Deliver to 221B Baker Street, London NW1 6XE"), [
      "221B Baker Street, London NW1 6XE",
    ]);
    assert.deepEqual(addresses("Lieferadresse: Hauptstraße 12, 10115 Berlin"), [
      "Hauptstraße 12, 10115 Berlin",
    ]);
    assert.deepEqual(addresses("Neue Anschrift: Am Weiher 7, 84187 Landshut"), [
      "Am Weiher 7, 84187 Landshut",
    ]);
    assert.deepEqual(addresses("J'habite au 12 bis rue de la Paix, 75002 Paris"), [
      "12 bis rue de la Paix, 75002 Paris",
    ]);
    assert.deepEqual(addresses("Dirección: Calle Mayor, 5, 2º A, 28013 Madrid"), [
      "Calle Mayor, 5, 2º A, 28013 Madrid",
    ]);
  });

  it("counts, street names without a number, rooms and ports are not addresses", () => {
    assert.deepEqual(addresses("221 tests passed in 14 files"), []);
    assert.deepEqual(addresses("the office on Main Street is closed today"), []);
    assert.deepEqual(addresses("Room 4.12, Building B"), []);
    assert.deepEqual(addresses("port 54329 on host db-1"), []);
    assert.deepEqual(addresses("retry 3 of 5, backoff 1500 ms from eu-west-1"), []);
    // A state and ZIP need a street before them; "ID 83702" alone is a state code and a number.
    assert.deepEqual(addresses("employee ID 83702"), []);
  });

  it("finds addresses written as blocks: street line, an optional town or flat line, then the postal code", () => {
    assert.deepEqual(
      addresses("Delivering to A. B.\nCalle Larios 201\n43632 Barcelona\nEstimated delivery: Thursday"),
      ["Calle Larios 201\n43632 Barcelona"],
    );
    assert.deepEqual(addresses("Billing address\n101 Elm Gardens\nBristol\nNW9 8ZD"), [
      "101 Elm Gardens\nBristol\nNW9 8ZD",
    ]);
    assert.deepEqual(addresses("Return to:\n5861 Oak St.\nDuluth, CA 98390"), [
      "5861 Oak St.\nDuluth, CA 98390",
    ]);
    assert.deepEqual(addresses("Home:\n118 rue Nationale\nBâtiment A\n84874 Rennes"), [
      "118 rue Nationale\nBâtiment A\n84874 Rennes",
    ]);
  });

  it("reads German postal codes with their D- prefix and US streets named by an ordinal", () => {
    assert.deepEqual(addresses("Rechnungsadresse: Am Stadtpark 97b, D-37716 Leipzig"), [
      "Am Stadtpark 97b, D-37716 Leipzig",
    ]);
    assert.deepEqual(addresses("send it to 7649 3rd Street, Springfield, IL 62704"), [
      "7649 3rd Street, Springfield, IL 62704",
    ]);
  });

  it("a postal code under lines that are not a street, or far below one, is not an address block", () => {
    assert.deepEqual(addresses("Release notes\nBuild passed\n10115 Berlin"), []);
    assert.deepEqual(addresses("12 Main Street\nline two\nline three\nline four\n10115 Berlin"), []);
    assert.deepEqual(
      addresses("221 tests passed\nrun 4821 of the nightly job, see the dashboard\n10115 Berlin"),
      [],
    );
  });
});

describe("postal addresses: printed in capitals", () => {
  const addresses = (text: string) =>
    findPostalAddresses(detectionInput(text)).map((span) => text.slice(span.start, span.end));

  it("an address block printed in capitals on a label is read as it would be written", () => {
    assert.deepEqual(addresses("DELIVER TO:\nMATHIS PERRIN\nCALLE MAYOR, 64, 2º A\n48017 BILBAO"), [
      "CALLE MAYOR, 64, 2º A\n48017 BILBAO",
    ]);
    assert.deepEqual(addresses("LINDENSTRASSE 135B\n10961 BERLIN"), ["LINDENSTRASSE 135B\n10961 BERLIN"]);
    assert.deepEqual(addresses("Carrer de Mallorca, 176\n08036 Barcelona"), [
      "Carrer de Mallorca, 176\n08036 Barcelona",
    ]);
  });

  it("capitals with no house number before the postal code are no address", () => {
    assert.deepEqual(addresses("ROOM BUILD\n10115 BERLIN"), []);
    assert.deepEqual(addresses("SEE NOTES\n10115 BERLIN"), []);
  });
});

describe("postal addresses: Dutch, Portuguese and Irish shapes", () => {
  it("finds Dutch, Portuguese and Irish addresses by their postal codes", () => {
    assert.deepEqual(
      addresses("The flat is at Prinsengracht 216-I, 1015 DX Amsterdam, keys with the concierge."),
      ["Prinsengracht 216-I, 1015 DX Amsterdam"],
    );
    assert.deepEqual(addresses("Veenstraplantsoen 804a, 4236 IC Utrecht – Apple Maps"), [
      "Veenstraplantsoen 804a, 4236 IC Utrecht",
    ]);
    assert.deepEqual(addresses("The flat is at Rua Augusta 122, 1100-053 Lisboa, keys with the concierge."), [
      "Rua Augusta 122, 1100-053 Lisboa",
    ]);
    assert.deepEqual(addresses("The flat is at 10 Baggot Street Lower, Dublin 2, D02 X285, see you"), [
      "10 Baggot Street Lower, Dublin 2, D02 X285",
    ]);
  });

  it("a postal-code shape without a street before it is no address", () => {
    assert.deepEqual(addresses("build 1015 DX Release went out"), []);
    assert.deepEqual(addresses("range 1100-053 Lisboa office budget"), []);
    assert.deepEqual(addresses("seat D02 X285 on the plan"), []);
  });

  it("reads a map's URL with its `+` as spaces, at the URL's own offsets", () => {
    const url =
      "https://www.google.com/maps/place/16+boulevard+de+la+Libert%C3%A9,+21000+Dijon/@47.3,5.0,17z";
    const decoded = decodeURIComponent(url);
    assert.deepEqual(addresses(decoded), ["16+boulevard+de+la+Liberté,+21000+Dijon"]);
  });

  it("a flat before the house number and a one-letter first word of the town belong to the address", () => {
    assert.deepEqual(addresses("Home address\nFlat 5, 212 Station Road\nLeeds\nLS6 2AB\nCountry: GB"), [
      "Flat 5, 212 Station Road\nLeeds\nLS6 2AB",
    ]);
    assert.deepEqual(addresses("Calle San Vicente, 204\n15001 A Coruña"), [
      "Calle San Vicente, 204\n15001 A Coruña",
    ]);
  });
});

describe("postal addresses: street lines typed into address forms", () => {
  const inAddressForm = (text: string) =>
    findPostalAddresses(detectionInput(text, { form: "address" }))
      .filter((span) => span.score >= reportThreshold)
      .map((span) => text.slice(span.start, span.end));

  it("a house number and a street typed alone into an address form is an address", () => {
    assert.deepEqual(inAddressForm("7 Station Road"), ["7 Station Road"]);
    assert.deepEqual(inAddressForm("62 impasse des Acacias"), ["62 impasse des Acacias"]);
    assert.deepEqual(inAddressForm("Calle de Alcalá, 64, 6º A"), ["Calle de Alcalá, 64, 6º A"]);
    assert.deepEqual(inAddressForm("Lanagracht 632a"), ["Lanagracht 632a"]);
    assert.deepEqual(inAddressForm("1003 Maple Ave, Unit 8C"), ["1003 Maple Ave, Unit 8C"]);
  });

  it("a number without a street word, a sentence, or a street line outside an address form is not", () => {
    assert.deepEqual(inAddressForm("Order 12345"), []);
    assert.deepEqual(inAddressForm("2 items in your basket"), []);
    assert.deepEqual(addresses("7 Station Road"), []);
  });
});

describe("postal addresses: four-digit, Polish, Swedish, Australian and Canadian codes", () => {
  it("finds Belgian, Swiss, Danish, Polish, Swedish, Australian and Canadian addresses", () => {
    assert.deepEqual(addresses("Rue de la Loi 16, 1000 Bruxelles"), ["Rue de la Loi 16, 1000 Bruxelles"]);
    assert.deepEqual(addresses("Bahnhofstrasse 10, 8001 Zürich"), ["Bahnhofstrasse 10, 8001 Zürich"]);
    assert.deepEqual(addresses("Nørregade 10, 1165 København"), ["Nørregade 10, 1165 København"]);
    assert.deepEqual(addresses("ul. Marszałkowska 10, 00-590 Warszawa"), [
      "ul. Marszałkowska 10, 00-590 Warszawa",
    ]);
    assert.deepEqual(addresses("Drottninggatan 53, 111 21 Stockholm"), [
      "Drottninggatan 53, 111 21 Stockholm",
    ]);
    assert.deepEqual(addresses("at Level 5, 100 Pitt Street, Sydney NSW 2000"), [
      "Level 5, 100 Pitt Street, Sydney NSW 2000",
    ]);
    assert.deepEqual(addresses("unit 4, 55 Queen St W, Toronto, ON M5H 2M9"), [
      "unit 4, 55 Queen St W, Toronto, ON M5H 2M9",
    ]);
  });

  it("a four-digit number before capitals, or without a street, is no address", () => {
    assert.deepEqual(addresses("Room 4012 Building Amsterdam 1017 BZ"), []);
    assert.deepEqual(addresses("Sprint 12, 2024 Berlin Team"), []);
    assert.deepEqual(addresses("we sold 1000 Brushes in Q3"), []);
  });

  it("finds a German street named without a street word when a letterhead parts it from the town with a dot or bar", () => {
    assert.deepEqual(addresses("Muster GmbH · An der Alster 45 · 20099 Hamburg"), [
      "An der Alster 45 · 20099 Hamburg",
    ]);
    assert.deepEqual(addresses("Am Weiher 171 | 20099 Hamburg"), ["Am Weiher 171 | 20099 Hamburg"]);
  });

  it("a sprint, version, room or page number before an office's postal code is not a street", () => {
    assert.deepEqual(addresses("Sprint 12, 20099 Hamburg"), []);
    assert.deepEqual(addresses("Version 3 · 10115 Berlin"), []);
    assert.deepEqual(addresses("Raum 45 | 80331 München"), []);
    assert.deepEqual(addresses("Wiehbachtal 131, 20099 Hamburg"), ["Wiehbachtal 131, 20099 Hamburg"]);
  });
});

describe("postal addresses without a postal code", () => {
  it("a street with its number after words that introduce an address, or before its town, is an address", () => {
    assert.deepEqual(addresses("I live at 42 Oak Lane, Springfield"), ["42 Oak Lane"]);
    assert.deepEqual(addresses("pick me up at 1847 Larkspur Ave tomorrow"), ["1847 Larkspur Ave"]);
    assert.deepEqual(addresses("j'habite au 14 rue Oberkampf, Paris 11e"), ["14 rue Oberkampf"]);
    assert.deepEqual(addresses("vivo en la Calle de Toledo 48, Madrid"), ["Calle de Toledo 48"]);
    assert.deepEqual(addresses("abito in Via Roma 15, Bologna"), ["Via Roma 15"]);
    assert.deepEqual(addresses("mieszkam przy ul. Floriańskiej 14 w Krakowie"), ["ul. Floriańskiej 14"]);
    assert.deepEqual(addresses("Address line 1: 88 Harbour Street\nCity: Toronto"), ["88 Harbour Street"]);
  });

  it("a one-word street and its number needs no introduction", () => {
    assert.deepEqual(addresses("ich wohne jetzt in der Schillerstraße 12 in Leipzig"), ["Schillerstraße 12"]);
    assert.deepEqual(addresses("ik woon op Prinsengracht 263 in Amsterdam"), ["Prinsengracht 263"]);
  });

  it("a street in a table's cell is an address", () => {
    assert.deepEqual(addresses("name,street,city\nDana Whitfield,1847 Larkspur Ave,Columbus"), [
      "1847 Larkspur Ave",
    ]);
  });

  it("post-office boxes count with or without a postal code, from the box's word on", () => {
    assert.deepEqual(addresses("PO Box 4821, Boise, ID 83702"), ["PO Box 4821, Boise, ID 83702"]);
    assert.deepEqual(addresses("Postfach 10 12 34, 80086 München"), ["Postfach 10 12 34, 80086 München"]);
    assert.deepEqual(addresses("send it to P.O. Box 193."), ["P.O. Box 193"]);
  });

  it("an address block may hold a district and a town between its street and its postcode", () => {
    assert.deepEqual(addresses("14 Albion Road\nStoke Newington\nLondon\nN16 9PH"), [
      "14 Albion Road\nStoke Newington\nLondon\nN16 9PH",
    ]);
  });

  it("a street-like name that goes on as something else, or that counts a thing, is not an address", () => {
    assert.deepEqual(addresses("we need to send 2 Main Street mockups to design"), []);
    assert.deepEqual(addresses("to 3 Main St. in the demo data set"), []);
    assert.deepEqual(addresses("Kubernetes 1 Node Pool Dr"), []);
    assert.deepEqual(addresses("See section 12 Baker Street of the style guide"), []);
    assert.deepEqual(addresses("grep -rn 'Hauptstraße 12' fixtures/"), []);
    assert.deepEqual(addresses("Arbeitsplatz 3 ist frei, Parkplatz 12 auch"), []);
    assert.deepEqual(addresses("Our Oak Lane project kicks off in Q3"), []);
  });
});

describe("postal addresses without a postal code in an address form", () => {
  it("in a checkout or delivery form, a street before its town is the address asked for", () => {
    const inAddressForm = (text: string) =>
      findPostalAddresses(detectionInput(text, { form: "address" }))
        .filter((span) => span.score >= reportThreshold)
        .map((span) => text.slice(span.start, span.end));
    assert.deepEqual(inAddressForm("126 Second Avenue, Auer Place"), ["126 Second Avenue"]);
    assert.deepEqual(addresses("126 Second Avenue, Auer Place"), []);
  });
});

describe("postal addresses, round eight", () => {
  it("finds a street whose street word stands apart (Austria, Switzerland, Norway)", () => {
    assert.deepEqual(addresses("Mariahilfer Straße 45, 1060 Wien"), ["Mariahilfer Straße 45, 1060 Wien"]);
    assert.deepEqual(addresses("Kärntner Ring 5-7, 1010 Wien"), ["Kärntner Ring 5-7, 1010 Wien"]);
    assert.deepEqual(addresses("Karl Johans gate 22, 0162 Oslo"), ["Karl Johans gate 22, 0162 Oslo"]);
  });

  it("finds a one-word street before a four-digit code where an address opens", () => {
    assert.deepEqual(addresses("Spalenberg 12, 4051 Basel"), ["Spalenberg 12, 4051 Basel"]);
    assert.deepEqual(addresses("Ship to: Meir 78, 2000 Antwerpen"), ["Meir 78, 2000 Antwerpen"]);
    assert.deepEqual(addresses("send it to Strøget 20, 1160 København K"), ["Strøget 20, 1160 København"]);
  });

  it("a counted thing, a year or a sentence before four digits and a town is no street", () => {
    assert.deepEqual(addresses("Sprint 12, 4051 Basel"), []);
    assert.deepEqual(addresses("Paris 2024, 1000 Athletes"), []);
    assert.deepEqual(addresses("We sold Widgets 12, 2000 Units"), []);
    assert.deepEqual(addresses("we shipped Release 12, 2026 Berlin"), []);
  });

  it("finds Brazilian CEPs, NZ and Indian town-then-digits codes after an English street", () => {
    assert.deepEqual(addresses("Rua das Flores 45, 80020-090 Curitiba"), [
      "Rua das Flores 45, 80020-090 Curitiba",
    ]);
    assert.deepEqual(addresses("22 Queen Street, Auckland 1010"), ["22 Queen Street, Auckland 1010"]);
    assert.deepEqual(addresses("12 MG Road, Bengaluru, Karnataka 560001"), [
      "12 MG Road, Bengaluru, Karnataka 560001",
    ]);
  });

  it("a town and a number with no street word before it is no postal code", () => {
    assert.deepEqual(addresses("Windows Server 2000"), []);
    assert.deepEqual(addresses("12 Monkeys, Auckland 1010 premiere"), []);
    assert.deepEqual(addresses("Order 12 Widgets, Mumbai 400050"), []);
  });

  it("reads generators' odd UK postcode shapes after a street", () => {
    assert.deepEqual(addresses("45 Kozey Side, North Strosin LP14F 6ST"), [
      "45 Kozey Side, North Strosin LP14F 6ST",
    ]);
    assert.deepEqual(addresses("flight LP14F 6ST delayed"), []);
  });

  it("finds Japanese and Chinese addresses written from the largest part down", () => {
    assert.deepEqual(addresses("〒100-0005 東京都千代田区丸の内1-1-1"), [
      "〒100-0005 東京都千代田区丸の内1-1-1",
    ]);
    assert.deepEqual(addresses("大阪府大阪市北区梅田3-1-1"), ["大阪府大阪市北区梅田3-1-1"]);
    assert.deepEqual(addresses("北京市朝阳区建国路88号"), ["北京市朝阳区建国路88号"]);
    assert.deepEqual(addresses("Ship to 葉路7號, 235308 新竹市"), ["葉路7號, 235308 新竹市"]);
  });

  it("a metro line, a meeting room or a prefecture alone is no address", () => {
    assert.deepEqual(addresses("地铁2号线"), []);
    assert.deepEqual(addresses("第3号会議室"), []);
    assert.deepEqual(addresses("京都府 was nice in 2019"), []);
  });

  it("finds a Thai street after its house number before a five-digit code", () => {
    assert.deepEqual(addresses("Ship it to 8 ไมตรีจิต, 99160 อุดรธานี"), ["8 ไมตรีจิต, 99160 อุดรธานี"]);
  });
});

describe("numbers beside capitalised words that are no addresses, round eight", () => {
  // biome-ignore format: a list of cases reads better packed
  const notAddresses = [
    "Release 12 Main branch merged", "Platform 9 at King's Cross", "Room 12, Building B", "Step 3, Floor 2",
    "Flight LH 1234 to FRA", "SKU AB12 3CD in stock", "Version 2 Street Fighter", "Sprint 14 Road map",
    "Order 12345 Berlin warehouse", "Ticket 4521 Main Street bug", "Gate B12, Terminal 2", "Chapter 5 Park the idea",
    "Table 7 Lane assignment", "page 10 Drive folder", "Highway 101 traffic is bad", "Route 66 playlist",
    "Error 404 Avenue app", "Model S 100D 2020", "Seat 14C, Row 14", "Bus 42 to the office", "Locker 33, Level 2",
    "SW1 test rig", "Meeting room 3.14 in Building 5", "Q3 2026 Oakland review", "Windows Server 2000",
    "Paris 2024, 1000 Athletes",
  ];
  it("flags none of them", () => {
    for (const text of notAddresses) assert.deepEqual(addresses(text), [], text);
  });
});

describe("postal addresses, round nine", () => {
  it("a Czech or Polish street whose house carries two numbers split by a slash, before its postal code", () => {
    assert.deepEqual(addresses("Dodací adresa: Vinohradská 1811/42, 120 00 Praha 2"), [
      "Vinohradská 1811/42, 120 00 Praha",
    ]);
    assert.deepEqual(addresses("my new address is Nádražní 318/7, 702 00 Ostrava. Thanks"), [
      "Nádražní 318/7, 702 00 Ostrava",
    ]);
    assert.deepEqual(addresses("adres: Kościuszki 12/4, 50-038 Wrocław"), [
      "Kościuszki 12/4, 50-038 Wrocław",
    ]);
  });

  it("a sprint, a version or a ratio with a slash before a code and a town is no street", () => {
    assert.deepEqual(addresses("Sprint 12/3, 120 00 Praha"), []);
    assert.deepEqual(addresses("version 1.2/3, 301 00 Plzeň"), []);
    assert.deepEqual(addresses("score 12/30, 2024 Madrid"), []);
  });

  it("a Spanish street's floor and door between its number and its postal code", () => {
    assert.deepEqual(addresses("Mi dirección es Gran Vía 84, 2º izda., 48055 Bilbao"), [
      "Gran Vía 84, 2º izda., 48055 Bilbao",
    ]);
    assert.deepEqual(addresses("Calle Mayor 5, 3ª, 28013 Madrid"), ["Calle Mayor 5, 3ª, 28013 Madrid"]);
  });

  it("a house number, a street and a suburb before a town and its four-digit code, with or without a comma", () => {
    assert.deepEqual(addresses("157 Kowhai Street, Frankton, Hamilton 3204"), [
      "157 Kowhai Street, Frankton, Hamilton 3204",
    ]);
    assert.deepEqual(addresses("deliver: 57 Pukeko Rise, Frankton, Hamilton 3204"), [
      "57 Pukeko Rise, Frankton, Hamilton 3204",
    ]);
    assert.deepEqual(addresses("90 Florida Road, Gardens, Cape Town, 8001"), [
      "90 Florida Road, Gardens, Cape Town, 8001",
    ]);
  });

  it("a film, a year or a count before places is not an address", () => {
    assert.deepEqual(addresses("12 Angry Men, Netflix, Amazon 2024"), []);
    assert.deepEqual(addresses("3 Regions, Europe, Asia 2026"), []);
  });

  it("a Japanese address in Latin letters, from the block numbers to the postcode", () => {
    assert.deepEqual(addresses("お届け先：2-7-14 Kitazawa, Setagaya-ku, Tokyo 155-0031"), [
      "2-7-14 Kitazawa, Setagaya-ku, Tokyo 155-0031",
    ]);
    assert.deepEqual(addresses("4-1-8 Umeda, Kita-ku, Osaka 530-0001"), [
      "4-1-8 Umeda, Kita-ku, Osaka 530-0001",
    ]);
  });

  it("a document's numbered section beside Japanese-looking words is no address", () => {
    assert.deepEqual(addresses("see section 1-2-3 Setup, Minato-ku, Tokyo 105-0011"), []);
  });

  it("an address block's street opening its line with a preposition (Zum, Am) is read whole", () => {
    assert.deepEqual(addresses("Fleur O'Connor\nZum Sportplatz 3\n50941 Köln"), [
      "Zum Sportplatz 3\n50941 Köln",
    ]);
  });

  it("placeholder addresses of forms and templates are no one's", () => {
    assert.deepEqual(addresses("Musterstraße 1, 12345 Musterstadt (Beispiel)"), []);
    assert.deepEqual(addresses("123 Main Street, Anytown, CA 90210"), []);
    assert.deepEqual(addresses("Beispielweg 5, 10115 Berlin"), []);
  });
});

describe("postal addresses: Mexico's C.P. and Danish floors", () => {
  it("reads a Mexican street, its number and the código postal after C.P.", () => {
    assert.deepEqual(addresses("send it to Calle Durango 161, C.P. 38393, Monterrey, N.L."), [
      "Calle Durango 161, C.P. 38393, Monterrey",
    ]);
    assert.deepEqual(addresses("Av. Chapultepec 121, C.P. 37820, Guadalajara - Google Maps"), [
      "Av. Chapultepec 121, C.P. 37820, Guadalajara",
    ]);
  });

  it("reads a Danish floor and side between the house number and the postal code", () => {
    assert.deepEqual(addresses("ship the monitor to Strøget 150, 1. tv, 7904 København N"), [
      "Strøget 150, 1. tv, 7904 København",
    ]);
  });

  it("a C.P. code with no street, or a sprint and a floor before a code, is no address", () => {
    assert.deepEqual(addresses("el C.P. 38393 no es válido"), []);
    assert.deepEqual(addresses("Sprint 12, 3. OG, 20099 Hamburg"), []);
    assert.deepEqual(addresses("see chapter 150, 1. tv, 7904 København"), []);
  });
});

describe("postal addresses: Australian envelope lines", () => {
  it("reads a street on its own line above a suburb, state and postcode", () => {
    assert.deepEqual(addresses("post to:\nLetizia Monti\n44 Oxford Street\nPaddington NSW 2021\nThanks"), [
      "44 Oxford Street\nPaddington NSW 2021",
    ]);
  });

  it("a suburb, state and postcode under a line that is no street is no address", () => {
    assert.deepEqual(addresses("Sprint 12 review\nPaddington NSW 2021"), []);
  });
});

describe("postal addresses: vCards, short codes under their street, house numbers on their own line", () => {
  it("takes a vCard's ADR value from its first filled part to its last", () => {
    assert.deepEqual(
      addresses("BEGIN:VCARD\nFN:Ola Nordmann\nADR;TYPE=home:;;Birkenweg 14;24103 Kiel\nEND:VCARD"),
      ["Birkenweg 14;24103 Kiel"],
    );
    assert.deepEqual(addresses("item1.ADR:;;48 Elm Road;Leeds;;LS6 2QT;UK", true), [
      "48 Elm Road;Leeds;;LS6 2QT;UK",
    ]);
  });

  it("does not take a vCard's ADR that names only a town and a country", () => {
    assert.deepEqual(addresses("ADR;TYPE=work:;;;Lyon;;;France"), []);
  });

  it("finds a Polish street above its short postal code, but not a line without a street word", () => {
    assert.deepEqual(addresses("Jan Nowak\nul. Długa 17\n80-831 Gdańsk\n\n12.03.2026"), [
      "ul. Długa 17\n80-831 Gdańsk",
    ]);
    assert.deepEqual(addresses("Sprint 12\n2040 Teams"), []);
  });

  it("finds an envelope's street whose house number stands on the next line", () => {
    assert.deepEqual(addresses("Please send it to:\nCalle de la Luna\n14\n3º C\n28004 Madrid\n"), [
      "Calle de la Luna\n14\n3º C\n28004 Madrid",
    ]);
  });
});

describe("postal addresses: Armenian street words", () => {
  it("finds an Armenian street named before its word for avenue or street", () => {
    assert.deepEqual(addresses("Please deliver to Մաշտոցի պողոտա 18, 0010 Երևան"), [
      "Մաշտոցի պողոտա 18, 0010 Երևան",
    ]);
  });

  it("does not take a lower-case Armenian word with a number for a street", () => {
    assert.deepEqual(addresses("փողոց 18, 0010"), []);
  });
});

describe("postal addresses: fixtures' keys, a table's first cell and quoted values", () => {
  it("finds a street under a key that names it, in an editor too", () => {
    assert.deepEqual(addresses('{ "name": "Jo", "street": "Lindenallee 14", "zip": "50968" }', true), [
      "Lindenallee 14",
    ]);
  });

  it("finds a street in the first cell of a table's row", () => {
    assert.deepEqual(addresses("street,zip,city\nLindenallee 14,50968,Köln\n"), ["Lindenallee 14"]);
  });

  it("leaves a SQL string's closing quote out of the town", () => {
    assert.deepEqual(addresses("VALUES ('Jo', 'Calle Mayor 8, 28013 Madrid');"), [
      "Calle Mayor 8, 28013 Madrid",
    ]);
  });

  it("does not take a street-shaped word under a key that names no address", () => {
    assert.deepEqual(addresses('{ "component": "Lindenallee 14" }', true), []);
  });
});

describe("postal addresses typed in lower case (round twelve)", () => {
  it("a lower-case address after an address word, a preposition or a label's colon is found", () => {
    assert.deepEqual(addresses("ship the sample to 88 maple grove rd apt 4, dayton, oh 45402 pls"), [
      "88 maple grove rd apt 4, dayton, oh 45402",
    ]);
    assert.deepEqual(addresses("send it to 412 w 23rd st, new york, ny 10011 thx"), [
      "412 w 23rd st, new york, ny 10011",
    ]);
    assert.deepEqual(addresses("new address: 12 harrow lane, leeds ls6 2ab"), [
      "12 harrow lane, leeds ls6 2ab",
    ]);
    assert.deepEqual(addresses("meine neue adresse: lindenstraße 14, 50968 köln"), [
      "lindenstraße 14, 50968 köln",
    ]);
    assert.deepEqual(addresses("nouvelle adresse : 14 rue oberkampf, 75011 paris"), [
      "14 rue oberkampf, 75011 paris",
    ]);
    assert.deepEqual(addresses("mi dirección: calle de toledo 48, 2º b, 28005 madrid"), [
      "calle de toledo 48, 2º b, 28005 madrid",
    ]);
    assert.deepEqual(addresses("abito in via roma 15, 20121 milano (mi)"), [
      "via roma 15, 20121 milano (mi)",
    ]);
    assert.deepEqual(addresses("mijn adres: keizersgracht 112-3, 1015 cw amsterdam"), [
      "keizersgracht 112-3, 1015 cw amsterdam",
    ]);
    assert.deepEqual(addresses("nova morada: rua augusta, 120, 3º esq., 1100-053 lisboa"), [
      "rua augusta, 120, 3º esq., 1100-053 lisboa",
    ]);
    assert.deepEqual(addresses("ny adress: drottninggatan 53, 111 21 stockholm"), [
      "drottninggatan 53, 111 21 stockholm",
    ]);
    assert.deepEqual(addresses("mój adres: ul. floriańska 14, 31-019 kraków"), [
      "ul. floriańska 14, 31-019 kraków",
    ]);
  });

  it("lower-case look-alikes with no street before the code, or no address opening, are not addresses", () => {
    assert.deepEqual(addresses("build 2048 passed, 75011 tests ran"), []);
    assert.deepEqual(addresses("the 2 road closures cost us 30000 euros"), []);
    assert.deepEqual(addresses("we took 2 road trips, 30000 km in total"), []);
    assert.deepEqual(addresses("sent via email 2, 30000 users got it"), []);
    assert.deepEqual(addresses("room 12 on the main st side, oh 43215 is the zip of columbus"), []);
    assert.deepEqual(addresses("the warehouse on halsted st, madison, wi 53708"), []);
    assert.deepEqual(addresses("zip codes 43229 and 85757, columbus and tucson"), []);
    assert.deepEqual(addresses("sprint 12 review, 10115 berlin office"), []);
  });
});

describe("postal addresses: house-number suffixes and Nordic street endings (round twelve)", () => {
  it("a Dutch house number with its -bis and a Swedish -stigen street in a block are found", () => {
    assert.deepEqual(addresses("paket bitte an Vismarkt 156-bis, 5611 WJ Eindhoven schicken"), [
      "Vismarkt 156-bis, 5611 WJ Eindhoven",
    ]);
    assert.deepEqual(addresses("Lieferadresse\nHampus Lundgren\nBjörkstigen 11\n413 51 Göteborg"), [
      "Björkstigen 11\n413 51 Göteborg",
    ]);
    assert.deepEqual(addresses("Leveransadress:\nSlottsbacken 4\n111 30 Stockholm"), [
      "Slottsbacken 4\n111 30 Stockholm",
    ]);
  });

  it("a gate, a platform or a hall numbered before a town stays no address", () => {
    assert.deepEqual(addresses("Tor 4, 5611 WJ Eindhoven"), []);
    assert.deepEqual(addresses("Spår 11\n413 51 Göteborg C"), []);
  });
});

describe("postal addresses: platforms, terminals, rooms and lines are no street (round twelve)", () => {
  it("a numbered platform, gate, terminal, exit, line or office before a town and its code is no address", () => {
    assert.deepEqual(addresses("Treffpunkt Hauptbahnhof, Gleis 12, 10557 Berlin"), []);
    assert.deepEqual(addresses("Hamburg Hbf, Steig 4, 20099 Hamburg"), []);
    assert.deepEqual(addresses("Abflug Terminal 2, 85356 München Flughafen"), []);
    assert.deepEqual(addresses("rendez-vous Voie 7, 75010 Paris"), []);
    assert.deepEqual(addresses("Bureau 12, 75008 Paris"), []);
    assert.deepEqual(addresses("Aula 5, 00185 Roma"), []);
    assert.deepEqual(addresses("ci vediamo al Binario 9, 20124 Milano"), []);
    assert.deepEqual(addresses("Andén 4, 28045 Madrid"), []);
    assert.deepEqual(addresses("Bus 42, 1000 Bruxelles"), []);
    assert.deepEqual(addresses("Linie 12, 1010 Wien"), []);
    assert.deepEqual(addresses("Zone 3, 1017 BZ Amsterdam"), []);
    assert.deepEqual(addresses("Ausgang 4, 80335 München"), []);
    assert.deepEqual(addresses("Sektor 7, 00-950 Warszawa"), []);
    assert.deepEqual(addresses("Peron 2, 00-950 Warszawa"), []);
    assert.deepEqual(addresses("Spår 4, 111 20 Stockholm"), []);
    assert.deepEqual(addresses("Perron 5, 3511 Utrecht"), []);
    assert.deepEqual(addresses("Haus 3, 10115 Berlin"), []);
  });

  it("a street named like a place of its own, with its number, is still an address", () => {
    assert.deepEqual(addresses("Lieferadresse: Am Bahnhof 12, 10557 Berlin"), [
      "Am Bahnhof 12, 10557 Berlin",
    ]);
    assert.deepEqual(addresses("neue Anschrift: Ringbahnstraße 4, 12099 Berlin"), [
      "Ringbahnstraße 4, 12099 Berlin",
    ]);
    assert.deepEqual(addresses("Adres: Stationsweg 5, 3511 Utrecht"), ["Stationsweg 5, 3511 Utrecht"]);
  });
});

describe("postal addresses: a number and a comma before the town (round twelve)", () => {
  it("a counted thing's number, a comma and a town with its postcode is no house", () => {
    assert.deepEqual(addresses("Platform 9, London NW1 2DN"), []);
    assert.deepEqual(addresses("Year 2024, London SW1A 1AA"), []);
    assert.deepEqual(addresses("Lot 42, Austin TX 78701"), []);
    assert.deepEqual(addresses("Chapter 11, Delaware DE 19801"), []);
    assert.deepEqual(addresses("Bay 7, Felixstowe IP11 3SY"), []);
  });

  it("a house number, a comma and a street with its street word is still an address", () => {
    assert.deepEqual(addresses("home: 155, 12th Main Road, Indiranagar, Pune 411038"), [
      "155, 12th Main Road, Indiranagar, Pune 411038",
    ]);
    assert.deepEqual(addresses("Delivering to\n100, MG Road, Mumbai 400001"), [
      "100, MG Road, Mumbai 400001",
    ]);
    assert.deepEqual(addresses("Adresse : 12, rue de la Paix, 75002 Paris"), [
      "12, rue de la Paix, 75002 Paris",
    ]);
  });
});

describe("postal addresses, round fourteen", () => {
  it("a map app's window title ends a street it routes to, and numbered places stay places", () => {
    assert.deepEqual(addresses("Directions to 14 rue des Tanneurs – Apple Maps"), ["14 rue des Tanneurs"]);
    assert.deepEqual(addresses("Directions to 918 W Wellington Ave – Apple Maps"), ["918 W Wellington Ave"]);
    assert.deepEqual(addresses("Directions to Lindenstraße 48 - Google Maps"), ["Lindenstraße 48"]);
    assert.deepEqual(addresses("Directions to Van Speijkstraat 88-III - Google Maps"), [
      "Speijkstraat 88-III",
    ]);
    assert.deepEqual(addresses("Directions to Heathrow Terminal 5 - Google Maps"), []);
    assert.deepEqual(addresses("Directions to Platform 9 - Google Maps"), []);
    assert.deepEqual(addresses("Release notes for version 12 Baker Street – Apple Maps"), []);
  });

  it("a map URL's place or query opens the address it shows, but a web search's does not", () => {
    assert.deepEqual(
      addresses("https://www.google.com/maps/place/12+Wattle+Grove,+Fitzroy+VIC+3065/@48.13,23.10,17z"),
      ["12+Wattle+Grove,+Fitzroy+VIC+3065"],
    );
    assert.deepEqual(
      addresses("https://www.google.com/maps/search/?api=1&query=Vinohradská+1233/54,+120+00+Praha+2"),
      ["Vinohradská+1233/54,+120+00+Praha"],
    );
    assert.deepEqual(addresses("https://www.google.com/search?q=Vinohradská+1233/54,+120+00+Praha+2"), []);
  });

  it("a street ending its line after an address word or a label, above its postal code, is an address", () => {
    assert.deepEqual(
      addresses("Hallo zusammen,\nmeine neue Anschrift ist Uhlandring 16\n50574 Köln. Danke"),
      ["Uhlandring 16\n50574 Köln"],
    );
    assert.deepEqual(addresses("Neue Adresse: Am Kiesgrund 103\n33959 Bielefeld"), [
      "Am Kiesgrund 103\n33959 Bielefeld",
    ]);
    assert.deepEqual(addresses("wir treffen uns in Raum 12\n10115 Berlin ist die Stadt"), []);
    assert.deepEqual(addresses("see ticket Sprint 12 in the notes\n20099 Hamburg office"), []);
  });
});

describe("placeholder addresses, round fourteen", () => {
  it("a placeholder town right after a street marks the street as a placeholder", () => {
    assert.deepEqual(
      addresses("Example: 123 Main Street, Anytown, ST 12345 (placeholder, do not geocode)"),
      [],
    );
    assert.deepEqual(addresses("Deliver to 221B Baker Street, London NW1 6XE"), [
      "221B Baker Street, London NW1 6XE",
    ]);
  });
});

describe("named houses, round fourteen", () => {
  it("a house known by its name, on a street with its word, above or before a postcode is an address", () => {
    assert.deepEqual(
      addresses("Leaving drinks at my place: Rose Cottage, Church Lane, Little Shelford, Cambridge CB22 5HG"),
      ["Rose Cottage, Church Lane, Little Shelford, Cambridge CB22 5HG"],
    );
    assert.deepEqual(
      addresses("Abebe Tesfaye\nRose Cottage, Church Lane\nLittle Shelford\nCambridge CB22 5HG\nGB"),
      ["Rose Cottage, Church Lane\nLittle Shelford\nCambridge CB22 5HG"],
    );
    assert.deepEqual(addresses("The Old Rectory, Mill Road, Histon, Cambridge CB24 9JD"), [
      "The Old Rectory, Mill Road, Histon, Cambridge CB24 9JD",
    ]);
  });

  it("a named building without its postcode or street word is no address", () => {
    for (const text of [
      "we visited the White House, Pennsylvania Avenue today",
      "Opera House, Bennelong Point",
      "Meeting at Google House, Old Street later",
      "Rose Cottage is lovely",
    ])
      assert.deepEqual(addresses(text), [], text);
  });
});
