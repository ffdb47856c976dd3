import type { InputType, TelemetryEvent } from "@cordon/events";
import type { Faker } from "@faker-js/faker";
import {
  type AppKind,
  appCatalogue,
  type CatalogueApp,
  chatLines,
  codeLines,
  screenTexts,
  searchQueries,
  workPrompts,
} from "./catalogue.ts";
import { type PlantedText, type PlantKind, plantKinds, plantText } from "./planted.ts";

export interface TimedEvent {
  /** Milliseconds since the session began; the player waits for it. */
  offsetMs: number;
  event: TelemetryEvent;
}

/** One planted item and the event that carries it; the side channel, never sent. */
export interface PlantedItem {
  employee: number;
  kind: PlantKind;
  /** The exact sensitive string as it appears in the event's text. */
  value: string;
  eventId: string;
  eventType: "text.input" | "clipboard.copy" | "ai.prompt" | "screen.text";
  /** The key.press events that typed it, in order; empty when pasted, copied, read or prompted. */
  keyEventIds: string[];
  inputType?: InputType;
  app: string;
  url?: string;
  /** Set by the player: whether the collector took the carrying event (false: excluded app or URL). */
  recorded?: boolean;
}

export interface SessionOptions {
  faker: Faker;
  employee: number;
  /** Epoch ms of the session's first event. */
  startMs: number;
  durationMs: number;
  /** Chance that a piece of text an employee types, copies, reads or prompts carries a planted item. */
  plantRate: number;
  /** Which kinds may be planted; all by default. */
  plantKinds?: readonly PlantKind[];
}

/** What may be planted where, so a card number is typed into a payment form and not into an IDE. */
const kindsByApp: Record<AppKind, PlantKind[]> = {
  ide: ["api_key"],
  browser: ["password", "card_number", "ssn", "email", "phone"],
  chat: ["email", "phone", "health", "hr"],
  mail: ["email", "phone", "iban", "ssn", "health", "hr"],
  ai_assistant: ["personal_prompt", "health", "hr"],
  password_manager: ["password"],
  banking: ["iban", "card_number"],
};

const frameMs = 16;

/**
 * Plays one employee's recording session: focus switches between the apps of
 * the catalogue, pointer moves (most of the events), clicks and scrolls,
 * typing that forms text, copies, prompts and text read from the screen. All
 * choices come from the seeded `faker`, so a seed gives the same session.
 * Planted items are appended to `planted` as their events are made.
 */
export function* recordingSession(options: SessionOptions, planted: PlantedItem[]): Generator<TimedEvent> {
  const writer = new SessionWriter(options, planted);
  writer.focus(writer.pickApp());
  writer.emit("session.start", {});
  while (writer.offsetMs < options.durationMs) {
    const app = writer.pickApp();
    writer.focus(app);
    writer.emit("window.focus", {});
    const leaveAt = writer.offsetMs + options.faker.number.int({ min: 4_000, max: 30_000 });
    while (writer.offsetMs < Math.min(leaveAt, options.durationMs)) {
      writer.act(app);
      yield* writer.drain();
    }
    yield* writer.drain();
  }
  writer.emit("session.end", {});
  yield* writer.drain();
}

type EventOf<Type extends TelemetryEvent["type"]> = Extract<TelemetryEvent, { type: Type }>;
type CommonField = "type" | "eventId" | "ts" | "seq" | "sessionId" | "app" | "window" | "url";
type PayloadOf<Type extends TelemetryEvent["type"]> = Omit<EventOf<Type>, CommonField>;

class SessionWriter {
  offsetMs = 0;
  readonly #options: SessionOptions;
  readonly #faker: Faker;
  readonly #planted: PlantedItem[];
  readonly #sessionId: string;
  readonly #colleague: string;
  #seq = 0;
  #queue: TimedEvent[] = [];
  #app: CatalogueApp | undefined;
  #title = "";
  #url: string | undefined;
  #x = 640;
  #y = 400;
  #fields = 0;

  constructor(options: SessionOptions, planted: PlantedItem[]) {
    this.#options = options;
    this.#faker = options.faker;
    this.#planted = planted;
    this.#sessionId = this.#faker.string.uuid();
    this.#colleague = this.#faker.person.firstName();
  }

  pickApp(): CatalogueApp {
    return this.#faker.helpers.weightedArrayElement(
      appCatalogue.map((app) => ({ weight: app.weight, value: app })),
    );
  }

  focus(app: CatalogueApp): void {
    this.#app = app;
    this.#title = this.#faker.helpers.arrayElement(app.titles).replace("{name}", this.#colleague);
    this.#url = app.urls === undefined ? undefined : this.#faker.helpers.arrayElement(app.urls);
  }

  *drain(): Generator<TimedEvent> {
    const queued = this.#queue;
    this.#queue = [];
    yield* queued;
  }

  /** One thing the employee does in the focused app. */
  act(app: CatalogueApp): void {
    const action = this.#faker.helpers.weightedArrayElement([
      { weight: 6, value: "move" },
      { weight: 2, value: "click" },
      { weight: 2, value: "scroll" },
      { weight: 2, value: "write" },
      { weight: 0.5, value: "copy" },
      { weight: 0.5, value: "read" },
      { weight: 1, value: "idle" },
    ] as const);
    switch (action) {
      case "move":
        this.#movePointer();
        break;
      case "click":
        this.#movePointer();
        this.#click();
        break;
      case "scroll":
        this.#scroll();
        break;
      case "write":
        this.#write(app);
        break;
      case "copy":
        this.#copy(app);
        break;
      case "read":
        this.#read(app);
        break;
      case "idle":
        this.#wait(500, 3_000);
        break;
    }
  }

  emit<Type extends TelemetryEvent["type"]>(type: Type, payload: PayloadOf<Type>): EventOf<Type> {
    const app = this.#app;
    if (app === undefined) throw new Error("no window has focus");
    const event = {
      type,
      eventId: this.#faker.string.uuid(),
      ts: this.#options.startMs + this.offsetMs,
      seq: this.#seq++,
      sessionId: this.#sessionId,
      app: { name: app.name, bundleId: app.bundleId },
      window: { title: this.#title },
      ...(this.#url === undefined ? {} : { url: this.#url }),
      ...payload,
    } as unknown as EventOf<Type>; // the spread of a generic payload loses the union; its parts are typed above
    this.#queue.push({ offsetMs: this.offsetMs, event });
    return event;
  }

  #wait(minMs: number, maxMs: number): void {
    this.offsetMs += this.#faker.number.int({ min: minMs, max: maxMs });
  }

  #movePointer(): void {
    const toX = this.#faker.number.int({ min: 0, max: 2559 });
    const toY = this.#faker.number.int({ min: 0, max: 1439 });
    const steps = this.#faker.number.int({ min: 8, max: 45 });
    const fromX = this.#x;
    const fromY = this.#y;
    for (let step = 1; step <= steps; step++) {
      // Ease-out, like a hand slowing down near its target, with a little tremor.
      const progress = 1 - (1 - step / steps) ** 2;
      this.#x = Math.round(fromX + (toX - fromX) * progress + this.#faker.number.int({ min: -2, max: 2 }));
      this.#y = Math.round(fromY + (toY - fromY) * progress + this.#faker.number.int({ min: -2, max: 2 }));
      this.offsetMs += frameMs;
      this.emit("pointer.move", { x: this.#x, y: this.#y });
    }
    this.#wait(50, 400);
  }

  #click(): void {
    const button = this.#faker.helpers.weightedArrayElement([
      { weight: 20, value: "left" as const },
      { weight: 2, value: "right" as const },
      { weight: 1, value: "middle" as const },
    ]);
    this.emit("pointer.click", { x: this.#x, y: this.#y, button });
    this.#wait(100, 600);
  }

  #scroll(): void {
    const ticks = this.#faker.number.int({ min: 2, max: 12 });
    const direction = this.#faker.datatype.boolean() ? 1 : -1;
    for (let tick = 0; tick < ticks; tick++) {
      this.offsetMs += this.#faker.number.int({ min: 20, max: 80 });
      this.emit("pointer.scroll", { dx: 0, dy: direction * this.#faker.number.int({ min: 40, max: 120 }) });
    }
    this.#wait(200, 1_500);
  }

  #plantFor(app: CatalogueApp, allowed: PlantKind[] = kindsByApp[app.kind]): PlantedText | undefined {
    const kinds = allowed.filter((kind) => (this.#options.plantKinds ?? plantKinds).includes(kind));
    if (kinds.length === 0 || !this.#faker.datatype.boolean({ probability: this.#options.plantRate })) {
      return undefined;
    }
    return plantText(this.#faker, this.#faker.helpers.arrayElement(kinds));
  }

  #write(app: CatalogueApp): void {
    if (app.kind === "ai_assistant") {
      this.#prompt(app);
    } else if (app.kind === "ide") {
      const plant = this.#plantFor(app);
      // Keys are pasted, not typed: a copy from elsewhere, then the line with it in the editor.
      if (plant !== undefined) this.#pasteKey(plant, app);
      else this.#type(this.#faker.helpers.arrayElement(codeLines), "text", undefined, app);
    } else {
      const plant = this.#plantFor(app, this.#kindsForPage(app));
      const inputType = inputTypeFor(app, this.#url, plant?.kind);
      this.#type(plant?.text ?? this.#ordinaryText(app), inputType, plant, app);
    }
  }

  /** Passwords are typed on sign-in pages, the rest into the other pages' forms. */
  #kindsForPage(app: CatalogueApp): PlantKind[] {
    if (app.kind !== "browser") return kindsByApp[app.kind];
    const signIn = this.#url?.includes("/login") === true;
    return kindsByApp.browser.filter((kind) => (kind === "password") === signIn);
  }

  #ordinaryText(app: CatalogueApp): string {
    switch (app.kind) {
      case "chat":
        return this.#faker.helpers.arrayElement(chatLines);
      case "mail":
        return `Hi ${this.#colleague}, ${this.#faker.lorem.sentence()}`;
      case "browser":
        return this.#faker.helpers.arrayElement(searchQueries);
      default:
        return this.#faker.lorem.words({ min: 2, max: 6 });
    }
  }

  /** Key by key into one field, then the text the collector joined from them. */
  #type(text: string, inputType: InputType, plant: PlantedText | undefined, app: CatalogueApp): void {
    const fieldId = `f-${++this.#fields}`;
    const keyEventIds: string[] = [];
    for (const character of text) {
      this.offsetMs += this.#faker.number.int({ min: 60, max: 220 });
      const upper = character !== character.toLowerCase();
      const event = this.emit("key.press", {
        key: character,
        code: keyCode(character),
        modifiers: upper ? ["shift"] : [],
        inputType,
        fieldId,
      });
      keyEventIds.push(event.eventId);
    }
    this.#wait(200, 800);
    const input = this.emit("text.input", { text, inputType, fieldId });
    if (plant !== undefined) {
      const start = text.indexOf(plant.value);
      this.#tag(plant, input, keyEventIds.slice(start, start + [...plant.value].length), app, inputType);
    }
  }

  #pasteKey(plant: PlantedText, app: CatalogueApp): void {
    const copy = this.emit("clipboard.copy", { text: plant.value });
    this.#tag(plant, copy, [], app);
    this.#wait(500, 2_000);
    this.emit("key.press", { key: "v", code: "KeyV", modifiers: ["meta"], inputType: "text" });
    const input = this.emit("text.input", { text: plant.text, inputType: "text" });
    this.#tag(plant, input, [], app, "text");
  }

  #prompt(app: CatalogueApp): void {
    const plant = this.#plantFor(app);
    const text = plant?.text ?? this.#faker.helpers.arrayElement(workPrompts);
    this.#wait(3_000, 15_000);
    const event = this.emit("ai.prompt", { tool: app.name, text });
    if (plant !== undefined) this.#tag(plant, event, [], app);
  }

  #copy(app: CatalogueApp): void {
    const plant = this.#plantFor(app, ["email", "phone", "iban", "card_number", "api_key"]);
    const event = this.emit("clipboard.copy", { text: plant?.text ?? this.#faker.lorem.sentence() });
    if (plant !== undefined) this.#tag(plant, event, [], app);
    this.#wait(300, 1_500);
  }

  #read(app: CatalogueApp): void {
    const plant = this.#plantFor(app, ["health", "hr", "email", "ssn"]);
    const event = this.emit("screen.text", {
      text: plant?.text ?? this.#faker.helpers.arrayElement(screenTexts),
    });
    if (plant !== undefined) this.#tag(plant, event, [], app);
    this.#wait(1_000, 4_000);
  }

  #tag(
    plant: PlantedText,
    event: TelemetryEvent & { type: PlantedItem["eventType"] },
    keyEventIds: string[],
    app: CatalogueApp,
    inputType?: InputType,
  ): void {
    this.#planted.push({
      employee: this.#options.employee,
      kind: plant.kind,
      value: plant.value,
      eventId: event.eventId,
      eventType: event.type,
      keyEventIds,
      ...(inputType === undefined ? {} : { inputType }),
      app: app.name,
      ...(event.url === undefined ? {} : { url: event.url }),
    });
  }
}

function inputTypeFor(app: CatalogueApp, url: string | undefined, kind: PlantKind | undefined): InputType {
  if (kind === "password") return "password";
  if (kind === "card_number") return "number";
  if (kind === "email" && app.kind === "browser") return "email";
  if (kind === "phone" && app.kind === "browser") return "tel";
  if (app.kind === "browser" && url?.includes("google.com/search")) return "search";
  return "text";
}

const namedCodes: Record<string, string> = {
  " ": "Space",
  ".": "Period",
  ",": "Comma",
  "-": "Minus",
  "@": "Digit2",
  "!": "Digit1",
  "'": "Quote",
  '"': "Quote",
  ";": "Semicolon",
  ":": "Semicolon",
  "/": "Slash",
  "?": "Slash",
  "(": "Digit9",
  ")": "Digit0",
  "=": "Equal",
  _: "Minus",
};

/** KeyboardEvent.code of the key that types `character` on a US layout. */
function keyCode(character: string): string {
  if (/^[a-z]$/i.test(character)) return `Key${character.toUpperCase()}`;
  if (/^\d$/.test(character)) return `Digit${character}`;
  return namedCodes[character] ?? "Unidentified";
}
