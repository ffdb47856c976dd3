import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { exampleEvents, type TelemetryEvent } from "@cordon/events";
import { categoryTiers, sensitivityCategories } from "@cordon/sensitivity";
import { classifyEvent, createClassifier } from "./classifier.ts";
import { reconstructTypedText } from "./typed-text.ts";

const classifier = createClassifier();

/** Key-shaped strings are made at run time, so no secret-shaped literal sits in the repository. */
function randomBase32(length: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  return Array.from(randomBytes(length), (byte) => alphabet.charAt(byte % 32)).join("");
}
const keyPress = exampleEvents["key.press"];
const messenger = { app: { name: "Signal" }, window: { title: "Signal" } };

function withText<Type extends "text.input" | "clipboard.copy" | "ai.prompt" | "screen.text">(
  type: Type,
  text: string,
) {
  return { ...exampleEvents[type], text } as Extract<TelemetryEvent, { type: Type }>;
}

function typed(
  text: string,
  options: { inputType?: "text" | "password"; app?: string } = {},
): TelemetryEvent[] {
  return [...text].map((char, index) => ({
    ...keyPress,
    eventId: `1d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}`,
    seq: index,
    key: char,
    code: char,
    modifiers: [],
    inputType: options.inputType ?? "text",
    ...(options.app === undefined
      ? {}
      : { app: { name: options.app }, url: undefined, window: { title: options.app } }),
  }));
}

describe("classifyEvent", () => {
  it("maps every category to a tier in one table, prohibited for credentials", () => {
    assert.deepEqual(sensitivityCategories, [
      "credential",
      "health",
      "hr",
      "financial",
      "prompt",
      "pii",
      "text",
    ]);
    assert.equal(categoryTiers.find((row) => row.category === "credential")?.tier, "prohibited");
    assert.equal(categoryTiers.find((row) => row.category === "text")?.tier, "internal");
  });

  it("classifies each free-text field on its own and names the most sensitive category of each", () => {
    const event = {
      ...withText("text.input", "my card 4111 1111 1111 1111, and I was diagnosed with asthma"),
      window: { title: "Inbox - maria.lopez@example.com" },
      url: "https://mail.example.com/inbox",
    };
    const result = classifier.classifyEvent(event);
    assert.equal(result.fields.text?.category, "health");
    assert.deepEqual(result.fields.text?.categories, ["health", "financial"]);
    assert.equal(result.fields["window.title"]?.category, "pii");
    assert.equal(result.fields.url?.category, "text");
    assert.equal(result.tier, "restricted");
    assert.deepEqual(result.categories, ["health", "financial", "pii", "text"]);
    assert.ok(result.fields["window.title"]?.spans.some((span) => span.detector === "email"));
  });

  it("a field with nothing found is `text`, and an event without free text is public", () => {
    const result = classifier.classifyEvent(withText("screen.text", "Quarterly planning notes"));
    assert.equal(result.fields.text?.category, "text");
    const { url: _, ...move } = exampleEvents["pointer.move"];
    assert.equal(classifier.classifyEvent({ ...move, window: {} }).tier, "public");
  });

  it("a detected secret makes its field prohibited", () => {
    const result = classifier.classifyEvent(
      withText("clipboard.copy", `export AWS_ACCESS_KEY_ID=AKIA${randomBase32(16)}`),
    );
    assert.equal(result.fields.text?.prohibited, true);
    assert.equal(result.fields.text?.category, "credential");
    assert.equal(result.tier, "prohibited");
    assert.equal(result.prohibited, true);
  });

  it("a password-field keystroke is prohibited whatever it contains, with or without typed context", () => {
    const [first] = typed("a", { inputType: "password" });
    assert.ok(first);
    assert.equal(classifier.classifyEvent(first).fields.key?.prohibited, true);
    const input = { ...withText("text.input", "hello"), inputType: "password" as const };
    const result = classifier.classifyEvent(input);
    assert.equal(result.fields.text?.prohibited, true);
    assert.deepEqual(
      result.fields.text?.spans.map((span) => span.detector),
      ["password-field"],
    );
  });

  it("a card number typed one key at a time with a backspace is found on every one of its keys", () => {
    const events = [
      ...typed("card 4111 1111 1112"),
      { ...typed("x")[0], key: "Backspace" },
      ...typed("1 1111"),
    ].map((event, index) => ({
      ...event,
      eventId: `2d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}`,
    })) as TelemetryEvent[];
    const typedText = classifier.classifyTypedSegments(reconstructTypedText(events));
    for (const event of events) {
      const key = classifier.classifyEvent(event, { typed: typedText }).fields.key;
      assert.equal(key?.category, "financial", event.eventId);
    }
  });

  it("a clipboard text pasted into a password field is prohibited", () => {
    const copied = withText("clipboard.copy", "correct horse battery staple");
    const paste = { ...typed("v", { inputType: "password" })[0], modifiers: ["control"] } as TelemetryEvent;
    const typedText = classifier.classifyTypedSegments(reconstructTypedText([copied, paste]));
    assert.equal(classifier.classifyEvent(copied).fields.text?.prohibited, false);
    assert.equal(classifier.classifyEvent(copied, { typed: typedText }).fields.text?.prohibited, true);
  });

  it("every ai.prompt is a prompt, and what is in it keeps its own category", () => {
    const plain = classifier.classifyEvent(withText("ai.prompt", "Summarise this thread"));
    assert.equal(plain.fields.text?.category, "prompt");
    const health = classifier.classifyEvent(
      withText("ai.prompt", "what are the side effects of sertraline?"),
    );
    assert.deepEqual(health.fields.text?.categories, ["health", "prompt"]);
    assert.equal(health.fields.text?.category, "health");
  });

  it("personal life typed into a personal messenger, and anything typed to an AI assistant, is a conversation", () => {
    for (const app of ["WhatsApp", "Claude"]) {
      const events = typed("running late, my daughter's recital ran over", { app });
      const typedText = classifier.classifyTypedSegments(reconstructTypedText(events));
      const first = events[0];
      assert.ok(first);
      assert.equal(classifier.classifyEvent(first, { typed: typedText }).fields.key?.category, "prompt", app);
    }
  });

  it("work talk in a personal messenger is not a personal conversation, typos and all", () => {
    // A typo fixed with Backspace leaves a draft ("standu") that says nothing about the topic.
    const events = [...typed("standu", { app: "WhatsApp" }), { ...typed("x")[0], key: "Backspace" }]
      .concat(typed("up moved to 10:30", { app: "WhatsApp" }))
      .map((event, index) => ({
        ...event,
        app: { name: "WhatsApp" },
        window: { title: "WhatsApp" },
        url: undefined,
        eventId: `3d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}`,
      })) as TelemetryEvent[];
    const typedText = classifier.classifyTypedSegments(reconstructTypedText(events));
    const first = events[0];
    assert.ok(first);
    assert.equal(classifier.classifyEvent(first, { typed: typedText }).fields.key?.category, "text");
  });

  it("a typo fixed while typing does not make a figure of speech a health term", () => {
    // "surgery on th" is a draft cut before "the monolith" that makes the sentence figurative.
    const events = [...typed("we need to perform surgery on th"), { ...typed("x")[0], key: "Backspace" }]
      .concat(typed("the monolith"))
      .map((event, index) => ({
        ...event,
        eventId: `4d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}`,
      })) as TelemetryEvent[];
    const typedText = classifier.classifyTypedSegments(reconstructTypedText(events));
    const first = events[0];
    assert.ok(first);
    assert.deepEqual(classifier.classifyEvent(first, { typed: typedText }).fields.key?.categories, ["text"]);
  });

  it("a value typed and then deleted is still found", () => {
    const events = [
      ...typed("card 4111 1111 1111 1111"),
      ...Array(19).fill({ ...typed("x")[0], key: "Backspace" }),
    ]
      .concat(typed("later"))
      .map((event, index) => ({
        ...event,
        eventId: `5d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}`,
      })) as TelemetryEvent[];
    const typedText = classifier.classifyTypedSegments(reconstructTypedText(events));
    const first = events[0];
    assert.ok(first);
    assert.equal(classifier.classifyEvent(first, { typed: typedText }).fields.key?.category, "financial");
  });

  it("in a personal messenger, a message that only hands over a value is that value, not a conversation", () => {
    const pin = classifier.classifyText("the PIN is 8099", { field: "text", surface: messenger });
    assert.deepEqual(pin.categories, ["credential"]);
    const phone = classifier.classifyText("my number is +1 415 555 2671", {
      field: "text",
      surface: messenger,
    });
    assert.deepEqual(phone.categories, ["pii"]);
    const chat = classifier.classifyText("running late, my daughter's recital ran over", {
      field: "text",
      surface: messenger,
    });
    assert.deepEqual(chat.categories, ["prompt"]);
  });

  it("in a personal messenger a message is a personal conversation unless it is work talk or only hands over a value", () => {
    const about = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: messenger }).categories;
    assert.deepEqual(about("running late, see you at 7"), ["prompt"]);
    assert.deepEqual(about("did you get home ok?"), ["prompt"]);
    assert.deepEqual(about("kommst du heute zum Essen?"), ["prompt"]);
    assert.deepEqual(about("the checkout service fell over again after the deploy"), ["text"]);
    assert.deepEqual(about("la réunion est décalée à 14h"), ["text"]);
    assert.deepEqual(about("the PIN is 8099"), ["credential"]);
    assert.deepEqual(about("ana.ruiz@example.com"), ["pii"]);
  });

  it("in a personal messenger a person's name alone is no handed-over value: the message is still a conversation", () => {
    const found = classifier.classifyText("Kwame says hi, see you Saturday", {
      field: "text",
      surface: messenger,
    });
    assert.ok(found.categories.includes("prompt"));
  });

  it("in a messenger's group named for work the content decides as in work chat: running late is not a conversation", () => {
    const workGroup = { app: { name: "WhatsApp" }, window: { title: "WhatsApp – Dev team" } };
    const found = classifier.classifyText("running 5 min late", { field: "text", surface: workGroup });
    assert.deepEqual(found.categories, ["text"]);
  });

  it("the writer's personal life typed into work chat is a conversation: dates, moving in, money worries, a new number", () => {
    const workChat = { app: { name: "Slack" }, window: { title: "#team - Acme - Slack" } };
    const about = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: workChat }).categories;
    assert.deepEqual(about("second date tonight, wish me luck"), ["prompt"]);
    assert.deepEqual(about("we're finally moving in together next month!"), ["prompt"]);
    assert.deepEqual(about("can't make drinks, money's really tight until payday"), ["prompt"]);
    assert.ok(about("new number btw +44 7700 900123").includes("prompt"));
  });

  it("one word of home life beside bank details is the instruction that hands them over, not a conversation", () => {
    const rent = classifier.classifyText("send rent to 021000021 / 12345678", {
      field: "text",
      surface: messenger,
    });
    assert.ok(!rent.categories.includes("prompt"));
    const family = classifier.classifyText(
      "my landlord wants the rent and my dad says send it to 021000021 / 12345678",
      {
        field: "text",
        surface: messenger,
      },
    );
    assert.ok(family.categories.includes("prompt"));
  });

  it("health news told in a personal messenger is a conversation whoever it is about", () => {
    const health = classifier.classifyText("oncologist says the lymphoma is in partial remission", {
      field: "text",
      surface: messenger,
    });
    assert.deepEqual(health.categories, ["health", "prompt"]);
  });

  it("the writer's own health or HR news typed into work chat is that category only; in a personal messenger it is a conversation too", () => {
    const workChat = { app: { name: "Slack" }, window: { title: "Ana Ruiz (DM) - Acme - Slack" } };
    const messenger = { app: { name: "WhatsApp" }, window: { title: "Ana Ruiz - WhatsApp" } };
    const said = (text: string, surface: typeof workChat) =>
      classifier.classifyText(text, { field: "text", surface }).categories;
    assert.deepEqual(said("FYI I have psoriasis, so mornings are rough", workChat), ["health"]);
    assert.deepEqual(said("they offered me a settlement agreement, 4 months' pay", workChat), ["hr"]);
    assert.deepEqual(said("ich bin schwanger, sage es dem Team im Mai", workChat), ["health"]);
    assert.deepEqual(said("FYI I have psoriasis, so mornings are rough", messenger), ["health", "prompt"]);
    assert.deepEqual(said("they offered me a settlement agreement, 4 months' pay", messenger), [
      "hr",
      "prompt",
    ]);
    // Family in it and it is private life, in work chat too.
    assert.deepEqual(said("my son has chickenpox so mornings are rough", workChat), ["health", "prompt"]);
  });

  it("a pharmacy's or a clinic's text to its customer in a personal messenger is health only, while health news from a person there stays a conversation", () => {
    const messenger = { app: { name: "Messages" }, window: { title: "Messages" } };
    const said = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: messenger }).categories;
    assert.deepEqual(
      said(
        "Your prescription for sertraline is ready to collect at Boots, order 48213. Reply STOP to opt out",
      ),
      ["health"],
    );
    assert.deepEqual(
      said("Reminder: your physiotherapy appointment is on 12/03 at 10:40. Reply C to cancel"),
      ["health"],
    );
    assert.deepEqual(said("my prescription for sertraline is ready, can you pick it up on your way?"), [
      "health",
      "prompt",
    ]);
    assert.deepEqual(said("Mum's chemo is on Tuesday, can you drive her?"), ["health", "prompt"]);
  });

  it("a colleague's health or a manager's review work typed into chat is not the writer's conversation", () => {
    const workChat = { app: { name: "Slack" }, window: { title: "#team - Acme - Slack" } };
    const other = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: workChat }).categories;
    assert.deepEqual(other("Dunja has a cardiology appointment, can you cover her 1:1s?"), ["health", "pii"]);
    assert.deepEqual(other("I'll finish the performance review for Tom after standup"), ["hr", "pii"]);
    assert.deepEqual(other("We're putting Tom Baker on a performance improvement plan"), ["hr", "pii"]);
  });

  it("in work chat the writer's own health or leave told to say when they are away is that category only, not a conversation", () => {
    const workChat = { app: { name: "Slack" }, window: { title: "#team - Acme - Slack" } };
    const note = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: workChat }).categories;
    assert.deepEqual(note("I'm having a lumpectomy so I'll be offline until Wednesday"), ["health"]);
    // A sick note is sick leave as well: health and HR, still no conversation.
    assert.deepEqual(
      note("Je suis en arrêt maladie jusqu'au 12, grippe, le médecin m'a prescrit du repos."),
      ["health", "hr"],
    );
    assert.deepEqual(note("I'm 20 weeks pregnant so I'll skip the offsite flights"), ["health"]);
    // Family in it, and it is the writer's life as before.
    assert.deepEqual(note("my son has chickenpox so I'm working from home this week"), ["health", "prompt"]);
  });

  it("work talk and office logistics in work chat are no conversation, in eight languages; personal life there is one", () => {
    const workChat = { app: { name: "Slack" }, window: { title: "#team - Acme - Slack" } };
    const about = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: workChat }).categories.includes("prompt");
    for (const text of [
      "can someone pick up JIRA-4412? the customer is waiting",
      "I'm on the late shift Thursday, can anyone swap?",
      "der Kunde hat die Rechnung noch nicht bezahlt",
      "la livraison du client est prévue jeudi, je relance le transporteur",
      "el cliente quiere el presupuesto antes del viernes",
      "il fornitore ha confermato la consegna per lunedì",
      "de klant belt om 14:00 over de offerte",
      "klient prosi o nową fakturę do piątku",
      "kunden vill ha leveransen på fredag istället",
    ])
      assert.equal(about(text), false, text);
    for (const text of [
      "my mum is in hospital again, I'm driving up tonight",
      "meine Oma ist gestorben, die Beerdigung ist am Freitag",
      "mi hermano se casa en junio, ¡estoy nerviosa!",
      "can't afford the trip, I'm in my overdraft again",
    ])
      assert.equal(about(text), true, text);
  });

  it("the same health news told to a friend in a personal messenger is a conversation", () => {
    const told = classifier.classifyText("I'm having a lumpectomy so I'll be offline until Wednesday", {
      field: "text",
      surface: messenger,
    });
    assert.deepEqual(told.categories, ["health", "prompt"]);
  });

  it("in a personal messenger a message about things with no one in it is not a conversation", () => {
    const about = (text: string) =>
      classifier.classifyText(text, { field: "text", surface: messenger }).categories;
    assert.deepEqual(about("the gym is closed on Monday"), ["text"]);
    assert.deepEqual(about("Leeds got promoted! 🎉"), ["text"]);
    assert.deepEqual(about("le marché est annulé à cause de la pluie"), ["text"]);
    // The writer's day, dropped "I" and all, and a question to the reader still are.
    assert.deepEqual(about("train cancelled, taking the bus"), ["prompt"]);
    assert.deepEqual(about("anyone up for the Thai place tonight?"), ["prompt"]);
    assert.deepEqual(about("omw"), ["prompt"]);
  });

  it("a health portal's address and title are health data, and lift ambiguous words typed there", () => {
    const portal = {
      app: { name: "Firefox" },
      window: { title: "MyChart - Messages" },
      url: "https://mychart.example.org/messages",
    };
    const result = classifier.classifyEvent({
      ...withText("text.input", "the pain is worse after the surgery"),
      ...portal,
    });
    assert.equal(result.fields.url?.category, "health");
    assert.equal(result.fields["window.title"]?.category, "health");
    assert.ok(result.fields.text?.spans.some((span) => span.detector === "health-term"));
  });

  it("a numeric id in a code editor is not taken for a phone number; the same text in a chat is", () => {
    const text = "const callbackNumber = 4155552671;";
    const editor = { app: { name: "Visual Studio Code" }, window: { title: "main.ts" } };
    assert.equal(classifier.classifyText(text, { field: "text", surface: editor }).category, "text");
    assert.equal(classifier.classifyText("call me on 4155552671", { field: "text" }).category, "pii");
  });

  it("a long random path segment in a URL is an id, but a token in the query is a secret", () => {
    const doc = "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789AbCdEf/edit";
    assert.equal(classifier.classifyText(doc, { field: "url" }).category, "text");
    const withToken = "https://api.example.com/export?access_token=ya29a0AfH6SMBx3kQ9";
    assert.equal(classifier.classifyText(withToken, { field: "url" }).prohibited, true);
  });

  it("gives the same answer from its cache as from a fresh classifier", () => {
    const event = { ...exampleEvents["pointer.move"], window: { title: "Inbox - jane.doe@example.com" } };
    const cached = createClassifier({ cacheEntries: 2 });
    for (let n = 0; n < 5; n++) assert.deepEqual(cached.classifyEvent(event), classifyEvent(event));
  });
});

describe("classifier: public reference pages", () => {
  const focus = (title: string, url: string) =>
    ({
      ...exampleEvents["window.focus"],
      app: { name: "Google Chrome" },
      window: { title },
      url,
    }) as TelemetryEvent;

  it("an HR word in the title of an encyclopedia or forum page is a topic, not HR about someone", () => {
    const wiki = classifier.classifyEvent(
      focus("Severance (TV series) - Wikipedia", "https://en.wikipedia.org/wiki/Severance_(TV_series)"),
    );
    assert.equal(wiki.categories.includes("hr"), false);
  });

  it("the same words in an HR system's title are HR", () => {
    const hr = classifier.classifyEvent(
      focus("Severance package - Workday", "https://wd3.myworkday.com/acme/d/task/1"),
    );
    assert.equal(hr.categories.includes("hr"), true);
  });
});

describe("classifier: round nine conversations", () => {
  const said = (app: string, title: string, text: string) =>
    classifier.classifyText(text, { field: "text", surface: { app: { name: app }, window: { title } } })
      .categories;

  it("in a messenger a label and the name it names hand a contact over; a name spoken to and a new home told are news", () => {
    assert.ok(!said("Signal", "Signal - Kenji", "Contact: Ana Ruiz").includes("prompt"));
    assert.ok(!said("Signal", "Signal - Kenji", "Kontakt: Ana Ruiz").includes("prompt"));
    assert.ok(said("Signal", "Signal - Kenji", "Ana Ruiz says hi, she misses you").includes("prompt"));
    assert.ok(
      said("WhatsApp", "WhatsApp - Mum", "our new address: 73 Kingsley Lane, Leeds LS6 1YU").includes(
        "prompt",
      ),
    );
  });

  it("a mail addressed to family is a conversation; work mail, even about a wife's surgery or a move, is not", () => {
    const mail = (text: string) => said("Microsoft Outlook", "Christmas - Outlook", text);
    assert.ok(mail("Dear Mum, the adoption paperwork finally went through").includes("prompt"));
    assert.ok(mail("Liebe Oma, wir kommen an Weihnachten nicht").includes("prompt"));
    assert.ok(!mail("my wife is recovering from surgery, so I'm working from home").includes("prompt"));
    assert.ok(!mail("Hi team, we moved! Our flat warming is on Friday").includes("prompt"));
    assert.ok(!mail("Dear Mr Keller, please find the signed contract attached").includes("prompt"));
  });

  it("a story's plot told in a messenger is no one's life; personal news in Japanese in work chat is", () => {
    assert.ok(
      !said(
        "Signal",
        "Signal - Fatima",
        "in the finale they get divorced and she moves to Paris, spoiler",
      ).includes("prompt"),
    );
    assert.ok(said("Slack", "#random - Acme - Slack", "ugh 彼女と別れた… 😔").includes("prompt"));
  });

  it("in work chat the writer's health told with a time away, a sign-off or a slower week is health only", () => {
    assert.deepEqual(said("Mattermost", "dev-ops - Mattermost", "Out 2-4pm for my oncology follow-up"), [
      "health",
    ]);
    assert.deepEqual(
      said("Slack", "#team - Acme - Slack", "FYI my ADHD meds are changing so I might be slower for a bit"),
      ["health"],
    );
  });

  it("typing to an assistant in a terminal or a dating app's chat is a conversation", () => {
    assert.ok(
      said("Terminal", "claude — ~/src/api — zsh", "add retries to the upload client").includes("prompt"),
    );
    assert.ok(said("Hinge", "Hinge", "my ex was the worst at texting back").includes("prompt"));
  });
});

describe("classifyEvents", () => {
  // Nineteen kinds of event and three typed fields, repeated in rounds whose numbers vary the texts.
  function mixedBatch(rounds: number): TelemetryEvent[] {
    const copied = withText("clipboard.copy", "correct horse battery staple");
    const accessKeys = [0, 1, 2].map(() => `AKIA${randomBase32(16)}`);
    const paste = { ...typed("v", { inputType: "password" })[0], modifiers: ["control"] } as TelemetryEvent;
    const typing = (n: number): TelemetryEvent[] => [
      ...typed("my number is 415 555 2671").map((key) => ({ ...key, fieldId: `phone-${n}` })),
      ...typed("pw", { inputType: "password" }).map((key) => ({ ...key, fieldId: `password-${n}` })),
      // A value typed, four digits deleted and typed again: the segment keeps a draft.
      ...[
        ...typed("card 4111 1111 9999"),
        ...Array.from({ length: 4 }, () => ({ ...keyPress, key: "Backspace" })),
        ...typed("1111 1111 and rent"),
      ].map((key) => ({ ...key, fieldId: `card-${n}` }) as TelemetryEvent),
    ];
    const templates = (n: number): TelemetryEvent[] => [
      { ...withText("text.input", `my card 4111 1111 1111 1111, diagnosed with asthma (${n % 7})`), window: { title: "Inbox - maria.lopez@example.com" }, url: "https://mail.example.com/inbox" },
      { ...withText("text.input", "hunter2 again"), inputType: "password" },
      withText("text.input", "can we move the sync to 3pm tomorrow?"),
      withText("text.input", "can we move the sync to 3pm tomorrow?"),
      { ...withText("text.input", "I'm having surgery next week, my mum will drive me"), ...messenger },
      { ...withText("text.input", `call me on +44 20 7946 09${(n % 90).toString().padStart(2, "0")}`), ...messenger },
      copied,
      withText("clipboard.copy", `export AWS_ACCESS_KEY_ID=${accessKeys[n % 3]}`),
      withText("ai.prompt", "what are the side effects of sertraline?"),
      withText("ai.prompt", `Summarise thread ${n}`),
      withText("screen.text", `Patient: Maria Lopez. Diagnosis: type 2 diabetes. Contact: +1 415 555 26${(n % 90).toString().padStart(2, "0")}.`),
      withText("screen.text", ""),
      { ...exampleEvents["pointer.move"], window: { title: `Workday - Performance Review ${2000 + (n % 30)}` }, url: "https://wd5.myworkday.com/acme/d/task.htmld" },
      { ...exampleEvents["pointer.move"], window: { title: "MyChart - Messages" }, url: "https://mychart.example.org/messages?name=Jane%20Doe" },
      { ...exampleEvents["pointer.move"], window: {}, url: "https://api.example.com/export?access_token=ya29a0AfH6SMBx3kQ9" },
      { ...exampleEvents["pointer.move"], window: { title: "" }, url: "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789AbCdEf/edit" },
      { ...exampleEvents["window.focus"], window: { title: `export-job.ts — api ${n}` }, app: { name: "Visual Studio Code" } },
      { ...exampleEvents["window.focus"], window: { title: "x".repeat(600) } },
      paste,
      // Every tenth round types into fields of its own, so each of those rounds rebuilds segments of its own.
      ...(n % 10 === 0 ? typing(n) : []),
    ];
    const events: TelemetryEvent[] = [];
    for (let n = 0; n < rounds; n++) events.push(...templates(n));
    return events.map((event, index) => ({ ...event, eventId: `3d9b7c1e-5a2f-4b6c-9d8e-${index.toString(16).padStart(12, "0")}` }));
  } // biome-ignore format: one event per line reads as the list it is

  it("gives every event of a mixed batch larger than a detection block what classifyEvent gives it alone", () => {
    const events = mixedBatch(80);
    // More distinct free texts than a detection block holds (256), so the batch runs in several blocks.
    const texts = new Set(
      events.flatMap((event) => [event.window.title, event.url, "text" in event ? event.text : undefined]),
    );
    assert.ok(texts.size > 300, `${texts.size} distinct texts`);
    const typedText = createClassifier().classifyTypedSegments(reconstructTypedText(events));
    assert.ok(typedText.size > 0);
    for (const cacheEntries of [20_000, 7]) {
      const alone = createClassifier({ cacheEntries });
      const expected = events.map((event) => alone.classifyEvent(event, { typed: typedText }));
      const batched = createClassifier({ cacheEntries }).classifyEvents(events, { typed: typedText });
      assert.equal(batched.length, events.length);
      assert.deepEqual(JSON.stringify(batched), JSON.stringify(expected));
    }
    // A text repeated within the batch is classified once: both events share the one answer.
    const [a, b] = createClassifier().classifyEvents(events.slice(2, 4));
    assert.equal(a?.fields.text, b?.fields.text);
  });

  it("classifies the segments of many fields at once as it classifies each field's segments alone", () => {
    const events = mixedBatch(30);
    const segments = reconstructTypedText(events);
    assert.ok(segments.length > 1);
    assert.ok(segments.some((segment) => segment.drafts.length > 0));
    const alone = createClassifier();
    const expected = new Map(segments.flatMap((segment) => [...alone.classifyTypedSegments([segment])]));
    const together = createClassifier().classifyTypedSegments(segments);
    assert.deepEqual(JSON.stringify([...together]), JSON.stringify([...expected]));
  });

  it("returns nothing for an empty batch", () => {
    assert.deepEqual(createClassifier().classifyEvents([]), []);
  });
});
