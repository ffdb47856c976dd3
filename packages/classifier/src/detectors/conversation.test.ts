import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordsOf } from "../text.ts";
import { conversationTopic } from "./conversation.ts";

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
