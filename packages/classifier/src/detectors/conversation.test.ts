import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordsOf } from "../text.ts";
import { addressesFamily, announcesAbsence, conversationTopic, speaksOfSomeone } from "./conversation.ts";

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

describe("conversation topic: round seven, personal life and work in nine languages", () => {
  it("family, moving house, weddings, funerals, the school run, pets and birthdays are personal life in nine languages", () => {
    assert.equal(topic("can't make the 4pm, school pickup"), "personal");
    assert.equal(topic("heading out early, the vet closes at 5"), "personal");
    assert.equal(topic("meine Oma hat morgen Geburtstag, ich bin ab 15 Uhr weg"), "personal");
    assert.equal(topic("on déménage samedi, je serai injoignable"), "personal");
    assert.equal(topic("l'enterrement de mon oncle est jeudi"), "personal");
    assert.equal(topic("mi abuela está en el hospital, me voy antes"), "personal");
    assert.equal(topic("domani c'è il matrimonio di mia sorella!"), "personal");
    assert.equal(topic("mijn dochter is jarig, ik ben er morgen niet"), "personal");
    assert.equal(topic("a minha filha está doente, vou sair mais cedo"), "personal");
    assert.equal(topic("mój syn ma dziś urodziny, wychodzę o 15"), "personal");
    assert.equal(topic("min sambo fyller år idag, jag går tidigt"), "personal");
    assert.equal(topic("date with Mathieu went great, seeing her again Monday!"), "personal");
  });

  it("work talk in Dutch, Portuguese, Italian, Polish and Swedish is work", () => {
    assert.equal(topic("heb je de offerte al verstuurd?"), "work");
    assert.equal(topic("o relatório está pronto"), "work");
    assert.equal(topic("hai visto la mail del cliente?"), "work");
    assert.equal(topic("czy wysłałeś raport?"), "work");
    assert.equal(topic("har du skickat rapporten till kunden?"), "work");
  });

  it("an ex, a removal van, a date tonight and moving in together are personal life in six languages", () => {
    assert.equal(topic("my ex keeps texting me, I don't know what to do"), "personal");
    assert.equal(topic("the removal van is booked for Friday"), "personal");
    assert.equal(topic("date tonight, first one in years lol"), "personal");
    assert.equal(topic("Ci trasferiamo il mese prossimo"), "personal");
    assert.equal(topic("We gaan volgende maand samenwonen"), "personal");
    assert.equal(topic("Przeprowadzamy się w przyszłym miesiącu"), "personal");
    assert.equal(topic("Vi flyttar ihop nästa månad"), "personal");
  });

  it("a loss or an upheaval makes a message personal however much work it mentions", () => {
    assert.equal(
      topic("the funeral is on Saturday, can you cover my shift and answer the emails?"),
      "personal",
    );
    assert.equal(topic("custody hearing tomorrow, the client call has to move"), "personal");
  });

  it("what colleagues text each other is work: shifts, the boss, emails, orders and suppliers", () => {
    assert.equal(topic("can you cover my shift on Saturday?"), "work");
    assert.equal(topic("boss wants the numbers by 5"), "work");
    assert.equal(topic("did you get my email about Monday?"), "work");
    assert.equal(topic("Schicht tauschen am Samstag?"), "work");
    assert.equal(topic("je suis d'astreinte ce week-end"), "work");
    assert.equal(topic("el pedido del cliente llegó incompleto"), "work");
    assert.equal(topic("de klant heeft de bestelling bevestigd"), "work");
    assert.equal(topic("kunden har bekräftat beställningen"), "work");
  });

  it("trouble at home is personal life: a broken boiler, locked out, a hangover", () => {
    assert.equal(topic("boiler's broken again, waiting for the plumber"), "personal");
    assert.equal(topic("locked out, waiting for a locksmith"), "personal");
    assert.equal(topic("so hungover today"), "personal");
  });

  it("the office's own small talk is work: the offsite, the coffee machine, working from home", () => {
    assert.equal(topic("great weather for the offsite tomorrow"), "work");
    assert.equal(topic("il pleut encore, télétravail demain ?"), "work");
    assert.equal(topic("the coffee machine on 3 is fixed ☕"), "work");
  });
});

describe("conversation topic: words that only look like family", () => {
  it("a build or tests that passed are work, not a death; 'passed away' still is one", () => {
    assert.equal(topic("build 20260893.1 passed"), "work");
    assert.equal(topic("my grandad passed away on Sunday"), "personal");
  });

  it("French 'son' is 'his': his PR is work", () => {
    assert.equal(topic("son PR est mergé"), "work");
    assert.equal(topic("our son starts school on Monday"), "personal");
  });

  it("a child process, a child component or a parent node is code, not family", () => {
    assert.notEqual(topic("el proceso hijo se cuelga al arrancar"), "personal");
    assert.notEqual(topic("le composant enfant ne reçoit pas la prop"), "personal");
    assert.notEqual(topic("la clase hija no compila"), "personal");
    assert.notEqual(topic("le processus enfant ne termine jamais"), "personal");
    assert.notEqual(topic("il processo figlio resta zombie"), "personal");
  });

  it("a family word written as a given name before a surname is a name, not a grandmother", () => {
    assert.notEqual(topic("counter-offer for Mamie Prohaska: 193k base"), "personal");
    assert.equal(topic("Mamie fête ses 90 ans dimanche, qui apporte le gâteau ?"), "personal");
  });

  it("a courier picking up a monitor is no school run; picking the kids up is", () => {
    assert.notEqual(topic("the courier will pick up the monitor at 3"), "personal");
    assert.equal(topic("picking them up from the kids' party at 5"), "personal");
  });

  it("family words in sayings are about no family: baby steps, a sister company", () => {
    assert.notEqual(topic("baby steps: first endpoint done"), "personal");
    assert.notEqual(topic("our sister company runs the warehouse"), "personal");
    assert.equal(topic("the baby slept through the night"), "personal");
  });

  it("feelings, homesickness and a Polish date are personal life; a wedding shop as a client is work", () => {
    assert.equal(topic("feeling really homesick lately"), "personal");
    assert.equal(topic("mam dziś randkę 😅"), "personal");
    assert.equal(topic("the wedding shop client wants a new template"), "work");
  });

  it("the Italian 'ci' of 'ci vediamo' is not CI; 'the CI is red' is work", () => {
    assert.notEqual(topic("ci vediamo stasera?"), "work");
    assert.equal(topic("the CI is red again"), "work");
  });

  it("in a French or Italian elision the word after the apostrophe counts: l'école, d'anniversaire", () => {
    assert.equal(topic("je file à l'école chercher les petits"), "personal");
    assert.equal(topic("c'est la fête d'anniversaire ce soir"), "personal");
  });
});

describe("announces absence: a note about the writer's availability for work", () => {
  const absence = (text: string) => announcesAbsence(wordsOf(text));

  it("offline, back Monday, OOO, mornings only, skipping the offsite and leave dates are availability notes", () => {
    assert.ok(absence("I'm having a knee operation so I'll be offline until Wednesday"));
    assert.ok(absence("root canal this morning, back after lunch"));
    assert.ok(absence("OOO tomorrow for an MRI"));
    assert.ok(absence("chemo on Thursdays, so I'm working mornings only for now"));
    assert.ok(absence("I'm 30 weeks pregnant so I'll skip the conference flights"));
    assert.ok(absence("my parental leave starts on the 3rd, Ana will cover for me"));
    assert.ok(absence("I've applied for a leave of absence from next month"));
  });

  it("availability notes in German, French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish", () => {
    assert.ok(absence("ich bin krankgeschrieben bis Freitag"));
    assert.ok(absence("bin morgen nicht da, Zahnarzt"));
    assert.ok(absence("je serai absente demain, rendez-vous chez le cardiologue"));
    assert.ok(absence("Je suis en arrêt maladie jusqu'au 12, grippe"));
    assert.ok(absence("estoy de baja hasta el lunes por una gastroenteritis"));
    assert.ok(absence("domani sono assente per una visita"));
    assert.ok(absence("ik ben ziekgemeld, de bedrijfsarts belt morgen"));
    assert.ok(absence("estou de baixa até sexta"));
    assert.ok(absence("jestem na zwolnieniu do piątku"));
    assert.ok(absence("jag är sjukskriven resten av veckan"));
  });

  it("the same absence with family in it is family life, not a note about the writer's availability", () => {
    assert.ok(!absence("my son has chickenpox so I'm working from home this week"));
    assert.ok(!absence("my wife is in labour, I'll be offline for two weeks"));
    assert.ok(!absence("ma mère est en soins palliatifs, je serai absente"));
    assert.ok(!absence("mein Vater hatte einen Schlaganfall, bin morgen nicht da"));
  });

  it("health news with no availability in it is no absence note: being back on a medicine is not being back", () => {
    assert.ok(!absence("I'm back on antidepressants, feeling rough"));
    assert.ok(!absence("I was diagnosed with ADHD last week"));
    assert.ok(!absence("my biopsy results came back clear"));
    assert.ok(!absence("I miss my old therapist"));
  });
});

describe("speaks of someone: a message about someone's life, not only about things", () => {
  const someone = (text: string) => speaksOfSomeone(text, wordsOf(text));

  it("the writer, the reader, greetings, questions and feelings are someone, in the offices' languages", () => {
    assert.ok(someone("running late, see you at 7"));
    assert.ok(someone("kommst du heute zum Essen?"));
    assert.ok(someone("j'arrive dans 5 min"));
    assert.ok(someone("happy birthday!!"));
    assert.ok(someone("what a day 😩"));
    assert.ok(someone("doctor thinks it's burnout, signed off two weeks"));
    assert.ok(someone("vamos al cine mañana"));
    assert.ok(someone("stasera vieni da noi"));
  });

  it("English chat that drops 'I' before a verb still speaks of the writer", () => {
    assert.ok(someone("train cancelled, taking the bus"));
    assert.ok(someone("bought the tickets for Lisbon"));
    assert.ok(someone("back from the gym, dead"));
    assert.ok(someone("landed!"));
  });

  it("news about things, sport, shops and the weather speak of no one, in five languages", () => {
    assert.ok(!someone("the gym is closed on Monday"));
    assert.ok(!someone("Leeds got promoted! 🎉"));
    assert.ok(!someone("recipe for the lasagne is in the shared note"));
    assert.ok(!someone("the coach was sacked after the derby"));
    assert.ok(!someone("das Spiel wurde verschoben"));
    assert.ok(!someone("le marché est annulé à cause de la pluie"));
    assert.ok(!someone("el partido empieza a las nueve"));
    assert.ok(!someone("de trein rijdt vandaag niet door de storm"));
  });

  it("a shopping centre, a morning train and 20 min are not someone: words that only look like a verb or a pronoun", () => {
    assert.ok(!someone("the shopping centre shuts early on Sundays"));
    assert.ok(!someone("the morning train is delayed 20 min"));
  });
});

describe("round nine: words without spaces, stories, openers and availability", () => {
  const someone = (text: string) => speaksOfSomeone(text, wordsOf(text));

  it("family, break-ups and weddings in Japanese, Chinese, Korean and Hindi are personal life", () => {
    assert.equal(topic("彼女と別れた…今日ちょっと集中できないかも"), "personal");
    assert.equal(topic("昨日は娘の誕生日でした🎂"), "personal");
    assert.equal(topic("我和女朋友分手了"), "personal");
    assert.equal(topic("남자친구랑 헤어졌어"), "personal");
    assert.equal(topic("मेरी शादी तय हो गई है"), "personal");
  });

  it("work in Japanese and Chinese is work, and 大丈夫 (all right) is no husband", () => {
    assert.equal(topic("明日の会議の資料を送ります"), "work");
    assert.equal(topic("客户的项目明天发布"), "work");
    assert.equal(topic("大丈夫です"), "unclear");
  });

  it("getting married said as a verb, a grandmother and a place of worship are personal life", () => {
    assert.equal(topic("Ci sposiamo a settembre!"), "personal");
    assert.equal(topic("wir heiraten im Mai"), "personal");
    assert.equal(topic("nos casamos en junio"), "personal");
    assert.equal(topic("vi ska gifta oss i augusti"), "personal");
    assert.equal(topic("we're getting married in June"), "personal");
    assert.equal(topic("going to mass with gran on Sunday"), "personal");
    assert.equal(topic("the adoption paperwork finally went through"), "personal");
    assert.equal(topic("I've been meaning to tell you I'm gay"), "personal");
    assert.equal(topic("spent the whole weekend moving flats, exhausted"), "personal");
    assert.equal(topic("moving home directory permissions broke the build"), "work");
    assert.equal(topic("gran trabajo con el despliegue"), "work");
    assert.notEqual(topic("our adoption rate is up 4%"), "personal");
  });

  it("a story's plot with no writer or reader in it is about characters, not anyone's life", () => {
    assert.equal(topic("in the finale they get divorced and she moves to Paris, spoiler"), "unclear");
    assert.equal(topic("the book ends with the wedding, so predictable"), "unclear");
    assert.ok(!someone("in the finale they get divorced and she moves to Paris, spoiler"));
    assert.ok(!someone("Grey's Anatomy season finale tonight?"));
    assert.ok(!someone("dans le dernier épisode elle quitte son mari"));
  });

  it("a story the writer or the reader is in is still their life: their own evening, a book for their child", () => {
    assert.equal(topic("took my kids to the film, they loved it"), "personal");
    assert.equal(topic("can you book the vet for the dog?"), "personal");
    assert.ok(someone("did you watch the finale?"));
    assert.equal(topic("the kids want to watch a movie tonight"), "personal");
  });

  it("a Dutch family word made small (-je, -tje) is still family; Dutch words that merely end in -je are not", () => {
    assert.equal(topic("mijn zoontje heeft zijn eerste woordje gezegd"), "personal");
    assert.equal(topic("ons hondje is ziek"), "personal");
    assert.equal(topic("het rapportje voor de klant is klaar"), "work");
    assert.equal(topic("een kopje koffie?"), "unclear");
  });

  it("English work verbs in -ing and -ed are work words", () => {
    assert.equal(topic("deploying v3.2 now"), "work");
    assert.equal(topic("released the hotfix, testing it on staging"), "work");
    assert.equal(topic("wedding planning with my fiancé"), "personal");
  });

  it("a verb after a message's opener ('btw', 'ok so', 'ugh') opens its clause, with the writer dropped", () => {
    assert.ok(someone("btw going to the market later"));
    assert.ok(someone("ok so heading out now"));
    assert.ok(!someone("the printer going offline again"));
  });
});

describe("round nine: notes on when the writer works", () => {
  const absence = (text: string) => announcesAbsence(wordsOf(text));

  it("a time away, a sign-off, a slower week, a moved 1:1 or a flag to the manager are notes on the writer's work", () => {
    assert.ok(absence("Out 2-4pm for my oncology follow-up"));
    assert.ok(absence("Leaving at 3 for my psychiatrist"));
    assert.ok(absence("Logging off early — fever of 39 since last night"));
    assert.ok(absence("FYI my ADHD meds are changing so I might be slower for a bit"));
    assert.ok(absence("Can we move our 1:1? I have my oncology follow-up"));
    assert.ok(absence("My therapist thinks I'm close to burnout — can we talk about workload?"));
    assert.ok(absence("Honestly I've been having panic attacks and wanted to flag it"));
  });

  it("the same notes with family in them are family life; plans and outings are no notes", () => {
    assert.ok(!absence("Out 2-4pm, my son has his school play"));
    assert.ok(!absence("wanted to flag it: my mum is in hospital again"));
    assert.ok(!absence("we went out for dinner, it was lovely"));
    assert.ok(!absence("the kids were out until 11 last night"));
    assert.ok(!absence("can we move in together next year?"));
  });
});

describe("round nine: letters", () => {
  const family = (text: string) => addressesFamily(wordsOf(text));

  it("a letter that opens by greeting a family member is addressed to family, in several languages", () => {
    assert.ok(family("Dear Mum, the adoption paperwork finally went through"));
    assert.ok(family("ok so Hi Dad, quick one"));
    assert.ok(family("Querida mamá, te echo de menos"));
    assert.ok(family("Lieve oma, bedankt voor het cadeau"));
  });

  it("a letter to a colleague, a client or everyone about work, or family named later, is not", () => {
    assert.ok(!family("Dear Mr Keller, please find the contract attached"));
    // round fourteen: greeting everyone with private life and no work in it is a letter to the family
    // ("Hi all, the adoption paperwork finally went through"); greeting everyone about work is not.
    assert.ok(!family("Hi all, the adoption agency invoice is attached for the client"));
    assert.ok(!family("Hi Tom, my mum says hello"));
  });
});

describe("conversation topic and notices (round ten)", () => {
  const someone = (text: string) => speaksOfSomeone(text, wordsOf(text));

  it("splitting up said as a verb of the pair, a mortgage, a renovation and a race are personal life", () => {
    assert.equal(topic("ci siamo lasciati, non ne voglio parlare oggi"), "personal");
    assert.equal(topic("nos separamos el mes pasado"), "personal");
    assert.equal(topic("we zijn uit elkaar sinds vorige week"), "personal");
    assert.equal(topic("got a speeding ticket on the A7, 3 points"), "personal");
    assert.equal(topic("finally finished the marathon sunday!! legs are dead"), "personal");
    assert.equal(topic("w końcu skończyliśmy remont kuchni, przyjdź w sobotę"), "personal");
    assert.equal(topic("la hipoteca nos está ahogando este año"), "personal");
  });

  it("a marathon of work, a Jira ticket and a relationship between tables are not", () => {
    assert.notEqual(topic("the migration was a marathon, deploy finished at 2am"), "personal");
    assert.notEqual(topic("opened a ticket for the parking service outage"), "personal");
    assert.notEqual(
      topic("the relationship between Order and LineItem is broken after the migration"),
      "personal",
    );
  });

  it("a service's notice pasted into a chat speaks of no one; a reminder of the writer's own plans does", () => {
    assert.ok(!someone("Your DHL parcel arrives today between 10:00 and 14:00"));
    assert.ok(!someone("Rappel : votre rendez-vous de contrôle technique est demain"));
    assert.ok(!someone("Ihr Paket wird heute zugestellt"));
    assert.ok(someone("Reminder: dinner at my parents on Sunday"));
    assert.ok(someone("your mum called, call her back"));
  });
});

describe("conversation topic (round eleven)", () => {
  it("the writer's pregnancy and its due date are health news, not family life: a partner or a child named is", () => {
    assert.notEqual(topic("I'm 31 weeks pregnant, the midwife says all is well"), "personal");
    assert.notEqual(topic("check-up went fine, baby due in late June"), "personal");
    assert.notEqual(topic("sadly I had a miscarriage last week"), "personal");
    assert.equal(topic("my wife is pregnant with our second"), "personal");
    assert.equal(topic("the baby kept us up all night"), "personal");
  });

  it("family, moves, weddings and engagements in Czech, Turkish, Finnish, Romanian, Greek, Hungarian and Danish are personal life", () => {
    assert.equal(topic("stěhujeme se v sobotu, pomůžeš?"), "personal");
    assert.equal(topic("babam yarın hastaneden çıkıyor"), "personal");
    assert.equal(topic("äitini täyttää lauantaina 70"), "personal");
    assert.equal(topic("bunica a venit la noi de Crăciun"), "personal");
    assert.equal(topic("τα γενέθλια της κόρης μου είναι αύριο"), "personal");
    assert.equal(topic("jövő héten esküvőre megyünk"), "personal");
    assert.equal(topic("vi skal til bryllup i weekenden"), "personal");
  });

  it("pets, godchildren, teenagers, step-siblings and a baptism are personal life; a pet project or a PET scan is not", () => {
    assert.equal(topic("the pet sitter cancelled, who can feed the goldfish on Saturday?"), "personal");
    assert.equal(topic("my godson's baptism is on Sunday"), "personal");
    assert.equal(topic("two teenagers at home and both have exams"), "personal");
    assert.notEqual(topic("that pet project of his finally shipped"), "personal");
    assert.notEqual(topic("the PET scan slots are all booked this week"), "personal");
  });

  it("meetings, clients and invoices in those languages are work", () => {
    assert.equal(topic("palaveri siirtyy huomiseen, asiakas ei ehdi"), "work");
    assert.equal(topic("müşteri toplantıya geç kalacak"), "work");
    assert.equal(topic("kunden vil flytte mødet til fredag"), "work");
  });

  it("the child's doctor, a plumber and a school play in the offices' languages are family and home life", () => {
    assert.equal(topic("bin um 4 beim Kinderarzt mit der Kleinen"), "personal");
    assert.equal(topic("j'attends le plombier ce matin"), "personal");
    assert.equal(topic("stasera c'è la recita di mio figlio"), "personal");
  });

  it("a Finnish machine and the given name Anne are no family", () => {
    assert.notEqual(topic("kone kaatui taas, käynnistän palvelimen uudelleen"), "personal");
    assert.notEqual(topic("Anne from finance approved the budget"), "personal");
  });
});

describe("conversation topic: meetings and relationships with work (round eleven)", () => {
  it("a relationship, a rendez-vous or a dinner with a supplier, an agency or a client is work", () => {
    assert.notEqual(topic("our relationship with the vendor has been rocky since the renewal"), "personal");
    assert.notEqual(topic("rendez-vous avec le client mardi pour le devis"), "personal");
    assert.notEqual(topic("dinner with the clients after the workshop"), "personal");
    assert.notEqual(topic("die Beziehung zum Lieferanten ist schwierig"), "personal");
  });

  it("the same words with a partner, a friend or no one from work stay personal life", () => {
    assert.equal(topic("dinner with my sister tonight"), "personal");
    assert.equal(topic("our relationship is going through a rough patch"), "personal");
    assert.equal(topic("rendez-vous avec Léa ce soir, je suis stressée"), "personal");
  });
});

describe("announces absence (round eleven)", () => {
  const absence = (text: string) => announcesAbsence(wordsOf(text));

  it("a sick day is an absence, and being at home says where the writer is, not whose life it is", () => {
    assert.ok(absence("woke up with a fever, taking a sick day"));
    assert.ok(absence("left my inhaler at home, can we push the standup by 20 min?"));
    assert.ok(!absence("left my inhaler at home, my daughter is bringing it, can we push the standup?"));
  });

  it("'so you know', a phrase of three words, flags the writer's news to the team", () => {
    assert.ok(absence("just so you know, I have a scan on Thursday morning"));
    assert.ok(!absence("so you know what my sister did?"));
  });
});

describe("speaks of someone (round eleven)", () => {
  const someone = (text: string) => speaksOfSomeone(text, wordsOf(text));

  it("a kiss or a hug signing off and Polish 'I love you' are said to someone", () => {
    assert.ok(someone("puss och kram"));
    assert.ok(someone("gros bisous demain"));
    assert.ok(someone("kocham cię bardzo mocno"));
    assert.ok(!someone("kocioł gazowy w serwisie"));
  });
});

describe("conversation topic: round twelve", () => {
  it("splitting up and divorcing, said as the pair's verb or with a partner's word, in the offices' languages", () => {
    for (const text of [
      "kız arkadaşımla ayrıldık, biraz moralim bozuk",
      "erkek arkadaşım beni terk etti",
      "rozwodzimy się, przepraszam że ostatnio jestem nieobecna",
      "jestem po rozwodzie i szukam mieszkania",
      "mon mec m'a quittée hier soir, je suis pas très concentrée désolée",
      "ma meuf et moi on fait une pause",
      "nos estamos divorciando, perdonad si estoy distraída",
      "ci stiamo separando, scusate se sono distratta",
      "vamos nos divorciar, desculpem a distração",
      "wir lassen uns scheiden, sorry wenn ich gerade neben der Spur bin",
      "vi ska skiljas, förlåt att jag är frånvarande",
      "my ex and I are finally divorcing",
    ]) {
      assert.equal(topic(text), "personal", text);
    }
  });

  it("a solution, a separated list and a split service are no break-up", () => {
    for (const text of [
      "rozwiązanie jest w PR, sprawdź proszę",
      "waarden gescheiden door komma's in de export",
      "we split the monolith into two services last sprint",
      "la séparation des responsabilités dans ce module",
    ]) {
      assert.notEqual(topic(text), "personal", text);
    }
  });

  it("a warehouse's lorries, loading docks, pallets and delivery notes are work in the offices' languages", () => {
    for (const text of [
      "LKW steht an Rampe 2, kannst du die Papiere bringen?",
      "the lorry is at dock 4, can you bring the delivery note?",
      "le camion est au quai 3, tu peux apporter le bon de livraison ?",
      "el camión está en el muelle 2, ¿me traes el albarán?",
      "il camion è alla rampa 2, mi porti il DDT?",
      "de vrachtwagen staat bij laadperron 2, neem je de vrachtbrief mee?",
      "ciężarówka stoi przy rampie 2, przyniesiesz list przewozowy?",
      "lastbilen står vid lastkajen, kan du ta med fraktsedeln?",
      "o camião está no cais 2, trazes a guia de remessa?",
      "noch 12 Paletten für Bielefeld, Stapler ist frei",
    ]) {
      assert.equal(topic(text), "work", text);
    }
  });

  it("family moving house with a van and a painter's palette stay personal", () => {
    for (const text of [
      "my brother's van is outside, can you help carry the sofa?",
      "Umzug am Samstag, mein Bruder bringt den Transporter",
      "ma fille a peint avec sa nouvelle palette toute la journée",
    ]) {
      assert.equal(topic(text), "personal", text);
    }
  });

  it("the week's rota, stocktaking and the office printer are work in the offices' languages", () => {
    for (const text of [
      "¿puedes mandarme el cuadrante de la semana?",
      "mi mandi i turni della settimana?",
      "możesz wysłać grafik na przyszły tydzień?",
      "kan du skicka schemat för nästa vecka?",
      "Inventur am Samstag, bitte alle kommen",
      "der Drucker im 2. Stock ist wieder kaputt",
    ]) {
      assert.equal(topic(text), "work", text);
    }
  });
});

const absence = (text: string) => announcesAbsence(wordsOf(text));

describe("conversation: round thirteen", () => {
  it("an absence until a day is a note of availability, whoever is away", () => {
    assert.ok(absence("Rhys's partner went into labour last night, so they're out until Monday"));
    assert.ok(absence("Jonas ist bis Mittwoch nicht da, Tickets bitte an mich"));
    assert.ok(absence("I'm off until Thursday, ping Ana for reviews"));
    assert.ok(absence("she's away until the 14th, route approvals to me"));
    assert.ok(!absence("my mum is out until Monday at my sister's, so I have the flat to myself"));
  });

  it("pets, a night at the cinema or a concert, and a campsite are the writer's life, in the offices' languages", () => {
    for (const text of [
      "kun je de kat eten geven, ik ben pas laat thuis",
      "kan je de poes voeren vanavond?",
      "did you book the campsite for August or should I?",
      "¿vamos al cine el sábado? ponen una de terror que pinta bien",
      "tu viens au ciné ce soir ?",
      "gehen wir Samstag ins Kino?",
      "anyone want two tickets for the Coldplay gig on Friday? can't go anymore",
      "abbiamo i biglietti per il concerto di sabato",
    ]) {
      assert.equal(topic(text), "personal", text);
    }
  });

  it("a campsite booking system, a film studio's client and a concert venue's invoice are work", () => {
    for (const text of [
      "the campsite booking API times out on staging",
      "the cinema chain client wants the deck by Friday",
      "invoice for the concert hall rental is in the procurement queue",
      "Kino-Kunde braucht das Angebot bis Freitag",
      "the concert venue's invoice is overdue, escalate to procurement",
      "the export is a 3 gig file, upload it to the bucket",
    ]) {
      assert.equal(topic(text), "work", text);
    }
  });

  it("a plan with no one in it is no one's life", () => {
    assert.notEqual(topic("bought the concert tickets, row 12"), "personal");
    assert.notEqual(topic("the cinema on Main Street closes at 11"), "personal");
  });

  it("an emergency contact handed over in work chat names a relative as a record's value", () => {
    for (const text of [
      "emergency contact – my sister, +49 1511 6607764",
      "next of kin: my husband, 07700 900123",
      "Notfallkontakt: meine Mutter, 0151 2345678",
      "contacto de emergencia: mi hermana, 612 345 678",
    ]) {
      assert.notEqual(topic(text), "personal", text);
    }
  });

  it("approving a purchase order in the ERP is work", () => {
    assert.equal(topic("can you approve the PO in SAP when you get a sec?"), "work");
    assert.equal(topic("pls approve my expenses in the ERP before payday"), "work");
  });
});

describe("conversation: round thirteen, late to a meeting and the Nordic languages' definite work words", () => {
  it("late with the others told to start without the writer is work; a Danish server, a Swedish client are work", () => {
    assert.equal(topic("running 10 min late to the cient, start without me"), "work");
    assert.equal(topic("train is delayed 20 min, start without me"), "work");
    assert.equal(topic("serveren er syg igen, genstart den lige"), "work");
    assert.equal(topic("servern är nere igen, kan du kolla?"), "work");
    assert.equal(topic("budgeten för projektet är klar"), "work");
  });

  it("words that end like a definite form but are no work word stay as they were", () => {
    assert.equal(topic("the token is broken, listen to this"), "unclear");
    assert.equal(topic("min mamma kommer på middag, hunden är sjuk"), "personal");
  });
});

describe("conversation topic: round fourteen", () => {
  it("a sport or a day out planned for a free day with someone is personal life, in the offices' languages", () => {
    for (const text of [
      "anyone up for climbing on Sunday",
      "kommst du Samstag mit klettern?",
      "tu viens à l'escalade dimanche ?",
      "¿te vienes de senderismo el sábado?",
      "vieni a sciare domenica?",
      "gaan jullie zondag mee boulderen?",
      "vamos fazer uma trilha no domingo, vens?",
      "idziesz w sobotę na wspinaczkę?",
      "hänger du med på klättring på lördag?",
    ])
      assert.equal(topic(text), "personal", text);
  });

  it("a number that is climbing, a price hike and a climbing-wall supplier are no day out", () => {
    assert.notEqual(topic("our error rate is climbing since Sunday"), "personal");
    assert.notEqual(topic("the price hike lands Saturday, let us know"), "personal");
    assert.equal(topic("climbing wall supplier invoice due Sunday"), "work");
  });

  it("last night alone is no one's private life; a date or a partner last night is", () => {
    assert.notEqual(topic("what a match last night, that penalty though"), "personal");
    assert.equal(topic("had a date last night, it went great"), "personal");
    assert.equal(topic("last night my wife and I finally slept"), "personal");
  });

  it("a treat in the office's kitchen is shared with the team, whoever's birthday it is", () => {
    assert.equal(topic("Jolene is vandaag jarig, taart om 3 uur in de keuken 🎂"), "work");
    assert.equal(topic("cake in the kitchen for Tom's birthday, help yourselves"), "work");
    assert.equal(topic("Kuchen in der Teeküche, bedient euch"), "work");
    assert.equal(topic("il y a un gâteau dans la cuisine pour l'anniversaire de Paul"), "work");
  });

  it("the writer's family outweighs the treat: a cake for a daughter's birthday stays personal", () => {
    assert.equal(topic("baked a cake for my daughter's birthday, it's in the kitchen"), "personal");
  });

  it("a loan for the home refused is money trouble; a bank account's credit is not", () => {
    assert.equal(topic("o banco recusou o crédito da casa"), "personal");
    assert.equal(topic("on n'a pas eu le prêt immobilier, je suis dégoûtée"), "personal");
    assert.notEqual(topic("o crédito da conta caiu hoje"), "personal");
  });

  it("who cooks tonight is home life", () => {
    assert.equal(topic("Kochst du heute oder bestellen wir Pizza?"), "personal");
    assert.equal(topic("kook jij vanavond of bestellen we?"), "personal");
    assert.equal(topic("who's cooking tonight? I can grab groceries"), "personal");
  });

  it("a partner, a break-up and parents as Czech, Turkish and Hungarian inflect them are personal life", () => {
    assert.equal(topic("rozešla jsem se s přítelem, promiň že jsem mimo"), "personal");
    assert.equal(topic("annemler hafta sonu bize geliyor, ev darmadağın"), "personal");
    assert.equal(topic("a párommal most vettünk kutyát"), "personal");
  });
});

describe("conversation topic: round fourteen, a contact handed over", () => {
  it("a number labelled with whose it is hands a contact over: the trade or relative named is its description", () => {
    assert.notEqual(
      topic("this is Gaëtan's number, the plumber she recommended: +31 6 8979 3760"),
      "personal",
    );
    assert.notEqual(topic("die Nummer von meiner Schwester: 0151 2345678"), "personal");
    assert.notEqual(topic("le numéro de ma sœur : 06 12 34 56 78"), "personal");
  });

  it("asking for a relative's number, or a number of children, is still family talk", () => {
    assert.equal(topic("what's your sister's number? I want to invite her to the wedding"), "personal");
    assert.equal(topic("my sister's number of kids is 3 now, the twins arrived"), "personal");
  });
});

describe("a letter to everyone", () => {
  const family = (text: string) => addressesFamily(wordsOf(text));

  it("greeting everyone and telling private life with no work in it is a letter to the family", () => {
    assert.equal(family("Hi all, the adoption paperwork finally went through !!"), true);
    assert.equal(family("btw Hi all, I've been meaning to tell you I'm gay"), true);
    assert.equal(family("Hallo zusammen, wir heiraten im Mai!"), true);
    assert.equal(family("Bonjour à tous, mamie va mieux, elle rentre samedi"), true);
  });

  it("a work mail to everyone stays work, a family word in it or not", () => {
    assert.equal(family("Hi all, the release notes for the deploy are attached"), false);
    assert.equal(family("Hi all, please find the invoice for the wedding venue attached"), false);
    assert.equal(family("Hola a todos, el informe del cliente está listo"), false);
  });
});

describe("conversation topic: round fourteen, where to reach the writer and the company's IT", () => {
  it("a number to reach the writer at hands it over, whatever the message says around it", () => {
    assert.notEqual(topic("text me at 482.258.3095 when you land"), "personal");
    assert.notEqual(topic("call me on 07700 900123 when you're home"), "personal");
  });

  it("without the number it is still said to someone close", () => {
    assert.equal(topic("text me when you land, love you"), "personal");
  });

  it("asking IT to reset an account is work talk; a family member's password reset stays family", () => {
    assert.equal(topic("asked IT to reset the shared password, the new one comes by SMS"), "work");
    assert.equal(topic("the helpdesk says the laptop comes Monday"), "work");
    assert.equal(topic("my mum did a password reset again, my sister is helping her"), "personal");
  });
});

describe("conversation topic: round fourteen, a snippet pasted into a messenger", () => {
  it("a command line is work talk, though its flags read as words ('-i' as I)", () => {
    assert.equal(topic("git rebase -i HEAD~3"), "work");
    assert.equal(topic("sudo systemctl restart nginx"), "work");
    assert.equal(topic("curl -i http://localhost:8080/health"), "work");
    assert.equal(topic("npm i -D typescript"), "work");
  });

  it("a brother called a git is still family", () => {
    assert.equal(topic("my brother is such a git, he forgot my birthday"), "personal");
  });
});

describe("conversation topic: round fifteen, a service's text in a messenger", () => {
  it("a service's notice to its customer is no conversation, in the offices' languages", () => {
    for (const text of [
      "Vodafone: your bill of £58.31 is ready. Reply STOP to opt out.",
      "DHL: Your parcel 4206 4621 5219 will be delivered today between 8:00 and 8:15.",
      "Your Uber is arriving in 3 min. Look for the grey Skoda Octavia.",
      "Your table for 2 at Dishoom is confirmed for Friday 19:30. Reply YES to confirm.",
      "DPD: Ihr Paket wird heute zwischen 10:00 und 11:00 zugestellt.",
      "Correos: Su envío 123456 llegará mañana entre 9:00 y 14:00.",
      "BRT: il tuo pacco sarà consegnato oggi tra le 9 e le 13.",
      "PostNL: Uw pakket wordt vandaag tussen 14:00 en 16:00 bezorgd.",
      "InPost: Twoja paczka czeka w Paczkomacie WAW123. Kod odbioru: 123456",
    ])
      assert.equal(topic(text), "notice", text);
  });

  it("a friend's message about the reader's things is no service's notice: no number, a writer, a relative", () => {
    for (const text of [
      "your keys are on the table",
      "your train gets in at 6:40 so leave the house by 6",
      "your share of the dinner was 23.50, send it whenever",
      "your parcel came at 3, I put it in the shed",
      "your flight lands at 17:05, mum's picking you up",
      "reply yes if you want to come on the 12th",
      "votre train arrive à 18h, on vous attend à la gare",
      "ihr könnt um 19 Uhr kommen, das Essen ist dann fertig",
      "Anna: your train is at 6, don't miss it",
    ])
      assert.notEqual(topic(text), "notice", text);
  });
});

describe("conversation topic: round fifteen, a contact handed over inside family news", () => {
  it("the family said before a relative's number stays said: the message is personal", () => {
    for (const text of [
      "can you grab the kids at 4? I'm stuck in a meeting. mum's number if you need her 07409 653846",
      "¿puedes recoger a los niños a las 5? el número de la abuela es 916 90 78 65",
      "kannst du die Kinder um 4 abholen? die Nummer von Oma ist 0151 2345678",
      "peux-tu récupérer les enfants à 17h ? le numéro de ma mère : 06 12 34 56 78",
    ])
      assert.equal(topic(text), "personal", text);
  });

  it("a relative named only as the contact's owner or a record's value is still no family news", () => {
    for (const text of [
      "emergency contact: my sister, +49 151 2345678",
      "my wife's number is 0151 2345678",
      "this is Gaëtan's number, the plumber she recommended: +31 6 12345678",
    ])
      assert.notEqual(topic(text), "personal", text);
  });
});

describe("speaks of someone: round fifteen, a first-person verb of a language that drops its pronouns", () => {
  const someone = (text: string) => speaksOfSomeone(text, wordsOf(text));

  it("a Polish, Spanish, Portuguese or Italian first-person verb puts the writer in the message", () => {
    for (const text of [
      "chyba się rozstaniemy, nie daję już rady",
      "w sobotę idziemy do kina",
      "nie mogę dziś przyjść",
      "mañana salimos temprano",
      "chegamos amanhã às 10",
      "ci vediamo domani sera",
    ])
      assert.equal(someone(text), true, text);
  });

  it("nouns and adjectives with the same endings name no one: an accent or a noun's -my", () => {
    for (const text of [
      "los últimos detalles del préstamo",
      "las próximas ofertas de la tienda",
      "problemy z dostawą od rana",
      "programy telewizyjne na weekend",
    ])
      assert.equal(someone(text), false, text);
  });
});

describe('conversation topic: round fifteen, whose confidence "between us" keeps', () => {
  it("the writer's own confidence leans personal", () => {
    assert.equal(topic("I was diagnosed with coeliac disease, please keep it between us"), "personal");
    assert.equal(topic("Still dealing with long COVID, please keep it between us"), "personal");
    assert.equal(topic("between us, my landlord is selling the flat"), "personal");
  });

  it("a colleague's HR matter passed on in confidence is no one's personal life told by the writer", () => {
    assert.notEqual(
      topic("between us, Keiko Whitfield is on a PIP until 17 April - don't mention it"),
      "personal",
    );
    assert.notEqual(topic("between us, the Lisbon team is being merged into ours"), "personal");
  });
});
