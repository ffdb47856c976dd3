import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findHrActs } from "./hr-acts.ts";

const acts = (text: string) => findHrActs(text).map((span) => text.slice(span.start, span.end));

describe("HR acts done to a person", () => {
  it("a verb of dismissal, discipline or promotion with a person after it is HR", () => {
    assert.deepEqual(acts("we need to fire Mike, he's been stealing"), ["fire Mike"]);
    assert.deepEqual(acts("we're terminating Sarah's employment effective Friday"), ["terminating Sarah's"]);
    assert.deepEqual(acts("we're demoting Kevin back to IC"), ["demoting Kevin"]);
    assert.deepEqual(acts("HR wants to suspend him pending the investigation"), ["suspend him"]);
  });

  it("the same verbs done to processes, replicas, builds and buttons are not HR", () => {
    assert.deepEqual(acts("terminate the process if it hangs"), []);
    assert.deepEqual(acts("Terminate Instance, then promote Staging to Production"), []);
    assert.deepEqual(acts("fire Jenkins again and dismiss Modal"), []);
    assert.deepEqual(acts("promote the build to prod after QA"), []);
  });

  it("finds promotions to a role or a level in the offices' languages", () => {
    assert.deepEqual(acts("Ahmed is being promoted to Staff Engineer in April"), ["being promoted"]);
    assert.deepEqual(acts("Maria wird zur Teamleiterin befördert"), ["zur Teamleiterin befördert"]);
    assert.deepEqual(acts("Paul a été promu responsable d'équipe"), ["a été promu"]);
    assert.deepEqual(acts("a Carmen la ascienden a jefa de equipo"), ["ascienden a"]);
    assert.deepEqual(acts("Giulia è stata promossa"), ["è stata promossa"]);
  });

  it("a canary, a replica or a football club promoted is not a person's promotion", () => {
    assert.deepEqual(acts("the canary was promoted after the checks"), []);
    assert.deepEqual(acts("the replica is promoted during failover"), []);
    assert.deepEqual(acts("Leeds got promoted! 🎉"), []);
    assert.deepEqual(acts("the image got promoted to production"), []);
  });

  it("someone's contract not renewed is HR in the offices' languages; a vendor's is not", () => {
    assert.deepEqual(acts("Il contratto di Marco non verrà rinnovato"), ["non verrà rinnovat"]);
    assert.deepEqual(acts("der Vertrag von Frau Yilmaz wird nicht verlängert"), ["nicht verlängert"]);
    assert.deepEqual(acts("how do I tell an employee their contract won't be renewed"), ["won't be renewed"]);
    assert.deepEqual(acts("the Zendesk contract won't be renewed"), []);
  });

  it("a failed or ended probation is HR; the probation of an API key or a policy's length is not", () => {
    assert.deepEqual(acts("Jonas hat die Probezeit nicht bestanden"), ["Probezeit"]);
    assert.deepEqual(acts("on met fin à la période d'essai de Camille"), ["période d'essai"]);
    assert.deepEqual(acts("Lena didn't pass her probation"), ["probation"]);
    assert.deepEqual(acts("the probation period for new API keys is 7 days"), []);
  });
});

describe("HR acts said in more ways", () => {
  it("a contract not extended or not renewed in word orders of Dutch and English is HR", () => {
    assert.deepEqual(acts("hoe vertel ik een medewerker dat zijn contract niet wordt verlengd"), [
      "niet wordt verlengd",
    ]);
    assert.deepEqual(acts("we're not extending Aisha's contract past June"), ["not extending"]);
    assert.deepEqual(acts("we're not extending the sprint"), []);
  });

  it("a person with a given name who gave notice is HR; a customer who cancelled is not", () => {
    assert.deepEqual(acts("Lukas hat heute gekündigt"), ["Lukas hat heute gekündigt"]);
    assert.deepEqual(acts("Der Kunde hat gestern gekündigt"), []);
  });
});

describe("HR acts: things put on probation or promoted to a role in a tool", () => {
  it("an API key's failed probation and an admin role in a project are not HR", () => {
    assert.deepEqual(acts("the API key probation period failed for 3 keys"), []);
    assert.deepEqual(acts("Kevin got promoted to admin in the Jira project"), []);
  });
});
