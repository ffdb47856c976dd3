import { clampScore, type Span } from "../span.ts";
import { nameLexicon } from "./name-lexicon.ts";

/**
 * HR acts done to one person, found by their shape rather than their words alone: a verb of
 * dismissal, discipline or promotion whose object is someone ("fire Mike", "terminating Sarah's
 * employment", "promoted to Staff Engineer"), a contract of someone's that will not be renewed,
 * and a probation someone failed, in the offices' languages. The same verbs done to things
 * ("terminate the process", "promote the build to prod", "Terminate Instance") have no person
 * after them, which is what sets them apart.
 */
export function findHrActs(text: string): Span[] {
  if (!mayNameAct.test(text)) return [];
  const spans: Span[] = [];
  personAct.lastIndex = 0;
  for (let match = personAct.exec(text); match !== null; match = personAct.exec(text)) {
    const object = match[2] ?? "";
    if (isPerson(object)) spans.push(hrSpan(match.index, match.index + match[0].length));
  }
  promotion.lastIndex = 0;
  for (let match = promotion.exec(text); match !== null; match = promotion.exec(text)) {
    // "the canary was promoted", "the replica is promoted": a thing before the verb is no person.
    const subject = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1] ?? "";
    if (promotedThings.has(subject.toLowerCase())) continue;
    // "Leeds got promoted!": a club, a town or a product named before it is no person either.
    if (/^\p{Lu}/u.test(subject) && !isPerson(subject)) continue;
    spans.push(hrSpan(match.index, match.index + match[0].length));
  }
  const renewal = notRenewed.exec(text);
  if (renewal !== null) {
    const end = renewal.index + renewal[0].length;
    const around = text.slice(Math.max(0, renewal.index - 60), end + 40);
    if (someonesContract.test(around)) spans.push(hrSpan(renewal.index, end));
  }
  // "Lukas hat heute gekündigt": a given name before it makes the notice a person's, not a customer's.
  const notice = resignedInGerman.exec(text);
  if (notice !== null && nameLexicon().given.has((notice[1] ?? "").toLowerCase())) {
    spans.push(hrSpan(notice.index, notice.index + notice[0].length));
  }
  const trial = probation.exec(text);
  if (trial !== null) {
    const around = text.slice(Math.max(0, trial.index - 50), trial.index + trial[0].length + 50);
    if (probationEnded.test(around) && !probationOfThings.test(around)) {
      spans.push(hrSpan(trial.index, trial.index + trial[0].length));
    }
  }
  return spans;
}

const resignedInGerman = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (?:hat|wurde) (?:\p{Ll}+ )?gekündigt/u;

// One scan for the stems every pattern below starts from, so most texts skip them all.
const mayNameAct =
  /fir[ei]|sack|termin|dismiss|demot|suspend|disciplin|promo|promu|let go|lay(?:ing)? off|ascend|ascien|beförd|awans|befordr|rétrograd|renew|renouvel|rinnov|renova|verläng|verleng|extend|gekündigt|przedłuż|förläng|forlæng|forny|probation|probezeit|essai|prueba|prova|experiência|experimental|proeftijd|próbn|provanst|prøvetid/i;

// A verb of dismissal, discipline or promotion, then the person it is done to.
const personAct =
  /(?<![\p{L}\p{N}])(fire|firing|sack|sacking|sacked|terminate|terminating|dismiss|dismissing|demote|demoting|demoted|suspend|suspending|discipline|disciplining|promote|promoting|let go of|lay off|laying off) (him|her|\p{Lu}[\p{Ll}'’-]{1,30}(?:'s|’s)?)(?![\p{L}\p{N}])/gu;

function isPerson(object: string): boolean {
  if (object === "him" || object === "her") return true;
  const word = object.replace(/['’]s$/, "").toLowerCase();
  const lexicon = nameLexicon();
  if (lexicon.products.has(word) || lexicon.calendar.has(word)) return false;
  return lexicon.given.has(word) || lexicon.surnames.has(word) || !lexicon.common.has(word);
}

// Promoted to a role or a level, in the offices' languages; "promoted to prod" names no role.
const promotion =
  /(?<![\p{L}\p{N}])(?:(?:promoted|promoting|promote \p{Lu}\p{Ll}+) to (?:senior|staff|principal|lead|manager|director|head|vp|team lead|tech lead|engineering manager|partner|supervisor|sr\.?|level|band|[LEM]\d|IC\d|\p{Lu}\p{Ll}+ (?:Engineer|Manager|Designer|Director|Lead|Analyst|Scientist))|(?:got|gets|getting|been|being|was|is) (?:promoted|demoted)(?! to (?:prod|production|staging|main|master|primary|stable|latest|beta|ga|release|live|the|a|an|admin|administrator|maintainer|owner|moderator|mod)(?![\p{L}\p{N}]))|(?:a|est|sera|va être) (?:été )?(?:promue?|rétrogradée?)|(?:ascendid[oa]|ascienden|ascender) a|(?:promoss[oa]|promoss[ie]) a|(?:è|e) stat[oa] promoss[oa]|(?:zum|zur) \p{Lu}\p{Ll}+ befördert|befördert (?:zum|zur)|(?:foi|será|ser) promovid[oa]|promovid[oa] a|awans(?:owan[yaą]|ował[a]?)? na|befordrad till|befordras till|gepromoveerd tot|promotie naar)(?![\p{L}\p{N}])/giu;

// biome-ignore format: a word list reads better packed
const promotedThings = new Set([
  "replica", "build", "canary", "release", "image", "artifact", "artefact", "branch", "version", "node", "leader",
  "candidate", "deployment", "rollout", "it", "this", "that", "standby", "secondary", "slave", "follower",
  "change", "commit", "package", "binary", "tag", "environment", "cluster", "instance", "pod",
]);

// A contract that will not be renewed…
const notRenewed =
  /(?:won't|will not|isn't going to|is not going to|not going to|won’t) be renewed|not renewing|ne sera pas renouvel|non (?:verrà|sarà|viene) rinnovat|no se (?:le )?(?:va a )?renova|no será renovad|não será renovad|nicht (?:mehr )?verlängert|niet (?:wordt |meer )?verlengd|(?:not|won't|will not) (?:be )?extend(?:ing|ed)?|nie zostanie przedłużon|förlängs inte|ikke forlænget|ikke fornyet/iu;
// …is someone's: their contract, the contract of a named person, an employee's.
const someonesContract =
  /(?:(?:their|his|her|your|sein|seine|ihr|ihre|son|sa|suo|sua|su|zijn|haar|jego|jej|dele|dela|hans|hennes) (?:contract|contrat|contratto|contrato|vertrag|arbeitsvertrag|umowa|kontrakt|avtal)|(?:contract|contrat|contratto|contrato|vertrag|umowa|umowę|kontrakt) (?:of|de|di|von|van|z|för) \p{Lu}|\p{Lu}\p{Ll}+['’]s contract|employee|mitarbeiter|salarié|dipendente|empleado|medewerker|pracownik|funcionário|someone on my team)/iu;

// A probation (trial period), and words that end it or say it was failed.
const probation =
  /(?:probation|probezeit|période d'essai|période d’essai|periodo de prueba|periodo di prova|período de experiência|período experimental|proeftijd|okres próbny|okresu próbnego|provanställning|prøvetid)/iu;
const probationEnded =
  /(?:didn't pass|did not pass|failed|fail|not passing|won't pass|extend|extended|nicht bestanden|beenden|kündigen|verlängert|fin (?:de|à)|mettre fin|rompre|rupture|no super|non ha superato|interromp|não passou|não foi aprovad|niet gehaald|niet doorstaan|beëindig|nie zaliczył|nie przeszedł|rozwiąz|avsluta|förlänga|ikke bestått)/iu;

// Keys, tokens and rules are put on probation too.
const probationOfThings =
  /(?<![\p{L}])(?:keys?|tokens?|api|rules?|linter|certificates?|domains?|accounts? on)(?![\p{L}])/iu;

function hrSpan(start: number, end: number): Span {
  return { start, end, category: "hr", detector: "hr-term", score: clampScore(0.8) };
}
