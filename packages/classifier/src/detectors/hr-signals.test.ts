import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classifier.ts";
import { detectionInput } from "../detection.ts";
import { reportThreshold } from "../span.ts";
import { findHrSignals } from "./hr-signals.ts";

const signals = (text: string, code = false) =>
  findHrSignals(detectionInput(text, { code }))
    .filter((span) => span.score >= reportThreshold)
    .map((span) => text.slice(span.start, span.end));

describe("HR numbers", () => {
  it("finds a pay figure beside pay words, or changing into another", () => {
    assert.deepEqual(signals("Priya's new base will be $142,000 from April"), ["$142,000"]);
    assert.deepEqual(signals("offer for Jonas: €68k plus 10% bonus"), ["€68k"]);
    assert.deepEqual(signals("Dana Whitfield — $120,000 → $135,000"), ["$120,000 → $135,000"]);
  });

  it("finds performance ratings", () => {
    assert.deepEqual(signals("rated 2 out of 5 this cycle"), ["rated 2 out of 5"]);
    assert.deepEqual(signals("calibrated at 3 (meets)"), ["calibrated at 3"]);
  });

  it("finds someone's last day", () => {
    assert.deepEqual(signals("last day for Deneval Souza is Friday"), ["last day for Deneval"]);
  });

  it("a last day for a month, a weekday or a batch of work is not a departure", () => {
    assert.deepEqual(signals("last day for March expenses is the 28th"), []);
    assert.deepEqual(signals("last day for Friday's deploy freeze"), []);
    assert.deepEqual(signals("last day for submissions is Q3 end"), []);
  });

  it("revenue, prices, star ratings and code are not HR", () => {
    assert.deepEqual(signals("revenue 1,234,567 EUR this quarter"), []);
    assert.deepEqual(signals("the monitor costs $329 at the store"), []);
    assert.deepEqual(signals("rating service returns 4.5 stars"), []);
    assert.deepEqual(signals("app store rating 4/5"), []);
    assert.deepEqual(signals("def calculate_bonus(base, pct): return base * 120000", true), []);
  });
});

describe("HR numbers and departures, round three", () => {
  it("finds an accepted offer, a ceiling for one person and a figure in thousands before 'base'", () => {
    assert.deepEqual(signals("Ross accepted at 47.000 €"), ["47.000 €"]);
    assert.deepEqual(signals("we can go up to £70k for Amarande"), ["£70k"]);
    assert.deepEqual(signals("Nadia accepted at 139k base"), ["139k"]);
  });

  it("finds ratings given as a word and a number, and a place in the ranking of a cycle", () => {
    assert.deepEqual(signals('Deanna — "exceeds" (4)'), ['"exceeds" (4)']);
    assert.deepEqual(signals("Lura — bottom 10% this cycle"), ["bottom 10%"]);
  });

  it("finds someone being let go, and not an idea or a dependency let go of", () => {
    assert.deepEqual(signals("we're letting go of Ole Willems"), ["letting go of Ole"]);
    assert.deepEqual(signals("we're letting go of the old queue"), []);
  });

  it("budgets, thousands of requests and top lists are not pay or ratings", () => {
    assert.deepEqual(signals("the budget is 140k for the migration"), []);
    assert.deepEqual(signals("serve 120k requests per minute"), []);
    assert.deepEqual(signals("top 10 errors of the week"), []);
  });
});

describe("HR numbers and departures, round four", () => {
  it("finds pay figures beside pay words of the offices' other languages, and k€ with a space", () => {
    assert.deepEqual(signals("Le salaire de Tariq passe à 80 k€ au 1er janvier."), ["80 k€"]);
    assert.deepEqual(signals("Gehalt Emese: 42.500 € brutto"), ["42.500 €"]);
  });

  it("finds someone being let go when the name stands between 'letting' and 'go'", () => {
    assert.deepEqual(signals("We're letting Thành Tín go on Friday"), ["letting Thành Tín go"]);
  });

  it("'let X go ahead' is permission, not a departure", () => {
    assert.deepEqual(signals("let Vercel go ahead and deploy"), []);
  });
});

describe("HR numbers: transactions", () => {
  it("an amount on an invoice, an order or a renewal, even 'paid', is a transaction, not pay", () => {
    assert.deepEqual(signals("invoice #14167412 for €121,000 paid"), []);
    assert.deepEqual(signals("the Acme renewal came in at $150,000, paid upfront"), []);
    assert.deepEqual(signals("Rechnung 2026-118 über 98.500 € brutto bezahlt"), []);
  });

  it("pay named as pay beside a contract or an offer is still pay", () => {
    assert.deepEqual(signals("contract signed: $140,000 base salary"), ["$140,000"]);
    assert.deepEqual(signals("Priya's new base will be $142,000 from April"), ["$142,000"]);
  });
});

describe("HR numbers: pay attached to a person, bonuses, comp sheets, calibration and HR systems", () => {
  it("a figure offered to or settled for someone is pay", () => {
    assert.deepEqual(signals("Kwame Obi is offered $185,000"), ["$185,000"]);
    assert.deepEqual(signals("Johanna will be on £148,000 after calibration"), ["£148,000"]);
    assert.deepEqual(signals("They offered me €42,000, is that below market?"), ["€42,000"]);
  });

  it("a four-figure bonus is pay; a four-figure sum without bonus words is not", () => {
    // "Meera's bonus" is a person's pay matter too, now that the name lists know Meera, and so is a bonus of a year.
    assert.deepEqual(signals("Meera's bonus this year is €4,589 (135% of target)"), [
      "Meera's bonus",
      "bonus this year",
      "€4,589",
    ]);
    assert.deepEqual(signals("the laptop was paid at $2,400"), []);
  });

  it("a row of a compensation sheet with a level or a percent change is pay", () => {
    assert.deepEqual(signals("Aleksandra Laursen\tL4\t83.000 €\t+0%"), ["83.000 €"]);
  });

  it("calibration moves between verdicts are ratings", () => {
    assert.deepEqual(signals("move Marta Ibáñez from meets to exceeds"), ["from meets to exceeds"]);
    assert.deepEqual(signals("calibration: Ben moved from 'exceeds' down to 'meets'"), [
      "from 'exceeds' down to 'meets",
    ]);
    assert.deepEqual(signals("the build moved from staging down to prod"), []);
    assert.deepEqual(signals("move Wyatt from 3 to exceeds"), ["from 3 to exceeds"]);
    assert.deepEqual(signals("move the job from 3 to 5 workers"), []);
  });

  it("an HR system's page naming a change to a person is HR; its home page is not", () => {
    assert.deepEqual(signals("Termination - Layla Khoury - Workday"), ["Termination"]);
    assert.deepEqual(signals("https://wd3.myworkday.com/acme/d/task/2997$1.htmld#compensation-change"), [
      "compensation-change",
    ]);
    assert.deepEqual(signals("Home - Workday"), []);
  });

  it("an HR system's page of a topic is about a person only when its title or address names one", () => {
    assert.deepEqual(signals("Compensation - Workday"), []);
    assert.deepEqual(signals("Performance - Lattice"), []);
    assert.deepEqual(signals("Ana Ruiz - Compensation - Workday"), ["Compensation"]);
    assert.deepEqual(signals("https://acme.lattice.com/performance/reviews/4711"), ["performance"]);
  });

  it("a retry or a step counted out of five is not a rating", () => {
    assert.deepEqual(signals("WARN retry 2/5 after 44:57 backoff"), []);
    assert.deepEqual(signals("step 3/5: installing dependencies"), []);
  });
});

describe("HR: feedback on a person", () => {
  it("feedback for someone described by a 'who' clause is about that person's performance", () => {
    assert.deepEqual(signals("help me write feedback for Priya, who missed three deadlines"), [
      "feedback for Priya, who",
    ]);
  });

  it("feedback on a design or a release is not about a person", () => {
    assert.deepEqual(signals("feedback for the Atlas release, which shipped late"), []);
  });
});

describe("HR: pay in the offices' other formats, and feedback on someone described", () => {
  it("a monthly salary, a figure grouped by spaces and a currency word are pay beside pay words", () => {
    // round twelve: the person's clause, earning a figure written gross, is found beside the figure itself
    assert.deepEqual(signals("Sven bekommt ab April 5.200 € brutto"), [
      "bekommt ab April 5.200 € brutto",
      "5.200 €",
    ]);
    assert.deepEqual(signals("Sophie passe à 58 000 € brut annuel"), ["58 000 €"]);
    assert.deepEqual(signals("Ana cobra 42.000 euros al año"), ["42.000 euros"]);
  });

  it("a four-figure price or invoice is not a monthly salary", () => {
    assert.deepEqual(signals("the laptop costs 2.400 € incl. VAT"), []);
    assert.deepEqual(signals("Rechnung über 5.200 € netto für das Hosting"), []);
  });

  it("feedback for someone described by their job and a 'who' clause is about their performance", () => {
    assert.deepEqual(signals("Help me write feedback for an engineer who keeps missing deadlines"), [
      "feedback for an engineer who",
    ]);
  });

  it("a referral bonus is a programme's figure, not a person's pay", () => {
    assert.deepEqual(signals("the company is hiring, referral bonus is €2,000"), []);
  });

  it("a pull request rated by a bot is not a person's rating", () => {
    assert.deepEqual(signals("ReviewBot rated this PR 2/5"), []);
  });
});

describe("HR: a raise said as a percentage", () => {
  it("a raise or a Gehaltserhöhung in percent is pay", () => {
    assert.deepEqual(signals("Tom got a 3% raise, Priya got 5%"), ["3% raise"]);
    assert.deepEqual(signals("Ich bekomme 4 % Gehaltserhöhung"), ["4 % Gehaltserhöhung"]);
  });

  it("a raise in throughput is not pay", () => {
    assert.deepEqual(signals("the worker pool got a 3% raise in throughput"), []);
  });
});

describe("HR: an HR system's window lifts only what something else points at", () => {
  const classifier = createClassifier();
  const personio = {
    app: { name: "Google Chrome" },
    window: { title: "Absences - Personio" },
    url: "https://acme.personio.de/time-off",
  };
  const hrOf = (text: string) =>
    classifier.classifyText(text, { field: "text", surface: personio }).categories.includes("hr");

  it("the words of its own menus and landing pages are not HR", () => {
    assert.equal(hrOf("Absences"), false);
    assert.equal(hrOf("Open tasks: 2 absence requests to approve"), false);
  });

  it("a person's matter shown there is HR", () => {
    assert.equal(hrOf("Maria Costa requested 3 weeks of medical leave"), true);
    assert.equal(hrOf("her probation review is due"), true);
  });
});

describe("HR numbers said as people say them", () => {
  it("finds a salary in bare thousands beside words that can only mean pay", () => {
    assert.deepEqual(signals("they offered me 95k + 10% bonus, should I counter?"), ["95k"]);
    assert.deepEqual(signals("got the offer from Stripe, 210 base 50k sign on"), ["210", "50k"]);
    assert.deepEqual(signals("I'm on 62k and just found out the new hire is on 70k"), ["62k", "70k"]);
  });

  it("thousands of users, rows, tables, revenue or a licence are not pay", () => {
    assert.deepEqual(signals("we have 95k users and 12k of them are active daily"), []);
    assert.deepEqual(signals("the app makes 95k a month in revenue now"), []);
    assert.deepEqual(signals("we paid 40k for the license renewal"), []);
    assert.deepEqual(signals("invoice total 120k, payment due in 30 days"), []);
    assert.deepEqual(signals("the index has 210 base tables and 40 views"), []);
    assert.deepEqual(signals("we hit 150k MAU, bonus for everyone?"), []);
  });

  it("a range of pay is a role's band in an advert unless it is offered to someone", () => {
    assert.deepEqual(signals("$120k - $150k + equity, remote (US) — Senior Engineer at Acme"), []);
    assert.deepEqual(signals("Salary: €70,000–€90,000 depending on experience"), []);
    assert.deepEqual(signals("we offered her €70,000–€75,000 base"), ["€70,000", "€75,000"]);
  });

  it("finds a rating given as a verdict word, with or without a number", () => {
    assert.deepEqual(signals("Overall rating: Exceeds. Needs to own incidents end to end."), [
      "Overall rating: Exceeds",
    ]);
    assert.deepEqual(signals("rated 'meets' again, second year running"), ["rated 'meets"]);
    assert.deepEqual(signals("App Store rating: outstanding, 4.8 stars"), []);
  });
});

describe("an HR system's leave pages", () => {
  const hrSystem = (title: string) =>
    createClassifier()
      .classifyText(title, {
        field: "window.title",
        surface: { app: { name: "Google Chrome" }, window: { title } },
      })
      .categories.includes("hr");

  it("a time-off or absence page of one named person is HR, and one's own pay page", () => {
    assert.equal(hrSystem("Sarah Connor - Time Off - BambooHR"), true);
    assert.equal(hrSystem("Absence request - Marie Dubois - Personio"), true);
    assert.equal(hrSystem("My Pay - Workday"), true);
  });

  it("the same pages with nobody named are navigation, not HR", () => {
    assert.equal(hrSystem("Time Off - BambooHR"), false);
    assert.equal(hrSystem("Absences - Team calendar - Personio"), false);
    assert.equal(hrSystem("Leave Policies - HiBob"), false);
  });
});

describe("pay said in thousands without a k, and applicant tracking pages (round nine)", () => {
  it("a named person or he/she making a two- or three-digit figure that closes its clause earns it", () => {
    assert.deepEqual(signals("Jake makes 140 and the new guy is coming in at 155"), ["Jake makes 140"]);
    assert.deepEqual(signals("she earns 95 now, way under band"), ["she earns 95"]);
  });

  it("a count after the figure, or a thing that makes it, is not pay", () => {
    assert.deepEqual(signals("Jake makes 140 commits a month"), []);
    assert.deepEqual(signals("the app makes 140 and change per day"), []);
    assert.deepEqual(signals("Jenkins makes 140 builds a day"), []);
  });

  it("an applicant tracking system's offer page naming a candidate is HR; its topic page is not", () => {
    const title = (text: string) =>
      createClassifier()
        .classifyText(text, {
          field: "window.title",
          surface: { app: { name: "Google Chrome" }, window: { title: text } },
        })
        .categories.includes("hr");
    assert.equal(title("Offer - Emily Zhang - Senior Designer - Greenhouse"), true);
    assert.equal(title("Abwesenheiten – Jonas Weber | Personio"), true);
    assert.equal(title("Offers - Greenhouse"), false);
    assert.equal(title("Abwesenheiten | Personio"), false);
  });
});

describe("one's own pay in bare thousands", () => {
  it("I make or I'm on a figure closing its clause is my pay", () => {
    assert.deepEqual(signals("I'm on 55 now, is that low?"), ["I'm on 55"]);
    assert.deepEqual(signals("I make 90 and she makes 110"), ["I make 90", "she makes 110"]);
  });

  it("hours, tickets and tips counted after the figure are not pay", () => {
    assert.deepEqual(signals("I'm on 55 tickets this sprint"), []);
    assert.deepEqual(signals("I make 30 a day on tips"), []);
  });
});

describe("an HR system's pay page in German or French naming someone", () => {
  it("is HR with a name, navigation without one", () => {
    const title = (text: string) =>
      createClassifier()
        .classifyText(text, {
          field: "window.title",
          surface: { app: { name: "Google Chrome" }, window: { title: text } },
        })
        .categories.includes("hr");
    assert.equal(title("Lisa Brandt – Gehalt – Personio"), true);
    assert.equal(title("Rémunération - Julien Morel - HiBob"), true);
    assert.equal(title("Gehalt – Einstellungen – Personio"), false);
  });
});

describe("HR: an HR system's page headed with a colon before a person, and its payroll pages", () => {
  const classifier = createClassifier();
  const titleHr = (title: string) =>
    classifier
      .classifyText(title, {
        field: "window.title",
        surface: { app: { name: "Google Chrome" }, window: { title } },
      })
      .categories.includes("hr");

  it("a page's heading naming someone after a colon, or a payroll page naming someone, is HR", () => {
    assert.equal(titleHr("Performance Check-in: Sofia Marin | Lattice"), true);
    assert.equal(titleHr("Payroll - Adjustments - Ewa Nowak - Personio"), true);
  });

  it("a review cycle's page headed with a colon and payroll's settings are not", () => {
    assert.equal(titleHr("Performance Review Cycle: Q3 2026 | Lattice"), false);
    assert.equal(titleHr("Payroll - Settings - Personio"), false);
  });
});

describe("HR in scripts written without spaces, and in Devanagari", () => {
  it("employment's own words in Japanese, Chinese, Korean and Hindi are HR", () => {
    for (const text of [
      "田中さんの昇格は次の評価会議で決めます",
      "来月から育休を取ります",
      "王伟的绩效评级是C，下季度要进改进计划",
      "小李下个月离职，交接文档已经发给你",
      "김 대리 연봉협상 결과 공유드립니다",
      "박 과장님 육아휴직 신청서 결재 부탁드립니다",
      "राहुल का इन्क्रीमेंट इस साल 5% है",
      "प्रिया ने आज इस्तीफा दे दिया",
    ]) {
      assert.equal(signals(text).length > 0, true, `should be HR: ${text}`);
    }
  });

  it("a shop's promotion, an assessment of a thing and everyday words in those scripts are not", () => {
    for (const text of [
      "这个促销活动的预算需要再评估一下",
      "クエリのパフォーマンス評価を来週やります",
      "नई प्रमोशन योजना में 20% छूट मिलेगी",
      "서버 점검은 내일 오전 2시에 진행합니다",
      "会议改到下午三点",
    ]) {
      assert.deepEqual(signals(text), [], `should not be HR: ${text}`);
    }
  });
});

describe("HR numbers said the Italian way", () => {
  it("a figure in thousands beside RAL is pay", () => {
    assert.deepEqual(signals("Il colloquio con Giulia è andato bene, facciamo l'offerta: 45k RAL"), ["45k"]);
  });

  it("a figure in thousands beside no pay word is not", () => {
    assert.deepEqual(signals("abbiamo 45k righe nel CSV, il resto domani"), []);
  });
});

describe("HR systems' pages in more tools", () => {
  it("a page of Deel, Gusto or Paylocity naming someone's change is HR", () => {
    assert.deepEqual(signals("Termination - Ana Ruiz - Deel"), ["Termination"]);
    assert.deepEqual(signals("Compensation: Daniel Okafor | Gusto"), ["Compensation"]);
  });

  it("a word that only contains a tool's name is not the tool", () => {
    assert.deepEqual(signals("Termination of leverage agreements - Confluence"), []);
  });
});

describe("HR numbers: a compensation sheet's cells and gross yearly pay", () => {
  it("a level code with a salary-sized figure in the next cell is pay, with or without a currency", () => {
    assert.deepEqual(signals("Okafor, Ada\tData Scientist\tIC4\t131,500\t3%"), ["IC4\t131,500"]);
    assert.deepEqual(signals("id;name;level;base\n7;R. Vega;L3;88000"), ["L3;88000"]);
  });

  it("a header naming pay columns makes the figures under it pay", () => {
    const sheet = "emp,name,current_base,proposed_base\n4410,Ana Ruiz,92000,97500";
    assert.deepEqual(signals(sheet), ["92000", "97500"]);
  });

  it("a revenue sheet, a priority beside a count and a price header are not pay", () => {
    assert.deepEqual(signals("region,q1_revenue,q2_revenue\nEMEA,118000,122720"), []);
    assert.deepEqual(signals("P1,118000 tickets closed"), []);
    assert.deepEqual(signals("sku,base_price,stock\nA-11,120000,4"), []);
  });

  it("thousands said gross a year in French, German and Spanish are pay; a vendor's offer is a sale", () => {
    assert.deepEqual(signals("elle passe à 52k brut annuel en mars"), ["52k"]);
    assert.deepEqual(signals("Angebot: 64k brutto im Jahr"), ["64k"]);
    assert.deepEqual(signals("the offer from the vendor is 12k for the licence"), []);
  });
});

describe("HR numbers round eleven: ratings that are no person's", () => {
  it("a date of birth written with slashes is not a rating out of five", () => {
    assert.deepEqual(signals("guest: Ana Ruiz, DOB 3/5/1988, seat 12C"), []);
  });

  it("suppliers rated under one heading are not people's ratings; a person's rating still is", () => {
    assert.deepEqual(
      signals("Lieferantenbewertung Q3 - Lieferanten: Hofmann Spedition 4/5, Berger Druck 2/5"),
      [],
    );
    assert.deepEqual(signals("vendor scorecard: Acme Freight 3/5, Northline 4/5, Packwell 2/5"), []);
    assert.deepEqual(signals("Jonas was rated 2/5 this cycle"), ["rated 2/5"]);
  });
});

describe("HR numbers round eleven: a review sheet's verdict cells", () => {
  it("verdicts under a rating column are HR", () => {
    assert.deepEqual(
      signals("Employee;Dept;Rating;Notes\nMaja Lund;Ops;Exceeds;ready for lead\nOle Berg;Ops;Below;coach\n"),
      ["Exceeds", "Below"],
    );
    assert.deepEqual(signals("name\tperformance rating\nKim Ito\tMeets expectations\n"), [
      "Meets expectations",
    ]);
  });

  it("a product sheet's ratings and a verdict word in a sheet without a rating column are not", () => {
    assert.deepEqual(signals("Product;Rating;Reviews\nKettle;4.5;210\nToaster;3.9;87\n"), []);
    assert.deepEqual(signals("Metric;Target;Status\nLatency;200ms;Below\nErrors;1%;Exceeds\n"), []);
    assert.deepEqual(signals("Product;Rating;Notes\nKettle;Exceeds;best seller\n"), []);
  });
});

describe("HR numbers round eleven: review sheets in the offices' languages", () => {
  it("German and French verdict cells under a rating column are HR", () => {
    assert.deepEqual(signals("Name;Bewertung\nLena Vogt;Übertrifft\n"), ["Übertrifft"]);
    assert.deepEqual(signals("Nom\tÉvaluation\nLéa Roux\tPartiellement atteint\n"), [
      "Partiellement atteint",
    ]);
  });
});

describe("HR numbers round fourteen: figures earned by things and advertised for roles", () => {
  it("a figure a product or a business earns is revenue, not pay", () => {
    assert.deepEqual(signals("my side project earns $12,000 a month now"), []);
    assert.deepEqual(signals("Die App verdient 5.000 € im Monat"), []);
    assert.deepEqual(signals("la boutique rapporte 3 000 € par mois"), []);
  });

  it("a person who earns the figure, even one named by a business, is paid", () => {
    assert.deepEqual(signals("the shop owner earns $5,000 a month"), ["$5,000"]);
    assert.deepEqual(signals("Tom makes $140,000 base"), ["$140,000"]);
  });

  it("a job advert's figures, its range written short or a single figure, are the role's", () => {
    assert.deepEqual(signals("Offre d'emploi : développeur Java, salaire 45-55 k€"), []);
    assert.deepEqual(signals("Oferta de empleo: analista de datos, sueldo 30.000 € brutos anuales"), []);
    assert.deepEqual(signals("Backend-Entwickler (m/w/d), Gehalt 68.000 € brutto, remote möglich"), []);
  });

  it("a figure offered to someone in an advert's words stays pay", () => {
    assert.equal(signals("we're hiring Ana, offered her €80,000 base").length > 0, true);
  });
});
