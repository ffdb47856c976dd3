import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { cardBrand, findPaymentCards, isPaymentCardNumber, passesLuhn } from "./payment-cards.ts";

const found = (text: string, code = false) =>
  findPaymentCards(detectionInput(text, { code })).map((span) => text.slice(span.start, span.end));

describe("payment cards", () => {
  it("passes Luhn for the networks' published test numbers and fails when a digit changes", () => {
    for (const number of [
      "4111111111111111",
      "5555555555554444",
      "378282246310005",
      "6011111111111117",
      "3530111333300000",
    ]) {
      assert.ok(passesLuhn(number), number);
      assert.ok(!passesLuhn(number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10)), number);
    }
  });

  it("names the network from the IIN range and length", () => {
    assert.equal(cardBrand("4111111111111111"), "visa");
    assert.equal(cardBrand("2221000000000009"), "mastercard");
    assert.equal(cardBrand("378282246310005"), "amex");
    assert.equal(cardBrand("3530111333300000"), "jcb");
    assert.equal(cardBrand("411111111111111"), undefined, "no Visa has 15 digits");
    assert.equal(cardBrand("9111111111111110"), undefined, "no network starts with 9");
  });

  it("finds a card written compact, with spaces, with dashes, and in Amex grouping", () => {
    assert.deepEqual(found("pay 4111111111111111 now"), ["4111111111111111"]);
    assert.deepEqual(found("card: 4111 1111 1111 1111."), ["4111 1111 1111 1111"]);
    assert.deepEqual(found("5318-6270-4915-3725"), ["5318-6270-4915-3725"]);
    assert.deepEqual(found("amex 3782 822463 10005"), ["3782 822463 10005"]);
  });

  it("a Luhn-invalid 16-digit number is not a card", () => {
    assert.deepEqual(found("card 4111 1111 1111 1112"), []);
    assert.ok(!isPaymentCardNumber("4111111111111112"));
  });

  it("a Luhn-valid number outside every IIN range is not a card", () => {
    assert.ok(passesLuhn("9111111111111110"));
    assert.deepEqual(found("ref 9111111111111110"), []);
  });

  it("finds the card and leaves out a CVV or a reference written after it", () => {
    assert.deepEqual(found("4012 8888 8888 1881 123"), ["4012 8888 8888 1881"]);
    assert.deepEqual(found("12 4111 1111 1111 1111"), ["4111 1111 1111 1111"]);
  });

  it("a card called a test card or an example in its sentence is documentation, not a card", () => {
    assert.deepEqual(found("Stripe test card 4242 4242 4242 4242, any future expiry, any CVC."), []);
    assert.deepEqual(found("e.g. 5555 5555 5555 4444 in the sandbox"), []);
    assert.deepEqual(found("Example order. Card 4111 1111 1111 1111 was charged"), ["4111 1111 1111 1111"]);
  });

  it("someone's own card after an example word is still a card", () => {
    assert.deepEqual(found("For example, my card 4111 1111 1111 1111 was charged twice"), [
      "4111 1111 1111 1111",
    ]);
    assert.deepEqual(found("zum Beispiel meine Karte 4111 1111 1111 1111"), ["4111 1111 1111 1111"]);
  });

  it("card digits cut from a longer tracking or order number are not a card", () => {
    const reported = (text: string) =>
      findPaymentCards(detectionInput(text)).filter((span) => span.score >= reportThreshold);
    assert.deepEqual(reported("Tracking 4380 0243 4701 4245 829 — DHL says tomorrow."), []);
    assert.equal(reported("card 4012 8888 8888 1881 123").length, 1);
  });

  it("does not take digits glued to letters", () => {
    assert.deepEqual(found("id4111111111111111"), []);
    assert.deepEqual(found("4111111111111111px"), []);
  });

  it("scores lower in code and near id words, higher near card words", () => {
    const score = (text: string, code = false) =>
      findPaymentCards(detectionInput(text, { code }))[0]?.score ?? 0;
    assert.ok(score("visa 4916381274051936") > score("4916381274051936"));
    assert.ok(score("order id 4916381274051936") < score("4916381274051936"));
    assert.ok(score("4916381274051936", true) < score("4916381274051936"));
  });
});

describe("payment cards: sandbox instructions", () => {
  it("a card whose sentence says it works in test mode or a sandbox is a test card", () => {
    assert.deepEqual(
      found(
        "Use 4242 4242 4242 4242 with any future date and any CVC for a successful payment in test mode.",
      ),
      [],
    );
    assert.deepEqual(found("4000 0566 5566 5556 works in the sandbox only"), []);
  });

  it("a card in a sentence that says it is not a test, or test mode in the next sentence, is still a card", () => {
    assert.deepEqual(found("4242 4242 4242 4242 is my real card, not test mode"), ["4242 4242 4242 4242"]);
    assert.deepEqual(found("Card 4242 4242 4242 4242. Then switch to test mode."), ["4242 4242 4242 4242"]);
  });
});

describe("payment cards and phone numbers", () => {
  it("digits after a plus are a phone number with its country code, even when they pass Luhn in a card's range", () => {
    assert.ok(isPaymentCardNumber("4915112345678"));
    assert.deepEqual(found("Mobil: +49 151 12345678"), []);
    assert.deepEqual(found("call +4915112345678"), []);
  });

  it("the same digits without a plus, or after a plus beside a card's word, are still a card", () => {
    assert.deepEqual(found("4915 1123 4567 8"), ["4915 1123 4567 8"]);
    assert.deepEqual(found("card: +4915112345678"), ["4915112345678"]);
  });
});

describe("payment cards: a processor's test", () => {
  it("a card after a payment processor's name and 'test' is that processor's test card", () => {
    assert.deepEqual(found("Adyen test: 4111 1111 4555 1142"), []);
    assert.deepEqual(found("Stripe test 4000 0566 5566 5556 works again"), []);
  });

  it("a card merely paid through a processor is still a card", () => {
    assert.deepEqual(found("paid with 4111 1111 4555 1142 on Adyen"), ["4111 1111 4555 1142"]);
    assert.deepEqual(found("Adyen charged 4111 1111 4555 1142 twice"), ["4111 1111 4555 1142"]);
  });
});

describe("payment cards: test cards typed by code", () => {
  it("a card of a repeated block or one digit in code is a processor's test card, not a card", () => {
    assert.deepEqual(found("cy.get('#card').type('4242 4242 4242 4242')", true), []);
    assert.deepEqual(found("await page.fill('#cc', '4111111111111111')", true), []);
  });

  it("a real-looking card in code, and a test card typed into a checkout outside code, are still cards", () => {
    assert.deepEqual(found("cy.get('#card').type('4916 3381 2740 5511')", true), ["4916 3381 2740 5511"]);
    assert.deepEqual(found("card 4242 4242 4242 4242 exp 09/28"), ["4242 4242 4242 4242"]);
  });
});

describe("payment cards: test cards in prose about testing", () => {
  it("filler digits whose sentence speaks of testing are a processor's test card, in prose too", () => {
    assert.deepEqual(found("4111 1111 1111 1111 is the usual Visa test number"), []);
    assert.deepEqual(found("enter 4242 4242 4242 4242 to simulate an approved payment"), []);
    assert.deepEqual(found("5555 5555 5555 4444 works on staging"), []);
  });

  it("a test word in another sentence, someone's own card, or a real-looking card beside test words, is still a card", () => {
    assert.deepEqual(found("Card 4111 1111 1111 1111 declined.\nTest mode is off."), ["4111 1111 1111 1111"]);
    assert.deepEqual(found("my card 4242 4242 4242 4242 failed the test charge"), ["4242 4242 4242 4242"]);
    assert.deepEqual(found("run the test with 4916 3381 2740 5511"), ["4916 3381 2740 5511"]);
  });
});

describe("payment cards: an IBAN's body", () => {
  it("groups after an IBAN's country code and check digits are no card, even when the IBAN fails", () => {
    assert.deepEqual(found("IBAN PL96 6010 3641 3299 5440 2535 6449 fails the checksum"), []);
    assert.deepEqual(found("PL40 4146 6629 4715 4077 5163 9241"), []);
  });

  it("a card after an ordinary word or a date is still a card", () => {
    assert.deepEqual(found("card 4111 1111 1111 1111 exp 12/29"), ["4111 1111 1111 1111"]);
    assert.deepEqual(found("Q3 2026 4111 1111 1111 1111"), ["4111 1111 1111 1111"]);
  });
});

describe("payment cards, round twelve: processors' published test cards", () => {
  const inForm = (text: string, form: "address" | "bank") =>
    findPaymentCards(detectionInput(text, { form })).map((span) => text.slice(span.start, span.end));

  it("a published test card beside a word of testing or of a test scenario is a test card, whatever its digits", () => {
    assert.deepEqual(found("378282246310005 – Amex test number"), []);
    assert.deepEqual(found("use 4000000000003220 to trigger 3DS"), []);
    assert.deepEqual(found("4000 0000 0000 9995 simuliert insufficient funds"), []);
    assert.deepEqual(found("con 4000 0027 6000 3184 se activa 3D Secure"), []);
    assert.deepEqual(found("Braintree sandbox: 4012 8888 8888 1881"), []);
    assert.deepEqual(found("carte de test Adyen 4988 4388 4388 4305"), []);
    assert.deepEqual(found("PayPal sandbox rejects 4007000000027 now"), []);
  });

  it("a published test card quoted as a literal, or pasted alone outside a checkout, is a test card", () => {
    assert.deepEqual(found("card: '4000 0566 5566 5556', exp: '12/34', cvc: '123'"), []);
    assert.deepEqual(found('{ number: "5555555555554444", cvc: "314" }'), []);
    assert.deepEqual(found("4242 4242 4242 4242"), []);
    assert.deepEqual(found("6011 1111 1111 1117"), []);
  });

  it("a published test card typed into a checkout or a bank form, or called someone's own, is still a card", () => {
    assert.deepEqual(inForm("4242 4242 4242 4242", "address"), ["4242 4242 4242 4242"]);
    assert.deepEqual(inForm("5555 5555 5555 4444", "bank"), ["5555 5555 5555 4444"]);
    assert.deepEqual(found("my card 378282246310005 for the test booking"), ["378282246310005"]);
    assert.deepEqual(found("card 4242 4242 4242 4242 exp 09/28"), ["4242 4242 4242 4242"]);
  });

  it("a card off the published lists keeps being a card beside test words, quoted or alone", () => {
    assert.deepEqual(found("use 4916338127405511 to trigger 3DS"), ["4916338127405511"]);
    assert.deepEqual(found("card: '4916 3381 2740 5511', exp: '12/34'"), ["4916 3381 2740 5511"]);
    assert.deepEqual(found("4916 3381 2740 5511"), ["4916 3381 2740 5511"]);
  });
});
