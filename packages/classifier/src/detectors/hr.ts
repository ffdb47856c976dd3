import { type DetectionInput, type Detector, perInput } from "../detection.ts";
import type { Span } from "../span.ts";
import { writingAReference } from "./hr-acts.ts";
import { holdsGivenName } from "./name-lexicon.ts";
import { termDetector } from "./terms.ts";

/**
 * HR and performance: reviews, ratings, improvement plans, pay, discipline,
 * leave and departures. "pip", "bonus", "raise", "rating" and the like are
 * ambiguous ("pip install", "raise an exception") and count only near HR words.
 */
// biome-ignore format: word lists read better packed
const findHrVocabulary = termDetector("hr", "hr-term", {
  strong: [
    "performance review", "performance reviews", "performance appraisal", "annual appraisal",
    "performance improvement plan", "performance rating", "performance warning", "performance issues",
    "performance concerns", "performance management", "underperforming", "underperformance",
    "underperformer", "low performer", "disciplinary", "disciplinary action", "disciplinary hearing",
    "written warning", "final warning", "verbal warning", "misconduct", "gross misconduct", "grievance",
    "termination letter", "terminated for cause", "got fired", "was fired", "were fired", "been fired",
    "be fired", "getting fired", "fired him", "fired her", "fired them", "layoff", "layoffs", "laid off",
    "redundancy", "redundancies", "made redundant", "severance", "severance package", "salary", "salaries",
    "base salary", "pay rise", "pay raise", "pay cut", "pay grade", "pay band", "salary band",
    "compensation review", "compensation package", "demotion", "demoted", "probationary period",
    "medical leave", "sick leave", "maternity leave", "paternity leave", "parental leave", "fmla",
    "leave of absence", "stress leave", "bereavement leave", "exit interview", "resignation",
    "resignation letter", "notice period", "background check", "harassment complaint", "hr complaint",
    "hr investigation", "meets expectations", "exceeds expectations", "below expectations",
    "does not meet expectations", "needs improvement", "calibration meeting", "stack ranking",
    "360 feedback", "360 review", "return to work", "occupational health", "reasonable adjustments",
    "whistleblower", "unfair dismissal", "constructive dismissal", "employment tribunal", "settlement agreement",
    "promotion case", "promotion packet", "counter offer", "counteroffer", "equity grant", "stock options", "payslip", "pay slip", "p45",
    // documents HR writes about one person, as named in window titles
    "offer letter", "pay stub", "paystub", "payslips", "separation agreement", "reference check",
    "employment contract", "employment agreement", "leave request", "accommodation request",
    "retention bonus", "compensation adjustment", "salary review", "salary adjustment", "investigation report",
    "notice of termination", "termination checklist", "termination meeting", "exit paperwork", "w-2", "p60",
    "lohnabrechnung", "gehaltsabrechnung", "arbeitsvertrag", "kündigung", "abmahnung", "fiche de paie",
    "bulletin de paie", "nómina", "despido", "finiquito",
    // disability and leave
    "short-term disability", "long-term disability", "disability leave", "disability claim", "fmla leave",
    "garden leave", "medical leave", "workers' comp", "workers comp", "return-to-work",
    // ratings and calibration
    "calibrated at", "needs improvement", "formal warning", "60-day pip", "30-day pip",
    "90-day pip", "improvement plan", "base pay", "bonus target", "last increase", "pay increase",
    "new base", "base salary", "comp review", "comp planning", "merit increase", "salary bump",
    // payslips and payroll screens
    "gross pay", "net pay", "take-home pay", "take home pay", "gross salary", "net salary", "pay period",
    "ytd earnings", "statutory sick pay", "statutory maternity pay", "holiday pay", "sick pay", "overtime pay",
    "counter-offer", "above band", "below band", "salary expectations", "compa-ratio", "pay equity",
    // leave and departures in the offices' other languages
    "unpaid leave", "compassionate leave", "sabbatical leave", "elternzeit", "mutterschutz", "krankmeldung",
    "arbeitsunfähigkeit", "aufhebungsvertrag", "arbeitszeugnis", "congé parental", "congé maternité",
    "congé paternité", "congé maladie", "arrêt maladie", "licenciement", "rupture conventionnelle",
    "entretien annuel", "baja médica", "baja por maternidad", "baja por paternidad", "excedencia",
    "carta de despido", "evaluación de desempeño", "leistungsbeurteilung", "mitarbeitergespräch",
    // pay and reviews in those languages, and the review cycle's names and verdicts
    "gehaltserhöhung", "gehaltsband", "salaire", "augmentation de salaire", "sueldo", "subida salarial",
    "aumento de sueldo", "aumento salarial", "mid-year review", "midyear review", "year-end review",
    "partially meets", "does not meet",
    // a doctor signing someone off work is sick leave, and the note that says so is an HR document
    "fit note", "sick note", "signed me off", "signed off sick", "signed off work", "off sick", "krankgeschrieben",
    "krankschreibung", "au-bescheinigung", "arrêt de travail", "baja laboral",
    // someone let go, a sabbatical, a promotion in the works
    "got let go", "been let go", "was let go", "were let go", "sabbatical", "up for promotion",
    "passed over for promotion",
    // contracts, payslips, reviews and dismissals in fr, it, es, pt, nl, sv, pl
    "contrat de travail", "contratto di lavoro", "contrato de trabajo", "contrato de trabalho",
    "arbeidsovereenkomst", "anställningsavtal", "umowa o pracę", "loonstrook", "salarisstrook", "busta paga",
    "cedolino", "holerite", "contracheque", "recibo de vencimento", "lönespecifikation", "pasek wypłaty",
    "functioneringsgesprek", "beoordelingsgesprek", "jaargesprek", "valutazione annuale",
    "valutazione delle prestazioni", "avaliação de desempenho", "medarbetarsamtal", "utvecklingssamtal",
    "ocena roczna", "ocena okresowa", "ontslag", "ontslagbrief", "vaststellingsovereenkomst", "licenziamento",
    "demissão", "despedimento", "uppsägning", "wypowiedzenie", "zwolnienie dyscyplinarne", "transitievergoeding",
    "indemnité de licenciement", "indemnización por despido", "ouderschapsverlof", "zwangerschapsverlof",
    "congedo parentale", "congedo di maternità", "föräldraledighet", "urlop macierzyński", "urlop rodzicielski",
    "licença parental", "licença maternidade", "aumento di stipendio", "stipendio", "salaris", "lön", "pensja",
    "wynagrodzenie",
    // being dismissed or resigning, said as a verb, in fr, es, it, nl, pt, de, and notice handed in or served
    "licencié", "licenciée", "licenciés", "licenciées", "démission", "démissionné", "démissionner", "despidieron",
    "despedido", "me despidieron", "dimitido", "dimisión", "licenziato", "licenziata", "licenziati",
    "dimissioni", "ontslagen", "ontslag genomen", "demitido", "demitida", "lohnerhöhung", "handed in his notice",
    "handed in her notice", "handed in my notice", "handed in their notice", "serving his notice",
    "serving her notice", "serving my notice", "gardening leave", "managing him out", "managing her out",
    // formal warnings, discipline, severance and failed probations in en, de, fr, es, it, nl, pl, pt, sv, no, da
    "performance plan", "formal grievance", "disciplinary meeting", "disciplinary procedure",
    "investigation meeting", "failed probation", "failed his probation", "failed her probation",
    "dismissal letter", "dismissal meeting", "notice of dismissal", "fristlos", "fristlose", "abfindung",
    "personalgespräch", "kritikgespräch", "leistungsverbesserungsplan", "kündigungsschutzklage",
    "avertissement écrit", "avertissement disciplinaire", "mise à pied", "entretien préalable", "faute grave",
    "faute lourde", "sanction disciplinaire", "procédure disciplinaire", "rétrogradation", "rétrogradé",
    "rétrogradée", "carta de amonestación", "amonestación", "expediente disciplinario", "sanción disciplinaria",
    "despido disciplinario", "plan de mejora del desempeño", "lettera di richiamo", "richiamo scritto",
    "richiamo disciplinare", "contestazione disciplinare", "provvedimento disciplinare",
    "procedimento disciplinare", "sanzione disciplinare", "giusta causa", "officiële waarschuwing",
    "schriftelijke waarschuwing", "ontslaggesprek", "ontslagvergoeding", "verbetertraject", "disfunctioneren",
    "nagana", "naganę", "nagany", "kara porządkowa", "zwolniony dyscyplinarnie", "zwolniona dyscyplinarnie",
    "dyscyplinarka", "advertência por escrito", "advertência formal", "justa causa", "skriftlig varning",
    "avsked", "avskedad", "avskedas", "uppsagd", "uppsagda", "oppsagt", "oppsigelse", "skriftlig advarsel",
    "afskediget", "avskjediget", "opsagt", "opsigelse",
    // the warning's letter and the ways a dismissal, a review and a pay talk are inflected or compounded
    "warning letter", "warning letters", "letter of warning", "lettre d'avertissement", "waarschuwingsbrief",
    "beendigung des arbeitsverhältnisses", "beendigung ihres arbeitsverhältnisses", "ocenę roczną",
    "oceny rocznej", "ocenie rocznej", "ocenę okresową", "oceny okresowej", "månadslön", "årslön", "grundlön",
    "lönesamtal", "pediu aumento", "pediu um aumento", "pedir aumento", "om opslag gevraagd",
    "om loonsverhoging gevraagd", "poprosił o podwyżkę", "poprosiła o podwyżkę", "poprosiłem o podwyżkę",
    "poprosiłam o podwyżkę",
    // raises given and a notice of two weeks, as people put them
    "gave me a raise", "gave her a raise", "gave him a raise", "given a raise", "dato un aumento",
    "dado un aumento", "deram-me um aumento", "deram um aumento", "dał mi podwyżkę", "dała mi podwyżkę",
    "dostał podwyżkę", "dostała podwyżkę", "dostałam podwyżkę", "handed in her two weeks",
    "handed in his two weeks", "handed in my two weeks", "handed in their two weeks", "gave my two weeks",
    "gave her two weeks", "gave his two weeks",
    // quitting, being let go, attendance problems and raises said in words, in the offices' languages
    "be let go", "being let go", "quit my job", "quitting my job", "quit her job", "quit his job",
    "absenteeism", "unexcused absence", "unexcused absences", "attendance issues", "attendance problems",
    "role is being eliminated", "position is being eliminated", "role was eliminated", "position was eliminated",
    "role has been eliminated", "position has been eliminated", "keeps missing deadlines",
    "repeatedly missed deadlines", "her last day", "his last day", "is leaving the company",
    "leaving the company", "is leaving us", "asked for a raise", "ask for a raise", "asking for a raise",
    "got a raise", "get a raise", "getting a raise", "deserves a raise", "give her a raise", "give him a raise",
    "her attendance", "his attendance", "sagt upp sig", "säger upp sig", "sa upp sig", "sagt op", "sagt opp",
    "termination agreement", "compensation planning",
    "repeated lateness", "she's resigning", "he's resigning", "i'm resigning", "is resigning", "despedir", "despedirlo", "despedirla", "despiden", "loonsverhoging",
    "salarisverhoging", "löneförhöjning", "lönesamtal", "dostałem podwyżkę", "dostałam podwyżkę",
    // how people actually say it in chat: short forms, leave by its kind, notice given, jobs lost
    "mat leave", "pat leave", "on maternity", "on paternity", "on mat leave", "on loa", "on leave until",
    "on extended leave", "on long-term leave", "on a pip", "onto a pip", "pip meeting", "pip plan",
    "improvment plan", "performance improvment", "accomodation request", "no call no show",
    "no-call no-show", "no-call/no-show", "put in my notice", "put in his notice", "put in her notice",
    "putting in my notice", "gave my notice", "giving my notice", "two weeks notice",
    "two weeks' notice", "put in my two weeks", "putting in my two weeks", "got canned",
    "get canned", "getting canned", "been canned", "got the sack", "role is at risk", "role at risk", "roles at risk", "position is at risk",
    "at risk of redundancy", "not meeting expectations", "isn't meeting expectations",
    "is not meeting expectations", "underdelivering", "under-delivering", "suspended pending", "got the promotion", "get the promotion", "didn't get the promotion",
    "didn't get promoted", "did not get promoted", "never get promoted", "promo packet", "promo case",
    "promo committee", "promo doc", "my promo", "his promo", "her promo", "competing offer", "offer elsewhere",
    "outside offer", "rescind the offer", "rescinding the offer", "rescinded the offer", "offer was rescinded",
    "sign-on bonus", "sign on bonus", "signing bonus", "relocation package", "relo package",
    "relocation bonus", "relocation allowance", "refresher grant", "equity refresh", "rsu grant", "equity cliff",
    "pay freeze", "salary freeze", "comp freeze", "right to work check", "right-to-work check", "right to work status", "work permit",
    "visa sponsorship", "h-1b", "h1b", "reference letter", "be a reference for me", "be my reference",
    "your employment will end", "your employment will terminate",
    "terminate your employment", "end your employment", "employment will end", "allegations against",
    "fixed-term contract", "reduced hours request", "flexible working request", "exit package",
    // the same in de, fr, es, it, pt, nl, pl, sv: on leave, off sick, in a trial period, resigned
    "in der probezeit", "in elternzeit", "gehaltsverhandlung",
    "en période d'essai", "sa période d'essai", "congé sans solde", "congé parental", "en congé maternité",
    "estoy de baja", "está de baja", "estaba de baja", "sigue de baja", "de baja por", "su renuncia",
    "mi renuncia", "presentó su renuncia", "carta de renuncia",
    "in malattia", "in maternità", "in paternità", "congedo di paternità", "licença médica",
    "licença-maternidade", "licença-paternidade", "licença paternidade", "pediu demissão",
    "ziektewet", "ziek gemeld", "ziekgemeld", "ziekmelding", "zwangerschapsverlof", "ouderschapsverlof",
    "na l4", "zwolnienie lekarskie", "zwolnieniu lekarskim", "zwolnienia lekarskiego", "urlop ojcowski",
    "urlop wychowawczy", "okres wypowiedzenia", "okresu wypowiedzenia", "sjukskriven", "sjukskrivning",
    "tjänstledig", "tjänstledigt", "tjänstledighet", "föräldraledig", "uppsägningstid",
    // asking for a raise, a reference or a promotion, and being fired, in their everyday forms
    "ready for promo", "ready for promotion", "up for promo", "asked me for a reference",
    "asked for a reference", "give a reference", "gave a reference", "provide a reference",
    "contract of employment", "mehr gehalt", "je démissionne", "démissionne", "demander une augmentation",
    "demandé une augmentation", "chiesto un aumento", "chiedere un aumento", "pedir un aumento",
    "pedí un aumento", "pidió un aumento", "geen contractverlenging", "contractverlenging", "baixa médica",
    "urlopie rodzicielskim", "urlopie macierzyńskim", "urlopie ojcowskim", "urlopie wychowawczym",
    "fått sparken", "fick sparken", "sagt upp mig", "sa upp mig", "säger upp mig",
    "dienstzeugnis", "zwischenzeugnis", "gehaltsgespräch", "eingliederungsmanagement", "long term sick",
    "long-term sick", "into my notice", "złożył rezygnację", "złożyła rezygnację", "cassa integrazione",
    "licença sem vencimento", "blâme",
    // maternity and paternity leave in Portuguese with its preposition, and hours cut or reduced by an employer
    "licença de maternidade", "licença de paternidade", "cutting my hours", "cut my hours", "cut her hours",
    "cut his hours", "cutting her hours", "cutting his hours", "reduced my hours", "reducing my hours",
    // someone gone from the company, said without a verb of dismissal
    "no longer with the company", "no longer works here", "no longer works for us", "no longer employed here",
    "nicht mehr bei uns", "ne fait plus partie de l'entreprise", "ya no trabaja aquí", "ya no trabaja con nosotros",
    // the documents a new hire proves their right to work with
    "right-to-work documents", "right-to-work docs", "right to work documents", "right to work docs",
    // a review's verdict in the offices' other languages, as "meets expectations" is in English
    "erfüllt die erwartungen", "erfüllt die erwartungen nicht", "erfüllt die erwartungen teilweise",
    "übertrifft die erwartungen", "unter den erwartungen", "gesamtbewertung", "répond aux attentes",
    "ne répond pas aux attentes", "dépasse les attentes", "en deçà des attentes", "cumple las expectativas",
    "no cumple las expectativas", "cumple con las expectativas", "supera las expectativas",
    "por debajo de las expectativas", "soddisfa le aspettative", "non soddisfa le aspettative",
    "supera le aspettative", "al di sotto delle aspettative", "voldoet aan de verwachtingen",
    "voldoet niet aan de verwachtingen", "overtreft de verwachtingen", "onder de verwachtingen",
    "atende às expectativas", "não atende às expectativas", "supera as expectativas", "abaixo das expectativas",
    "uppfyller förväntningarna", "uppfyller inte förväntningarna", "överträffar förväntningarna",
    "spełnia oczekiwania", "nie spełnia oczekiwań", "przekracza oczekiwania", "poniżej oczekiwań",
    // a talk about one person's pay as a calendar names it, raises on merit, grants to keep someone, a
    // bereavement taken as leave, and Italian verdicts said as "in line with" expectations
    "comp conversation", "comp conversations", "comp discussion", "comp chat", "comp talk", "salary conversation",
    "salary discussion", "pay conversation", "pay discussion", "merit bump", "merit raise", "retention grant",
    // HR systems' tasks about one worker, as their window titles name them
    "promote employee", "terminate employee", "demote employee", "request compensation change",
    "propose compensation change", "request one-time payment", "place worker on leave",
    "on bereavement", "getting the promotion", "not getting promoted", "passe cadre", "passée cadre", "passer cadre",
    "parzialmente in linea", "in linea con le aspettative", "non in linea con le aspettative",
    // a complaint about bullying or harassment at work, and the works council it goes to
    "beschwerde beim betriebsrat", "beschwerde wegen mobbing", "mobbing am arbeitsplatz", "mobbingvorwürfe",
    "bullying complaint", "formal complaint against", "harcèlement moral", "plainte pour harcèlement",
    "acoso laboral", "denuncia por acoso", "mobbing sul lavoro", "pesten op het werk", "kränkande särbehandling",
    "mobbing w pracy",
    // jobs cut together: the consultation and the plan the law asks for, in the offices' languages
    "collective consultation", "collective redundancy", "collective redundancies", "redundancy consultation",
    "betriebsbedingte kündigung", "betriebsbedingte kündigungen", "sozialauswahl", "massenentlassung",
    "massenentlassungen", "plan de sauvegarde de l'emploi", "licenciement économique",
    "despido colectivo", "licenziamento collettivo",
    "licenziamenti collettivi", "collectief ontslag", "zwolnienia grupowe", "zwolnień grupowych",
    "kollektiva uppsägningar",
    // pay, inflected as Portuguese, Swedish and Polish write it
    "salário", "salários", "lönen", "lönerna", "lönehöjning", "löneökning", "pensji", "pensję",
    "wynagrodzenia", "aumento salarial", "salarissen",
    // an improvement plan in Dutch, French, Italian and Portuguese
    "verbeterplan", "plan d'amélioration des performances", "plan d'amélioration de la performance",
    "piano di miglioramento delle prestazioni", "plano de melhoria de desempenho",
    // leave by its kind as more of the offices' countries name it: Latin American "licencia", Brazilian sick notes,
    // a Swede home with a sick child, German special and care leave, short-time work and Spanish furloughs
    "licencia por maternidad", "licencia por paternidad", "licencia médica", "licencia por enfermedad",
    "licencia sin goce", "incapacidad laboral", "atestado médico", "afastado pelo inss",
    "vabbar", "vabba", "vabbat", "sonderurlaub", "pflegezeit", "bildungsurlaub", "kurzarbeit", "erte",
    "congé sabbatique", "congé sans solde", "congedo matrimoniale", "zorgverlof", "calamiteitenverlof",
    "urlop bezpłatny", "urlop okolicznościowy", "jury duty leave", "time in lieu",
    // a raise got, notice handed in in Portuguese, someone off sick in Polish
    "got the raise", "get the raise", "didn't get the raise", "pediu as contas", "pedi as contas",
    "pedir as contas", "na zwolnieniu",
    // a promotion or a raise withheld or granted, said of who gets it
    "give me the promotion", "gave me the promotion", "gave her the promotion", "gave him the promotion",
    "give me a promotion", "gave me a promotion", "give me a raise",
    // round eleven: a German payslip by its other names, a graduated return to work after illness, an absence
    // without excuse (what a warning is written for) in the offices' languages, resigning in Italian, the
    // reference's coded "tried hard", an employer's certificate in French, calling in sick in Dutch and a
    // dismissal on objective grounds in Spanish
    "entgeltabrechnung", "verdienstabrechnung", "entgeltbescheinigung", "lohnzettel", "gehaltszettel",
    "wiedereingliederung", "wiedereingliederungsplan", "unentschuldigtes fehlen", "unentschuldigten fehlens",
    "unentschuldigt gefehlt", "unentschuldigte fehltage", "absence injustifiée", "absences injustifiées",
    "falta injustificada", "faltas injustificadas", "assenza ingiustificata", "assenze ingiustificate",
    "ongeoorloofd verzuim", "si è dimesso", "si è dimessa", "mi sono dimesso", "mi sono dimessa",
    "ha dato le dimissioni", "bemüht den anforderungen gerecht zu werden", "attestation employeur", "attestation d'employeur",
    "attestation de travail", "certificat de travail", "meld me ziek", "meld mij ziek", "me ziek gemeld",
    "ziek melden", "causas objetivas", "despido objetivo", "extinción de la relación laboral",
    "extinción del contrato de trabajo", "abgemahnt", "taking a sick day", "take a sick day", "took a sick day",
    "taking sick leave", "mi-temps thérapeutique", "temps partiel thérapeutique", "reïntegratie",
    "re-integratie", "reintegratie", "re-integratietraject", "reintegratietraject", "reincorporación progresiva",
    "rientro graduale",
    // leaving the company and one's last working day, a post cut and an unemployment office's employer certificate,
    // in the offices' languages (the company doctor alone is health talk: "de bedrijfsarts belt me")
    "quitter l'entreprise", "quitte l'entreprise", "quitté l'entreprise", "mon dernier jour de travail",
    "son dernier jour de travail", "dejar la empresa", "deja la empresa", "dejó la empresa", "mi último día de trabajo",
    "su último día de trabajo", "verlässt das unternehmen", "verlasse das unternehmen", "mein letzter arbeitstag",
    "meinen letzten arbeitstag", "sein letzter arbeitstag", "seinen letzten arbeitstag", "ihr letzter arbeitstag",
    "ihren letzten arbeitstag", "lascia l'azienda", "lasciare l'azienda", "mio ultimo giorno di lavoro",
    "suo ultimo giorno di lavoro", "verlaat het bedrijf", "mijn laatste werkdag", "zijn laatste werkdag",
    "haar laatste werkdag", "deixar a empresa", "deixa a empresa", "meu último dia de trabalho",
    "seu último dia de trabalho", "mój ostatni dzień pracy", "jego ostatni dzień pracy", "jej ostatni dzień pracy",
    "min sista arbetsdag", "hans sista arbetsdag", "hennes sista arbetsdag", "stelle wird gestrichen",
    "stelle wurde gestrichen", "stelle fällt weg", "poste est supprimé", "poste sera supprimé", "puesto se elimina",
    "attestation pôle emploi",
    "attestation france travail",
    // round twelve: pay that is only ever pay — a thirteenth month, a Christmas or holiday allowance — and a raise
    // asked for, in the offices' languages ("quando arriva la tredicesima?", "rédige un refus de demande
    // d'augmentation"; a request to raise a quota or capital is told apart in aboutNoOnesEmployment)
    "tredicesima", "quattordicesima", "weihnachtsgeld", "urlaubsgeld", "treizième mois", "13e mois",
    "13ème mois", "paga extra", "pagas extra", "pagas extras", "décimo terceiro", "décimo-terceiro",
    "vakantiegeld", "dertiende maand", "semesterersättning", "semesterlön", "feriepenge", "lomaraha",
    "thirteenth-month pay", "13th-month pay", "13th month pay", "thirteenth month pay",
    "demande d'augmentation", "demandes d'augmentation", "refus d'augmentation", "richiesta di aumento",
    "richieste di aumento", "solicitud de aumento", "petición de aumento", "pedido de aumento",
    // round twelve: pay, raises, leave, warnings and dismissals in the neighbours' languages (Greek, Hungarian,
    // Czech, Slovak, Turkish, Finnish, Danish, Norwegian, Romanian), in the forms that name nothing else; one's own sick leave there is
    // health talk, as the corpus labels it ("táppénzen vagyok, influenza"), and is left to the health detector
    "αύξηση μισθού", "αύξηση αποδοχών", "μισθός", "μισθού", "μισθό", "απόλυση", "απολύθηκε", "απολύθηκαν",
    "παραίτηση", "παραιτήθηκε", "άδεια μητρότητας", "fizetésemelés", "fizetésemelést", "fizetésemelése", "fizetésemelésre", "kirúgták", "felmondtak neki",
    "szülési szabadság", "szülési szabadságra", "szülési szabadságon", "írásbeli figyelmeztetés", "írásbeli figyelmeztetést",
    "rodičovská dovolená", "rodičovskou dovolenou", "rodičovské dovolené", "mateřská dovolená",
    "mateřskou dovolenou", "mateřské dovolené", "na mateřské", "na mateřskou", "zvýšení platu", "zvýšení mzdy", "dostal výpověď", "dostala výpověď",
    "písemná výtka", "materská dovolenka", "materskú dovolenku", "materskej dovolenke", "rodičovská dovolenka",
    "rodičovskú dovolenku", "zvýšenie platu", "dostal výpoveď", "dostala výpoveď",
    "maaş zammı", "maaşına zam", "işten çıkarıldı", "işten çıkarılacak", "işten çıkarılması", "işten çıkarıldım",
    "işten çıkardılar", "istifa etti", "istifa ediyorum", "istifasını verdi", "doğum izni", "doğum iznine",
    "doğum izninde", "babalık izni", "disiplin cezası", "performans değerlendirmesi",
    "palkankorotus", "palkankorotuksen", "palkankorotusta", "äitiysloma", "äitiyslomalla", "äitiyslomalle", "vanhempainvapaa", "vanhempainvapaalla",
    "vanhempainvapaalle", "isyysvapaa", "isyysvapaalla", "irtisanottiin", "irtisanottu", "irtisanominen",
    "irtisanoutui", "kirjallinen varoitus", "kirjallisen varoituksen",
    "lønforhøjelse", "lønforhøjelsen", "lønforhøjelser", "lønnsøkning", "lønnsforhøyelse", "barselsorlov", "på barsel", "foreldrepermisjon",
    "afskedigelse", "mărire de salariu", "mărirea de salariu", "salariul", "concediat", "concediată",
    "concedierea", "concediere", "și-a dat demisia", "concediu de maternitate", "concediu de creștere", "avertisment scris",
    // round twelve: letters HR writes to one person about pay or a promotion, as their files are named, and the
    // German dismissal letter
    "bonus letter", "bonus statement", "bonus notification", "salary letter", "compensation letter",
    "compensation statement", "comp statement", "total rewards statement", "pay letter", "raise letter",
    "promotion letter", "increment letter", "appraisal letter", "kündigungsschreiben",
    // round thirteen: notice handed in without a possessive, and a review cycle's check-in as HR tools name it
    "hands in notice", "handed in notice", "handing in notice", "hand in notice", "hands in her notice",
    "hands in his notice", "hands in their notice", "handing in her notice", "handing in his notice",
    "handing in their notice", "handing in my notice", "turned in her notice", "turned in his notice",
    "turned in my notice", "tendered her resignation", "tendered his resignation", "tendered my resignation",
    "mid-year check-in", "mid-year check in", "midyear check-in", "year-end check-in", "end-of-year check-in",
    "performance check-in", "halbjahresgespräch", "entretien de mi-année", "entretien semestriel",
    // round fourteen: one adjustment for a disability as well as several, a return to work in steps, a referral to
    // the employee assistance programme, and the annual review in French, Spanish, Portuguese and Dutch (a review
    // of things, "évaluation annuelle des risques", is told apart in aboutNoOnesEmployment)
    "reasonable adjustment", "phased return", "referred to the employee assistance programme",
    "referred to the employee assistance program", "referred to the eap", "referral to the employee assistance programme",
    "referral to the employee assistance program", "évaluation annuelle", "evaluación anual", "avaliação anual",
    // round fifteen: leave by more of its kinds, and the days an employee on leave keeps in touch
    "adoption leave", "shared parental leave", "carer's leave", "carers leave", "carer’s leave", "keeping-in-touch days",
    "keeping in touch days", "congé d'adoption", "congé adoption", "adoptionsurlaub", "permiso por adopción",
    "congedo per adozione", "adoptieverlof", "urlop adopcyjny", "licença de adoção",
    "jaarlijkse beoordeling", "revisión de desempeño", "revisión del desempeño", "revisión anual de desempeño",
    "evaluación del desempeño",
  ],
  ambiguous: [
    // "the cron job fired twice": said of a person only with someone fired or HR words near
    "fired",
    // "Gehalt" is also a substance's content ("der Gehalt an Vitamin C"): pay only beside pay words
    "gehalt",
    "pip", "bonus", "raise", "rating", "rated", "annual review", "dismissal",
    // a warning in a dialog box, a yellow card and a payment reminder are not discipline: only beside HR words
    "avertissement", "advertência", "waarschuwing", "varning", "advarsel", "upomnienie", "verwarnung", "richiamo",
    "probezeit", "proeftijd", "ascenso", "promotie", "befördert", "beförderung", "entlassen", "entlassung",
    "demoting", "rescisão", "odprawa", "aumento", "augmentation", "promotion", "promoted", "terminated", "termination",
    "dismissed", "resign", "resigned", "quit", "warning", "complaint", "harassment", "investigation",
    "compensation", "calibration", "appraisal", "leave", "absence", "absences",
    "overtime", "timesheet", "headcount", "let go", "offboarding", "probation", "review", "score",
    "feedback for", "beoordeling",
    // a person's file at HR, read with an HR word near ("pull Tom's personnel file", "Personalakte anlegen")
    "personnel file", "employee file", "personalakte", "jahresgespräch",
    // "Nomina_marzo_2026.pdf": a payslip written without its accent, named by its month
    "nomina",
    // a raise in Polish is also a price rise ("podwyżka cen"): pay only beside pay words ("1200 zł brutto")
    "podwyżka", "podwyżkę", "podwyżki",
    // round twelve: a Finnish warning and a Romanian review's grade, read only with lateness or a review near
    "varoituksen", "varoitus", "calificativul",
  ],
  // An HR system's window lifts a term only a little: its pages are full of these words
  // ("Absences", "Reviews", "Bonus") whoever is signed in, so they count there only when lifted.
  unliftedAmbiguousScore: 0.15,
  // After "my", "her" or "his" these are someone's own career: "they turned down my promotion again".
  owned: [
    "promotion", "bonus", "raise", "rating", "termination", "probation", "annual review", "dismissal",
    "compensation", "appraisal",
  ],
  // RIF: a reduction in force; ERE: a Spanish collective dismissal.
  acronyms: ["PIP", "PIPs", "FMLA", "RIF", "RIFs", "RIF'd", "RIFed", "ERE"],
  context: [
    "manager", "hr", "performance", "employee", "employees", "rating", "rated", "warning", "plan", "pay",
    "annual", "quarterly", "appraisal", "review", "salary", "offer", "manager's", "placed",
    "promotion", "disciplinary", "probation", "expectations", "raise", "bonus", "compensation",
    "leave", "weeks", "policy", "payroll", "written", "formal", "attendance", "tribunal",
    "redundancy", "headcount", "hr", "people", "legal", "cycle", "calibration", "comp", "offer", "severance",
    "brutto", "netto", "erhöhung", "gehaltserhöhung", "lohn", "constructive", "voldoende", "onvoldoende",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
    // the person an act is done to, in the offices' languages, and what they are warned for
    "mitarbeiter", "mitarbeiterin", "salarié", "salariée", "employé", "employée", "collaborateur",
    "collaboratrice", "empleado", "empleada", "trabajador", "trabajadora", "dipendente", "medewerker",
    "werknemer", "pracownik", "pracownika", "pracownica", "funcionário", "funcionária", "colaborador",
    "colaboradora", "anställd", "medarbetare", "ansatt", "medarbejder", "retard", "retards", "verspätung",
    "verspätungen", "retrasos", "ritardi", "spóźnienia", "atrasos", "disciplinaire", "disciplinare",
    "disciplinario", "disziplinarisch", "rédiger", "écrit", "escrito", "scritto", "schriftlich",
    "kollege", "kollegin", "vorgesetzter", "vorgesetzte", "betriebsrat", "personalabteilung",
    // round twelve: lateness and absence in Finnish, a review and its failing grade in Romanian
    "myöhästelystä", "myöhästelyn", "myöhästymisestä", "poissaoloista", "esihenkilö", "evaluare", "evaluarea",
    "nesatisfăcător",
  ],
  // A separation's legal names: no process, job or saga is dismissed by agreement ("rupture conventionnelle signée
  // avec Saga Lindqvist" names a person called Saga).
  literal: [
    "rupture conventionnelle", "aufhebungsvertrag", "vaststellingsovereenkomst", "finiquito",
    "indemnité de licenciement", "indemnización por despido", "transitievergoeding", "settlement agreement",
    // round fourteen: nor is a letter of dismissal written to anything but a person ("a termination letter for
    // Saga Lindahl")
    "termination letter", "dismissal letter", "notice of termination", "kündigungsschreiben",
  ],
  figurativeWith: [
    "process", "instance", "instances", "pod", "pods", "container", "thread", "job", "exception", "error",
    "webhook", "event", "events", "saga", "transaction", "query", "p99", "latency", "regression", "canary",
    "flag", "banner", "service", "api",
    // clusters elect and demote leaders; lawyers send an Abmahnung over copyright
    "cluster", "leader", "node", "replica", "partition", "shard", "primary", "secondary", "urheberrecht",
    "anwalt", "kanzlei", "markenrecht", "wettbewerbsrecht", "copyright", "lawyer", "datenmodell", "feld",
    "tabelle", "spalte", "datenbank", "decimal", "varchar", "field", "column",
  ],
  benign: [
    "leave a review", "leave a comment", "leave a note", "leave a message", "leave feedback", "leave a rating",
    "leave a reply", "code review", "review app", "review apps", "design review", "security review",
    "rate limit", "rate limits", "star rating", "rating widget", "exit code", "promotion banner", "promo code",
    "promotion code", "bonus round", "bonus points", "tls termination", "ssl termination", "terminate tls",
    // the bank account a salary is paid into: banking, not pay ("update my salary account to DE…")
    "salary account", "salary accounts",
    // a regulator's warning letter goes to a firm, not to an employee
    "fda warning letter", "fda warning letters",
    // a direct-deposit split ("100% of net pay", "remainder of net pay") says where pay goes, not what it is
    "of net pay", "of my net pay",
    // an identifier sent "for the payroll" names the payroll's purpose, not someone's payslip
    "für die lohnabrechnung", "für die gehaltsabrechnung", "per la busta paga", "pour la paie",
    "pour la fiche de paie", "para la nómina", "for payroll", "for the payroll",
    // a contract, a subscription or a licence cancelled with a vendor is not someone's dismissal
    "kündigung des vertrags", "kündigung des vertrages", "kündigung des abos", "kündigung des abonnements",
    "kündigung der lizenz", "kündigung der lizenzen", "kündigung des hostings", "kündigung der domain",
    "kündigung des rahmenvertrags", "kündigung des wartungsvertrags", "uppsägning av avtalet",
    // raising in code and in tickets: an exception, an error, a flag, a limit, an issue
    "raise an exception", "raise exception", "raise an error", "raise error", "raise a flag", "raise the limit",
    "raise the bar", "raise a ticket", "raise an issue", "raise a pr", "raise a bug", "raise an alert",
    "raise the timeout", "raise the threshold",
    // a job advert's range is the role's, not a person's pay; "Severance" is also a television series
    "business review", "quarterly business review", "referral bonus", "referral bonuses", "salary range",
    "salary ranges", "competitive salary", "salary calculator", "salary survey", "salary guide",
    "salary benchmark", "salary benchmarks", "salary comparison", "salary data", "severance season", "severance episode",
    "severance finale",
    // a benefits list or a policy counts the leave everyone gets, not someone's leave
    "paid leave", "paid parental leave", "weeks of parental leave", "generous parental leave",
    "paid sick leave", "days of paid leave", "weeks of paid leave",
    // fired up is excited, not dismissed
    "fired up", "was fired up", "got fired up", "been fired up", "were fired up", "be fired up",
    "getting fired up", "so fired up",
    // an identifier sent "for the background check" names the check's purpose, as "for payroll" does
    "for the background check", "for my background check", "for your background check",
    "for our background check", "for a background check",
    // round fourteen: so does one sent "for the right-to-work check", the documents' purpose
    "for the right-to-work check", "for the right to work check", "for your right-to-work check",
    "for your right to work check", "for my right-to-work check", "for my right to work check",
    "for a right-to-work check", "for a right to work check",
    // a market's salary asked about is no one's pay ("What's the average salary of a backend developer in Lisbon?")
    "average salary", "average salaries", "median salary", "typical salary", "market salary", "salario medio",
    "salaire moyen", "salaire médian", "stipendio medio", "gemiddeld salaris",
    // a flat's lease given notice is no one's dismissal ("Jak napisać wypowiedzenie umowy najmu?")
    "wypowiedzenie umowy najmu", "wypowiedzenia umowy najmu", "wypowiedzenie najmu", "kündigung des mietvertrags",
    "kündigung des mietvertrages", "kündigung der wohnung", "kündigung des mietverhältnisses",
    "uppsägning av hyresavtalet", "uppsägning av hyreskontraktet", "uppsägning av lägenheten",
    // a contract with a supplier given notice in Polish is no one's dismissal ("wypowiedzenie umowy z dostawcą")
    "wypowiedzenie umowy z dostawcą", "wypowiedzenie umowy z operatorem", "wypowiedzenie umowy abonamentowej",
    "wypowiedzenie umowy serwisowej", "wypowiedzenie umowy licencyjnej", "wypowiedzenie umowy z bankiem",
    // a campaign's promotion plan, a sprint's review and a plan of headcount name no one's employment
    "plan de promotion", "plan de promoción", "piano di promozione", "sprint review", "sprint reviews",
    "headcount plan", "headcount planning", "headcount budget", "headcount forecast",
    // discharged from hospital, in Dutch, is the same word as dismissed
    "ontslagen uit het ziekenhuis", "ontslagen uit ziekenhuis",
    // a document's legal review, a compliance or privacy review, and a shop's seasonal sale name no one's employment
    "legal review", "legal reviews", "compliance review", "privacy review", "black friday promotion",
    "cyber monday promotion", "holiday promotion", "summer promotion", "spring promotion", "launch promotion",
    "sales promotion", "limited-time promotion",
    // round twelve: a customer's grievance office is customer service, not an employee's complaint
    "grievance redressal", "customer grievance", "customer grievances", "consumer grievance", "consumer grievances",
    "grievance officer", "grievance portal",
  ],
});

/**
 * HR vocabulary, less the words a text uses about no one's employment: the pay band of a job advert
 * ("We're hiring … Salary band €70-90k"), a review of software's performance ("performance review of the
 * checkout API"), and another company's layoffs in the news ("Meta to cut 5% of staff in new round of
 * layoffs - Reuters").
 */
export const findHrTerms: Detector = (input) => {
  const spans = findHrVocabulary(input);
  if (spans.length === 0) return spans;
  const { text } = input;
  if (employmentInGeneral(input)) return [];
  const question = generalQuestion(text);
  const about = employmentContext(text);
  return spans.filter((span) => !aboutNoOnesEmployment(text, span, question, about));
};

/**
 * Round thirteen. Employment in general: a benefits list ("Benefits: 30 days holiday, parental leave top-up"), pay
 * bands published for a whole function, pay news a government or a union announces ("Minimum wage in Spain rises
 * to €1,221 a month"), a rule about HR work ("Assistants may not be used for performance reviews") or a helpline
 * for sick notes. Such a text speaks of workers as a class and names no one — no pronoun, no possessive, no given
 * name — so whatever HR words it holds are no one's pay, leave or review. Read once per text, and only for a text
 * that holds an HR word, and bounded in length: a long text that names no one is likelier a document about people
 * than a statement of policy.
 */
function aboutEmploymentInGeneral(text: string): boolean {
  // An address or a file name is no statement: "/employees/813136/salary-history" is one employee's record.
  if (text.length > maxGeneralStatementLength || !text.includes(" ") || text.includes("://")) return false;
  const cue = generalityCue.exec(text);
  if (cue === null) return statesARule(text);
  // A benefits list opens in the firm's own voice ("Wir bieten:", "Nous offrons :"), which is no one's person.
  const rest = cue.index === 0 && benefitsOpening.test(cue[0]) ? text.slice(cue[0].length) : text;
  return !personWord.test(rest) && !holdsGivenName(rest.replace(monthOrDay, " "));
}

/**
 * Round fifteen. A rule of a handbook, addressed to whoever reads it: "Sick leave: notify your manager before 9:00 on
 * the first day; a doctor's note is needed from day 3". It counts the days of anyone's absence or says what is
 * required, and its "you" is anyone; a note about someone names them ("Tom needs a doctor's note from day 3", "my
 * note is needed from day 3").
 */
function statesARule(text: string): boolean {
  if (!ruleCue.test(text) && !personPlaceholder.test(text)) return false;
  return (
    !personWord.test(text.replace(genericYou, " ")) &&
    !holdsGivenName(text.replace(monthOrDay, " ").replace(greeting, " "))
  );
}
// A letter's greeting before its slot ("Hi <employee>", "Cher [Prénom]"): "Hi" and "Cher" are given names too.
const greeting =
  /(?<![\p{L}])(?:hi|hello|dear|cher|chère|cher\/chère|liebe|lieber|hallo|hola|estimado|estimada|estimado\/a|caro|cara|gentile|beste|drogi|droga|hej|olá|prezado|prezada)(?![\p{L}])/giu;
// A template's slot where the person goes ("Dear [Employee Name], your rating is [rating]", "Hi <employee>,"): the
// letter is written for whoever is filled in, and names no one yet.
const personPlaceholder =
  /[[<]\s?(?:employee|employee[ _-]name|(?:first|last|full|given)[ _-]?name|name|candidate|candidate[ _-]name|prénom|nom|nom du salarié|vorname|nachname|name des mitarbeiters|mitarbeiter(?:in)?|nombre|nombre del empleado|nome|nome do colaborador|nome del dipendente|naam|voornaam|naam medewerker|imię|imię i nazwisko|namn|förnamn)\s?[\]>]/iu;
const ruleCue =
  /(?<![\p{L}])(?:from (?:the )?(?:day \d|\d{1,2}(?:st|nd|rd|th) day)|ab (?:dem )?(?:tag \d|\d{1,2}\. (?:krankheits|fehl)?tag)|à partir du (?:\d{1,2}(?:e|ème) |premier )jour|a partir del (?:día \d|\d{1,2}º? día)|dal \d{1,2}[°º]? giorno|vanaf (?:dag \d|de \d{1,2}e dag)|od \d{1,2}\. dnia|från (?:dag \d|\d{1,2}:e dagen)|a partir do \d{1,2}º? dia|(?:is|are) (?:needed|required|mandatory)|(?:ist|sind) (?:erforderlich|vorzulegen)|(?:est|sont) (?:requis|obligatoires?)|(?:es|son) obligatori[oa]s?|è (?:obbligatori[oa]|richiest[oa])|(?:is|zijn) verplicht|(?:jest|są) wymagan[ey]|krävs|(?:é|são) obrigatóri[oa]s?)(?![\p{L}])/iu;
// A handbook's "you" is its reader, whoever that is.
const genericYou = /(?<![\p{L}])(?:you|your|yours)(?![\p{L}])/giu;

/** `aboutEmploymentInGeneral` of an input's text, read once: HR terms and HR signals both ask it of a text holding HR words. */
export const employmentInGeneral: (input: DetectionInput) => boolean = perInput((input) =>
  aboutEmploymentInGeneral(input.text),
);

// "ab April", "in June": a month or a day that is also a given name names no one.
const monthOrDay =
  /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|avril|juin|juillet|août|mayo|junio|julio|agosto|aprile|maggio|giugno|luglio|mei|juli|maj|czerwiec|lipiec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/giu;

const benefitsOpening = /:|：|–|-$/u;

const maxGeneralStatementLength = 280;
// biome-ignore format: word lists read better packed
const generalityCue = new RegExp(
  [
    // a benefits list, as adverts and careers pages open it
    String.raw`^\s*(?:benefits|perks|what we offer|we offer|our benefits|wir bieten|was wir bieten|unsere benefits|nous offrons|ce que nous offrons|nos avantages|avantages|ofrecemos|qué ofrecemos|beneficios|offriamo|cosa offriamo|wij bieden|wat wij bieden|oferujemy|benefity|vi erbjuder|förmåner|oferecemos|benefícios)\s*[:：–-]`,
    // a public authority, a law or collective bargaining deciding everyone's pay or leave
    String.raw`(?<![\p{L}])(?:government|gouvernement|gobierno|governo|regierung|bundesregierung|regering|regeringen|rząd|ministry|minister|ministère|ministerio|ministero|ministerie|ministerstwo|parliament|parlement|parlamento|bundestag|law|laws|lagen|gesetz|gesetzlich\p{L}*|loi|ley|legge|wet|ustawa|ustawy|unions?|trade unions?|syndicats?|gewerkschaft\p{L}*|sindicatos?|sindacat[oi]|vakbond\p{L}*|związ\p{L}* zawodow\p{L}*|facket|tarif\p{L}*|cao|ccnl|convenio colectivo|convention collective|collective agreement|minimum wage|mindestlohn|smic|salaire minimum|salario mínimo|salario minimo|minimumloon|płaca minimalna|płacy minimalnej|minimilön)(?![\p{L}])`,
    // a handbook, a policy or a page that publishes terms for everyone
    String.raw`(?<![\p{L}])(?:published|publishes|careers page|career page|careers site|job board|handbook|employee handbook|policy|policies|richtlinie\p{L}*|betriebsvereinbarung|politique|política|politica|beleid|regulamin|riktlinje\p{L}*|intranet)(?![\p{L}])`,
    // a rule about what a tool may be used for
    String.raw`(?:may|must|shall|should|can|cannot)(?: not|n['’]t)? be used for|dürfen nicht|ne (?:doivent|peuvent) pas être utilisé|no (?:deben|pueden) (?:usarse|utilizarse)|non (?:devono|possono) essere usat|mogen niet (?:worden )?gebruikt|nie (?:mogą|może) być używan|får inte användas`,
    // workers as a class
    String.raw`(?<![\p{L}])(?:employees|all staff|staff members|workers|parents|new parents|mothers|fathers|eltern|ouders|genitori|föräldrar|rodzice|beschäftigte|arbeitnehmer|arbeitnehmerinnen|mitarbeitende|belegschaft|salariés|travailleurs|trabajadores|empleados|dipendenti|lavoratori|werknemers|medewerkers|pracownicy|anställda|arbetstagare|funcionários|trabalhadores)(?![\p{L}])`,
    // a helpline everyone calls
    String.raw`(?<![\p{L}])(?:hotline|helpline|freephone|numéro vert|numero verde|número gratuito|línea gratuita|infolijn)(?![\p{L}])`,
    // round fourteen: every team at once, or the cycle's season ("Performance review season opens on 1 November
    // for all teams"), in the offices' languages
    String.raw`(?<![\p{L}])(?:all teams|every team|all departments|company-wide|companywide|organi[sz]ation-wide|across the company|alle teams|alle abteilungen|unternehmensweit|toutes les équipes|tous les services|todos los equipos|todos los departamentos|tutti i team|tutti i reparti|todas as equipes|todas as equipas|alle afdelingen|organisatiebreed|wszystkie zespoły|wszystkich zespołów|alla team|alla avdelningar|(?:review|appraisal|promo|promotion|bonus|calibration|comp) season)(?![\p{L}])`,
    // round fifteen: a table of pay bands, two ranges or more in thousands ("L3 55-60k, L4 70-88k"), a review cycle
    // or a benefit's enrolment opening for everyone ("Review cycle opens 3 March", "the scheme window is open until 14
    // June"), in the offices' languages
    String.raw`(?<![\p{N}.,])\d{2,3}(?:[.,\u00a0 ]\d{3})? ?k? ?[–—-] ?[$€£]?\d{2,3}(?: ?k|[.,\u00a0 ]\d{3})(?![\p{N}])[^\n]{1,40}?(?<![\p{N}.,])\d{2,3}(?:[.,\u00a0 ]\d{3})? ?k? ?[–—-] ?[$€£]?\d{2,3}(?: ?k|[.,\u00a0 ]\d{3})(?![\p{N}])`,
    String.raw`(?<![\p{L}])(?:(?:review|appraisal|performance|promo|promotion|bonus|calibration|comp|compensation|merit|pay|salary) (?:cycle|round|window)|beurteilungsrunde|gehaltsrunde|campagne d['’](?:entretiens|évaluation)|ciclo de (?:evaluación|evaluaciones|revisión)|ciclo di valutazione|beoordelingscyclus|beoordelingsronde|cykl ocen|ciclo de avaliação|(?:enrol?ment|enrol?lment|scheme|programme|program) window|open enrol?l?ment)(?![\p{L}])`,
    // round fifteen: pay averaged over a country, a sector or a job ("Salaire brut moyen en France : 2 700 €", "average
    // gross salary in Lisbon", "Durchschnittsgehalt in Berlin"), no one's pay
    String.raw`(?<![\p{L}])(?:(?:salary|pay|wage|wages|earnings|salaire|sueldo|salario|stipendio|salaris|gehalt|lön|wynagrodzenie|salário)(?: [\p{L}]{1,12})? (?:moyen|moyenne|médian|médiane|medio|media|promedio|mediano|mediana|durchschnittlich|gemiddeld|gemiddelde|średnie|średnia|genomsnittlig|médio|média)|(?:average|median|mean) (?:[\p{L}]{1,12} )?(?:salary|salaries|pay|wage|wages|earnings)|durchschnittsgehalt|durchschnittslohn|medianlön|medellön|salario medio|stipendio medio)(?![\p{L}])`,
    // round fourteen: a survey's or a report's finding, as the news tells it ("Tech layoffs slowed in the third
    // quarter, the survey says")
    String.raw`(?<![\p{L}])(?:survey|report|study|poll|analysis|data|index|statistics) (?:says|say|said|shows|show|showed|finds|found|suggests)(?![\p{L}])|according to (?:a |the )?(?:new |recent |latest )?(?:survey|report|study|poll|analysis|data)(?![\p{L}])`,
  ].join("|"),
  "iu",
);
// The writer, someone spoken to or of, or someone's possession, in the offices' languages. Words that are also
// articles or common words elsewhere ("il", "on", "er", "ma", "zijn", "min", "han", "sein") are left out: a statement of
// policy holds them as often as a note about a person does.
const personWord =
  /(?<![\p{L}])(?:i|i['’]m|i['’]ve|i['’]d|me|my|mine|we|our|us|he|she|him|her|his|you|your|ich|mich|mir|mein\p{L}{0,2}|wir|uns|unser\p{L}{0,2}|ihm|ihn|je|j['’]|moi|mon|mes|nous|notre|elle|lui|son|sa|ses|yo|mi|mis|nosotros|nuestr[oa]s?|él|ella|su|sus|io|mio|mia|miei|noi|lei|suo|sua|ik|mijn|wij|ons|onze|hij|haar|eu|meu|minha|nós|ele|ela|seu|ja|mnie|mój|moja|moje|nasz\p{L}{0,2}|ona|jego|jej|jag|mig|mitt|mina|vi|oss|vår|hon|honom|henne|hans|hennes)(?![\p{L}])|\p{Lu}\p{Ll}+['’]s(?![\p{L}])/u;

/**
 * What the whole text says about whose employment it is. Each test reads the whole text, so each is
 * run at most once per text, when a span first needs it: run per span, a text of many pay words
 * would be read once for each of them.
 */
function employmentContext(text: string) {
  const once = (pattern: RegExp) => {
    let known: boolean | undefined;
    return () => {
      known ??= pattern.test(text);
      return known;
    };
  };
  return {
    productRating: once(productRating),
    jobAdvert: once(jobAdvert),
    offeredToOne: once(offeredToOne),
    layoffNews: once(layoffNews),
    ownLayoff: once(ownLayoff),
    occupationPay: once(occupationPay),
    possessed: once(possessed),
    // Read once per text, not once per span: a text may hold a span on every line.
    payMarket: once(payMarket),
    sportsBody: once(sportsBody),
    ownPlural: once(ownPlural),
    identityNumber: once(identityNumber),
    moneyAmount: once(moneyAmount),
    viewing: once(viewingWords),
  };
}

/**
 * A question about how employment works in general, typed into a search box or put to an assistant: "wie lange
 * ist eine Abmahnung gültig", "what's the difference between FMLA and short-term disability?", "explain how stock
 * options vest". It opens with a question word and names no one — no "I", "my", "her", no one's name — so the
 * matter is nobody's. "How do I tell my manager I'm resigning?" names the writer and stays HR.
 */
function generalQuestion(text: string): boolean {
  if (text.length > maxGeneralQuestionLength) return false;
  if (!questionOpening.test(text) && !(text.length <= maxKeywordQueryLength && questionClosing.test(text)))
    return false;
  return !someoneNamed.test(text) && !holdsGivenName(text);
}

const maxGeneralQuestionLength = 160;
// A search typed as keywords with the question last ("Abmahnung Verjährung wie lange", "FMLA eligibility how long"):
// short, as search boxes are.
const maxKeywordQueryLength = 60;
const questionClosing =
  /(?<![\p{L}])(?:how long|how much|how many|wie lange|wie viel|wie viele|combien de temps|combien|cuánto tiempo|cuánto|quanto tempo|quanto|hoe lang|hoeveel|jak długo|ile|hur länge|hur mycket) ?\??\s*$/iu;
const questionOpening =
  /^\s*(?:how|what|what['’]s|whats|why|when|which|is|are|does|do|can|should|explain|define|wie|was|warum|wann|welche[rsn]?|ist|sind|darf|kann|muss|erkläre|comment|quelle?s?|qu['’]est-ce|pourquoi|combien|est-ce|cómo|como|qué|que|cuánto|cuánta|cuándo|cuál|por qué|come|quanto|quanta|quando|qual|perché|hoe|wat|waarom|wanneer|hoeveel|mag|jak|ile|czy|kiedy|dlaczego|hur|vad|varför|när|hur länge)(?![\p{L}])/iu;
// The writer, the one asked about or someone named by a pronoun, in the offices' languages.
const someoneNamed =
  /(?<![\p{L}])(?:i|i['’]m|i['’]ve|i['’]d|me|my|mine|we|our|us|he|she|him|her|his|they|them|their|ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|er|sie|ihm|ihn|ihr|ihre|sein|seine|je|j['’]ai|moi|mon|ma|mes|nous|notre|il|elle|lui|son|sa|ses|yo|mi|mis|me|nosotros|nuestro|nuestra|él|ella|su|sus|io|mio|mia|miei|noi|lui|lei|suo|sua|ik|mijn|wij|ons|onze|hij|zij|haar|zijn|eu|meu|minha|nós|ele|ela|seu|ja|mnie|mój|moja|moje|moim|my|nasz|on|ona|jego|jej|jag|mig|min|mitt|mina|vi|oss|vår|han|hon|honom|henne|hans|hennes)(?![\p{L}])/iu;

// A product's or a shop's rating: stars, or a count of reviews ("4.5/5 stars from 2,300 reviews").
const productRatingWords = /^(?:rating|ratings|rated|review|reviews|score)$/u;
const productRating = /(?<![\p{L}])(?:stars?|★|\d[\d,.]* (?:reviews|ratings))(?![\p{L}])/iu;

function aboutNoOnesEmployment(
  text: string,
  span: Span,
  question: boolean,
  about: ReturnType<typeof employmentContext>,
): boolean {
  const words = text.slice(span.start, span.end).toLowerCase();
  if (question) return !(expectedPayment.test(words) && whenQuestion.test(text));
  if (relativesJobOrPayAccount(text, span)) return true;
  const after = text.slice(span.end, span.end + 40);
  if (raiseRequest.test(words)) return raiseOfSomethingElse.test(after);
  if (ordinalPay.test(words)) return ordinalOfSomethingElse.test(after);
  if (words === "review") {
    const before = text.slice(Math.max(0, span.start - 24), span.start);
    return (
      reviewOfThings.test(before) ||
      businessCadenceReview.test(before) ||
      clinicalReview.test(text.slice(span.end, span.end + 40))
    );
  }
  if (annualReviewAbroad.test(words)) return annualReviewOfThing.test(after);
  if (words === "phased return") return returnToOffice.test(after);
  if (words === "notice period") return noticeOfAThing.test(after);
  // "I watched Severance last night": the television series, written with its capital beside a viewer's words.
  if (words === "severance")
    return thingSevered.test(after) || (text.charAt(span.start) === "S" && span.start > 0 && about.viewing());
  if (words === "calibration")
    return thingCalibrated.test(text.slice(Math.max(0, span.start - 30), span.end + 40));
  if (/^promotions?$/u.test(words) || words === "promo")
    return saleNear.test(text.slice(Math.max(0, span.start - 80), span.end + 80));
  if (words === "reference check")
    return referenceOfThing.test(text.slice(Math.max(0, span.start - 12), span.end + 40));
  if (/^disciplinar/u.test(words)) return about.sportsBody();
  if (payPlural.test(words) && marketMove.test(text.slice(span.end, span.end + 80)))
    return !about.possessed() && !about.ownPlural();
  if (firedForms.test(words))
    return thingFired.test(text.slice(Math.max(0, span.start - 40), span.start + words.indexOf("fired")));
  if (referenceLetter.test(words)) return writingAReference(text, span.start);
  if (productRatingWords.test(words) && about.productRating()) return true;
  if (advertisedPay.test(words) && about.jobAdvert() && !about.offeredToOne()) return true;
  if (reviewOfPerformance.test(words)) return softwareUnderReview.test(text.slice(span.end, span.end + 60));
  if (layoffWords.test(words) && thingsLaidOff.test(after)) return true;
  if (layoffWords.test(words)) return about.layoffNews() && !about.ownLayoff();
  if (payslipWords.test(words)) return about.identityNumber() && !about.moneyAmount();
  if (
    marketPayWords.test(words) &&
    about.payMarket() &&
    payMovesByAShare(words, text.slice(span.end, span.end + 80))
  )
    return !about.possessed() && !about.ownPlural();
  if (words.includes("salar")) return about.occupationPay() && !about.ownLayoff() && !about.possessed();
  return false;
}

/**
 * Round thirteen. A relative's job lost, or the account pay goes into: a span of any HR detector that is one of
 * these names no matter of the organisation's employment. Reads a few dozen characters around the span.
 */
export function relativesJobOrPayAccount(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).toLowerCase();
  if (jobLoss.test(words)) return relativeBefore.test(text.slice(Math.max(0, span.start - 48), span.start));
  if (payNoun.test(words) && payInto.test(text.slice(Math.max(0, span.start - 20), span.start)))
    return bankDetails.test(text.slice(Math.max(0, span.start - 80), span.end + 60));
  return false;
}

// A relative losing their job ("Mijn vader is ontslagen", "my dad got laid off", "ma mère a été
// licenciée") is family news told to friends: the organisation employs the writer, not the writer's father.
const jobLoss =
  /^(?:ontslagen|layoff|laid off|got fired|was fired|been fired|got let go|was let go|been let go|got the sack|made redundant|entlassen|licencié|licenciée|despedido|despedida|licenziato|licenziata|uppsagd|fått sparken|fick sparken|demitido|demitida)$/u;
const relativeBefore =
  /(?<![\p{L}])(?:my|mijn|mein|meine|ma|mon|mi|mio|mia|min|mitt|meu|minha|mój|moja) (?:dad|father|mum|mom|mother|brother|sister|husband|wife|son|daughter|uncle|aunt|cousin|grandpa|grandma|stepdad|stepmom|vader|moeder|pa|broer|zus|man|vrouw|vater|mutter|bruder|schwester|mann|frau|sohn|tochter|onkel|tante|papa|mama|père|mère|frère|sœur|mari|femme|fils|fille|padre|madre|hermano|hermana|marido|esposa|hijo|hija|fratello|sorella|marito|moglie|figlio|figlia|pappa|mamma|bror|syster|pai|mãe|irmão|irmã|tata|brat|siostra|mąż|żona)(?![\p{L}])[^.!?\n]{0,24}$/iu;

// Round thirteen. Bank details given for pay to go into ("new IBAN for my salary", "RIB pour mon salaire",
// "Kontonummer für mein Gehalt") change where pay is paid, as "salary account" does: banking, not pay.
const payNoun =
  /^(?:(?:my|the|mein|meine|das|mon|le|mi|la|mio|il mio|lo|mijn|het|min|moje|meu|o meu|o) )?(?:salary|salaire|gehalt|sueldo|nómina|nomina|stipendio|salaris|lön|lönen|pensja|pensję|salário)$/u;
const payInto =
  /(?<![\p{L}])(?:for|für|pour|para|per|voor|för|na)(?: (?:my|the|mein|das|mon|le|mi|la|il mio|lo|mijn|het|min|moje|o meu|o))? $/iu;
const bankDetails =
  /(?<![\p{L}])(?:iban|bank account|account number|bank details|bankverbindung|kontonummer|konto|rib|coordonnées bancaires|cuenta|conto corrente|conta|rekening|rekeningnummer|numer konta|bankgiro)(?![\p{L}])/iu;

// Round twelve. A payment asked about by when it comes ("quando arriva la tredicesima?", "wann kommt das
// Weihnachtsgeld?") is one the asker waits for: their own pay, not a general question about how pay works.
const expectedPayment =
  /^(?:tredicesima|quattordicesima|weihnachtsgeld|urlaubsgeld|treizième mois|13e mois|13ème mois|paga extra|pagas extras?|vakantiegeld|dertiende maand|semesterersättning|semesterlön|feriepenge|lomaraha|thirteenth-month pay|13th-month pay|13th month pay|thirteenth month pay|bonus|salary|salaire|gehalt|sueldo|stipendio|salaris|lön|pensja|wynagrodzenie|salário)$/u;
const whenQuestion = /^\s*(?:when|wann|quand|quando|cuándo|cuando|wanneer|kiedy|när)(?![\p{L}])/iu;

// A raise asked for is pay unless what is to be raised follows ("demande d'augmentation de quota", "solicitud de
// aumento de capacidad", "richiesta di aumento di capitale"); "… de salaire" is pay, and says so itself.
const raiseRequest =
  /^(?:demandes? d['’]augmentation|refus d['’]augmentation|richiest[ae] di aumento|solicitud de aumento|petición de aumento|pedido de aumento)$/u;
const raiseOfSomethingElse =
  /^ (?:de|du|des|d['’]|di|del|della|dello|dei|delle|do|da) ?(?!(?:salaire|sueldo|salario|stipendio|salário|paga|rémunération|retribuzione|remuneración)(?![\p{L}]))\p{Ll}/u;

// A thirteenth month's pay is a noun standing alone; the ordinal before its noun is something else ("la
// tredicesima sinfonia", "le treizième mois consécutif de hausse").
const ordinalPay = /^(?:tredicesima|quattordicesima|treizième mois|13e mois|13ème mois|dertiende maand)$/u;
const ordinalOfSomethingElse =
  /^ (?:sinfonia|edizione|giornata|puntata|volta|posizione|stagione|tappa|settimana|riga|versione|consécutif|d['’]affilée|de suite|de hausse|de baisse|de croissance|op rij|achter elkaar)(?![\p{L}])/iu;

// "Quarterly carrier review", "annual supplier review", "weekly pipeline review": a review named by the thing it
// reviews is a business meeting, not someone's review.
const reviewOfThings =
  /(?<![\p{L}])(?:carrier|carriers|vendor|vendors|supplier|suppliers|partner|partners|account|accounts|client|customer|budget|pipeline|portfolio|risk|incident|post-incident|release|product|roadmap|architecture|access|contract|contracts|pricing|inventory|capacity|fleet|route|safety|quality|process|site|warehouse|freight|logistics|kpi|okr|metrics|ops|operations|board|strategy|spend|procurement|tender|project|programme|program|backlog|sprint|quarter|deal|deals|lane|sla|inventory|stock|audit|policy|document|doc|design|code|ux|tax|expense|expenses|forecast|sales|marketing|campaign|brand|content|media|asset|assets|fund|investment|loan|credit|claims|insurance|compliance|security|privacy|legal|data|model|system|systems|network|infra|infrastructure|cost|costs|finance|financial|budgeting)(?: [\p{L}-]{3,15})? $/iu;

// Round fifteen: "book a review with Dr Pemberton", "a medication review with your GP": a review held by a clinician
// is a patient's appointment, not an employee's review.
const clinicalReview =
  /^ (?:with|by|at) (?:your |the |a |an |our )?(?:dr\.?|doctor|gp|consultant|nurse|specialist|clinician|pharmacist|surgeon|physio|physiotherapist|practice|clinic|surgery|hospital)(?![\p{L}])/iu;

// Round fourteen: "stuck in the quarterly review", "our weekly review": a review held on a business's cadence is a
// meeting; a person's is "her quarterly review" or "Tom's".
const businessCadenceReview =
  /(?<![\p{L}])(?:the|a|our|this|that|today['’]s|tomorrow['’]s) (?:quarterly|weekly|monthly|bi-?weekly|daily|fortnightly)(?: business)? $/iu;

// Round fourteen: the annual review in French, Spanish, Italian, Portuguese and Dutch; "of" a thing after it
// ("évaluation annuelle des risques", "valutazione annuale dei fornitori") reviews that thing.
const annualReviewAbroad =
  /^(?:l['’])?(?:évaluation annuelle|evaluación anual|valutazione annuale|avaliação anual|jaarlijkse beoordeling)$/u;
const annualReviewOfThing =
  /^ (?:des|du|de la|de l['’]|de|del|de los|de las|dei|delle|della|dello|di|dos|das|do|da|van de|van het|van) (?!(?:performances?|desempeño|desempenho|prestazion[ei]|rendimiento|personnel|personal|collaborat|employé|salarié|empleado|trabajador|dipendent|lavorator|funcionári|colaborador|medewerker|werknemer|prestaties|objectifs|objetivos|obiettivi|doelen)\p{L}*)\p{Ll}/u;

// Round fourteen: a lease's, a plan's or a vendor contract's notice period is no one's notice ("notice period for the
// lease is three months").
const noticeOfAThing =
  /^ (?:for|on|of|in) (?:the |a |an |our |my |your |this |that )?(?:[\p{L}-]{1,15} )?(?:lease|leases|tenancy|rental|flat|apartment|subscription|subscriptions|plan|licen[cs]e|licen[cs]es|vendor|supplier|contract with|account|domain|hosting|mortgage|loan|gym|membership|policy)(?![\p{L}])/iu;

// Round fourteen: "the severance of the cable", "severance of diplomatic ties": a thing cut; "severance of employment"
// is the dismissal's.
const thingSevered =
  /^ of (?:the |a |an |all |diplomatic |its )?(?!(?:employment|contract|work|service|staff|employees)(?![\p{L}]))\p{Ll}/u;
const viewingWords =
  /(?<![\p{L}])(?:watch|watched|watching|binge|binged|binging|rewatch|rewatching|show|series|episode|episodes|finale|apple tv|tv)(?![\p{L}])/iu;

// Round fourteen: a phased return to the office is everyone's, after remote work; to work, it is one person's after leave.
const returnToOffice = /^ to (?:the |our )?(?:office|offices|campus|workplace|site)(?![\p{L}])/iu;

// Round twelve: an instrument's or a model's calibration, and the scripts and data that do it ("the calibration of the
// sensor drifted", "re-run the calibration script"), are no review cycle's.
const thingCalibrated =
  /(?<![\p{L}])(?:sensors?|cameras?|probes?|instruments?|devices?|scales?|models?|displays?|monitors?|screens?|printers?|colou?rs?|gyro|accelerometers?|thermometers?|lidar|imu|robots?|machines?|meters?|gauges?|lens|lenses|microphones?|touchscreens?|lasers?|classifiers?|thresholds?|probabilit(?:y|ies)|confidence)(?: [\p{L}-]{1,15})? calibration|calibration (?:of|for|on) (?:the |our |a |an |this |that |each |every )?(?:[\p{L}-]{1,15} )?(?:sensors?|cameras?|probes?|instruments?|devices?|scales?|models?|displays?|monitors?|screens?|printers?|colou?rs?|gyro|accelerometers?|thermometers?|lidar|imu|robots?|machines?|meters?|gauges?|lens|lenses|microphones?|touchscreens?|lasers?|classifiers?|thresholds?|probabilit(?:y|ies)|scores?)|calibration (?:script|scripts|data|file|files|curve|curves|set|sets|error|matrix|routine|step|run|runs|tool|target|plot|drift|pattern|certificate)(?![\p{L}])/iu;

// A shop's promotion: a discount, a code or a sale beside it ("Promotion: 20% off all annual plans").
const saleNear =
  /\d ?% (?:off|discount|rabatt|de (?:remise|réduction|descuento)|di sconto|korting|rabat|zniżki)|(?<![\p{L}])(?:discount|coupon|promo code|voucher|rabatt|remise|réduction|descuento|sconto|korting|rabat|zniżka|black friday|cyber monday|sale ends|offer ends|free shipping|buy one get)(?![\p{L}])/iu;

// "a reference check on the library", "add a null reference check": checking a reference in code or a source.
const referenceOfThing =
  /(?:null|nil|dangling|weak|circular|broken|dead|cross)[ -]reference check|reference check (?:on|of|for) (?:the |this |that |a |an |our |each |every )?(?:[\p{L}-]{1,15} )?(?:library|libraries|package|packages|dependency|dependencies|code|link|links|citation|citations|source|sources|pointer|pointers|object|objects|field|fields|column|columns|table|tables|key|keys|url|urls|doc|docs|document|documents|vendor|vendors|supplier|suppliers|data|dataset|schema)(?![\p{L}])/iu;

// A sport's disciplinary bodies fine clubs and players, not employees.
const sportsBody =
  /(?<![\p{L}])(?:fifa|uefa|nba|nfl|nhl|mlb|football|soccer|premier league|bundesliga|la liga|serie a|ligue 1|eredivisie|ekstraklasa|allsvenskan|referee|referees|schiedsrichter|arbitre|árbitro|arbitro|scheidsrechter)(?![\p{L}])/iu;

// Pay in the plural moving by a share, with no one's pay named: a sector's or a country's pay news ("les salaires dans la
// fonction publique augmentent de 3 %", "salaries in tech rose 4% last year").
const payPlural =
  /^(?:salaries|salaires|salarios|salari|stipendi|salarissen|lönerna|gehälter|löhne|pensje|wynagrodzenia|salários)$/u;
const marketMove =
  /^[^.!?\n]{0,60}?(?:augment|rise|rose|rising|increase|grew|grow|fall|fell|steig|stieg|sink|suben|subieron|aumenta|aumentano|stijgen|stegen|stiger|steg|rosną|wzrosły|sobem|cresc|baiss|dalen|bajan|calan)\p{L}*[^.!?\n]{0,30}?\d+(?:[.,]\d+)? ?%/iu;
// Round twelve: a W-2 told of beside an SSN and no sum is the form that carries the number ("SSN on file for … is
// 123-45-6789, W-2 bounced"): the identity record is the matter, and the identity detectors hold it; a W-2 with its
// wages ("her W-2 shows $84,000") is pay. Round fourteen: so is any payslip told of beside an identity number or its
// name ("BSN wordt niet meer op de loonstrook gezet", "the NI number on the payslip is wrong").
const payslipWords =
  /^(?:w-2|p60|payslips?|pay slips?|pay stubs?|paystubs?|loonstrook|salarisstrook|lohnabrechnung|gehaltsabrechnung|entgeltabrechnung|fiche de paie|bulletin de paie|nómina|busta paga|cedolino|holerite|lönespecifikation|pasek wypłaty)$/u;
const identityNumber =
  /(?<![\p{N}-])\d{3}[- ]\d{2}[- ]\d{4}(?![\p{N}-])|(?<![\p{L}])(?:ssn|social security number|bsn|burgerservicenummer|ni number|national insurance number|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|numéro de sécurité sociale|dni|nie|nif|codice fiscale|pesel|personnummer|cpf)(?![\p{L}])/iu;
const moneyAmount =
  /[$€£]\s?\d|\d\s?(?:[$€£]|k(?![\p{L}])|usd|eur|gbp|dollars?)|(?<![\p{L}])(?:wages?|salary|salaries|earnings|income|bonus|withholding|withheld)(?![\p{L}])/iu;

// Round twelve: pay in the singular or "pay rises" moving by a share is a market's figure when the text names the
// market — an average, a union, a pay scale or a sector ("Average tech salary in Berlin up 4 %", "TVöD pay rises
// 5,8 % from April, union says", "le salaire moyen des cadres progresse de 2 %"); without such a word it may be
// the organisation's own pay round, and stays HR.
const marketPayWords =
  /^(?:salary|salaries|base salary|pay rises?|pay raises?|salaire|salaires|gehalt|gehälter|löhne|sueldo|sueldos|salario|salarios|stipendio|stipendi|salaris|salarissen|lön|lönerna|pensje|wynagrodzenia|salário|salários)$/u;
const payMarket =
  /(?<![\p{L}])(?:average|median|typical|avg|durchschnittlich\p{L}*|durchschnitts\p{L}*|moyen|moyenne|medio|media|promedio|gemiddeld\p{L}*|mediaan|średni\p{L}*|genomsnitt\p{L}*|unions?|trade union|gewerkschaft\p{L}*|ver\.di|syndicats?|sindicatos?|sindacat[oi]|vakbond\p{L}*|związk\p{L}*|facket|fackförbund\p{L}*|tvöd|tv-l|tarif\p{L}*|collective (?:agreement|bargaining)|convention collective|convenio colectivo|contratto collettivo|ccnl|cao|kollektivavtal\p{L}*|układ\p{L}* zbiorow\p{L}*|minimum wage|mindestlohn|smic|public sector|civil servants|beamte\p{L}*|nationwide|inflation|survey|index|statistics|destatis|insee|istat|eurostat)(?![\p{L}])/iu;
const payMoveWord = /^pay (?:rises?|raises?)$/u;
const shareFollows =
  /^ (?:of |by |von |um |de |di |van |o )?(?:about |around |roughly |some |up to |bis zu |jusqu'à )?\d+(?:[.,]\d+)? ?%/iu;
const payMovesBy =
  /^[^.!?\n]{0,60}?(?:(?<![\p{L}])(?:up|down)(?![\p{L}])|augment|rise|rose|rising|increase|grew|grow|fall|fell|steig|stieg|sink|suben|subieron|aumenta|aumentano|stijgen|stegen|stiger|steg|rosną|wzrosły|sobem|cresc|baiss|dalen|bajan|calan|progress)\p{L}*[^.!?\n]{0,30}?\d+(?:[.,]\d+)? ?%/iu;
function payMovesByAShare(words: string, after: string): boolean {
  return payMoveWord.test(words) ? shareFollows.test(after) : payMovesBy.test(after);
}
// "our salaries go up 3% in January": the organisation's own pay round.
const ownPlural =
  /(?<![\p{L}])(?:our|my|nos|nuestros|nuestras|unsere|onze|nostri|våra|nasze|nossos)(?![\p{L}])/iu;

// "it's been fired twice", "that alert has been fired": fired with a thing as its subject is an event firing.
const firedForms = /^(?:got fired|was fired|were fired|been fired|be fired|getting fired)$/u;
const thingFired =
  /(?<![\p{L}])(?:it|it['’]s|that|that['’]s|this|which|alerts?|alarms?|events?|webhooks?|triggers?|hooks?|callbacks?|handlers?|jobs?|crons?|cron jobs?|timers?|interrupts?|signals?|rules?|lambdas?|functions?|requests?|notifications?|listeners?|pixels?|tags?|shots?|rounds?|rockets?|missiles?|kilns?|pings?|tasks?)(?: (?:has|have|had|was|were|got|gets|is|are|will|would|may|might|could|should|must|just|already|never|not|now|also|then|again|both|all|once|been|be|get|getting)){0,4} $/iu;

// A letter vouching for someone, which the writer may be asked to write as a favour (see writingAReference).
const referenceLetter = /^(?:reference letter|recommendation letter|letter of recommendation)s?$/u;

// "software engineer salary berlin", "/Salaries/data-analyst-salary-SRCH": an occupation's pay, as salary sites and
// searches name it, is a market's figure; told by "my", "our" or a person's "Tom's", it is someone's.
const occupationPay =
  /(?:engineer|developer|analyst|designer|nurse|teacher|scientist|architect|accountant|consultant|administrator|technician|programmer|lawyer|pharmacist|electrician|tester)s?[ _-]salar(?:y|ies)(?![\p{L}])/iu;
const possessed = /(?<![\p{L}])(?:his|her|their|your)(?![\p{L}])|\p{Lu}\p{Ll}+['’]s(?![\p{L}])|offer/u;

// The pay words a job advert states for the role ("Salary band €70-90k", "Gehalt: 60–75k").
const advertisedPay =
  /^(?:salary|salaries|base salary|salary band|pay band|pay grade|base pay|compensation|salaire|gehalt|gehaltsband|sueldo|salario|stipendio|salaris|lön|månadslön|årslön|pensja|wynagrodzenie)$/u;
// Words only an advert uses: the firm hiring, a role open, a call to apply, in the offices' languages.
const jobAdvert =
  /(?:we(?:['’]re| are) hiring|(?:salary|pay|salaire|rémunération|salario|sueldo|gehalt|vergütung|stipendio|salaris) (?:depending on|based on|selon|según|je nach|in base a|afhankelijk van) (?:experience|profile|profil|expérience|perfil|experiencia|erfahrung|qualifikation|esperienza|ervaring)|commensurate with experience|join (?:our|the) team|open (?:roles?|positions?)|apply (?:now|here|today|via|at)|(?:wir suchen|wir stellen ein)|nous recrutons|on recrute|estamos contratando|buscamos|vacature|we zoeken|zatrudnimy|vi söker|stiamo cercando|assumiamo|estamos a contratar|\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/v\/x|m\/v|m\/k|k\/m|m\/f)\)|(?:^|\n)[ \t]{0,3}(?:offre d['’]emploi|oferta de empleo|offerta di lavoro|stellenangebot|stellenanzeige|stellenausschreibung|oferta pracy|ledig tjänst|vaga de emprego|vacante)[ \t]{0,3}:|nous recherchons|on recherche|cerchiamo|szukamy|poszukujemy|procuramos|contratamos)/iu;
// …unless the figure is offered to someone ("we're hiring Ana, offer at €80k").
const offeredToOne = /(?:offer(?:ed)? (?:to|her|him)|(?:her|his|my) offer)/iu;

/** Round fourteen: whether a text is a job advert, whose pay figures are the role's and no one's yet. */
export function advertisesARole(text: string): boolean {
  return jobAdvert.test(text) && !offeredToOne.test(text);
}

// A review of performance, in the offices' languages.
const reviewOfPerformance =
  /^(?:performance reviews?|evaluación de desempeño|evaluación del desempeño|revisión de desempeño|revisión del desempeño|revisión anual de desempeño|valutazione delle prestazioni|avaliação de desempenho|leistungsbeurteilung)$/u;
// "performance review of the checkout API", "evaluación de desempeño del modelo": what is reviewed is software; round
// twelve: so is a page's or a heading's next segment ("Performance Review - Q3 dashboards - Grafana").
const softwareUnderReview =
  /^(?: (?:of|for|on|del|de la|de los|de|des|du|della|dello|dei|do|da|van)| ?[-–—:|]) (?:the |our |this |that |a |an |your |my |het |de |la |le |il |o |l['’])?(?:[\p{L}\p{N}.-]{1,20} ){0,2}(?:api|apis|service|services|endpoint|endpoints|database|db|query|queries|cluster|pipeline|app|site|website|page|pages|backend|frontend|server|servers|servidor|serveur|system|sistema|système|systems|code|build|stack|platform|infra|infrastructure|network|cache|model|modelo|modèle|modello|modells|search|checkout|job|jobs|algorithm|algoritmo|index|indexes|indices|schema|migration|migrations|release|deploy|deployment|queue|worker|workers|function|functions|lambda|script|scripts|component|components|feature|module|library|sdk|ui|dashboard|dashboards|engine|planner|optimizer|compiler|runtime|storage|disk|disks|vendor|vendors|supplier|suppliers|cdn|gpu|gpus|cpu|kernel|container|containers|pod|pods|index|índice|indice)(?![\p{L}])/iu;

// "we laid off the old Jenkins boxes": machines retired, said as a joke about people.
const thingsLaidOff =
  /^ (?:the |our |those |these |all |some |two |three |\d+ )?(?:[\p{L}\p{N}-]{1,15} ){0,2}(?:boxes|servers|machines|bots|nodes|vms|instances|runners|agents|hosts|racks|laptops|printers)(?![\p{L}])/iu;
const layoffWords = /^(?:layoff|layoffs|laid off|redundancies|redundancy)$/u;
// A newsroom's headline: a firm cutting jobs, named by the paper that reports it.
const layoffNews =
  /(?:reuters|bloomberg|techcrunch|cnbc|the verge|financial times|wall street journal|\bwsj\b|\bbbc\b|\bcnn\b|handelsblatt|le monde|el país|(?:to cut|cuts|cutting|slashes|slash|eliminates) (?:\d[\d,.]* ?%? |about |some |thousands of |hundreds of )?(?:of (?:its )?)?(?:jobs|staff|workforce|employees|roles|positions)|(?:laid|lays|laying|lay) off (?:another |about |some |nearly |over |around )?(?:\d[\d,.]* ?%?|thousands|hundreds) (?:of )?(?:its|their) (?:staff|workforce|employees|workers|people|engineers))/iu;
// …told by someone it happens to ("I was laid off", "our team's layoffs").
const ownLayoff = /(?<![\p{L}])(?:i|i['’]m|i was|me|my|we|we['’]re|our|us)(?![\p{L}])/iu;
