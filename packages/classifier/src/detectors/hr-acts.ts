import { clampScore, type Span } from "../span.ts";
import { type Word, withoutPossessive, wordsOf } from "../text.ts";
import { nameLexicon } from "./name-lexicon.ts";

/**
 * HR acts done to one person, found by their shape rather than their words alone: a verb of
 * dismissal, discipline or promotion whose object is someone ("fire Mike", "terminating Sarah's
 * employment", "promoted to Staff Engineer"), a contract of someone's that will not be renewed,
 * and a probation someone failed, in the offices' languages. The same verbs done to things
 * ("terminate the process", "promote the build to prod", "Terminate Instance") have no person
 * after them, which is what sets them apart.
 */
export function findHrActs(text: string, words: readonly Word[] = wordsOf(text)): Span[] {
  const spans: Span[] = [];
  if (mayNameAct.test(text)) findActsOnPeople(text, spans);
  if (words.some(ownsSomething)) findOwnedMatters(text, spans);
  findPersonSubjectActs(text, spans);
  findHiringVerdicts(text, spans);
  findLeaveAndPayPhrases(text, spans);
  findPayVerdictsAndPicks(text, spans);
  if (mayMovePerson.test(text)) findMovesOfPeople(text, spans);
  const reference = text.includes(" for ") ? referenceFor.exec(text) : null;
  if (
    reference !== null &&
    isGivenName(reference[1] ?? "") &&
    !(/^(?:[Rr]efere|[Rr]ecomm|[Ll]etter)/.test(reference[0]) && writingAReference(text, reference.index))
  ) {
    spans.push(hrSpan(reference.index, reference.index + reference[0].length));
  }
  const raise = mayNameRaise.test(text) ? raiseForAbroad.exec(text) : null;
  if (raise !== null && isGivenName(raise[1] ?? ""))
    spans.push(hrSpan(raise.index, raise.index + raise[0].length));
  return spans;
}

function findActsOnPeople(text: string, spans: Span[]): void {
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
    if (someonesContract.test(around) || namedContract.test(around)) spans.push(hrSpan(renewal.index, end));
  }
  const mine = text.includes("contrat") ? contractNotRenewedToMe.exec(text) : null;
  if (mine !== null) spans.push(hrSpan(mine.index, mine.index + mine[0].length));
  // "Lukas hat heute gekündigt": a given name before it makes the notice a person's, not a customer's.
  const notice = resignedInGerman.exec(text);
  if (notice !== null && nameLexicon().given.has((notice[1] ?? "").toLowerCase())) {
    spans.push(hrSpan(notice.index, notice.index + notice[0].length));
  }
  const myNotice = text.includes("gekündigt") ? resignedMyself.exec(text) : null;
  if (myNotice !== null) spans.push(hrSpan(myNotice.index, myNotice.index + myNotice[0].length));
  const trial = probation.exec(text);
  if (trial !== null) {
    const around = text.slice(Math.max(0, trial.index - 50), trial.index + trial[0].length + 50);
    if (probationEnded.test(around) && !probationOfThings.test(around)) {
      spans.push(hrSpan(trial.index, trial.index + trial[0].length));
    }
  }
}

/**
 * Someone's own employment matter, said by whose it is: "my salary", "her probation", "Sophie's promo",
 * "Ben's last day", "mon augmentation", "mein Gehalt", "moja podwyżka". A possessive names the person
 * the matter is about, which the noun alone ("the promotion banner", "pay the invoice") does not.
 */
function findOwnedMatters(text: string, spans: Span[]): void {
  ownedMatter.lastIndex = 0;
  for (let match = ownedMatter.exec(text); match !== null; match = ownedMatter.exec(text)) {
    const end = match.index + match[0].length;
    // "my salary account", "her bonus points", "my pay app": the matter names a thing of software or banking.
    const next = /^[\s:]*(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? "";
    if (ownedThings.has(next)) continue;
    // "Emma's performance in the school play", "Sam's performance at the gig": a stage, not a review.
    if (
      match[2] === "performance" &&
      /^ (?:in|at|on) (?:the|her|his|a) (?:\p{L}+ )?(?:play|show|concert|gig|game|match|recital|final|race|stage)/u.test(
        text.slice(end, end + 40),
      )
    )
      continue;
    // "my last day of vacation": the last day of a holiday or a trip, not of a job.
    if (match[2] === "last day" && /^ of /.test(text.slice(end, end + 4))) continue;
    const owner = match[1] ?? "";
    const noun = (match[2] ?? "").toLowerCase();
    // "Stripe's offer", "Postgres's performance": a named owner must be a person's given name.
    if (owner.endsWith("s") && /['’]/.test(owner)) {
      if (!isGivenName(owner.slice(0, -2))) continue;
    } else if (namedOnly.has(noun)) continue;
    spans.push(hrSpan(match.index, end));
  }
  ownedMatterAbroad.lastIndex = 0;
  for (let match = ownedMatterAbroad.exec(text); match !== null; match = ownedMatterAbroad.exec(text)) {
    spans.push(hrSpan(match.index, match.index + match[0].length));
  }
}

// The owners the patterns below start from, looked up among the text's words (which the term detectors split
// anyway): a case-insensitive Unicode pattern scanning every text for them cost more than the rest of the detector.
// biome-ignore format: a word list reads better packed
const ownerWords = new Set([
  "my", "his", "her", "their", "mon", "ma", "mes", "son", "sa", "mi", "su", "mein", "meine", "meinen", "meiner",
  "sein", "seine", "seinen", "ihr", "ihre", "ihren", "mijn", "zijn", "haar", "mio", "mia",
  "suo", "sua", "tu", "meu", "teu", "tua", "minha", "seu", "moja", "moją", "moje", "mój", "jego", "jej", "min", "mitt", "hans", "hennes",
]);

function ownsSomething(word: Word): boolean {
  return ownerWords.has(word.lower) || word.lower.endsWith("'s");
}

// The matters a possessive makes someone's. "performance", "visa" and "rating" are said of oneself in other
// senses ("my performance tests", "my visa for the conference"): they count only after a person's name
// ("Samira's performance"). An offer, a notice, an exit, a leave or a contract is everyone's ("Anna's offer to
// host", "Jack's notice on the door", "Mark's exit from the call"), so none of them is here.
const ownedMatter =
  /(?<![\p{L}\p{N}])([Mm]y|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}{1,20}['’]s) (?:(?:current|new|last|final|annual|base|upcoming|first|next|revised|fixed-term|yearly|whole|entire) )?(salary|salaries|pay|paycheck|paycheque|payslip|comp|compensation|raise|pay rise|bonus|rsus|promo|promotion|probation|probationary period|resignation|termination|dismissal|severance|last day|last working day|notice period|sick leave|mat leave|maternity leave|paternity leave|parental leave|maternity|paternity|work permit|right to work|offer letter|sick day|sick days|pip|performance review|perf review|appraisal|rating|relocation package|performance|visa|background check|disciplinary|rsu refresh|rsu grant|RSU refresh|RSU grant|RSUs|equity refresh|equity grant|stock grant|option grant|sign-on bonus|signing bonus|(?:30|60|90)-day review|(?:3|6|three|six)-month review|probation review|probationary review|offboarding|onboarding|exit interview)(?![\p{L}\p{N}-])/gu;
// Round twelve: "Tom's onboarding" is a new hire's, "my onboarding call" may be a vendor's walkthrough.
const namedOnly = new Set(["performance", "visa", "rating", "onboarding"]);
// biome-ignore format: a word list reads better packed
const ownedThings = new Set([
  "account", "accounts", "app", "apps", "field", "fields", "column", "columns", "table", "api", "calculator",
  "settings", "button", "points", "point", "round", "level", "track", "tests", "test", "testing", "metrics",
  "budget", "dashboard", "page", "widget", "code", "codes", "banner", "module", "service", "sci", "science",
  "card", "cards", "wall", "officer", "officers", "video", "videos", "email", "emails", "post", "posts",
  "campaign", "deck", "flyer", "pal",
]);

// "reference for Hannah:", "a recommendation letter for Tom": vouching for a person to an employer.
// "a reference for my former intern Noor": the person may follow the role they held.
const referenceFor =
  /(?<![\p{L}\p{N}])(?:[Rr]eferences?|[Rr]eferee|[Rr]eference letter|[Rr]eference request|[Rr]eference check|[Rr]eference call|[Rr]ecommendation letter|[Ll]etter of recommendation|[Pp]romo|[Pp]romotion|[Pp]romo case|[Pp]romotion case|[Rr]aise|[Pp]ay rise|[Ss]everance|[Oo]ffer letter) for (?:(?:my|our|a|an|the) (?:(?:former|ex-|old|previous|current) )?(?:intern|colleague|employee|report|direct report|team member|teammate|student|apprentice|trainee|manager|engineer|analyst|designer) )?(\p{Lu}\p{Ll}{1,20})(?![\p{L}\p{N}])/u;

// "augmentation de Tereza validée", "podwyżka dla Oskara", "la subida de Ana": a raise named by whose it is, as
// "raise for Tom" is above. "augmentation de capital" or "aumento de precios" names no given name (checked by the
// caller).
const mayNameRaise = /ugmentation|ubida|umento|odwyżk|verhoging|pslag|rhöhung|förhöjning/;
const raiseForAbroad =
  /(?<![\p{L}])(?:[Aa]ugmentation (?:de|pour)|[Ss]ubida (?:salarial )?(?:de|para)|[Aa]umento (?:salarial )?(?:de|para|per|a)|[Pp]odwyżk[aię] dla|[Ll]oonsverhoging voor|[Oo]pslag voor|[Gg]ehaltserhöhung für|[Ll]ohnerhöhung für|[Ll]öneförhöjning för) (\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;

/**
 * Whether the reference at `index` is one the writer is asked to write ("draft a reference letter for Ana, who
 * worked with me for three years", "can you write a reference for my former intern"): a favour done for a former
 * colleague, in which no employer decides or records anything, as the corpora label it. A reference's content
 * ("reference for Hannah: reliable, but…"), one requested or checked by an employer, stays HR. Reads at most the
 * 40 characters before the reference.
 */
export function writingAReference(text: string, index: number): boolean {
  return referenceToWrite.test(text.slice(Math.max(0, index - 40), index));
}
const referenceToWrite =
  /(?<![\p{L}])(?:write|writing|wrote|draft|drafting|compose|composing|prepare|preparing|generate|polish|help me with|need)(?: me| up)? (?:a|an|the|my)(?: (?:short|brief|strong|glowing|warm|formal|personal|quick|professional|good))? ?$/iu;

// The same in the offices' other languages: "mon augmentation", "mi aumento", "mein Gehalt", "mijn
// salaris", "il mio stipendio", "o meu salário", "moja podwyżka", "min lön", and notice and dismissal.
const ownedMatterAbroad =
  /(?<![\p{L}\p{N}])(?:(?:mon|ma|son|sa) (?:augmentation(?! de (?:capital|la|du|des|l['’]))|prime|promotion|préavis|démission|licenciement|salaire|période d['’]essai|entretien annuel)|(?:mi|tu|su) (?:aumento|sueldo|salario|finiquito|despido|renuncia|nómina)|(?:mein|meine|meinen|sein|seine|seinen|ihr|ihre|ihren) (?:Gehalt|Gehaltserhöhung|Beförderung|Kündigung|Abfindung|Probezeit|Arbeitsvertrag|Arbeitszeugnis)|(?:mijn|zijn|haar) (?:salaris|loon|promotie|ontslag|opzegtermijn|loonsverhoging|proeftijd)|(?:il )?(?:mio|suo) (?:aumento|stipendio|licenziamento|preavviso)|(?:la )?(?:mia|sua) (?:promozione|busta paga|lettera di dimissioni)|(?:o )?(?:meu|teu|seu) (?:aumento|salário|ordenado|despedimento|aviso prévio)|(?:a )?(?:minha|tua|sua) (?:promoção|demissão|rescisão)|(?:moja|moją|moje|mój|jego|jej) (?:podwyżka|podwyżkę|pensja|pensję|wypowiedzenie|awans|premia|premię|wynagrodzenie)|(?:min|mitt|hans|hennes) (?:lön|löneförhöjning|befordran|uppsägning|uppsägningstid|provanställning))(?![\p{L}\p{N}-])/giu;

function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  const lexicon = nameLexicon();
  if (lexicon.products.has(lower) || lexicon.calendar.has(lower)) return false;
  return lexicon.given.has(lower) || lexicon.surnames.has(lower);
}

/**
 * A person as the subject of a dismissal said in the passive: "Jordan is being terminated", "Luis was
 * suspended pending the investigation", "she got laid off", "I'm about to get canned", and someone
 * written up. A process, an account or a pod before the same verbs is lower-case or a product's name.
 */
function findPersonSubjectActs(text: string, spans: Span[]): void {
  if (!mayBeDismissed.test(text)) return;
  personDismissed.lastIndex = 0;
  for (let match = personDismissed.exec(text); match !== null; match = personDismissed.exec(text)) {
    const subject = match[1] ?? match[2] ?? "";
    if (/^\p{Lu}\p{Ll}/u.test(subject) && !/^(?:He|She|They)$/.test(subject) && !isGivenName(subject))
      continue;
    // "Tom got suspended from the Discord": banned from a platform or a game, not from work.
    const end = match.index + match[0].length;
    if (suspendedFromPlatform.test(text.slice(end, end + 30))) continue;
    // "He got suspended today": pupils are suspended from school, players from matches; a suspension is
    // work's only with work named beside it (pending an investigation, without pay, from duty, HR).
    if (
      match[0].endsWith("suspended") &&
      !suspendedFromWork.test(text.slice(Math.max(0, match.index - 60), end + 60))
    )
      continue;
    spans.push(hrSpan(match.index, end));
  }
  const warned = warningGiven.exec(text);
  if (warned !== null && isPersonObject(warned[1] ?? "")) {
    spans.push(hrSpan(warned.index, warned.index + warned[0].length));
  }
  writtenUp.lastIndex = 0;
  for (let match = writtenUp.exec(text); match !== null; match = writtenUp.exec(text)) {
    const object = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    if (object === "him" || object === "her" || isGivenName(object)) {
      spans.push(hrSpan(match.index, match.index + match[0].length));
    }
  }
}

const mayBeDismissed =
  /terminat|fired|sacked|let go|laid off|suspended|redundant|demoted|furlough|written up|write|wrote|manag|resign|warning|notice/i;

// "give Tom a final warning", "issued her a formal warning": discipline handed to a person. "give the build a warning
// label" hands nothing to anyone.
const warningGiven =
  /(?<![\p{L}])(?:give|gives|giving|gave|given|issue|issues|issuing|issued) (him|her|them|\p{Lu}\p{Ll}{1,20}) an? (?:(?:first|second|final|last|formal|written|verbal|official) ){0,2}warning(?![\p{L}]| (?:label|sign|light|icon|banner|message|dialog))/u;

// A subject, at most four words of tense ("is being", "was just", "is about to get"), then the act.
const personDismissed =
  /(?<![\p{L}\p{N}])([Hh]e|[Ss]he|[Tt]hey|I|I['’]m|I['’]ve|\p{Lu}\p{Ll}{1,20}) (?:(?:is|was|were|are|am|has|have|had|been|being|got|gets|get|getting|will|be|just|about|to|going|might|may|could|'s|’s|probably|finally|officially|now|also) ){1,4}(?:terminated|fired(?! up)|sacked|canned|let go|laid off|dismissed|suspended|made redundant|demoted|written up|furloughed)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])([Hh]e|[Ss]he|I|\p{Lu}\p{Ll}{1,20}) (?:(?:has|have|had|just|will|might|may|is going to|wants to|is about to|finally|officially) ){0,2}(?:resigned(?! (?:myself|to|himself|herself|themselves|the|a|an|this|that|after)(?![\p{L}]))|resign(?= from (?:the |my |his |her )?(?:company|job|role|position|post)| effective| today| tomorrow|[.!]|$))(?![\p{L}\p{N}])/gu;

const suspendedFromWork =
  /pending|investigation|without pay|with pay|unpaid|paid|from (?:work|duty|his job|her job|the job|his role|her role)|\bhr\b|disciplin|misconduct|manager|employ/iu;

const suspendedFromPlatform =
  /^ from (?:the |our |a )?(?:discord|twitter|x|reddit|slack|server|forum|platform|game|chat|group|channel|app|site|league)(?![\p{L}])/iu;

// "write Chris up", "wrote him up", "write up Chris": a formal warning put on file.
// "managing Clara out": eased out of the company.
// "putting Victor on notice": warned that the next lapse ends the job. "put the old API on notice" warns no one.
const writtenUp =
  /(?<![\p{L}\p{N}])(?:(?:write|writes|writing|wrote|written) (?:(him|her|\p{Lu}\p{Ll}{1,20}) up|up (him|her|\p{Lu}\p{Ll}{1,20}))|(?:manage|manages|managing|managed) (him|her|\p{Lu}\p{Ll}{1,20}) out|(?:put|puts|putting) (him|her|\p{Lu}\p{Ll}{1,20}) on (?:formal |final )?notice)(?![\p{L}\p{N}])/gu;

// "ich hab gekündigt", "habe heute gekündigt": resigning said without an object is one's own notice;
// "ich habe das Abo gekündigt" has one.
const resignedMyself =
  /(?<![\p{L}\p{N}])(?:ich )?hab(?:e)? (?:(?:heute|gestern|endlich|jetzt|schon|tatsächlich|fristgerecht|offiziell) )?gekündigt(?![\p{L}\p{N}])/iu;

const resignedInGerman = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) (?:hat|wurde) (?:\p{Ll}+ )?gekündigt/u;

// One scan for the stems every pattern below starts from, so most texts skip them all.
const mayNameAct =
  /fir[ei]|sack|termin|dismiss|zwoln|demot|suspend|disciplin|promo|promu|let go|lay(?:ing)? off|ascend|ascien|beförd|awans|befordr|rétrograd|renew|renouvel|rinnov|renova|verläng|verleng|extend|gekündigt|przedłuż|förläng|forlæng|forny|probation|probezeit|essai|prueba|prova|experiência|experimental|proeftijd|próbn|provanst|prøvetid/i;

// A verb of dismissal, discipline or promotion, then the person it is done to.
const personAct =
  /(?<![\p{L}\p{N}])(fire|firing|sack|sacking|sacked|terminate|terminating|dismiss|dismissing|demote|demoting|demoted|suspend|suspending|discipline|disciplining|promote|promoting|let go of|lay off|laying off|zwolnili|zwolnił|zwolniła|zwolnią|zwolnić) (him|her|\p{Lu}[\p{Ll}'’-]{1,30}(?:'s|’s)?)(?![\p{L}\p{N}])/gu;

function isPerson(object: string): boolean {
  if (object === "him" || object === "her") return true;
  const word = withoutPossessive(object).toLowerCase();
  const lexicon = nameLexicon();
  if (lexicon.products.has(word) || lexicon.calendar.has(word)) return false;
  return lexicon.given.has(word) || lexicon.surnames.has(word) || !lexicon.common.has(word);
}

// Promoted to a role or a level, in the offices' languages; "promoted to prod" names no role.
const promotion =
  /(?<![\p{L}\p{N}])(?:(?:promoted|promoting|promote \p{Lu}\p{Ll}+) to (?:senior|staff|principal|lead|manager|director|head|vp|team lead|tech lead|engineering manager|partner|supervisor|sr\.?|level|band|[LEM]\d|IC\d|\p{Lu}\p{Ll}+ (?:Engineer|Manager|Designer|Director|Lead|Analyst|Scientist))|(?:got|gets|getting|been|being|was|is) (?:promoted|demoted)(?! to (?:prod|production|staging|main|master|primary|stable|latest|beta|ga|release|live|the|a|an|admin|administrator|maintainer|owner|moderator|mod)(?![\p{L}\p{N}]))|(?:a|est|sera|va être) (?:été )?(?:promue?|rétrogradée?)|(?:ascendid[oa]|ascienden|ascender) a|(?:promoss[oa]|promoss[ie]) a|(?:è|e) stat[oa] promoss[oa]|(?:zum|zur) \p{Lu}\p{Ll}+ befördert|(?:wurde|wird|ist) (?:\p{L}+ ){0,2}befördert|befördert (?:zum|zur)|(?:foi|será|ser) promovid[oa]|promovid[oa] a|awans(?:owan[yaą]|ował[a]?)? na|befordrad till|befordras till|gepromoveerd tot|promotie naar)(?![\p{L}\p{N}])/giu;

// biome-ignore format: a word list reads better packed
const promotedThings = new Set([
  "replica", "build", "canary", "release", "image", "artifact", "artefact", "branch", "version", "node", "leader",
  "candidate", "deployment", "rollout", "it", "this", "that", "standby", "secondary", "slave", "follower",
  "change", "commit", "package", "binary", "tag", "environment", "cluster", "instance", "pod",
]);

// A contract that will not be renewed…
const notRenewed =
  /(?:won't|will not|isn't going to|is not going to|not going to|won’t) be renewed|not renewing|ne sera pas renouvel|ne (?:va |vont |veut |veulent |peut |peux |vais )?pas renouveler|non (?:verrà|sarà|viene) rinnovat|no se (?:le )?(?:va a )?renova|no será renovad|não será renovad|nicht (?:mehr )?verlängert|niet (?:wordt |meer )?verlengd|(?:not|won't|will not) (?:be |to )?extend(?:ing|ed)?|not to renew|decided against (?:extending|renewing)|nie zostanie przedłużon|förlängs inte|ikke forlænget|ikke fornyet/iu;
// …is someone's: their contract, the contract of a named person, an employee's.
// Under /i a \p{Lu} matches any letter ("vendor's contract"), so the named owner is checked case-sensitively;
// a name in a script without capitals (Arabic, Georgian, Hebrew, CJK) stands for a capitalised one.
const someonesContract =
  /(?:(?:my|mein|meine|mon|ma|mi|mio|mia|il mio|mijn|moja|moją|min|mitt|meu|minha) (?:(?:fixed-term|temporary|current|befristeter|befristete) )?(?:contract|contrat|contratto|contrato|vertrag|arbeitsvertrag|umowa|umowę|kontrakt|avtal)(?! (?:with|for|at|on|mit|für|avec|pour|con|para|per|met|voor|z|med|för|com))|(?:their|his|her|your|sein|seine|ihr|ihre|son|sa|suo|sua|su|zijn|haar|jego|jej|dele|dela|hans|hennes) (?:(?:fixed-term|temporary|current|befristeter|befristete) )?(?:contract|contrat|contratto|contrato|vertrag|arbeitsvertrag|umowa|kontrakt|avtal)|employee|mitarbeiter|salarié|dipendente|empleado|medewerker|pracownik|funcionário|someone on my team)/iu;
const namedContract =
  /(?:[Cc]ontract|[Cc]ontrat|CDD|CDI|[Cc]ontratto|[Cc]ontrato|[Vv]ertrag|[Uu]mowa|[Uu]mowę|[Kk]ontrakt) (?:of|de|di|von|van|z|för) (?:\p{Lu}|[^\P{L}\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Armenian}])|\p{Lu}\p{Ll}+['’]s (?:(?:fixed-term|temporary|current) )?contract/u;

// "no me renovaron el contrato", "não lhe renovaram o contrato", "non mi hanno rinnovato il contratto": the pronoun
// of the person the contract is renewed for makes it one person's. "nos" (us) may be a firm, so it does not count.
const contractNotRenewedToMe =
  /(?<![\p{L}])(?:no (?:me|te|le|les) (?:renovaron|renovó|renovará|renovarán|van a renovar|va a renovar|renuevan|renueva|han renovado|ha renovado) (?:el )?contrato|não (?:me|te|lhe|lhes) (?:renovaram|renovou|vão renovar|vai renovar) o contrato|non (?:mi|ti|gli|le) (?:hanno rinnovato|ha rinnovato|rinnoveranno|rinnova) (?:il )?contratto)(?![\p{L}])/iu;

// A probation (trial period), and words that end it or say it was failed.
const probation =
  /(?:probation|probezeit|période d'essai|période d’essai|periodo de prueba|periodo di prova|período de experiência|período experimental|proeftijd|okres próbny|okresu próbnego|provanställning|prøvetid)/iu;
const probationEnded =
  /(?:didn't pass|did not pass|failed|fail|not passing|won't pass|extend|extended|prolong|prorrog|przedłuż|förläng|verleng|nicht bestanden|beenden|kündigen|verlängert|fin (?:de|à)|mettre fin|rompre|rupture|no super|non ha superato|interromp|não passou|não foi aprovad|niet gehaald|niet doorstaan|niet succesvol|niet met succes|nicht erfolgreich|beëindig|nie zaliczył|nie przeszedł|rozwiąz|avsluta|förlänga|ikke bestått)/iu;

// Keys, tokens and rules are put on probation too.
const probationOfThings =
  /(?<![\p{L}])(?:keys?|tokens?|api|rules?|linter|certificates?|domains?|accounts? on)(?![\p{L}])/iu;

/**
 * A hiring decision about one candidate, as interviewers write it in an applicant tracking system or a
 * debrief: "Zara Okafor: strong no hire", "the panel was a no hire on Chen", "Jack Hansen: on hold pending
 * references". "No hire" and its graded forms are the debrief's own words; a bare "hire" or "reject" counts
 * only after a person's name and a colon, where a scorecard puts its verdict.
 */
function findHiringVerdicts(text: string, spans: Span[]): void {
  if (!mayJudgeCandidate.test(text)) return;
  const outcome = candidateOutcome.exec(text);
  const candidate = outcome?.[1] ?? outcome?.[2];
  if (outcome !== null && (candidate === undefined || isGivenName(candidate))) {
    spans.push(hrSpan(outcome.index, outcome.index + outcome[0].length));
  }
  const debrief = debriefOnCandidate.exec(text);
  if (debrief !== null && namesCandidate(debrief[1] ?? "")) {
    spans.push(hrSpan(debrief.index, debrief.index + debrief[0].length));
  }
  const consensus = panelConsensus.exec(text);
  if (consensus !== null && interviewContext.test(text)) {
    spans.push(hrSpan(consensus.index, consensus.index + consensus[0].length));
  }
  const rejection = rejectionToPerson.exec(text);
  if (rejection !== null && isGivenName(rejection[1] ?? "")) {
    spans.push(hrSpan(rejection.index, rejection.index + rejection[0].length));
  }
  const offered = offerToPerson.exec(text);
  if (offered !== null && isPersonObject(offered[1] ?? offered[2] ?? "")) {
    spans.push(hrSpan(offered.index, offered.index + offered[0].length));
  }
  const offeredAbroad = offerAbroad.exec(text);
  if (offeredAbroad !== null && isGivenName(offeredAbroad[1] ?? "")) {
    spans.push(hrSpan(offeredAbroad.index, offeredAbroad.index + offeredAbroad[0].length));
  }
  const dropped = droppedAfterInterview.exec(text);
  if (dropped !== null && isGivenName(dropped[1] ?? "") && interviewAbroad.test(text)) {
    spans.push(hrSpan(dropped.index, dropped.index + dropped[0].length));
  }
  const advanced = toNextRound.exec(text);
  if (advanced !== null && isGivenName(advanced[1] ?? advanced[2] ?? "")) {
    spans.push(hrSpan(advanced.index, advanced.index + advanced[0].length));
  }
  const hired = text.includes("hir") ? hireThePerson.exec(text) : null;
  if (hired !== null && isGivenName(hired[1] ?? ""))
    spans.push(hrSpan(hired.index, hired.index + hired[0].length));
  const passed = passedOnCandidate.exec(text);
  if (passed !== null && isGivenName(passed[1] ?? ""))
    spans.push(hrSpan(passed.index, passed.index + passed[0].length));
  const graded = gradedHireVerdict.exec(text);
  if (graded !== null) spans.push(hrSpan(graded.index, graded.index + graded[0].length));
  candidateVerdict.lastIndex = 0;
  for (let match = candidateVerdict.exec(text); match !== null; match = candidateVerdict.exec(text)) {
    if (namesCandidate(match[1] ?? "")) spans.push(hrSpan(match.index, match.index + match[0].length));
  }
}

const mayJudgeCandidate =
  /hire|hiring|reject|debrief|consensus|passed on|passing on|offer|pending|advance|move to|yes|definitely|candida|applica|bewerbung|sollicitatie|einstell|recrut|embauch|contrat|aannem|assum|zatrudn|anställ|offre|oferta|descart|ronde|to the (?:final|next|last|onsite|on-site)/i;

// "strong no hire", "lean hire", "no-hire": an interviewer's graded verdict, never said of software; "no hire
// date" is a field of a form.
const gradedHireVerdict =
  /(?<![\p{L}\p{N}])(?:(?:(?:strong(?:ly)?|lean(?:ing)?|soft|definite) )?no[ -]?hire(?! dates?\b)|(?:strong|lean|leaning|soft|definite) hire)(?![\p{L}\p{N}-])|(?<![\p{L}\p{N}])offer(?:ed)? (?:at|near) (?:the )?(?:top|bottom|middle|mid|low end|high end|midpoint) of (?:the )?(?:band|range)(?![\p{L}])/iu;

// An offer made to a person or answered by one ("extending an offer to Daniel", "Priya accepted our offer"), and
// an application turned down ("we will not be moving forward with your application", "ne pas donner suite à
// votre candidature", "la candidature de Hugo n'est pas retenue"). An offer to a vendor or a customer names a firm, which the name lists do not know.
const candidateOutcome =
  /(?<![\p{L}])(?:(?:extend|extending|extended|make|making|made|send|sending|sent|give|giving) (?:an |the |a written |a verbal )?offer to (\p{Lu}\p{Ll}{1,20})|(\p{Lu}\p{Ll}{1,20}) (?:accepted|declined|signed|rejected|turned down|countered) (?:the|our|his|her|their) offer)(?![\p{L}])|(?:not|won['’]t|will not|unable to|decided not to) (?:be )?(?:mov(?:e|ing)|proceed(?:ing)?|progress(?:ing)?|go(?:ing)?) (?:forward |further )?with (?:your|her|his|their|\p{Lu}\p{Ll}{1,20}['’]s) (?:application|candidacy)|(?:decided to |chosen to |will )?(?:go|move forward|proceed) with (?:another|a different|other) candidates?|ne pas donner suite à (?:votre|sa|ta) candidature|(?:votre|sa|ta) candidature n['’](?:est|a) pas (?:été )?retenue|candidature de \p{L}{2,20} n['’](?:est|a) pas (?:été )?retenue|(?:ihre|deine|seine) bewerbung (?:leider )?nicht (?:weiter )?berücksichtig|no (?:continuar|seguir adelante) con (?:tu|su) candidatura|niet verder (?:gaan )?met (?:je|jouw|uw|zijn|haar) sollicitatie/iu;

// "we're making Jane an offer", "offer him the role": an offer made to a person, said with the person between the
// verb and the offer. "make the API an offer" and "offer the API" put no person there.
const offerToPerson =
  /(?<![\p{L}])(?:make|makes|making|made|extend|extends|extending|extended|send|sending|sent) (him|her|them|\p{Lu}\p{Ll}{1,20}) an? (?:verbal |written |formal |final |revised |new )?offer(?![\p{L}])|(?<![\p{L}])(?:offer|offers|offering|offered) (him|her|them|\p{Lu}\p{Ll}{1,20}) the (?:role|job|position|post|contract)(?![\p{L}])/u;

// The same decisions in the offices' other languages: an offer made to a named candidate ("on fait une offre à
// Léa", "hacemos una oferta a Pablo", "facciamo un'offerta a Gianni"), a candidate dropped after an interview
// ("descartamos a Owen tras la entrevista") and one taken on to the next round ("we gaan door met Elif naar de
// laatste ronde", "moving Priya to the final round"). An offer to a firm or a round of a game names no given name
// (the caller checks it).
// The same decisions in the offices' other languages: an offer made to a named candidate ("on fait une offre à
// Léa", "hacemos una oferta a Pablo", "facciamo un'offerta a Gianni"), a candidate dropped where an interview is
// named ("descartamos a Owen tras la entrevista") and one taken on to the next round ("we gaan door met Elif naar
// de laatste ronde", "moving Priya to the final round"). An offer to a firm, a draft discarded or a round of a game
// names no given name (the caller checks it).
const offerAbroad =
  /(?<![\p{L}])(?:(?:fait|faire|faisons|ferons|fera|faites|envoie|envoyer|envoyons) une offre à|(?:hacemos|hacer|haremos|hicimos|hace|enviamos|enviar) (?:una )?oferta a|(?:facciamo|fare|faremo|abbiamo fatto|mandiamo) (?:un['’] ?)?offerta a|(?:fazemos|fazer|faremos|enviamos) (?:uma )?oferta (?:a|à|ao|para)) (\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;
const droppedAfterInterview =
  /(?<![\p{L}])(?:descartamos|descartar|descartado|descartada|descartaron) a (\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;
const interviewAbroad = /entrevista|interview|entretien|colloquio|gesprek|vorstellungsgespräch|rozmow/iu;
const toNextRound =
  /(?<![\p{L}])(?:(?:door|verder) met (\p{Lu}\p{Ll}{1,20})(?: \p{Lu}[\p{L}'’-]{1,20}){0,2} naar de (?:laatste|volgende|tweede|derde|finale) ronde|(?:move|moving|moved|advance|advancing|advanced|take|taking) (\p{Lu}\p{Ll}{1,20})(?: \p{Lu}[\p{L}'’-]{1,20}){0,2} (?:forward )?to the (?:final|next|last|onsite|on-site) (?:round|stage|interview))(?![\p{L}])/u;

function isPersonObject(object: string): boolean {
  return object === "him" || object === "her" || object === "them" || isGivenName(object);
}

// "let's hire Maria", "we're not hiring Tom": a named candidate hired or not. "hire Maria's agency" hires her firm.
const hireThePerson = /(?<![\p{L}])(?:hire|hiring|hired) (\p{Lu}\p{Ll}{1,20})(?![\p{L}'’])(?! ['’]s)/u;

// "interview debrief for Tomasz Wrona", "onsite debrief: Ana Ruiz": the panel's meeting that decides on one
// named candidate. A debrief of a sprint, an incident or a release names no person.
const debriefOnCandidate =
  /(?<![\p{L}])(?:interview|hiring|panel|onsite|on-site|loop|candidate) debrief(?:ing)?(?: (?:for|on|with|of|about)|:| [-–—]) (\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?)/u;
// "consensus is no", "the panel's consensus was no hire": the verdict of interviewers, counted only where the
// text speaks of an interview or a candidate ("the consensus is no on the new logo" decides a design).
const panelConsensus =
  /(?<![\p{L}])consensus (?:is|was|was a|is a|:) ?(?:strong |clear )?(?:no|yes|hire|no hire|no-hire|reject|not to hire|to hire|to reject|to make an offer|to extend an offer)(?![\p{L}])/iu;
// "candidate" alone is no context: a release candidate is a build.
const interviewContext = /interview|debrief|panel|onsite|on-site|hiring|scorecard/i;

// "a rejection email to Laura Chen": a candidate told no, by a given name (the caller checks it). A rejection
// sent to a vendor, a journal or a bank names no given name.
const rejectionToPerson =
  /(?<![\p{L}])rejection (?:e-?mail|letter|note|message|call) (?:to|for) (\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;

// "hiring committee passed on Yusuf", "we're passing on Ana": a candidate turned down, said of a given name (the
// caller checks it), by those who hire. "we passed on Figma" names a product, which is no given name.
const passedOnCandidate =
  /(?<![\p{L}])(?:hiring committee|hiring manager|committee|panel|we|we['’]re|we['’]ve|they|team) (?:have |has |are |is |decided to )?(?:passed|passing|pass) on (\p{Lu}\p{Ll}{1,20})(?![\p{L}])/u;

// "Name: verdict" at the start of a line: a scorecard's summary of one candidate, in the offices' languages.
const candidateVerdict =
  /(?:^|\n)[ \t]*([^\s:,.!?;()\d][^\n:,.!?;()\d]{0,40}): (?:(?:strong(?:ly)?|lean(?:ing)?|soft|definite) )?(?:no[ -]?hire|hire|do not hire|strong yes|definitely not|reject(?:ed)?|(?:on hold )?pending (?:references?|reference checks?)|advance to (?:onsite|on-site|final|the final round|next round|the next round)|move to (?:offer|onsite|final round)|offer (?:extended|approved|at [^\n]{1,30})|nicht einstellen|keine einstellung|ne pas (?:recruter|embaucher)|no contratar|niet aannemen|non assumere|não contratar|nie zatrudniać|anställ inte)(?=[\s.,;!]|$)/giu;

// A candidate's name: words that begin in capitals and are no field's label ("Status: on hold", "Build: reject"),
// or a name in a script without capitals (Arabic, Hebrew, CJK), which stands for one.
function namesCandidate(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 5) return false;
  if (/^[^\P{L}\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]/u.test(words[0] ?? "")) return true;
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const lexicon = nameLexicon();
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/, ""));
  if (lower.some((word) => lexicon.products.has(word) || lexicon.calendar.has(word))) return false;
  if (lower.some((word) => lexicon.given.has(word) || lexicon.surnames.has(word))) return true;
  return !lower.some((word) => lexicon.common.has(word));
}

/**
 * Leave and pay said by their shape rather than one word: a doctor signing someone off for a while ("signed
 * off for 4 weeks"), someone off sick in French ("Julie est en arrêt jusqu'au 15"), and a bonus of a year or a
 * cycle ("No bonus this year again", "kein Bonus dieses Jahr").
 */
function findLeaveAndPayPhrases(text: string, spans: Span[]): void {
  const lower = text.toLowerCase();
  if (lower.includes("signed")) {
    const signedOff = signedOffFor.exec(text);
    if (signedOff !== null) spans.push(hrSpan(signedOff.index, signedOff.index + signedOff[0].length));
  }
  if (lower.includes("arrêt")) {
    const off = offSickFrench.exec(text);
    if (off !== null && (off[1] === undefined || isGivenName(off[1]))) {
      spans.push(hrSpan(off.index, off.index + off[0].length));
    }
  }
  if (lower.includes("review") || lower.includes("appraisal")) {
    const review = reviewSoon.exec(text);
    if (review !== null) spans.push(hrSpan(review.index, review.index + review[0].length));
  }
  if (
    lower.includes("request") ||
    lower.includes("antrag") ||
    lower.includes("demande") ||
    lower.includes("solicitud")
  ) {
    const request = ownedLeaveRequest.exec(text);
    if (request !== null) spans.push(hrSpan(request.index, request.index + request[0].length));
  }
  if (lower.includes("employment")) {
    const ending = employmentEnding.exec(text);
    if (ending !== null) spans.push(hrSpan(ending.index, ending.index + ending[0].length));
  }
  if (lower.includes("bumped") || lower.includes("convert")) {
    const moved = bumpedOrConverted.exec(text);
    if (moved !== null) spans.push(hrSpan(moved.index, moved.index + moved[0].length));
  }
  if (lower.includes("redundan")) {
    const cut = rolesMadeRedundant.exec(text);
    if (cut !== null) spans.push(hrSpan(cut.index, cut.index + cut[0].length));
  }
  if (lower.includes("arbeitsverhältnis")) {
    const ended = employmentEndedGerman.exec(text);
    if (ended !== null) spans.push(hrSpan(ended.index, ended.index + ended[0].length));
  }
  if (lower.includes("resturlaub")) {
    const left = leaveLeftGerman.exec(text);
    if (left !== null) spans.push(hrSpan(left.index, left.index + left[0].length));
  }
  if (lower.includes("mahne")) {
    const warned = warnedInGerman.exec(text);
    if (warned !== null) spans.push(hrSpan(warned.index, warned.index + warned[0].length));
  }
  if (/bonus|prime|premi/i.test(text)) {
    const bonus = bonusOfPeriod.exec(text);
    if (bonus !== null) spans.push(hrSpan(bonus.index, bonus.index + bonus[0].length));
  }
  if (lower.includes("burn")) {
    const note = burnoutInNote.exec(text);
    if (note !== null && isPerson(note[1] ?? "")) spans.push(hrSpan(note.index, note.index + note[0].length));
  }
  if (lower.includes("-related ")) {
    const leave = leaveForACause.exec(text);
    if (leave !== null) spans.push(hrSpan(leave.index, leave.index + leave[0].length));
  }
  if (mayBeFrozen.test(text)) {
    const frozen = payFrozen.exec(text);
    if (frozen !== null) spans.push(hrSpan(frozen.index, frozen.index + frozen[0].length));
  }
  findRaisesAndVerdictsReceived(text, spans);
}

// Round fifteen: pay frozen, said with the verb as "pay freeze" says it with the noun ("the raise is frozen again this
// year", "die Gehälter sind eingefroren", "les salaires sont gelés"). A frozen account, screen or build is no pay.
const mayBeFrozen = /frozen|eingefroren|gelé|congelad|congelat|bevroren|fryst|zamrożon/iu;
const payFrozen =
  /(?<![\p{L}])(?:raises?|pay rises?|pay|salary|salaries|merit increases?|bonus(?:es)?|wages|gehalt|gehälter|löhne|gehaltserhöhungen|salaires?|augmentations?|sueldos?|salarios?|aumentos?|stipendi|aumenti|salarissen|lonen|löner(?:na)?|lönerna|pensje|podwyżki|salários)(?: (?:are|is|was|were|has been|have been|got|get|will be|stay|remain|sind|ist|wurden|wurde|bleiben|sont|est|ont été|a été|restent|están|está|han sido|fueron|quedan|sono|è|sono stati|restano|zijn|worden|blijven|är|har|förblir|są|zostały|pozostają|estão|foram|ficam))(?: (?:\p{L}+ ){0,2})?(?:frozen|eingefroren|gelés?|gelées?|congelad[oa]s?|congelat[ie]|bevroren|frysta|frysts?|zamrożone)(?![\p{L}])/iu;

/**
 * Round fifteen: a raise or a review's verdict a named person received, told as gossip in the offices' languages
 * ("Aurélien a eu une augmentation de 300 € par mois", "Henrike hat im Review nur \"erfüllt teilweise\" bekommen",
 * "Ana recibió un aumento"). The subject is a given name; a price, a rent or a code review received is no one's pay
 * or verdict (a code review is checked for).
 */
function findRaisesAndVerdictsReceived(text: string, spans: Span[]): void {
  const raise = mayNameRaise.test(text) || text.includes("raise") ? raiseReceived.exec(text) : null;
  const raiseEnd = raise === null ? 0 : raise.index + raise[0].length;
  if (
    raise !== null &&
    isGivenName(raise[1] ?? "") &&
    !riseOfAThing.test(text.slice(raiseEnd, raiseEnd + 30))
  )
    spans.push(hrSpan(raise.index, raiseEnd));
  if (!/["“„«]/u.test(text)) return;
  const verdict = verdictReceived.exec(text);
  if (verdict === null || !isGivenName(verdict[1] ?? "")) return;
  const sentence = text.slice(verdict.index, verdict.index + verdict[0].length + 60);
  if (reviewWord.test(sentence) && !codeReview.test(sentence))
    spans.push(hrSpan(verdict.index, verdict.index + verdict[0].length));
}
const receivedVerb = String.raw`(?:a eu|a obtenu|a reçu|vient d['’]avoir|hat|hatte|bekommt|bekam|erhielt|erhält|hat (?:\p{L}+ ){0,3}(?:bekommen|erhalten)|got|gets|received|was given|ha avuto|ha ottenuto|ha ricevuto|ha preso|ha recibido|recibió|obtuvo|ha tenido|tuvo|le dieron|kreeg|krijgt|heeft (?:\p{L}+ ){0,3}gekregen|dostał|dostała|otrzymał|otrzymała|fick|har fått|får|teve|recebeu|ganhou)`;
const raiseReceived = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}) ${receivedVerb} (?:\p{Ll}+ ){0,2}(?:une |eine |un |una |een |um |uma |a |an )?(?:augmentation|[Gg]ehaltserhöhung|[Ll]ohnerhöhung|[Ee]rhöhung|aumento|[Oo]pslag|opslag|loonsverhoging|salarisverhoging|podwyżkę|podwyżka|löneförhöjning|raise|pay rise|pay raise)(?![\p{L}])`,
  "u",
);
// "a eu une augmentation de loyer", "got a raise in rent": a rise of something named after it, other than pay.
const riseOfAThing =
  /^ (?:de|du|des|d['’]|del|de la|della|dello|di|do|da|of|in|on|van|von|der|des) ?(?!(?:salaire|sueldo|salario|stipendio|salário|salaris|pay|salary|gehalt|lohn|loon|pensji|lön)(?![\p{L}]))\p{L}/iu;
const verdictReceived = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}) ${receivedVerb}[^"“„«\n]{0,30}["“„«][^"”“»\n]{2,30}["”“»]`,
  "u",
);
const reviewWord =
  /review|appraisal|rating|beurteilung|bewertung|jahresgespräch|mitarbeitergespräch|évaluation|entretien annuel|evaluación|valutazione|beoordeling|functioneringsgesprek|ocen|avaliação|bedömning|medarbetarsamtal/iu;
const codeReview =
  /(?:code|design|security|legal|architecture|ux|ui|doc|document|docs|compliance|privacy|sprint) reviews?|pull request|merge request|(?<![\p{L}])(?:pr|mr|diff|commit|patch)(?![\p{L}])/iu;

// Round fourteen: a manager's note on one person's burnout, the line headed by their full name ("Deniz Öztürk: says
// they're close to burnout, …"), is a matter of their work as well as their health; "Team Update: burnout risk" heads
// its line with no person (checked by the caller).
const burnoutInNote =
  /(?:^|\n)(\p{Lu}[\p{L}'’-]{1,20})(?: \p{Lu}[\p{L}'’-]{1,20}){1,2} ?:[^\n]{0,80}?(?<![\p{L}])(?:burnout|burn-out|burned out|burnt out|burning out)(?![\p{L}])/u;

// Round fourteen: leave named by its cause ("back from depression-related leave", "stress-related absence") is a
// person's leave, whatever the cause; "weather-related delays" is no leave.
const leaveForACause = /(?<![\p{L}])\p{L}{3,20}-related (?:sick )?(?:leave|absence|time off)(?![\p{L}])/iu;

// "signed off for 4 weeks", "signed me off for another month": a count of days, weeks or months off work;
// "signed off on the design" and "signing off for the day" count nothing.
const signedOffFor =
  /(?<![\p{L}])signed (?:me |him |her |them )?off (?:work |sick )?(?:for|until) (?:\d{1,2}|a|one|two|three|four|five|six|eight|another|a further|the next) (?:more )?(?:days?|weeks?|months?)(?![\p{L}])/iu;

// "je suis en arrêt", "elle est en arrêt jusqu'au 15", "Julie est en arrêt": a person off sick. A machine or a
// line "à l'arrêt" is stopped, and "en arrêt de bus" is no leave.
const offSickFrench =
  /(?<![\p{L}])(?:je suis|j['’]suis|il est|elle est|(\p{Lu}\p{Ll}{1,20}) est|toujours|encore) (?:toujours |encore |actuellement )?en arrêt(?! de (?:bus|tram|production|service|maintenance|jeu))(?![\p{L}])/u;

// "annual review tomorrow", "my mid-year review is on Friday": a review cycle's meeting, told by when it is. A
// review "of" or "for the" something reviews that thing ("annual review of vendor contracts"); a quarterly
// review is a business's.
const reviewSoon =
  /(?<![\p{L}])(?:annual|yearly|mid-year|midyear|year-end|end-of-year|perf|performance) (?:review|appraisal)(?: is| was)? (?:today|tomorrow|tonight|this (?:morning|afternoon|week)|next week|on (?:monday|tuesday|wednesday|thursday|friday))(?![\p{L}])/iu;

// "your vacation request for 3–14 August", "Tom's PTO request", "dein Urlaubsantrag": one person's leave asked
// for. An HR tool's menu ("Vacation requests", "2 time-off requests to approve") owns it to no one.
const ownedLeaveRequest =
  /(?<![\p{L}])(?:(?:your|my|his|her|their|\p{Lu}\p{Ll}{1,20}['’]s) (?:vacation|holiday|pto|time[ -]off|annual leave|leave|sick leave)[ -]request|(?:dein|ihr|Ihr|sein|mein) urlaubsantrag|(?:votre|ta|sa|ma) demande de congés?|(?:tu|su|mi) solicitud de vacaciones)(?![\p{L}])/iu;

// "your employment with Acme will end on 30 September", "his employment is terminated": one person's employment
// ending. "employment ends" said of a statistic ("employment ended the year up 2%") has no owner before it.
const employmentEnding =
  /(?<![\p{L}])(?:your|his|her|their|my) employment (?:with (?:\p{L}[\p{L}&.'’-]{0,30} ){1,3})?(?:will end|will be terminated|will terminate|ends|ended|is terminated|has been terminated|was terminated|is ending)(?![\p{L}])/iu;
// "got bumped to senior", "converting him to perm": a promotion and a contractor made permanent, in chat's words.
// A version bumped to 2.0 or a file converted to PDF has no level or permanence after it.
const bumpedOrConverted =
  /(?<![\p{L}])(?:(?:got|been|was|is|being|get|getting) bumped (?:up )?to (?:senior|staff|lead|principal|manager|director|team lead|level \d|l\d|ic\d|sde ?\d)|convert(?:ing|ed|s)? (?:him|her|them|\p{Lu}\p{Ll}{1,20}) to (?:perm|permanent|full[- ]time|an? fte|fte|an employee|employee))(?![\p{L}\p{N}]| (?:storage|disk|link|url|record|file|files))/u;

// "we're proposing to make 12 roles redundant", "making three engineers redundant": jobs cut, counted. Code made
// redundant ("make the check redundant") counts nothing and names no people or roles.
const rolesMadeRedundant =
  /(?<![\p{L}])(?:make|makes|making|made) (?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|several|some|a number of|up to \d{1,4}) (?:more |further |\p{L}{2,20} )?(?:roles|positions|posts|people|staff|employees|jobs|colleagues|engineers|workers|members of staff) redundant(?![\p{L}])/iu;

// "kündigen wir das Arbeitsverhältnis", "Ihr Arbeitsverhältnis wird … beendet": an employer's letter ending one
// person's employment; "hiermit kündige ich mein Arbeitsverhältnis fristgerecht": the employee's own notice. "Arbeitsverhältnis" named beside no verb of ending ("befristetes Arbeitsverhältnis" in a
// form's label) is not one.
const employmentEndedGerman =
  /(?<![\p{L}])(?:(?:kündigen|kündige|kündigt|kündigte|beenden|beende|beendet|lösen|auflösen) (?:wir |ich |sie |er )?(?:hiermit |fristgerecht |fristlos |ordentlich |außerordentlich ){0,2}(?:das|ihr|Ihr|sein|dein|euer|mein) (?:bestehende |befristete |unbefristete )?arbeitsverhältnis|(?:das|ihr|Ihr|sein|dein) (?:bestehende |befristete |unbefristete )?arbeitsverhältnis (?:wird|wurde|ist) (?:hiermit |fristgerecht |fristlos |ordentlich |außerordentlich |zum [\d.]{3,10} )?(?:gekündigt|beendet|aufgelöst))(?![\p{L}])/iu;

// "hiermit mahnen wir Sie wegen … ab": an employer's formal warning, "abmahnen" with its particle closing the
// sentence. A dunning letter "mahnt" a sum "an" or asks to pay, so the closing "ab" sets a warning apart. The clause
// between is at most 120 characters of one sentence (a date's full stops inside it), so the scan is bounded.
const warnedInGerman =
  /(?<![\p{L}])(?:mahnen wir (?:Sie|Ihnen|dich|euch)|mahne ich (?:Sie|dich)) (?:hiermit )?(?:[^.!?\n]|(?<=\d)\.(?=\d)){1,120}? ab(?=\s*[.!]|\s*$)/u;

// A bonus of a year or a cycle is someone's pay; a bonus round, level or point has no year after it.
const bonusOfPeriod =
  /(?<![\p{L}])(?:bonus (?:this|last|next) (?:year|quarter|cycle)|(?:kein(?:en)?|keine) (?:bonus|prämie) (?:dieses|letztes|nächstes) jahr|(?:pas de|aucune?) (?:bonus|prime) cette année|(?:sin|ningún|ningun) bonus este año|geen bonus dit jaar|nessun bonus quest['’]anno|ingen bonus i år|bez premii w tym roku)(?![\p{L}])/iu;

function hrSpan(start: number, end: number): Span {
  return { start, end, category: "hr", detector: "hr-term", score: clampScore(0.8) };
}

// One scan for the stems the moves below start from: a level, hours, an investigation, a verdict placed, a grant.
const mayMovePerson =
  /\b(?:L|IC|E|M|P)\d|[Hh]ours|days? (?:a|per) week|part[- ]time|[Tt]eilzeit|deltid|går ner|minder|deeltijd|etatu|temps partiel|jornada|[Ii]nvestigat|[Cc]alibrat|landed|came in at|ended up at|RSU|shares|options|days? (?:\p{Lu}\p{Ll}+ (?:still )?ha[sd] )?(?:left|remaining)|times (?:this|last|in)/u;

// "bump Lucía to L5", "move Ana up to IC4", "level Tom to senior": a person put on a level. "bump the node
// version to 20" and "Lucía to L5 of the garage" move no one (no verb before a person, or no level after).
const movedToLevel =
  /(?<![\p{L}\p{N}])(?:bump|bumping|bumped|move|moving|moved|level|levelling|leveling|levelled|leveled|upgrade|upgrading|upgraded|uplevel|up-level|upleveling|uplevelling) (him|her|\p{L}[\p{Ll}'’-]{1,20}) (?:up )?to (?:(?:L|IC|E|M|P)\d{1,2}|senior|staff|principal|lead|manager)(?![\p{L}\p{N}])/gu;

// "keisha is moving from IC3 to IC4", "Ana goes from L4 to L5": a person's level changing, the two levels of one
// ladder. "IC3 and IC4 chips" changes nothing; a ladder that is not a person's ("L2 to L3 cache") has no name.
const levelChange =
  /(?<![\p{L}\p{N}])(\p{L}[\p{Ll}'’-]{1,20}) (?:(?:is|was|will|be|gets|got|getting|going|goes|just|now) ){0,3}(?:moving|moved|move|going|goes|go|bumped|promoted|levelled|leveled|jumping|jumps|jumped) (?:up )?from (L|IC|E|M|P)\d{1,2} to \2\d{1,2}(?![\p{L}\p{N}])/gu;

// "approved: Ana Ruiz moves to L5", "Tom is moving up to IC4": a named person, the subject, put on a level. The
// word before the verb must be a name or a capitalised word no list calls common ("Traffic moves to E2" is not).
const movesToLevel =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]{1,20}) (?:(?:is|was|will|gets|got|just|now) ){0,2}(?:moves|moved|moving|move|goes|going|bumped|levelled|leveled) (?:up )?to (?:L|IC|E|M|P)\d{1,2}(?![\p{L}\p{N}])/gu;

// Round fourteen: "Aminata Diallo: wants to move to band L5", "he's pushing to get to level E6": a level a person
// asks for, with its band or level word. A cache level or a plan's tier has no person before it (checked by the caller).
const wantsLevel =
  /(?<![\p{L}])(?:wants|wanted|asks|asked|asking|hopes|hoping|expects|expecting|pushing|ready|not ready) to (?:move|go|get|be promoted|be bumped|be levelled|be leveled)(?: up)? to (?:band|level|grade) (?:L|IC|E|M|P)\d{1,2}(?![\p{L}\p{N}])/gu;

// A manager's note opens its line with the person's full name and a colon ("Iñaki Etxeberria: wants …"), whether or
// not the lexicon knows the given name.
const noteHeading = /(?:^|\n)(\p{Lu}[\p{L}'’-]{1,20})(?: \p{Lu}[\p{L}'’-]{1,20}){1,2} ?: ?$/u;

// "cutting Yusuf's hours", "reduce her hours": a person's working time cut. "cutting the build time" and
// "Yusuf's hours on the timesheet" (a count of time logged) cut no one's hours.
const hoursCut =
  /(?<![\p{L}])(?:cut|cuts|cutting|reduce|reduces|reducing|reduced|slash|slashing|drop|dropping|dock|docking) (?:(his|her|their)|(\p{L}[\p{Ll}-]{1,20})['’]s?) (?:weekly |working |contracted |scheduled )?hours(?![\p{L}])/gu;

// "Wei asked to drop to 4 days a week", "Sandra geht ab März in Teilzeit", "Linnea går ner till 80 %": a person's
// working time reduced, said of a named person before it. "drop the endpoint" or "geht in den Urlaub" is no change
// of hours, and a policy ("everyone can go part-time") names no one.
const toFewerDays =
  /(?<![\p{L}])(?:drop|dropping|go|going|move|moving|switch|switching|reduce|reducing|cut|cutting|down) (?:down )?to (?:[1-4]|four|three|two)(?:\.5)? days? (?:a|per) week|(?:go|going|goes|move|moving|moves|switch|switching|switches) (?:to )?part[- ]time|(?:geht|wechselt|arbeitet|reduziert) (?:\p{L}+ ){0,3}(?:in |auf )?Teilzeit|går (?:ner )?(?:till|på) (?:\d{2} ?%|deltid)|(?:gaat|wil|gaan) minder (?:uren )?werken|(?:gaat|wil) (?:in )?deeltijd|(?:na|do) (?:pół|ćwierć|3\/4|4\/5) etatu|(?:passe|passer|passera|passé|passée) à temps partiel|(?:passa|passare|passerà) (?:al|a) part[- ]time|(?:pasa|pasará|pide) (?:a )?(?:media jornada|jornada reducida)/gu;

// "Carla in accounts is being investigated", "he is under investigation": a person investigated. "the bug is being
// investigated" and "the outage is under investigation" are a thing's, with no person before them.
const beingInvestigated =
  /(?<![\p{L}])(?:is|was|are|were|currently|now) (?:being |currently being |now being )?(?:investigated|under (?:an? )?(?:internal |hr |formal )?investigation)(?![\p{L}])/gu;

// "Dmitri landed at 'needs development'", "calibrated down from 4 to 3": a verdict a person was placed at in a
// review. "calibrated the sensors from 4 to 3 volts" moves no verdict; "the PR needs development work" places none.
const verdictPlaced =
  /(?<![\p{L}])(?:landed|landing|lands|came in|comes in|ended up|ends up|calibrated(?: (?:down|up))?|was rated|got rated|rated as) (?:at |as )(?:an? )?["“'‘]?(?:needs development|needs improvement|partially meets|does not meet|meets(?: all| most)?(?: expectations)?|exceeds(?: expectations)?|strong performer|top performer|low performer|solid performer|developing|below expectations|outstanding|exceptional|[1-5](?:\/5| out of 5)?)["”'’]?(?![\p{L}\p{N}])|(?<![\p{L}])calibrated (?:down|up) (?:from [1-5] )?to [1-5](?![\p{N}])/giu;

// "Jonas gets 400 RSUs", "offered her 2,000 options": equity granted to a person. "how RSU vesting works" grants
// nothing to anyone.
const equityGranted =
  /(?<![\p{L}])(?:gets|got|getting|get|granted|grant|granting|offered|offer|offering|receives|received|receiving|awarded|award) (?:him |her |them )?(?:an? (?:extra|additional|further) )?\d{1,3}(?:[,.]\d{3}|\d{0,3})k? (?:more |new |extra |additional )?(?:RSUs|rsus|RSU|units|shares|stock options|options)(?![\p{L}])/gu;

// "how many sick days Paolo has left", "Ana has 3 PTO days left": one person's leave balance. "you get 25 vacation
// days" or a team's total names no one.
const leaveBalance =
  /(?<![\p{L}])(?:sick|vacation|holiday|leave|personal|PTO|pto) days? (?:(\p{Lu}\p{Ll}{1,20}) (?:still )?ha[sd] )?(?:left|remaining)(?![\p{L}])/gu;

// "Resturlaub 2026: noch 11 Tage", "noch 4 Tage Resturlaub": the leave someone has left, counted. The word is one
// person's balance; a policy speaks of it without a count ("Resturlaub verfällt am 31. März").
const leaveLeftGerman =
  /(?<![\p{L}])(?:resturlaub(?: \d{4})?:? noch \d{1,2} (?:urlaubs)?tage|noch \d{1,2} (?:tage )?resturlaub(?:stage)?)(?![\p{L}])/iu;

// "Hiroshi's been late 6 times this month": a person's attendance counted over a period. "the build was late 6
// times in CI" counts a machine's, and "the train was late" names no one.
const lateTimes =
  /(?<![\p{L}])(?:late|absent|tardy|a no-show|off sick) (?:\d{1,2}|two|three|four|five|six|seven|several|multiple) times (?:this|last|in the past|in the last) (?:\d{1,2} )?(?:week|month|quarter|year|weeks|months)(?![\p{L}])/gu;

function isNamedOrPronoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^(?:him|her|he|she|they|their|his)$/.test(lower)) return true;
  if (!/^\p{Lu}/u.test(word) && !nameLexicon().given.has(lower)) return false;
  return isGivenName(word) || (/^\p{Lu}/u.test(word) && isPerson(word));
}

// Whether a person is named in the few words before a clause: a given name, or he/she.
function personBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  for (const word of before.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const bare = withoutPossessive(word);
    if (/^(?:he|she|He|She)$/.test(bare)) return true;
    if (/^\p{Lu}/u.test(bare) && isGivenName(bare)) return true;
  }
  return false;
}

/**
 * A person moved within the organisation: put on a level, their hours cut, investigated, placed at a verdict in a
 * review, granted equity. Each act names its person (a name, or he/she), which the same words said of builds,
 * caches, sensors and policies do not.
 */
function findMovesOfPeople(text: string, spans: Span[]): void {
  for (const pattern of [movedToLevel, levelChange, movesToLevel]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (isNamedOrPronoun(match[1] ?? "")) spans.push(hrSpan(match.index, match.index + match[0].length));
    }
  }
  hoursCut.lastIndex = 0;
  for (let match = hoursCut.exec(text); match !== null; match = hoursCut.exec(text)) {
    if (match[1] !== undefined || isNamedOrPronoun(match[2] ?? "")) {
      spans.push(hrSpan(match.index, match.index + match[0].length));
    }
  }
  for (const pattern of [toFewerDays, beingInvestigated, equityGranted]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      // "offered her 5000 options" names its person after the verb.
      const toSomeone = pattern === equityGranted && / (?:him|her|them) /.test(match[0]);
      if (toSomeone || personBefore(text, match.index))
        spans.push(hrSpan(match.index, match.index + match[0].length));
    }
  }
  leaveBalance.lastIndex = 0;
  for (let match = leaveBalance.exec(text); match !== null; match = leaveBalance.exec(text)) {
    const named = match[1] !== undefined && isGivenName(match[1]);
    if (named || personBefore(text, match.index))
      spans.push(hrSpan(match.index, match.index + match[0].length));
  }
  wantsLevel.lastIndex = 0;
  for (let match = wantsLevel.exec(text); match !== null; match = wantsLevel.exec(text)) {
    const heading = noteHeading.exec(text.slice(Math.max(0, match.index - 50), match.index));
    // "Redis Cluster: wants …" heads its line with a product, not a person.
    if (heading !== null && isPerson(heading[1] ?? "")) {
      spans.push(hrSpan(match.index, match.index + match[0].length));
      continue;
    }
    if (personBefore(text, match.index)) spans.push(hrSpan(match.index, match.index + match[0].length));
  }
  lateTimes.lastIndex = 0;
  for (let match = lateTimes.exec(text); match !== null; match = lateTimes.exec(text)) {
    if (personBefore(text, match.index)) spans.push(hrSpan(match.index, match.index + match[0].length));
  }
  verdictPlaced.lastIndex = 0;
  for (let match = verdictPlaced.exec(text); match !== null; match = verdictPlaced.exec(text)) {
    if (personBefore(text, match.index)) spans.push(hrSpan(match.index, match.index + match[0].length));
  }
}

/**
 * Round twelve: shapes that name one person's pay, review or hiring without an English HR word — a person who gets
 * or earns a figure written gross or net ("Mariana bekommt ab Januar 4.200 brutto", "Ana gana 2.300 brutos al
 * mes"), a review whose verdict is below or above what was expected ("teve avaliação \"abaixo do esperado\""), a
 * candidate's line in a scorecard ending in a decision ("Kandidat Malte Oberhuber: … → Absage") and a person
 * chosen for a post ("on retient Colin Gallagher pour le poste de chef d'équipe"). Each needs its person: an
 * invoice's gross, a server's evaluation and a release candidate name none.
 */
function findPayVerdictsAndPicks(text: string, spans: Span[]): void {
  if (text.includes("reference")) {
    const reference = referenceFromEmployer.exec(text);
    if (reference !== null) spans.push(hrSpan(reference.index, reference.index + reference[0].length));
  }
  if (grossOrNet.test(text)) {
    const earned = earnsGrossOrNet.exec(text);
    if (earned !== null && personNear(text, earned.index, earned.index + earned[0].length)) {
      spans.push(hrSpan(earned.index, earned.index + earned[0].length));
    }
  }
  if (mayJudgeExpectation.test(text)) {
    const verdict = expectationVerdict.exec(text);
    if (verdict !== null) {
      const around = text.slice(Math.max(0, verdict.index - 80), verdict.index + verdict[0].length + 80);
      if (reviewWordAbroad.test(around) && personNear(text, verdict.index - 80, verdict.index + 80)) {
        spans.push(hrSpan(verdict.index, verdict.index + verdict[0].length));
      }
    }
  }
  if (candidateWord.test(text)) {
    const line = candidateLine.exec(text);
    if (line !== null && namesCandidate(line[1] ?? ""))
      spans.push(hrSpan(line.index, line.index + line[0].length));
  }
  if (text.includes(" than ")) {
    const compared = paidComparedTo.exec(text);
    if (compared !== null && personNear(text, compared.index, compared.index + compared[0].length)) {
      spans.push(hrSpan(compared.index, compared.index + compared[0].length));
    }
  }
  if (postWord.test(text)) {
    const pick = chosenForPost.exec(text);
    if (pick !== null && isNamedOrPronoun(pick[1] ?? ""))
      spans.push(hrSpan(pick.index, pick.index + pick[0].length));
  }
}

// Round fourteen: one person's pay set against another's ("Babajide asked why they're paid less than the new hire",
// "she earns more than her manager"). A class compared ("nurses are paid less than teachers") names no one (checked
// by the caller).
const paidComparedTo =
  /(?<![\p{L}])(?:paid|earns|earning|earned|makes|making|gets paid|getting paid) (?:\p{L}{1,20} )?(?:less|more|lower|higher) than(?![\p{L}])/iu;

// A figure written gross or net in the offices' languages.
const grossOrNet = /brut|nett|neto|lord|gross|net /iu;
// "bekommt ab Januar 4.200 brutto", "verdient 3.800 netto", "gana 2.300 brutos", "krijgt 3.900 bruto", "prende 1.900
// netti": a verb of earning, at most three words, then a figure (with or without its currency) said gross or net.
// "Die Rechnung über 4.200 brutto" earns nothing; "der Server bekommt … 4.200 netto" has no person (checked by the
// caller).
const earnsGrossOrNet =
  /(?<![\p{L}])(?:bekommt|bekomme|verdient|verdiene|erhält|kriegt|gets|earns|makes|gana|cobra|percibe|krijgt|verdient|prende|guadagna|percepisce|ganha|recebe|touche|gagne|perçoit|zarabia|dostaje|tjänar|får)(?: [\p{L}.]{1,15}){0,3} (?:[$€£] ?)?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})?(?:[.,]\d{2})? ?(?:€|eur|euro|euros|k|kr|zł|chf)? ?(?:brutto|netto|bruto|brutos|neto|netos|lordi|lordo|netti|brut|net|gross)(?![\p{L}])/iu;

// Whether a person is named near a clause: a given name in any case, or a pronoun, in the offices' languages.
function personNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 40), end + 30);
  for (const word of window.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const lower = word.toLowerCase();
    if (personPronoun.has(lower)) return true;
    const lexicon = nameLexicon();
    if (lexicon.given.has(lower) && !lexicon.common.has(lower) && !lexicon.products.has(lower)) return true;
  }
  return false;
}
const personPronoun = new Set([
  "he",
  "she",
  "er",
  "sie",
  "il",
  "elle",
  "él",
  "ella",
  "lui",
  "lei",
  "hij",
  "zij",
  "ele",
  "ela",
  "ona",
  "han",
  "hon",
  "ich",
  "je",
  "ik",
  "eu",
  "jag",
]);

// A review's verdict measured against what was expected, in pt, es, fr, it, ro and nl; "las ventas quedaron por
// debajo de lo esperado" has no review word near and names no one.
const mayJudgeExpectation = /esperado|attentes|aspettative|nesatisf|insatisf|insuffisant|onvoldoende/iu;
const expectationVerdict =
  /(?<![\p{L}])(?:(?:abaixo|acima|dentro) do esperado|por (?:debajo|encima) de lo esperado|(?:en dessous|en deçà|au-dessus) des attentes|(?:sotto|sopra) le aspettative|nesatisfăcător|insatisfactori[oa]|insatisfatóri[oa]|insuffisant|onvoldoende)(?![\p{L}])/iu;
const reviewWordAbroad =
  /avalia[çc][ãa]o|avaliad[oa]|evaluaci[óo]n|evaluad[oa]|évaluation|évalué|valutazione|valutat[oa]|evaluare|calificativ|beoordeling|rating|review|entretien annuel|colloquio annuale/iu;

// "Kandidat Malte Oberhuber: fachlich ok, aber kein Culture-Fit → Absage", "Candidat Hugo Marchand : bon profil,
// mais refus": a candidate's name after the word for candidate and the decision at the end of its line. "Kandidat
// für das Release: … → Absage an den Hotfix" has no name there; "release candidate rc2: rejected" neither.
const candidateWord = /kandidat|candidat|candidate|kandydat/iu;
const candidateLine =
  /(?<![\p{L}])(?:Kandidat|Kandidatin|Candidat|Candidate|Candidata|Candidato|Kandydat|Kandydatka|Kandidaat)e? (\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20}){0,2}) ?:[^\n]{0,120}?(?:→|->|=>|:|,|—|–|-|\.|;)[ \t]{0,3}(?:\p{Ll}{2,8} ){0,2}(?:Absage|Zusage|absagen|einstellen|nicht einstellen|abgelehnt|refus|refusé|refusée|retenu|retenue|non retenu|non retenue|rechazad[oa]|descartad[oa]|contratar|no contratar|aprovad[oa]|reprovad[oa]|scartat[oa]|assumere|non assumere|afgewezen|aangenomen|odrzucon[ya]|przyjęt[ya]|hire|no hire|reject|rejected|offer)(?![\p{L}])/u;

// "on retient Colin Gallagher pour le poste de chef d'équipe", "elegimos a Marta Ruiz para el puesto", "we're going
// with Priya Nair for the team lead role": a person chosen for a post. "on retient la solution Kafka pour le projet"
// chooses no person and names no post.
const postWord = /poste|puesto|role|position|ruolo|posizione|functie|stanowisko|stelle|tjänsten|cargo|vaga/iu;
const chosenForPost =
  /(?<![\p{L}])(?:on retient|nous retenons|retenons|on prend|elegimos a|escogimos a|seleccionamos a|nos quedamos con|scegliamo|abbiamo scelto|we(?:['’]re| are) going with|we(?:['’]ll| will) go with|going with|we picked|we chose|wir nehmen|wir entscheiden uns für|escolhemos|ficamos com|we kiezen voor|wybieramy|vi väljer) (\p{L}[\p{L}'’-]{1,20})(?: \p{L}[\p{L}'’-]{1,20}){0,2} (?:pour le poste|pour ce poste|pour le rôle|para el puesto|para el cargo|para a vaga|para o cargo|per il ruolo|per la posizione|for the (?:[\p{L}-]{2,20} ){0,2}(?:role|position|job|post|opening)|voor de functie|na stanowisko|für die (?:[\p{L}-]{2,20} )?(?:stelle|position|rolle)|för tjänsten)(?![\p{L}])/iu;

// "Priya's reference from her last employer was lukewarm": a reference given about someone by a past employer.
const referenceFromEmployer =
  /(?<![\p{L}])references? (?:from|by) (?:her|his|their|my|your) (?:last|previous|former|old|current) (?:employer|manager|boss|company|job|line manager)(?![\p{L}])/iu;
