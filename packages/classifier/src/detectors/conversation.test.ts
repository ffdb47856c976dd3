import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordsOf } from "../text.ts";
import { conversationTopic, speaksOfSelf } from "./conversation.ts";

const topic = (text: string) => conversationTopic(wordsOf(text));

describe("conversation topic", () => {
  it("a possessive of a family word is about family: my dad's flight, my son's school", () => {
    assert.equal(
      topic("my dad's flight got cancelled, might need to leave early to pick him up"),
      "personal",
    );
    assert.equal(topic("my son's school called, I'm picking him up early"), "personal");
  });

  it("house hunting is personal life; the house style of a release is not", () => {
    assert.equal(topic("we're viewing a house on Saturday, fingers crossed the bank says yes"), "personal");
    assert.equal(topic("the release follows the house style guide, merge after review"), "work");
  });

  it("work talk with a family word in it stays work when work words outnumber it", () => {
    assert.equal(topic("the parent's deploy of the staging build broke the pipeline"), "work");
  });
});

describe("conversation topic: words with a work sense", () => {
  it("flat conversion is work, not a flat; being on call is the rota", () => {
    assert.equal(topic("Conversion is flat week over week; the A/B test needs more traffic."), "work");
    assert.equal(topic("I'm on call this weekend, swap with me next week?"), "work");
    assert.equal(topic("the landlord wants to see my flat on Sunday"), "personal");
  });
});

describe("conversation topic: round five", () => {
  it("family, partners, break-ups and debts in German, French and Spanish are personal life", () => {
    assert.equal(topic("wir haben uns gestern getrennt, ich brauche heute etwas Ruhe"), "personal");
    assert.equal(topic("mon frère a encore des dettes, je ne sais plus quoi faire"), "personal");
    assert.equal(topic("mi pareja se va a vivir a Lisboa y no sé si seguirla"), "personal");
  });

  it("data jobs, sales figures and deployments, in English or Spanish, are work talk", () => {
    assert.equal(topic("did the nightly ETL finish?"), "work");
    assert.equal(topic("the quarterly numbers are anemic"), "work");
    assert.equal(topic("el despliegue terminó sin errores"), "work");
    assert.equal(topic("la réunion avec le client est déplacée"), "work");
  });
});

describe("conversation topic: dating, moving in, money worries and a new number", () => {
  it("going out with someone, moving in together and money worries are personal life", () => {
    assert.equal(topic("second date tonight, wish me luck"), "personal");
    assert.equal(topic("dinner with Sam on Friday 😍"), "personal");
    assert.equal(topic("we're finally moving in together next month!"), "personal");
    assert.equal(topic("money's really tight until payday"), "personal");
    assert.equal(topic("je dois récupérer Léa à la crèche"), "personal");
  });

  it("a new phone number told to friends is personal; a new address alone and work dates are not", () => {
    assert.equal(topic("new number btw, delete the old one"), "personal");
    assert.equal(topic("my new address is in the HR form"), "unclear");
    assert.equal(topic("keep the docs up to date with the API"), "work");
  });
});

describe("speaks of self", () => {
  it("a manager's 'we' is not the writer's own life", () => {
    assert.equal(speaksOfSelf(wordsOf("We're putting Tom on a performance plan")), false);
    assert.equal(speaksOfSelf(wordsOf("ik ben zwanger")), true);
    assert.equal(speaksOfSelf(wordsOf("mam wizytę u lekarza")), true);
  });
});

describe("conversation topic: pairs that lean personal", () => {
  it("last night, a new home told to family and 'between us' are personal when nothing speaks of work", () => {
    assert.equal(topic("sorry about last night Elif!"), "personal");
    assert.equal(topic("notre nouvelle adresse : 12 rue des Lilas, Lille !"), "personal");
    assert.equal(topic("Still dealing with ADHD, please keep it between us"), "personal");
  });

  it("one work word outweighs them: last night's deploy, our new API", () => {
    assert.equal(topic("the deploy last night failed"), "work");
    assert.equal(topic("our new api is live"), "work");
  });
});
