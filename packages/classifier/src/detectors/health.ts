import { type Detector, detectionInput } from "../detection.ts";
import { clampScore, reportThreshold, type Span } from "../span.ts";
import { readsAsProse, type Word } from "../text.ts";
import { findHealthForms } from "./health-forms.ts";
import {
  findBodyPartsTakenOrTorn,
  findConditionReturns,
  findOwnDepression,
  findPainToSomeone,
  findPersonVomiting,
  findPositiveTests,
  findSpecialtyBesideDoctor,
  findSwappedConditions,
  withoutAnimalsIllness,
  withoutEponymousLaws,
  withoutStreetNames,
} from "./health-grammar.ts";
import {
  calendarCare,
  calendarEntryTitles,
  withoutRequiredSickNotes,
  withRecordTermsLifted,
} from "./health-records.ts";
import { findUnspacedHealth } from "./health-unspaced.ts";
import { nameLexicon } from "./name-lexicon.ts";
import { termDetector } from "./terms.ts";

/**
 * Health: conditions, medications and clinical terms. Strong terms name a
 * diagnosis or a drug nobody mentions by accident; ambiguous ones ("stroke",
 * "depression", "surgery", "lithium") count only near clinical words.
 */
// biome-ignore format: word lists read better packed
const findHealthVocabulary = termDetector("health", "health-term", {
  strong: [
    // conditions
    "diabetes", "diabetic", "type 2 diabetes", "cancer", "asthma", "asthmatic", "hypertension", "epilepsy",
    "epileptic", "seizure", "migraine", "arthritis", "dementia", "alzheimer's", "alzheimers", "parkinson's",
    "parkinsons", "schizophrenia", "bipolar disorder", "adhd", "autism", "autistic", "ptsd", "hiv",
    "hiv-positive", "chlamydia", "gonorrhea", "syphilis", "herpes", "hepatitis", "tuberculosis", "leukemia",
    "leukaemia", "lymphoma", "melanoma", "tumor", "tumour", "chemo", "chemotherapy", "radiotherapy",
    "radiation therapy", "miscarriage", "miscarried", "pregnant", "pregnancy", "ivf", "infertility", "endometriosis",
    "menopause", "anorexia", "bulimia", "eating disorder", "ocd", "multiple sclerosis", "crohn's", "crohns",
    "celiac", "coeliac", "copd", "sleep apnea", "sleep apnoea", "fibromyalgia", "lupus", "psoriasis", "eczema",
    "panic attack", "panic disorder", "anxiety disorder", "clinical depression", "major depressive disorder",
    "depressive episode", "suicidal", "self-harm", "heart attack", "heart failure", "cardiac arrest",
    "concussion", "covid-19", "long covid", "mental health", "mental illness", "addiction", "alcoholism",
    "overdose", "kidney disease", "liver disease", "thyroid", "hypothyroidism", "hyperthyroidism", "anemia",
    "anaemia", "pneumonia", "bronchitis", "shingles", "sepsis", "cirrhosis", "glaucoma", "cataract",
    "osteoporosis", "scoliosis", "sclerosis", "cystic fibrosis", "sickle cell", "hiv/aids", "postpartum",
    "postnatal depression", "burnout syndrome", "kidney stones", "gout", "ulcer", "herniated disc",
    "slipped disc", "inhaler", "therapy session", "therapy sessions", "ibuprofen", "paracetamol",
    "acetaminophen", "antihistamine", "antihistamines",
    // medications
    "metformin", "insulin", "sertraline", "zoloft", "fluoxetine", "prozac", "escitalopram", "lexapro",
    "citalopram", "paroxetine", "venlafaxine", "bupropion", "wellbutrin", "xanax", "alprazolam", "lorazepam",
    "ativan", "diazepam", "valium", "clonazepam", "adderall", "ritalin", "methylphenidate", "vyvanse",
    "lisinopril", "amlodipine", "atorvastatin", "simvastatin", "omeprazole", "levothyroxine", "amoxicillin",
    "azithromycin", "prednisone", "gabapentin", "oxycodone", "hydrocodone", "tramadol", "morphine",
    "methotrexate", "ozempic", "semaglutide", "wegovy", "mounjaro", "truvada", "antidepressant",
    "antidepressants", "epipen", "chemotherapy drugs", "statins", "beta blocker", "beta blockers", "naltrexone",
    "buprenorphine", "methadone", "quetiapine", "aripiprazole", "olanzapine", "risperidone", "lamotrigine",
    "levetiracetam", "warfarin", "apixaban", "hydroxychloroquine", "humira", "enbrel",
    // clinical
    "biopsy", "mri scan", "ct scan", "pet scan", "mammogram", "colonoscopy", "psychiatrist", "psychologist",
    "oncologist", "cardiologist", "neurologist", "endocrinologist", "rheumatologist", "gynecologist",
    "gynaecologist", "obstetrician", "dermatologist", "physiotherapy", "physical therapy", "blood test",
    "blood tests", "blood work", "blood pressure", "sick note", "fit note", "medical certificate",
    "doctor's note", "prescribed", "prescription", "diagnosed", "diagnosis", "dosage", "hospitalised",
    "hospitalized", "outpatient", "inpatient", "a&e", "emergency room", "urgent care", "counselling",
    "counseling",
    // procedures and surgeries
    "arthroscopy", "appendectomy", "hysterectomy", "cholecystectomy", "gallbladder surgery", "gallbladder removal",
    "tonsillectomy", "c-section", "caesarean", "cesarean", "angioplasty", "spinal fusion", "lasik", "endoscopy",
    "mastectomy", "lumpectomy", "vasectomy", "cataract surgery", "bypass surgery", "heart surgery", "knee surgery",
    "hip surgery", "back surgery", "shoulder surgery", "eye surgery", "brain surgery", "wisdom tooth",
    "wisdom teeth", "root canal", "hip replacement", "knee replacement", "acl reconstruction", "acl surgery",
    "in rehab", "rotator cuff", "hernia repair", "hernia surgery", "dialysis", "transplant", "stent",
    "egg retrieval", "egg freezing", "embryo transfer", "iui", "d&c", "skin graft", "carpal tunnel",
    "bone marrow", "radiation treatment", "chemo session", "physio", "infusion", "epidural",
    "cast on", "crutches", "keyhole surgery", "laparoscopy", "surgery",
    // states
    "remission", "weeks pregnant", "weeks along", "bed rest", "immunocompromised", "intensive care",
    "cancer-free", "trying to conceive", "early labour", "early labor", "in labour", "in labor", "antibiotics",
    "waitlist for a transplant", "terminally ill", "on oxygen", "flare-up", "relapse", "sober", "in recovery",
    // tests and labs
    "a1c", "hba1c", "blood panel", "cholesterol", "tsh", "psa test", "glucose", "glucose test", "ecg", "ekg",
    "sleep study", "allergy test", "allergy panel", "pap smear", "smear test", "bone density", "liver function",
    "cbc", "vitamin d levels", "ferritin", "genetic screening", "genetic testing", "nipt", "ultrasound",
    "pathology report", "echocardiogram", "lab results", "bloodwork", "biopsy results",
    "scan results", "x-ray results", "mri results", "test results", "swab", "pcr test", "urine test",
    // specialists
    "gastroenterologist", "urologist", "ob-gyn", "obgyn", "allergist", "orthopedic surgeon",
    "orthopaedic surgeon", "orthopedist", "nephrologist", "pulmonologist", "fertility clinic", "hematologist",
    "haematologist", "physiotherapist", "physical therapist", "podiatrist", "sleep clinic", "midwife",
    "counsellor", "counselor", "ophthalmologist", "optometrist", "dentist", "orthodontist", "surgeon",
    "gp appointment", "doctor's appointment", "dr appt", "doctor appointment", "hospital appointment",
    "specialist appointment", "consultant appointment", "psychotherapist", "oncology", "cardiology",
    // conditions
    "celiac disease", "coeliac disease", "rheumatoid arthritis", "colitis", "ulcerative colitis",
    "hashimoto's", "atrial fibrillation", "afib", "tendonitis", "gestational diabetes", "gallstones",
    "acl tear", "torn acl", "plantar fasciitis", "vertigo", "tinnitus", "strep throat", "lyme disease",
    "postpartum depression", "bipolar ii", "breast cancer", "prostate cancer", "skin cancer", "stress fracture",
    "diverticulitis", "sciatica", "high blood pressure", "high cholesterol", "thyroid nodule", "pcos", "ibd",
    "t1d", "t2d", "gerd", "uti", "ckd", "dvt", "hpv", "long covid", "blood clot", "heart condition",
    "kidney infection", "chest infection", "ear infection", "sinus infection", "food poisoning",
    // brand-name and common medicines
    "eliquis", "jardiance", "synthroid", "lipitor", "xarelto", "trulicity", "dupixent", "keytruda", "cymbalta",
    "abilify", "januvia", "entresto", "singulair", "nexium", "crestor", "plavix", "concerta", "stelara",
    "otezla", "zepbound", "paxlovid", "effexor", "seroquel", "lamictal", "topamax", "imitrex", "valtrex",
    "accutane", "clomid", "plaquenil", "ambien", "tamiflu", "spiriva", "advair", "symbicort", "ventolin",
    "flovent", "lyrica", "suboxone", "narcan", "chantix", "viagra", "cialis", "flomax", "finasteride",
    "propecia", "lasix", "coumadin", "norvasc", "zestril", "toprol", "lopressor", "cozaar", "losartan",
    "diovan", "benicar", "tenormin", "zocor", "pravachol", "glucophage", "lantus", "humalog", "novolog",
    "victoza", "rybelsus", "saxenda", "invokana", "farxiga", "tresiba", "levemir", "celexa", "paxil",
    "pristiq", "trintellix", "buspar", "buspirone", "klonopin", "restoril", "lunesta", "strattera", "focalin",
    "intuniv", "risperdal", "zyprexa", "latuda", "rexulti", "vraylar", "depakote", "keppra", "tegretol",
    "trileptal", "neurontin", "aimovig", "emgality", "nurtec", "ubrelvy", "xeljanz", "rinvoq", "skyrizi",
    "cosentyx", "taltz", "entyvio", "remicade", "ocrevus", "tecfidera", "gilenya", "copaxone", "aubagio",
    "biktarvy", "descovy", "genvoya", "herceptin", "opdivo", "tagrisso", "ibrance", "revlimid", "imbruvica",
    "xtandi", "zytiga", "lynparza", "tamoxifen", "letrozole", "anastrozole", "arimidex", "femara", "provera",
    "nexplanon", "mirena", "diflucan", "cipro", "bactrim", "augmentin", "keflex", "zithromax", "z-pak",
    "doxycycline", "auvi-q", "xolair", "nucala", "fasenra", "prilosec", "pepcid", "zantac", "protonix",
    "famotidine", "pantoprazole", "hydrochlorothiazide", "metoprolol", "propranolol", "rosuvastatin",
    "clopidogrel", "rivaroxaban", "dapagliflozin", "empagliflozin", "tirzepatide", "liraglutide",
    "dulaglutide", "montelukast", "albuterol", "salbutamol", "fluticasone", "budesonide", "isotretinoin",
    "valacyclovir", "oseltamivir", "nirmatrelvir", "duloxetine", "desvenlafaxine", "vortioxetine",
    "mirtazapine", "trazodone", "zolpidem", "pregabalin", "topiramate", "sumatriptan", "adalimumab",
    "ustekinumab", "dupilumab", "pembrolizumab", "apremilast", "ibuprofen", "naproxen", "codeine",
    "antibiotic", "steroids", "steroid", "insulin pump", "cgm", "glucose monitor", "side effects",
    // the offices' other languages: German, French and Spanish words for the same visits, tests,
    // states and medicines (common European brands among them)
    "schwanger", "schwangerschaft", "arzttermin", "hausarzt", "facharzt", "zahnarzt", "frauenarzt", "krankenhaus",
    "krankgeschrieben", "krankschreibung", "blutabnahme", "blutbild", "blutwerte", "physiotherapie",
    "psychotherapie", "chemotherapie", "bandscheibenvorfall", "knie-op", "hüft-op", "op-termin",
    "reha", "migräne", "enceinte", "grossesse", "prise de sang", "bilan sanguin", "bilan lipidique",
    "ordonnance", "médecin", "dentiste", "kiné", "kinésithérapeute", "hospitalisé", "hospitalisée", "chirurgie",
    "échographie", "mammographie", "coloscopie", "fausse couche", "diabète", "embarazada", "embarazo",
    "análisis de sangre", "médico", "cita médica", "cirugía", "quimioterapia", "resonancia magnética",
    "ecografía", "fisioterapia", "dentista", "urgencias", "aborto espontáneo", "ibuprofeno", "ibuprofène",
    "doliprane", "dafalgan", "efferalgan", "levothyrox", "lexomil", "sintrom", "nolotil",
    "enantyum", "voltaren",
    // being operated on, and common conditions and ADHD medicines, in those languages
    "me operan", "me opero", "me van a operar", "me fais opérer", "me faire opérer", "werde operiert",
    "cataracte", "catarata", "grauer star", "appendicite", "apendicitis", "blinddarmentzündung",
    "pneumonie", "neumonía", "lungenentzündung", "elvanse", "medikinet",
    // pregnancy scans and states, sick notes and being off sick, in en, de, fr, es, it, nl, pt, pl, sv
    "morning sickness", "20-week scan", "12-week scan", "anatomy scan", "dating scan", "nuchal scan",
    "schwangerschaftswoche", "schwangerschaftswochen", "zwanger", "zwangerschap", "incinta", "gravidanza",
    "grávida", "gravidez", "ciąży", "ciąża", "gravid", "graviditet", "phased return", "parte de baja",
    "baja por enfermedad", "certificato medico", "atestado médico", "baixa médica",
    "zwolnienie lekarskie", "sjukskriven", "sjukskrivning", "ziekgemeld", "ziek gemeld", "ziekmelding",
    "in malattia", "kidney stone", "in a cast", "knee scope", "tonsil operation", "tonsils out",
    "has covid", "had covid", "got covid", "tiene covid", "hat covid", "a le covid", "ha il covid",
    "tested positive", "covid positive",
    // findings, portals and therapists in those languages
    "befund", "arztbrief", "laborbefund", "doctolib", "psychotherapeut", "psychotherapeutin",
    "psychothérapeute", "psicoterapeuta", "psicólogo", "psicóloga", "psicologo", "psicologa", "therapeut",
    "thérapeute", "terapeuta", "fisioterapeuta", "kinésithérapeute", "gynéco", "gyno", "soins palliatifs",
    "palliative care", "cuidados paliativos", "cure palliative", "hospice", "chickenpox", "measles", "mumps",
    "windpocken", "varicelle", "varicela", "norovirus", "demenz", "démence", "demencia", "demenza",
    "endométriose", "endometriose", "endometriosi", "enxaqueca", "emicrania", "migraña", "sumatriptano",
    "utmattningssyndrom", "utbrändhet", "vårdcentral", "tarczyca", "tarczycy", "menisco", "meniscus",
    "meniskus", "ménisque", "fractura", "knochenbruch", "broken wrist", "broken arm", "broken leg",
    "broken ankle", "levothyroxin", "l-thyroxin", "euthyrox", "vésicule", "gallenblase", "vesícula",
    "chimiothérapie", "chemioterapia", "quimioterapia", "radiothérapie", "radioterapia", "strahlentherapie",
    "mammografia", "mamografía", "colonoscopia", "ecografia", "echografie", "hôpital",
    "ospedale", "ziekenhuis", "sjukhus", "szpital", "läkare", "lekarz", "lekarza", "huisarts", "medico di base",
    // a fever, the flu or a cold, and being ill, in de, fr, es, it, nl, pl, pt, sv ("gripe" alone is also
    // an English complaint, "malade" or "krank" alone also a machine's or a plan's state: only in a phrase)
    "fieber", "grippe", "erkältung", "fièvre", "angine", "fiebre", "resfriado", "tengo gripe", "con gripe",
    "febbre", "raffreddore", "mal di testa", "griep", "koorts", "verkouden", "grypa", "grypę", "grypy",
    "gorączka", "gorączkę", "przeziębienie", "zwolnieniu lekarskim", "febre", "gripado", "gripada", "dengue",
    "feber", "förkyld", "bin krank", "je suis malade", "estoy enfermo", "estoy enferma", "sono malato",
    "sono malata", "ben ziek", "jestem chory", "jestem chora", "estou doente", "jag är sjuk", "blood sugar",
    // radiation as a treatment, and the emergency room someone was taken to ("the ER diagram" is a schema)
    "radiation therapy", "radiation treatment", "radiation session", "radiation sessions", "in for radiation",
    "having radiation", "starting radiation", "start radiation", "went to the er", "ended up in the er",
    "taken to the er", "rushed to the er", "in the er last night",
    // what the engineering words above also name (an ablation study, the Pacemaker cluster manager, the
    // ICU library, the Mono runtime, a load's stress test), said so that only a person has it
    "cardiac ablation", "catheter ablation", "has a pacemaker", "got a pacemaker", "needs a pacemaker",
    "pacemaker fitted", "in the icu", "in icu", "icu nurse", "has mono", "got mono", "had mono", "with mono",
    "getting an ablation", "having an ablation", "had an ablation",
    "cardiac stress test", "got stitches", "needed stitches", "had stitches",
    // off sick and the note that says so, in en, de, fr, es, it, pl, pt, da, no: being ill is health
    // whoever the note is sent to ("estoy de baja" alone; "dar de baja" a service is to cancel it)
    "off sick", "doctors note", "arrêt maladie", "baja médica", "estoy de baja", "está de baja",
    "sigo de baja", "in mutua", "na l4", "na zwolnieniu", "de atestado", "arbeitsunfähig",
    "krankgemeldet", "krank gemeldet", "heute krank", "krank im bett", "sygemeldt", "sykmeldt", "sykemeldt",
    "sairaslomalla", "ärztliches attest", "certificat médical", "certificado médico", "justificante médico",
    // a fever with its reading, jabs, and the common complaints of the offices' other languages
    "a fever", "high fever", "fever of", "go to the er",
    "impftermin", "chemio", "chimio", "magen-darm", "magen-darm-infekt", "hexenschuss", "gürtelrose",
    "hörsturz", "bluthochdruck", "la gastro", "une gastro", "rhume", "une entorse", "dans le plâtre",
    "aux urgences", "orthopäde", "orthopäden", "orthopädin", "orthopédiste", "ortopeda", "ortopedico",
    "ortopedista", "laborwerte", "impfpass", "esguince",
    // in hospital, a hernia, a sciatica, childhood fevers and stomach bugs, in the offices' languages
    "is in hospital", "was in hospital", "still in hospital", "been in hospital", "in hospital since",
    "in hospital with", "in hospital for", "is in the hospital", "was in the hospital", "internada", "internado", "ricoverato",
    "ricoverata", "ingresado en", "ingresada en", "hospitalizado", "hospitalizada", "hospitalizowany",
    "hospitalizowana", "inlagd på sjukhus", "opgenomen in het ziekenhuis", "ernia", "hérnia", "hernia", "hernie",
    "sciatique", "ciática", "ischias", "angina", "anginę", "anginy", "magsjuka", "varicella", "catapora",
    "ospa wietrzna", "scharlach", "scarlet fever", "scarlatina", "scarlatine", "dal dottore", "dal medico",
    "dalla dottoressa", "dal dentista", "going under the knife", "under the knife", "escayola", "pronto soccorso", "ingessato", "ingessata",
    // round eight: symptoms people describe before any diagnosis, in the offices' languages
    "chest pain", "chest pains", "palpitations", "heart palpitations", "shortness of breath", "sore throat",
    "stomach ache", "stomachache", "tummy ache", "tummy bug", "stomach bug", "throwing up", "vomiting",
    "diarrhea", "diarrhoea", "nausea", "nauseous", "dizzy spells", "back pain", "neck pain", "knee pain",
    "period pain", "period is late", "missed period", "missed my period", "hay fever", "hayfever",
    "ear infection", "eye infection", "chest infecton", "pink eye", "croup",
    "hand foot and mouth", "tonsils out", "hearing aid", "hearing aids", "a bad cough", "a cough", "my cough", "her cough", "his cough", "anaphylaxis", "anaphylactic", "peanut allergy",
    "nut allergy", "allergic to penicillin", "allergic to peanuts", "allergic to nuts", "allergic to shellfish",
    "allergic to latex", "allergic to bee stings", "liver enzymes", "iron levels", "iron is low",
    "pleural effusion", "pneumothorax", "hypoechoic", "wisdom tooth out", "went into labour", "went into labor", "gone into labour", "gone into labor",
    "my waters broke", "her waters broke", "post-op", "post op", "pre-op", "stroke unit",
    "kopfschmerzen", "rückenschmerzen", "bauchschmerzen", "halsschmerzen", "zahnschmerzen", "magenschmerzen",
    "ohrenschmerzen", "gliederschmerzen", "brustschmerzen", "husten", "schnupfen", "übelkeit", "durchfall",
    "erbrechen", "herzinfarkt", "schlaganfall", "mal à la gorge", "mal au dos", "mal au ventre",
    "mal à la tête", "mal aux dents", "mal de dos", "maux de tête", "toux", "nausées", "crise d'angoisse",
    "crise de panique", "infarctus", "dolor de cabeza", "dolor de espalda", "dolor de garganta",
    "dolor de muelas", "dolor de estómago", "dolor de barriga", "dolor lumbar", "dolor de oído", "náuseas", "diarrea", "vómitos", "ataque de pánico", "ataque de ansiedad", "infarto", "ictus",
    "contractura", "mal di schiena", "mal di gola", "mal di pancia", "mal di denti", "tosse", "nausea",
    "attacco di panico", "dor de cabeça", "dor nas costas", "dor de garganta", "dor de barriga",
    "hoofdpijn", "buikpijn", "rugpijn", "keelpijn", "kiespijn", "oorpijn", "hoest", "misselijk",
    "oorsuizen", "paniekaanval", "hartinfarct", "herseninfarct", "beroerte", "ból głowy", "ból gardła",
    "ból pleców", "ból brzucha", "bóle głowy", "kaszel", "atak paniki", "zawał", "udar", "ont i halsen",
    "ont i huvudet", "ont i magen", "ont i ryggen", "huvudvärk", "halsont", "ryggont", "magont", "tandvärk",
    "halsfluss", "panikattack", "hjärtinfarkt", "panikattacke", "panikattacken",
    // being diagnosed, prescribed and given a sick note in the offices' other languages
    "diagnosticado", "diagnosticada", "diagnostiqué", "diagnostiquée", "diagnostiziert", "gediagnosticeerd",
    "diagnosticato", "diagnosticata", "zdiagnozowano", "diagnosen", "fick diagnosen", "arrêt de travail", "au-bescheinigung", "arbeitsunfähigkeitsbescheinigung",
    "krankmeldung", "krankenschein", "gelber schein", "läkarintyg", "läkarintyget", "sjukintyg",
    "doktersverklaring", "na l4", "vabbar", "vabba", "vabbat",
    // medicines by their common and misspelt names, and medicine classes in the offices' languages
    "amox", "amoxicilin", "amoxicilina", "amoxicilline", "amoxicillina", "amoksycylina", "amoxicillin",
    "penicillin", "penicilina", "pénicilline", "penicillina", "metronidazole", "cephalexin", "clindamycin",
    "nitrofurantoin", "ciprofloxacin", "prednisolone", "hydrocortisone", "cetirizine", "loratadine",
    "fexofenadine", "diphenhydramine", "melatonin", "loperamide", "esomeprazole", "lansoprazole",
    "amitriptyline", "nortriptyline", "clonidine", "guanfacine", "lisdexamfetamine", "dexamfetamine",
    "atomoxetine", "ondansetron", "metoclopramide", "domperidone", "fentanyl", "naloxone", "levonorgestrel",
    "norethisterone", "estradiol", "progesterone", "misoprostol", "folic acid", "co-codamol", "diclofenac",
    "mesalazine", "azathioprine", "hydroxyzine", "spironolactone", "furosemide", "bisoprolol", "ramipril",
    "enalapril", "candesartan", "valsartan", "atenolol", "nifedipine", "digoxin", "amiodarone", "heparin",
    "enoxaparin", "clexane", "beclometasone", "carbimazole", "eutirox", "nolotil", "antibiotika", "antibiotikum", "antibiotique", "antibiotiques", "antibiótico", "antibióticos",
    "antibiotico", "antibiotici", "antybiotyk", "antybiotyki", "antibiotica", "antibiotikakur",
    "antidepressiva", "antidépresseur", "antidépresseurs", "antidepresivo", "antidepresivos",
    "antidepressivo", "antidepressivi", "antydepresanty", "painkillers", "painkiller", "schmerzmittel",
    "antidouleur", "analgésico", "analgesico", "pijnstillers", "pijnstiller", "smärtstillande",
    "leki przeciwbólowe", "morning-after pill", "zoloft", "migrane", "pregnat", "preggers",
    // appointments, check-ups and results said in short
    "docs appt", "doc appt", "doctors appt", "doctor's appt", "drs appt", "dr's appt", "gp appt", "to the drs",
    "at the drs", "the doctor's", "to the doctor", "at the doctor", "at the doctors", "to the doctors",
    "dentist appt", "dentist appointment", "physio appt", "ob appt",
    "my bloods", "bloods back", "bloods done", "bloods taken", "vaccination record", "vaccination card", "immunisation record", "immunization record", "tdap",
    "carnet de vaccination", "cartilla de vacunación", "vaccinatiebewijs", "gp record", "nhs app", "patientenportal", "patiëntenportaal", "zorgdossier",
    "vårdguiden", "1177 vårdguiden", "mina journaler", "labonderzoek", "bloedonderzoek", "bloedprikken",
    "vårdcentralen", "hälsocentral", "chez le gastro", "chez le dermato",
    "chez l'ophtalmo", "chez le psy", "chez la psy", "chez le kiné", "chez le cardio", "chez le pédiatre",
    "chez l'orl", "chez la gynéco", "chez le gynéco", "chez le généraliste", "fisio",
    "beim arzt", "zum arzt",     "al fisio", "do lekarza",
    "u lekarza", "u dentysty", "till läkaren", "hos läkaren", "till tandläkaren", "ao médico",
    "colesterolo", "colesterol", "cholestérol", "cholesterin", "blodtryck", "bloeddruk",
    "blutdruck", "tension artérielle", "presión arterial", "pressione alta", "pressão alta",
    // conditions of the offices' other languages that no ending gives away
    "hipotiroidismo", "hipertiroidismo", "hypothyreose", "hyperthyreose", "schilddrüsenunterfunktion",
    "ospa", "ospę", "ospy", "vattkoppor", "waterpokken", "varicela", "zuckerkrankheit", "asma", "astma",
    "asthme", "diabète", "diabete", "cukrzyca", "cukrzycę", "suikerziekte", "typ 1-diabetes",
    "typ 2-diabetes", "type 1 diabetes", "femore", "crisi d'ansia", "gipsbein", "gipsarm",
    // procedures, tests and visits said in general words, and more of the offices' words for them
    "medical procedure", "medical appointment", "medical condition", "medical emergency", "medical reasons",
    "week scan", "weeks scan", "wk scan", "hearing loss", "eyesight", "optician", "insomnia", "urinalysis",
    "leukocytes", "leucocitos", "triglycerides", "ldl cholesterol", "dental cleaning", "dental work",
    "dental surgery", "dental implant", "canal carpien", "muelas del juicio", "muela del juicio",
    "dents de sagesse", "weisheitszähne", "verstandskies", "marcapasos", "herzschrittmacher",
    "analisi del sangue", "esami del sangue", "análisis de orina", "rezonans", "rezonansu", "tomografia",
    "tomografię", "généraliste", "ameli", "vertiges", "vertigo", "tensión alta", "tensión arterial",
    "hipertensión", "ipertensione", "hipertensão", "hypertonie", "nadciśnienie", "fysio", "fysiotherapie",
    "sjukgymnast", "sjukgymnastik", "fizjoterapia", "fizjoterapeuta", "fizjo", "ortodonta", "ortodoncista",
    "medical issue", "medical issues", "health issue", "health issues", "health problems", "health reasons",
    "blood thinners", "blood thinner", "a sprain", "just a sprain", "eye test", "blurry vision", "blurred vision",
    "hab corona", "habe corona", "hat corona", "corona positiv", "zahn-op", "augen-op", "schulter-op",
    "herz-op", "rücken-op", "bandscheiben-op", "mandel-op", "blinddarm-op", "leisten-op", "herzkatheter",
    "ostéo", "ostéopathe", "osteopath", "première écho", "deuxième écho", "omeprazol", "antiinflamatorio",
    "antiinflammatoire", "anti-inflammatoire", "entzündungshemmer", "antinfiammatorio", "anti-inflammatories",
    "revalidatie", "referto", "schiena bloccata", "colpo della strega", "po zabiegu", "po operacji",
    "orthodontie", "orthodontics", "ortodoncia", "gonarthrose", "coxarthrose", "white blood cell",
    "white blood cells", "red blood cells", "blood count", "platelet count", "lurgy", "cast comes off",
    "cast came off",
    "hersenschudding", "gehirnerschütterung", "commotion cérébrale", "conmoción cerebral",
    "commozione cerebrale", "wstrząśnienie mózgu", "hjärnskakning", "concussão", "scarlattina",
    "pronto-socorro", "dor no peito", "dor de peito", "dolor en el pecho", "douleur thoracique",
    "pulled a muscle", "tooth extraction", "tooth pulled", "colic", "i'm type 1", "i'm type 2",
    "i am type 1", "i am type 2", "béquilles", "infección de orina", "infection urinaire",
    "harnwegsinfekt", "läuse", "head lice", "poux",
    // giving birth, in the offices' languages, and the midwife
    "gave birth", "giving birth", "had the baby", "accouché", "accouchement", "bevallen", "bevalling",
    "entbindung", "entbindungstermin", "sage-femme", "hebamme", "verloskundige", "partorito", "partorita",
    "dio a luz", "dado a luz", "urodziła", "poród", "förlossning", "födde", "comadrona", "matrona",
    "parkinson", "alzheimer", "influenza", "tennis elbow", "golfer's elbow", "tear duct", "tetanus",
    "tetanus shot", "sodbrennen", "acid reflux", "heartburn", "appendix out", "appendix removed",
    "partiu o braço", "partiu a perna", "skręconą kostkę", "skręcona kostka", "o kulach",
    "krücken", "in a wheelchair", "on the pill", "patientenportal",
    // round nine: a back that went out, a caesarean typed without its hyphen, a baby on the way said plainly
    "back went out", "put my back out", "threw my back out", "threw out my back", "put his back out",
    "put her back out", "did my back in", "hexenschuss", "c section", "c-sec", "csection", "tarczycę",
    "expecting a baby", "expecting our first", "expecting our second", "expecting twins", "pregnancy test",
    "attacchi di panico", "attacco di ansia", "ataques de pánico", "ataques de ansiedad", "crises d'angoisse",
    "crises de panique", "ataki paniki", "panikattacker", "paniekaanvallen", "panic attacks",
    "beta hcg", "hcg levels", "hcg test", "deaf in one ear", "i'm deaf", "partially deaf", "hard of hearing",
    "wheelchair user", "visually impaired", "hearing impaired", "blind in one eye", "dyslexia assessment",
    "adhd assessment", "autism assessment", "asd assessment", "incapacidad temporal", "incapacité temporaire",
    "sudafed", "pseudoephedrine", "sertralin", "sertralina",
    "knee op", "hip op", "shoulder op", "back op", "eye op", "ankle op", "wrist op", "psych ward",
    "psychiatric ward", "psychiatric hospital", "mental hospital", "risonanza magnetica", "fare una risonanza",
    "lost the baby", "lost our baby", "lost the pregnancy",
    "chronic pain", "chronic illness", "chronic fatigue", "chronic condition", "long-term condition",
    "back condition", "skin condition", "lung condition", "eye condition", "knee condition", "bowel condition",
    // round ten: a broken bone by its name, and being in hospital said with what brought someone there
    "broken pelvis", "broken hip", "broken rib", "broken ribs", "broken collarbone", "broken nose", "broken toe",
    "broken finger", "broken foot", "broken jaw", "broken elbow", "broken femur", "broken kneecap",
    "broken hand", "broken bone", "broken bones", "fractured wrist", "fractured ankle", "fractured hip",
    "fractured rib", "fractured ribs", "fractured skull", "fractured pelvis", "in hospital after",
    "in the hospital after", "in hospital again", "in the hospital again", "in hospital overnight",
    "back in hospital", "back in the hospital", "admitted to hospital", "admitted to the hospital",
    // round ten: a biopsy, a hospital's discharge letter and blood tests in the offices' languages
    "biópsia", "biopsia", "biopsie", "biopsja", "biopsji", "biopsi", "discharge summary", "discharge letter",
    "discharge papers", "entlassungsbrief", "lettre de sortie", "informe de alta", "lettera di dimissione",
    "analyses de sang", "analyse de sang", "analyses sang", "analyse sang", "résultats d'analyses",
    "resultats analyses", "exame de sangue", "exames de sangue", "bloedtest", "bluttest", "badanie krwi",
    "badania krwi", "blodprov", "quimio", "cirurgia", "migrän", "migrene", "migrena", "visit summary",
    "after visit summary",
    // round thirteen: a blood draw, and a pregnancy lost, said as the offices' languages say them
    "blood draw", "blood draws", "bloodwork", "prelievo di sangue", "prelievo del sangue", "extracción de sangre",
    "bloedafname", "coleta de sangue", "pobranie krwi", "blodprovstagning", "fehlgeburt", "miskraam", "missfall",
    "poronienie", "poroniła", "aborto spontaneo", "aborto espontâneo",
    // round ten: Hindi, written in Devanagari with English loanwords for tests and procedures
    "अस्पताल", "डॉक्टर", "डाक्टर", "दवा", "दवाई", "दवाइयां", "दवाइयाँ", "बुखार", "जुकाम", "ज़ुकाम", "खांसी",
    "खाँसी", "सर्जरी", "डायलिसिस", "कैंसर", "मधुमेह", "डायबिटीज", "गर्भवती", "प्रेगनेंट", "इलाज", "बीमार",
    "बीमारी", "तबीयत", "तबियत", "सिरदर्द", "सिर दर्द", "पेट दर्द", "कमर दर्द", "डेंगू", "मलेरिया", "टाइफाइड",
    "डिप्रेशन", "हार्ट अटैक", "ब्लड टेस्ट", "एक्स-रे", "चेकअप", "नर्स", "क्लिनिक", "उल्टी", "फ्रैक्चर",
    "ब्लड प्रेशर", "थायराइड", "अस्थमा", "ऑपरेशन हुआ", "का ऑपरेशन", "की सर्जरी", "दांत दर्द",
    // round eleven: a severe allergy and the adrenaline pen it needs; epilepsy, migraine, flu-ish and being
    // signed off in more languages; using a wheelchair; a hospital's discharge; a hearing aid, osteopathy
    // and sick pay on an insurer's page
    "allergie sévère", "allergie grave",
    "schwere allergie", "alergia grave", "alergia severa", "allergia grave", "ernstige allergie",
    "erdnussallergie", "nussallergie", "pinda-allergie", "pinda allergie", "notenallergie",
    "allergie aux arachides", "alergia a los frutos secos", "alergia al cacahuete", "allergia alle arachidi",
    "adrenaline pen", "adrenalin-pen", "epilepsie", "épilepsie", "epilepsia", "epilessia", "epilepsja",
    "migreeni", "migreenikohtaus", "migreenin", "migreeniä", "kuumetta", "flunssa", "flunssassa", "lääkäri",
    "lääkärissä", "sairaalassa", "grieperig", "sygemelder", "sygemelding", "sykmelding", "sykemelding",
    "sjukskriver", "en silla de ruedas", "uso silla de ruedas", "uso una silla de ruedas", "im rollstuhl",
    "en fauteuil roulant", "in sedia a rotelle", "in een rolstoel", "na wózku", "alta hospitalaria",
    "hörgerät", "hörgeräte", "krankengeld", "osteopathie", "ostéopathie", "ostéopathe", "osteopatía",
    "osteópata", "osteopath", "osteopathy",
    // round eleven: intolerances, diabetes and deafness as sign-up forms are told them, in the offices'
    // languages; and hospitals, doctors, fevers, pregnancy and sick notes in Finnish, Danish, Norwegian,
    // Czech, Turkish, Hungarian, Greek and Romanian, which colleagues and their families also write
    "lactose intolerance", "lactose intolerant", "laktoseintoleranz", "glutenunverträglichkeit", "zöliakie",
    "intolérance au lactose", "intolerancia a la lactosa", "intolleranza al lattosio", "celíaco", "celíaca",
    "cœliaque", "coeliakie", "diabetiker", "diabetikerin", "diabético", "diabética", "diabétique", "diabetico",
    "diabetica", "insulina", "insuline", "gehörlos", "hörgeschädigt", "malentendant", "malentendante",
    "raskaana", "sairaalaan", "lääkärille", "lääkäriin", "sairaslomaa", "sairastunut", "kuumeessa", "sygehus",
    "sygehuset", "sykehus", "sykehuset", "migræne", "læge", "lægen", "lægetid", "legetime", "nemocnice",
    "nemocnici", "nemocný", "nemocná", "horečka", "horečku", "lékař", "lékaře", "lékařem", "těhotná", "migréna",
    "migrénu", "chřipka", "chřipku", "neschopenka", "neschopence", "hastane", "hastanede", "hastaneye", "hamile",
    "hamileyim", "raporluyum", "hastayım", "kórház", "kórházban", "orvoshoz",
    "várandós", "migrén", "lázas", "betegszabadság", "táppénz", "táppénzen", "νοσοκομείο", "γιατρό", "γιατρός",
    "πυρετό", "έγκυος", "άρρωστος", "άρρωστη", "spital", "spitalul", "gravidă", "febră", "concediu medical",
    "migrenă",
    // round twelve: rheumatism as German, French, Italian, Spanish, Dutch, Polish and Swedish call it, and the
    // Finnish sick leave in its standard spelling ("sairauslomalla"; "sairaslomalla" above is the spoken one)
    "rheuma", "rhumatisme", "rhumatismes", "reumatismo", "reuma", "reumatyzm", "reumatism", "sairausloma",
    "sairauslomalla", "sairauslomaa", "sairauslomalle", "sairauslomani", "sairauslomasta",
    // Alzheimer's as the other languages write it, and a disability as offices record it (a severe
    // disability's German pass, France's RQTH, Spain's and Poland's certificates, Italy's law 104)
    "alzheimer", "alzhéimer", "schwerbehindert", "schwerbehinderte", "schwerbehinderung",
    "schwerbehindertenausweis", "grad der behinderung", "rqth", "travailleur handicapé",
    "certificado de discapacidad", "grado de discapacidad", "orzeczenie o niepełnosprawności",
    "invalidità civile", "legge 104",
    // round fourteen: migraine as Turkish writes it; care before a birth in the offices' languages; lice, which
    // a school sends home word of, in those languages
    "migren", "migreni",
    "prenatal", "antenatal", "pränatal", "pränatale", "prénatal", "prénatale", "prenatale", "prenataal",
    "prenatalne", "prenatalny", "pré-natal", "piojos", "pidocchi", "hoofdluis", "luizen", "wszy", "piolhos",
    "huvudlöss", "kopfläuse",
    // signed off sick, with a complaint of the mind ("the PM signed off on the design" is an approval)
    "signed off sick", "signed off work", "signed off with stress", "signed off with anxiety",
    "signed off with depression", "signed off with burnout", "signed off with a bad back",
    // out of hospital, and a coma ("a food coma" is an afternoon's)
    "out of hospital", "out of the hospital", "discharged from hospital", "discharged from the hospital",
    "in a coma", "induced coma", "en coma", "in coma", "im koma", "w śpiączce",
    // a baby on the way said as a plan ("we're having a baby in June")
    "having a baby", "having our first baby", "having our second baby",
  ],
  ambiguous: [
    "depression", "depressed", "anxiety", "stroke", "therapy", "therapist", "surgery", "operation",
    "hospital", "clinic", "sick", "illness", "flu", "fever", "pain", "injury", "medication", "meds",
    "symptoms", "symptom", "treatment", "lithium", "covid", "infection", "allergy", "allergic",
    "mri", "x-ray", "recovery", "rehab", "dose", "bipolar", "tablets", "pills", "scan", "results",
    "appointment", "labour", "labor", "cast", "radiation", "fatigue", "allergic", "bleeding", "virus", "viral",
    "zyrtec", "claritin", "allegra", "tylenol", "advil", "aspirin",
    "ansiedad", "ansiedade", "anxiété", "ansia", "angststörung", "opération", "operación", "operazione",
    "fracture", "fratura", "especialista", "spécialiste", "blutungen", "saignements", "sangrado",
    "ablation", "pacemaker", "mono", "stress test", "stitches",
    // round eleven: a jab in Dutch ("mijn tweede prik"), which a possessive makes someone's
    "prik",
    // the office's flu-jab day is for everyone; "my flu jab" is someone's
    "flu jab", "flu shot", "flu shots", "booster shot", "covid booster",
    // round eight: words a person's condition shares with economics, weather, machines and records
    "depression", "dépression", "depresión", "depressione", "depressie", "depresja", "burnout", "burn-out",
    "depressão", "depresji", "diagnostic", "diagnosi", "diagnóstico", "lesion", "nodule", "ciśnienie", "wheelchair", "rollstuhl",
    "fauteuil roulant", "silla de ruedas", "sedia a rotelle", "rolstoel", "wózek inwalidzki", "rullstol",
    "covid jab", "covid vaccine", "medical records", "health record", "health records", "patient portal",
    "headache", "headaches", "rash", "douleur", "douleurs", "dolor", "dolores", "schmerzen", "pijn", "dolore",
    "ból", "jab", "vaccine", "vaccination", "pacemaker", "opgenomen", "ingresada", "ingresado", "lump",
    // round nine: a specialist or a medicine said short ("my endo", "my levo dose"), infections of the
    // offices' languages (also malware's: a possessive or a clinical word must lift them)
    "endo", "levo", "infección", "infezione", "infectie", "infekcja", "infecção", "infektion", "infekt",
    "rheum",
    // Hindi: pain, an injury, a jab and being admitted (also a recruitment drive) want a clinical word near
    "दर्द", "चोट", "टीका", "वैक्सीन", "भर्ती", "ऑपरेशन",
    // round twelve: side effects in the offices' other languages (also a change's, as in English code talk)
    "nebenwirkungen", "effets secondaires", "efectos secundarios", "effetti collaterali", "bijwerkingen",
    "efeitos colaterais", "skutki uboczne", "biverkningar",
    // round thirteen: an imaging test said bare, which a body part beside it makes someone's
    // ("la resonancia de la rodilla", "Röntgen vom Knie"); a bridge's resonance names none
    "resonancia", "ressonância", "risonanza", "röntgen", "radiografía", "radiografia",
    // round fifteen: sight and hearing impaired and the dog that guides, which a record of a named
    // passenger or patient makes someone's ("Assistance PMR pour X : malvoyant, chien guide en cabine");
    // an operation said as a surgical intervention ("baja por intervención quirúrgica")
    "malvoyant", "malvoyante", "malvoyants", "non-voyant", "non-voyante", "aveugle", "malentendant",
    "malentendante", "sourd", "sourde", "sehbehindert", "sehbehinderte", "gehörlos", "gehörlose",
    "schwerhörig", "deficiente visual", "deficiente auditivo", "invidente", "ciego", "ciega", "ipovedente",
    "non vedente", "non udente", "cieco", "cieca", "slechtziend", "slechthorend", "niedowidzący",
    "niedowidząca", "niewidomy", "niewidoma", "niesłyszący", "synskadad", "hörselskadad", "cego", "cega",
    "guide dog", "chien guide", "chien-guide", "blindenhund", "führhund", "perro guía", "perro lazarillo",
    "cane guida", "geleidehond", "pies przewodnik", "ledarhund", "cão-guia", "cão guia", "assistance dog",
    "service dog", "intervención quirúrgica", "intervention chirurgicale", "chirurgischer eingriff",
    "chirurgischen eingriff", "intervento chirurgico", "chirurgische ingreep", "zabieg chirurgiczny",
    "intervenção cirúrgica", "kirurgiskt ingrepp",
  ],
  // "a fever dream" is a figure of speech
  benign: [
    "fever dream", "fever dreams", "a fever dream", "fever pitch", "a fever pitch", "mental health first aid",
    "mental health awareness", "mental health week", "mental health resources", "surgeon general",
    "like a surgeon", "surgical precision", "giving me cancer", "gives me cancer", "give me cancer",
    // round thirteen: sick notes as a kind of document, a hotline's or a process's ("pour les arrêts de
    // travail", "die Krankmeldungen gehen über das Portal"), not anyone's own
    "les arrêts de travail", "des arrêts de travail", "aux arrêts de travail", "les arrêts maladie",
    "die krankmeldungen", "alle krankmeldungen", "las bajas médicas", "los partes de baja", "the sick notes",
    "all sick notes", "de ziekmeldingen", "i certificati medici",
    // round thirteen: a chemistry laboratory's spectrometer
    "resonancia magnética nuclear", "risonanza magnetica nucleare", "ressonância magnética nuclear",
  ],
  literal: [
    "panic attack", "morning sickness", "miscarriage", "chemotherapy", "chemo", "ivf", "pregnant", "pregnancy",
    "chickenpox", "remission", "weeks pregnant",
    // someone who has covid has it whatever meeting the sentence goes on to ("tiene covid, la reunión la llevo yo")
    "has covid", "had covid", "got covid", "tiene covid", "hat covid", "a le covid", "ha il covid", "tested positive",
    "covid positive", "went into labour", "went into labor",
  ],
  // After "my", "her" or "his" these are someone's own care: "my radiation next Tuesday", "her therapist".
  owned: [
    "radiation", "therapist", "therapy", "surgery", "operation", "scan", "meds", "medication", "infection",
    "injury", "cast", "rehab", "symptoms", "treatment", "infusion", "depression", "anxiety", "physio",
    "ablation", "pacemaker", "stitches", "stress test", "flu jab", "flu shot", "booster shot", "covid booster",
    "depression", "dépression", "depresión", "depressione", "depressie", "depresja", "burnout", "burn-out",
    "wheelchair", "rollstuhl", "fauteuil roulant", "silla de ruedas", "sedia a rotelle", "rolstoel",
    "wózek inwalidzki", "rullstol", "covid jab", "covid vaccine", "medical records", "health record",
    "health records", "headache", "headaches", "rash", "douleur", "douleurs", "dolor", "dolores", "schmerzen",
    "pijn", "dolore", "ból", "jab", "vaccine", "ciśnienie", "diagnóstico", "diagnosi", "endo", "levo",
    "infección", "infezione", "infectie", "infekcja", "infecção", "infektion", "infekt", "rheum", "prik",
  ],
  ownedReach: 2,
  // "mein MRT", "mon IRM", "mi fisio", "mijn fysio": the possessives of the offices' other languages.
  // biome-ignore format: a word list reads better packed
  possessives: [
    "mein", "meine", "meinen", "meinem", "meiner", "sein", "seine", "seinem", "ihr", "ihre", "ihrem", "mon",
    "ma", "mes", "son", "sa", "ses", "mi", "mis", "su", "sus", "mijn", "zijn", "haar", "mio", "mia", "miei",
    "mie", "suo", "sua", "mój", "moja", "moje", "mojego", "mojej", "jego", "jej", "mitt", "mina", "hans",
    "hennes", "meu", "minha", "meus", "minhas", "seu",
  ],
  heldAcronyms: ["RA", "MS", "ALS", "POTS", "CFS", "GAD", "BPD", "TBI", "IBD", "CKD", "DVT", "UTI", "ASD"],
  // round twelve: a stroke as French, Portuguese ("AVC") and Spanish ("ACV") abbreviate it
  contextAcronyms: ["AVC", "ACV", "RA", "MS", "ALS", "POTS", "CFS", "GAD", "BPD", "TBI", "ENT", "IBD", "CKD", "DVT", "UTI", "CT", "ASD", "IRM", "MRT", "TAC", "ICU", "AU", "PT", "OB", "CBT"],
  figurativeObjectOpeners: ["on", "of", "auf", "an", "sur", "en", "su", "op", "na", "på"],
  figurativeWith: [
    "merge", "conflict", "conflicts", "monolith", "codebase", "repo", "code", "legacy", "service", "pipeline",
    "release", "backlog", "outage", "deploy", "demo", "ui", "build", "meetings", "meeting", "sprint", "bug",
    "bugs", "cron", "job", "migration", "refactor", "database", "schema", "api", "money", "budget", "team",
    "post", "tweet", "video", "skepticism", "scepticism", "reality", "change", "launch",
    // tools and places of software work, where a test, a scan or a surgery is done to code
    "ci", "flaky", "security", "vulnerability", "coverage", "git", "branch", "cluster", "runtime",
    "tokenizer", "dataset", "css", "styling", "server", "endpoint", "kubernetes", "docker", "prod", "staging",
    "qa", "jenkins", "jira", "app", "page", "crashes", "feature", "module", "screen", "corosync", "failover",
    "snyk", "sonar", "sonarqube", "trivy", "dependabot", "scanner", "cve", "cves", "technical", "debt",
    "grafana", "dashboard", "graph", "chart", "metrics", "dicom", "hotfix",
    // round twelve: a test suite or a linter has the fever, and a visa, a passport or an embassy the appointment
    // ("Visa appointments take about 8 weeks", "our test suite has a fever lol")
    "suite", "linter", "e2e", "visa", "visas", "embassy", "consulate", "passport", "biometrics",
    // marketing's figures: a viral loop or coefficient, a campaign that went viral
    "coefficient", "campaign", "marketing", "content", "growth", "reel", "tiktok", "loop", "cpu", "gpu",
    "laptop", "roadmap", "deck", "strategy", "okrs", "kpi", "kpis", "revenue", "sales", "spreadsheet", "excel",
    // meetings, projects and migrations in the offices' other languages ("la reunión fue un dolor de cabeza")
    "reunión", "réunion", "riunione", "vergadering", "spotkanie", "möte", "reunião", "besprechung",
    "proyecto", "projet", "projekt", "progetto", "migración", "migrazione", "migratie",
    // and in Hindi, where machines are named by their English words ("सर्वर की तबीयत ठीक नहीं")
    "सर्वर", "सिस्टम", "कोड", "ऐप", "वेबसाइट", "बिल्ड", "प्रोजेक्ट", "डिप्लॉय", "डेटाबेस",
  ],
  // "FIV", "FIVET": IVF as French, Spanish and Italian write it.
  acronyms: ["ADHS", "TDAH", "MRI", "IBS", "HIV", "ADHD", "PTSD", "OCD", "COPD", "MDD", "GERD", "PCOS", "T1D", "T2D", "HPV", "AFib", "A1C", "HbA1c", "TSH", "PSA", "ECG", "EKG", "NIPT", "CBC", "OB-GYN", "IVF", "IUI", "RSV", "LDL", "HDL", "FIV", "FIVET"],
  context: [
    "diagnosed", "diagnosis", "doctor", "doctors", "dr", "gp", "nurse", "prescribed", "prescription",
    "symptoms", "treatment", "therapy", "therapist", "medication", "meds", "mg", "hospital", "clinic",
    "sick", "suffering", "suffer", "condition", "chronic", "patient", "health", "medical", "dose", "dosage",
    "surgery", "recovering", "recovery", "flare", "flare-up", "pharmacy", "pharmacist", "specialist",
    "referral", "referred", "appointment", "flaring", "flared", "diagnosed", "meds", "pharmacy", "biopsy", "surgeon", "surgery", "specialist", "consultant", "clinic", "hospital", "gp", "nhs",
    "insurance", "copay", "dermatologist", "cardiologist", "neurologist", "rheumatologist", "oncologist",
    "endocrinologist", "urologist", "allergist", "physio", "ob-gyn", "midwife", "pregnant", "pregnancy",
    "treatment", "remission", "chemo", "infusion", "pain",
    // parts of the body a scan or an operation is of ("MRI of my lumbar spine")
    "spine", "lumbar", "knee", "hip", "shoulder", "lungs", "kidney", "liver", "brain", "abdominal", "pelvic",
    "assessment", "arzt", "ärztin", "médecin", "médico",
    // the same body parts, care and insurers in the offices' other languages
    "hanche", "genou", "épaule", "rodilla", "cadera", "hombro", "espalda", "muñeca", "knie", "hüfte",
    "schulter", "rücken", "ginocchio", "anca", "spalla", "schiena", "joelho", "quadril", "ombro",
    "lendenwirbelsäule", "wirbelsäule", "tonsil", "tonsils", "síntomas", "symptômes", "symptome", "sintomi",
    "sintomas", "santé", "sante", "salud", "gesundheit", "saúde", "salute", "bupa", "aetna", "cigna", "humana",
    "medicare", "medicaid", "krankenkasse", "mutuelle", "médica", "medica", "doctora", "doctor's",
    // being ill, in the offices' other languages
    "krank", "krankheit", "malade", "maladie", "enfermo", "enferma", "malato", "malata", "ziek", "chory",
    "chora", "doente", "sjuk", "syg", "heart", "cardiac",
    // round eight: the family members whose illness people tell of, and parts of the body a symptom is in
    "mum", "mom", "mother", "dad", "father", "son", "daughter", "wife", "husband", "grandma", "grandpa",
    "granny", "nan", "baby", "toddler", "newborn", "mutter", "mama", "papa", "vater", "sohn", "tochter",
    "oma", "opa", "mère", "père", "fils", "fille", "mamie", "papi", "madre", "padre", "hijo", "hija", "abuela",
    "abuelo", "moeder", "vader", "zoon", "dochter", "figlio", "figlia", "nonna", "nonno", "mamma", "papà",
    "matka", "ojciec", "syn", "córka", "babcia", "dziadek", "mamma", "pappa", "dottern", "sonen", "mormor",
    "farmor", "mãe", "pai", "filho", "filha", "avó", "avô", "chest", "throat", "stomach", "tummy", "belly",
    "ear", "ears", "skin", "wrist", "ankle", "elbow", "knä", "knie", "genou", "rodilla", "joelho", "kolano",
    "ventre", "barriga", "gorge", "garganta", "gola", "keel", "hals", "mage", "brzuch", "gardło", "buik",
    "kopf", "tête", "cabeza", "testa", "cabeça", "głowa", "hoofd", "huvud", "rug", "rygg", "plecy",
    "pregnant", "weeks", "wks", "dental",
    // round fourteen: a record's leave column beside its reason ("on_leave;… yes (sick)")
    "on_leave", "leave_type", "leave_reason", "absence_reason", "absence_type",
    // a calendar's entry names the writer's own time: "Blocked: therapist – Calendar"
    "calendar", "kalender", "calendario", "calendrier", "benign", "malignant",
    // Hindi: the writer and the family whose pain or admission it is
    "मुझे", "मेरी", "मेरा", "मेरे", "माँ", "मां", "मम्मी", "पापा", "पिताजी", "बेटा", "बेटी", "पति", "पत्नी",
  ],
});

// A medical specialist is named, in English, German, French and Spanish alike, by a Greek or Latin
// root of the body or its care and an -ologist/-iatrist ending: "endocrinologue", "Kardiologe",
// "neumólogo", "Psychiater", "psiquiatra". The roots keep out "biologist", "Geologe", "technologue".
const specialistEnding =
  /(?:olog(?:ist|ists|e|en|in|ue|ues|ista|istas|a|iem)?|oloog|ólog[oa]s?|olog[oa]s?|iat(?:er|erin|re|res|ra|ras|rist|rists))$/;
const clinicalRoot =
  /^(?:cardi|kardi|neur|dermat|endocrin|endokrin|gastroenter|h[aeé]?mat|hämat|onco|onko|onc|rh?eumat|rhumat|n[eé]phr|nefr|ur|gyn|gyné|ginec|pneum|neum|pulmon|o[fp]h?t[h]?alm|otorhinolaryng|otorrinolaring|immun|allerg|alerg|proct|h[eé]pat|angi|diab[eé]t|p[eé]diatr|pädiatr|psych|psiqu|psic|endokryn|ginekol|kardiol|ortho?p|traumat|radi|g[eé]riatr|androl|phl[eé]b|fleb|path|anest|anästh|an[ae]sthes)/;
// French and Italian elide the article onto the word ("l'endocrinologue", "dall'oncologo").
const elision = /^(?:l|d|dall|all|dell|nell)['’]/;

function findSpecialists(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    if (word.end - word.start < 7 || !specialistEnding.test(word.lower)) continue;
    const bare = word.lower.replace(elision, "");
    if (!clinicalRoot.test(bare)) continue;
    const start = word.end - bare.length;
    spans.push({
      start,
      end: word.end,
      category: "health",
      detector: "health-term",
      score: clampScore(0.85),
    });
  }
  return spans;
}

// A body's temperature: a fever word and a reading of 37–41 degrees ("fever of 39", "Fieber 38,5"), or a
// temperature with its tenth ("a temp of 38.9"), which machines' temperatures are seldom given with.
const mayNameTemperature = /fever|temp|fieber|fièvre|fiebre|febbre|koorts|feber|gorączk|febre/i;
const bodyTemperature =
  /(?<![\p{L}])(?:(?:fever|fieber|fièvre|fiebre|febbre|koorts|feber|gorączk\p{L}{0,3}|febre)(?: {1,3}\p{L}{1,6}){0,2} {1,3}(?:3[7-9]|4[01])(?:[.,]\d)?|(?:temp|temperature|temperatur|température|temperatura)(?: {1,3}\p{L}{1,6}){0,2} {1,3}(?:3[7-9]|4[01])[.,]\d)(?![\p{N}])/giu;
// Someone else's broken bone, in the offices' languages ("si è rotta il femore", "se ha roto la muñeca",
// "s'est cassé le bras", "hat sich das Bein gebrochen", "heeft zijn pols gebroken", "złamał rękę").
const mayNameBrokenBone = /rott|roto|rota|cass|gebro|brutit|złama|quebr|fractur/i;
const brokenBone =
  /(?<![\p{L}])(?:si è (?:rott|fratturat)[oa] (?:il|la|l['’]|un|una) ?|se (?:ha roto|rompió|fracturó) (?:el|la|un|una) |s['’]est (?:cassée?|fracturée?) (?:le|la|l['’]|un|une) ?|hat sich (?:das|den|die|ein|eine|einen) |(?:heeft|heb) (?:zijn|haar|mijn|z['’]n|m['’]n) |har brutit (?:\p{L}{2,8} )?|złamał(?:a|em|am)? (?:sobie )?|(?:quebrou|fraturou) (?:o|a) )(?:femore|braccio|gamba|polso|caviglia|anca|costola|clavicola|brazo|pierna|muñeca|tobillo|cadera|costilla|clavícula|bras|jambe|poignet|cheville|hanche|côte|clavicule|bein|arm|handgelenk|knöchel|hüfte|rippe|schlüsselbein|pols|been|enkel|heup|rib|sleutelbeen|armen|benet|handleden|foten|höften|rękę|nogę|nadgarstek|kostkę|biodro|żebro|obojczyk|braço|perna|pulso|tornozelo|quadril|costela)(?: (?:gebrochen|gebroken))?(?![\p{L}])/giu;

// A reading with a laboratory's unit ("LDL 4.2 mmol/L", "ALT 45 U/L", "Ferritin 8 ng/mL") is a lab result.
const mayNameLabUnit = /mol\/l|\/dl|\/ml|u\/l/i;
const labReading =
  /(?<![\p{L}\p{N}.,])\d{1,4}(?:[.,]\d{1,3})? ?(?:mmol\/l|µmol\/l|μmol\/l|umol\/l|nmol\/l|pmol\/l|mg\/dl|g\/dl|ng\/ml|pg\/ml|µg\/ml|miu\/l|mu\/l|m?iu\/ml|u\/l)(?![\p{L}])/giu;

// Vital signs as a chart writes them: "BP 148/94", "RR 130/85", "blood pressure 120/80", "SpO2 97%".
const mayNameVitals = /BP|RR|SpO2|pressure|blutdruck|tension|tensión|ciśnienie/i;
const vitals =
  /(?<![\p{L}])(?:(?:BP|RR|[Bb]lood pressure|Blutdruck|[Tt]ension|[Tt]ensión|[Cc]iśnienie) ?:? ?(?:[89]\d|1\d\d|2[0-4]\d)\/(?:[4-9]\d|1[0-4]\d)|SpO2 ?:? ?[7-9]\d ?%)(?![\p{N}])/gu;

// How far along a pregnancy is, as each language says it: "estoy de 8 semanas", "20. SSW", "je suis à 12
// semaines", "sono alla 10ª settimana", "jestem w 12. tygodniu" (English "weeks pregnant" is a term above).
const mayNamePregnancyWeek = /seman|ssw|semaine|settiman|tygodni|weeks/i;
const pregnancyWeek =
  /(?<![\p{L}])(?:(?:estoy|está|estás|estou)(?: \p{L}{3,14})? de \d{1,2} semanas|\d{1,2}\. ?SSW|SSW \d{1,2}|(?:je suis|elle est) à \d{1,2} semaines|(?:sono|è) alla \d{1,2}[ªa°]? settimana|(?:jestem|jest) w \d{1,2}\.? tygodniu|(?:i['’]m|i am|she['’]s|she is) (?:[4-9]|[1-3]\d|4[0-2]) weeks(?! (?:into|in|behind|late|away|out|from|off|ahead|left|of|old|now|until|till|since|before|after|on|at))(?![\p{L}]))(?![\p{L}])/giu;

function findBodyReadings(text: string, digits: number): Span[] {
  const spans: Span[] = [];
  // A week of pregnancy, a vital sign, a lab reading and a temperature are all numbers: a text
  // without a digit (most prose) is spared their four scans. A broken bone is told in words.
  if (digits > 0) findNumberedReadings(text, spans);
  if (mayNameBrokenBone.test(text)) {
    brokenBone.lastIndex = 0;
    for (let match = brokenBone.exec(text); match !== null; match = brokenBone.exec(text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length));
    }
  }
  return spans;
}

/** The readings of `findBodyReadings` that each hold an ASCII digit, added to `spans` in its order. */
function findNumberedReadings(text: string, spans: Span[]): void {
  if (mayNamePregnancyWeek.test(text)) {
    pregnancyWeek.lastIndex = 0;
    for (let match = pregnancyWeek.exec(text); match !== null; match = pregnancyWeek.exec(text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length));
    }
  }
  if (mayNameVitals.test(text)) {
    vitals.lastIndex = 0;
    for (let match = vitals.exec(text); match !== null; match = vitals.exec(text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length));
    }
  }
  if (mayNameLabUnit.test(text)) {
    labReading.lastIndex = 0;
    for (let match = labReading.exec(text); match !== null; match = labReading.exec(text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length));
    }
  }
  if (mayNameTemperature.test(text)) {
    bodyTemperature.lastIndex = 0;
    for (let match = bodyTemperature.exec(text); match !== null; match = bodyTemperature.exec(text)) {
      spans.push(healthSpan(match.index, match.index + match[0].length));
    }
  }
}

// One's own or a relative's part of the body that hurts: "my knee clicks and hurts", "my back is killing
// me", "mein Knie tut weh", "me duele la rodilla", "j'ai mal au genou" (the last two are phrases above).
// biome-ignore format: a word list reads better packed
const bodyParts = new Set([
  "knee", "knees", "back", "neck", "shoulder", "hip", "wrist", "ankle", "foot", "feet", "elbow", "head",
  "stomach", "tummy", "chest", "throat", "ear", "ears", "eye", "eyes", "tooth", "teeth", "jaw", "leg", "legs",
  "arm", "arms", "hand", "hands", "finger", "toe", "knie", "rücken", "nacken", "schulter", "hüfte", "kopf",
  "bauch", "hals", "zahn", "fuß", "genou", "dos", "rodilla", "espalda", "ginocchio", "schiena", "knie", "rug",
  "nek", "kolano", "plecy", "knä", "rygg", "joelho", "costas",
]);
// biome-ignore format: a word list reads better packed
const achingWords = new Set([
  "hurts", "hurt", "hurting", "aches", "ache", "aching", "sore", "swollen", "itchy", "numb", "killing",
  "throbbing", "clicks", "locked", "tut", "schmerzt", "geschwollen", "doet", "boli", "bolą", "värker",
  "dói", "fa", "duele", "duelen",
]);
const bodyOwners = new Set([
  "my",
  "her",
  "his",
  "mein",
  "meine",
  "meinen",
  "mon",
  "ma",
  "mes",
  "mi",
  "mijn",
  "mio",
  "mia",
  "mój",
  "moja",
  "moje",
  "min",
  "mitt",
  "meu",
  "minha",
  "sein",
  "seine",
  "ihr",
  "ihre",
  "zijn",
  "haar",
]);

function findAchingParts(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const part = words[i];
    if (part === undefined || !bodyParts.has(part.lower) || !bodyOwners.has(words[i - 1]?.lower ?? ""))
      continue;
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const ache = words[j];
      if (ache !== undefined && achingWords.has(ache.lower)) {
        spans.push(healthSpan(words[i - 1]?.start ?? part.start, ache.end));
        break;
      }
    }
  }
  return spans;
}

// A specialist said short or as an adjective beside a visit: "rendez-vous ophtalmo", "rdv dermato",
// "visita oculistica", "consulta de cardiología", "Termin Kardio". Alone "cardio" is a workout.
// biome-ignore format: a word list reads better packed
const shortSpecialists = new Set([
  "ophtalmo", "ophtalmologue", "dermato", "cardio", "gastro", "gynéco", "gyneco", "gyno", "pneumo", "rhumato",
  "endocrino", "neuro", "uro", "ortho", "kiné", "ostéo", "psy", "orl", "hno", "oculista", "oculistica",
  "cardiologica", "dermatologica", "ortopedica", "ginecologica", "neurologica", "urologica", "pediatrica",
  "oncologica", "cardiología", "dermatología", "traumatología", "ginecología", "oftalmología", "pediatría",
  "kardio", "derma", "augenarzt", "oftalmo", "traumato", "dermatologo", "pediatra",
]);
// biome-ignore format: a word list reads better packed
const visitWords = new Set([
  "appointment", "appt", "rendez-vous", "rdv", "cita", "consulta", "visita", "termin", "afspraak", "wizyta",
  "besök", "consultation", "séance", "controllo", "revisión", "check-up", "checkup", "control",
]);

function findSpecialistVisits(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || !shortSpecialists.has(word.lower)) continue;
    for (let j = Math.max(0, i - 3); j < Math.min(words.length, i + 3); j++) {
      if (j !== i && visitWords.has(words[j]?.lower ?? "")) {
        spans.push(healthSpan(word.start, word.end));
        break;
      }
    }
  }
  return spans;
}

// A fracture named by the bone, as German and Swedish compound it: "Hüftfraktur", "höftfraktur",
// "handledsfraktur". "Fraktur" alone is also a typeface.
function findFractureCompounds(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const length = word.end - word.start;
    if (length > 8 && length < 30 && (word.lower.endsWith("fraktur") || word.lower.endsWith("fractuur"))) {
      if (!word.lower.startsWith("schrift")) spans.push(healthSpan(word.start, word.end));
    }
  }
  return spans;
}

// Having an illness, said with the verb each language uses for it: "estou com covid", "she's got the flu",
// "tiene una infección", "j'ai la grippe", "ho la febbre", "ik heb griep", "mam grypę". The illness words
// alone are also news, seasons and malware; with one of these verbs just before (an article may stand
// between) someone has them.
// biome-ignore format: a word list reads better packed
const illnessNouns = new Set([
  "covid", "covid-19", "corona", "flu", "grippe", "gripe", "griep", "grypę", "influenza", "fever", "fieber",
  "fièvre", "fiebre", "febbre", "koorts", "febre", "feber", "gorączkę", "infection", "infección", "infezione",
  "infectie", "infekcja", "infekcję", "infecção", "infektion", "infekt", "virus", "cold", "erkältung", "rhume",
  "resfriado", "raffreddore", "verkoudheid", "przeziębienie", "förkylning", "migraine", "migräne", "migraña",
  "emicrania", "enxaqueca", "angina", "angine", "mono", "strep", "shingles", "chickenpox", "measles", "rash",
  "sore", "temperature", "temp",
  // round fourteen: a rash, as the offices' languages have it ("młody ma wysypkę", "er hat Ausschlag")
  "wysypkę", "wysypka", "wysypki", "ausschlag", "sarpullido", "uitslag", "utslag", "eruzione", "éruption",
  // a stroke someone had ("a stroke of luck" goes on with "of"); and a cancer someone has, as the offices'
  // languages name it ("mijn moeder heeft kanker", "mama ma raka")
  "stroke",
  "cancer", "kanker", "krebs", "cáncer", "cancro", "câncer", "raka", "kræft", "kreft",
  // a mind's illness is had the same way: "je fais une dépression", "mam depresję", "zit thuis met een burn-out"
  "depression", "dépression", "depresión", "depressione", "depressie", "depresję", "depresja", "depressão",
  "depressionen", "anxiety", "ansiedad", "anxiété", "ansia", "ansiedade", "ångest", "lęki", "burnout",
  "burn-out", "panic", "insomnia", "insomnie", "insomnio", "insonnia", "schlafstörungen",
]);
// biome-ignore format: a word list reads better packed
const havingVerbs = new Set([
  "have", "has", "had", "got", "caught", "catch", "i've", "ive", "he's", "she's", "we've", "tengo", "tiene",
  "tienes", "tenía", "tuve", "pillé", "pilló", "j'ai", "ai", "a", "as", "avait", "attrapé", "chopé", "ho",
  "ha", "hai", "aveva", "preso", "heb", "heeft", "hebt", "had", "kreeg", "mam", "ma", "miał", "miała",
  "złapałem", "złapałam", "złapał", "złapała", "har", "hade", "fick", "habe", "hab", "hat", "hatte",
  "tenho", "tem", "tinha", "peguei", "pegou", "com", "con", "met", "mit", "fais", "fait", "faço", "sufro",
  "soffro", "lider", "cierpię", "leide", "lijd",
]);
// Words that may stand between the verb and the illness: articles, and "a bad", "a high", "a stomach".
// biome-ignore format: a word list reads better packed
const illnessArticles = new Set([
  "a", "an", "the", "le", "la", "l'", "un", "une", "el", "una", "il", "lo", "een", "de", "die", "den", "eine",
  "einen", "ein", "uma", "um", "o", "bad", "high", "nasty", "bit", "of", "slight", "fever", "sinus", "ear",
  "chest", "throat", "stomach", "urinary", "kidney", "eye", "viral", "bacterial", "bacteriana", "viral",
]);
// A machine, a file or a season can "have a virus", "have a fever", "have covid data": not a person.
// biome-ignore format: a word list reads better packed
const illnessOfThings = new Set([
  "server", "servers", "machine", "laptop", "computer", "pc", "repo", "system", "site", "network", "host",
  "node", "vm", "cluster", "box", "file", "files", "database", "db", "phone", "mac", "device", "build",
  "engine", "rechner", "ordinateur", "serveur", "ordenador", "computadora", "pipeline", "pipelines",
  "codebase", "service", "services", "app", "builds", "prod", "production", "staging", "ci", "project",
  "sprint", "backlog", "release", "deploy", "deployment", "dashboard", "metrics", "graph", "chart", "jenkins",
  "market", "stock", "stocks", "economy", "portfolio", "roadmap", "kubernetes", "k8s", "cpu", "gpu",
  // round twelve: "our test suite has a fever lol"
  "suite", "suites", "testsuite", "linter", "e2e",
]);
// biome-ignore format: a word list reads better packed
const illnessUses = new Set([
  "data", "dataset", "numbers", "cases", "guidelines", "rules", "policy", "policies", "season", "restrictions",
  "dashboard", "stats", "statistics", "tracker", "app", "api", "funding", "money", "budget", "measures",
  "protocol", "protocols", "regulations", "relief", "era", "times", "loans", "definitions", "signatures",
  "scanner", "scan", "warning", "alert", "outbreak", "pandemic", "call", "feet", "shoulder", "start", "war",
  "spell", "brew", "email", "emails", "storage", "snap", "front", "of",
  // a worry about something is a feeling, not a condition: "anxiety about the launch"
  "about", "over", "around", "regarding", "before", "ahead",
]);

function findHadIllness(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const illness = words[i];
    if (illness === undefined || !illnessNouns.has(illness.lower)) continue;
    if (illnessUses.has(words[i + 1]?.lower ?? "")) continue;
    let at = i - 1;
    while (at > 0 && at > i - 3 && illnessArticles.has(words[at]?.lower ?? "")) at--;
    const verb = words[at];
    if (verb === undefined) continue;
    if (!havingVerbs.has(verb.lower) && !holdsCondition(words, at)) continue;
    // "a", "ha", "ma", "com", "con", "met", "mit" and "had" are also articles, words of other languages
    // or prepositions: they count as the verb only right before the illness or its article.
    if (at === i - 1 && illnessArticles.has(verb.lower) && !strongHaving.has(verb.lower)) continue;
    // The thing that is ill stands before the verb ("our pipeline has a fever") or is told of after it
    // ("has a fever today, 40 red builds").
    let thing = false;
    for (let j = Math.max(0, at - 3); j < Math.min(words.length, i + 5); j++) {
      if (illnessOfThings.has(words[j]?.lower ?? "")) thing = true;
    }
    if (thing) continue;
    // A cold, a sore or a temperature is had by the weather, a wound and a room as well: only with "got"
    // or "caught", or a person's verb ("I've got a cold", "she caught a cold").
    if (weakIllness.has(illness.lower) && !caughtVerbs.has(verb.lower)) continue;
    // A cancer or a stroke is had by a person ("my dad has cancer", "Ana had a stroke"); what else "has
    // cancer" or "had a stroke" (Jira, the spreadsheet, a merge) is a figure of speech.
    if (graveIllness.has(illness.lower) && !personBefore(words, at)) continue;
    spans.push(healthSpan(verb.start, illness.end));
  }
  return spans;
}
// round thirteen: a condition someone is treated for, struggles with or suffers from ("they're dealing with
// burnout", "I'm being treated for depression", "elle souffre de dépression", "er leidet unter Depressionen").
// The conjugated verbs of the other languages carry their person; English's pairs need one before them.
// biome-ignore format: a word list reads better packed
const sufferingVerbs = new Set([
  "souffre", "souffrent", "sufre", "sufren", "soffre", "soffrono", "sofre", "sofrem", "lijdt", "cierpi",
  "battling", "battles", "battled",
]);
// biome-ignore format: a word list reads better packed
const holdingPairs = new Set([
  "dealing with", "struggling with", "struggles with", "struggled with", "treated for", "suffering from",
  "suffers from", "suffered from", "recovering from", "recovered from", "living with", "coping with",
  "diagnosed with", "leidet unter", "leidet an", "leide unter", "soigné pour", "soignée pour", "traité pour",
  "traitée pour", "tratamiento por", "tratamiento para", "cura per", "prese con", "behandeld voor",
  "worstelt met", "kampt met", "lidando com", "tratado para", "tratada para", "cierpi na", "lider av",
  "behandlas för", "behandelt wegen", "soffre di", "soffrono di", "lijdt aan", "lijden aan",
]);
const englishHoldingFirst = new Set([
  "dealing",
  "struggling",
  "struggles",
  "struggled",
  "treated",
  "suffering",
  "suffers",
  "suffered",
  "recovering",
  "recovered",
  "living",
  "coping",
  "diagnosed",
]);
// The person who holds it, a few words before: "they're dealing", "I'm being treated", "Owen is recovering".
// "we" is left out: "we're dealing with burnout" is a team's topic as often as anyone's condition.
// biome-ignore format: a word list reads better packed
const holderWords = new Set([
  "i", "i'm", "im", "i've", "ive", "he", "she", "they", "he's", "she's", "they're", "they've", "you're",
  "someone", "who", "is", "was",
]);

const notAHolder = new Set(["the", "this", "that", "it", "our", "their", "which", "what", "there"]);

/** The word at `at` is a verb of suffering or ends a pair that holds a condition, with its person before it. */
function holdsCondition(words: readonly Word[], at: number): boolean {
  const verb = words[at]?.lower ?? "";
  if (sufferingVerbs.has(verb)) return true;
  const first = words[at - 1];
  if (first === undefined || !holdingPairs.has(`${first.lower} ${verb}`)) return false;
  if (!englishHoldingFirst.has(first.lower)) return true;
  for (let j = at - 2; j >= Math.max(0, at - 5); j--) {
    const word = words[j];
    if (word === undefined) break;
    if (holderWords.has(word.lower)) {
      // "is" and "was" need a name or a pronoun before them: "Owen is recovering", not "the market is".
      if (word.lower !== "is" && word.lower !== "was") return true;
      const subject = words[j - 1];
      return subject?.capitalised === true && !notAHolder.has(subject.lower);
    }
  }
  return false;
}

const strongHaving = new Set([
  "tengo",
  "tiene",
  "j'ai",
  "heb",
  "heeft",
  "mam",
  "har",
  "habe",
  "hab",
  "hat",
  "fais",
  "sufro",
  "soffro",
  "lider",
  "cierpię",
  "leide",
  "lijd",
]);
const weakIllness = new Set(["cold", "sore", "temperature", "temp", "rash", "virus"]);
// biome-ignore format: a word list reads better packed
const graveIllness = new Set([
  "cancer", "kanker", "krebs", "cáncer", "cancro", "câncer", "raka", "kræft", "kreft", "stroke",
]);
// biome-ignore format: a word list reads better packed
const relatives = new Set([
  "who", "mama", "mamá", "mamma", "papa", "papá", "papà", "tata", "oma", "opa", "mamie", "papi", "nonna", "nonno",
  "babcia", "dziadek", "abuela", "abuelo", "avó", "avô", "mormor", "morfar", "farmor", "farfar", "brat",
  "siostra", "bruder", "schwester", "hermano", "hermana", "frère", "sœur", "soeur", "fratello", "sorella",
  "broer", "zus", "irmão", "irmã", "bror", "syster", "brother", "sister", "aunt", "uncle", "grandma",
  "grandpa", "friend", "partner", "boyfriend", "girlfriend", "colleague", "neighbour", "neighbor", "mother",
  "father", "parents", "mutti", "vati",
]);
const beforeHaving = new Set([
  "just",
  "also",
  "recently",
  "has",
  "have",
  "had",
  "been",
  "finally",
  "now",
  "who",
]);

/** The verb at `at` has a person before it: a pronoun, a relative, "who", or a given name and nothing else. */
function personBefore(words: readonly Word[], at: number): boolean {
  let j = at - 1;
  while (j > 0 && j > at - 3 && beforeHaving.has(words[j]?.lower ?? "") && words[j]?.lower !== "who") j--;
  const subject = words[j];
  if (subject === undefined) return false;
  if (personWords.has(subject.lower) || relatives.has(subject.lower) || subject.lower.endsWith("'s"))
    return true;
  const names = nameLexicon();
  return (
    subject.capitalised &&
    names.given.has(subject.lower) &&
    !names.common.has(subject.lower) &&
    !names.products.has(subject.lower)
  );
}
const caughtVerbs = new Set([
  "caught",
  "catch",
  "got",
  "i've",
  "ive",
  "pillé",
  "pilló",
  "attrapé",
  "chopé",
  "preso",
  "złapałem",
  "złapałam",
  "złapał",
  "złapała",
  "peguei",
  "pegou",
  "kreeg",
]);

// Care told by its structure rather than a clinical word: seeing someone who treats people ("seeing a
// therapist every Tuesday", "off to the doctor"), what a doctor said to someone ("doctor says rest", "the
// GP told me to", "der Arzt meint"), and a medicine for something ("pills for my migraines", "leki na
// tarczycę", "pastillas para dormir"). A tool called doctor (`brew doctor`, `flutter doctor`) has its
// name before it, so the carer must open the clause or follow an article or a possessive.
// biome-ignore format: a word list reads better packed
const carers = new Set([
  "doctor", "doctors", "doctor's", "gp", "therapist", "counsellor", "counselor", "psychologist", "shrink",
  "physio", "physiotherapist", "chiropractor", "osteopath", "dentist", "nurse", "midwife", "surgeon",
  "optician", "psychiatrist", "dermatologist", "arzt", "ärztin", "hausarzt", "hausärztin", "dokter",
  "huisarts", "therapeut", "therapeutin",
]);
const visitVerbs = new Set(["seeing", "see", "saw", "seen", "visit", "visiting", "visited", "to"]);
const carerOpeners = new Set([
  "a",
  "the",
  "my",
  "her",
  "his",
  "our",
  "their",
  "der",
  "die",
  "meine",
  "mein",
  "de",
  "mijn",
]);
// biome-ignore format: a word list reads better packed
const carerSayings = new Set([
  "says", "said", "told", "tells", "wants", "thinks", "reckons", "recommends", "recommended", "advised",
  "suggested", "ordered", "sagt", "meint", "meinte", "sagte", "zegt", "zei", "vindt",
  // "my GP signed me off for two weeks": a carer who signs someone off writes a sick note
  "signed",
  // round fourteen: "my GP referred me to a specialist", "la médica me derivó"
  "referred", "refers", "überwies", "überweist", "derivó", "adressé",
]);
// biome-ignore format: a word list reads better packed
const medicineNouns = new Set([
  "pills", "meds", "medicine", "medication", "medications", "tabletten", "medikamente", "medikament",
  "médicament", "médicaments", "cachets", "medicamento", "medicamentos", "pastillas", "pastilla", "farmaci",
  "farmaco", "pastiglie", "medicijnen", "pillen", "leki", "lek", "tabletki", "remédio", "remédios",
  "medicin", "mediciner", "tabletter",
]);
// biome-ignore format: a word list reads better packed
const medicineFor = new Set([
  "for", "against", "gegen", "pour", "contre", "para", "per", "tegen", "voor", "na", "mot", "för", "für",
]);

function findCareStructures(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (carers.has(word.lower)) {
      const before = words[i - 1];
      const opened = before === undefined || carerOpeners.has(before.lower) || before.end < word.start - 1;
      const next = words[i + 1];
      if (opened && next !== undefined && carerSayings.has(next.lower) && !softwareFollows(words, i + 1)) {
        spans.push(healthSpan(word.start, next.end));
        continue;
      }
      // "seeing a therapist", "off to the doctor", "went to see my GP"
      const opener = before !== undefined && carerOpeners.has(before.lower) ? i - 2 : i - 1;
      const verb = words[opener];
      if (verb !== undefined && visitVerbs.has(verb.lower) && !softwareFollows(words, i)) {
        spans.push(healthSpan(verb.start, word.end));
      }
      continue;
    }
    if (medicineNouns.has(word.lower) && medicineFor.has(words[i + 1]?.lower ?? "")) {
      const what = words[i + 2];
      if (what !== undefined && !notAComplaint.has(what.lower) && !softwareWordAfter(words, i + 2)) {
        spans.push(healthSpan(word.start, what.end));
      }
    }
  }
  return spans;
}

// "see the doctor page", "nurse rota app": the carer names a part of software.
// biome-ignore format: a word list reads better packed
const softwareAfterCare = new Set([
  "page", "component", "module", "api", "app", "screen", "table", "field", "endpoint", "view", "role",
  "account", "dashboard", "portal", "rota", "schedule", "demo", "command", "script", "output", "check",
]);
function softwareWordAfter(words: readonly Word[], at: number): boolean {
  const what = words[at]?.lower ?? "";
  return softwareAfterCare.has(what) || codeThings.has(what) || codeThings.has(words[at + 1]?.lower ?? "");
}
const codeThings = new Set([
  "code",
  "codebase",
  "build",
  "builds",
  "pipeline",
  "tests",
  "repo",
  "bugs",
  "bug",
  "deploy",
  "team",
  "monday",
  "mondays",
]);
function softwareFollows(words: readonly Word[], at: number): boolean {
  return softwareAfterCare.has(words[at + 1]?.lower ?? "");
}
// "medicine for the soul", "the best medicine for a broken build": a medicine for a thing, not a complaint.
// biome-ignore format: a word list reads better packed
const notAComplaint = new Set([
  "the", "this", "that", "a", "an", "it", "everything", "all", "any", "every", "der", "die", "das", "le",
  "la", "les", "el", "los", "las", "il", "het", "een", "o", "os", "as",
]);

// A generic medicine is named by its class's stem (the WHO's INN stems): "-prazole", "-sartan", "-olol",
// "-statin", "-oxetine", "-triptan", "-cillin", "-mab"… so a medicine nobody listed, or one misspelt before
// its ending ("lamotragine", "sertralin"), is still one. Only words of eight letters or more, so that
// "April" or "Pepsin" do not end like one.
const medicineStem =
  /(?:prazol|prazole|sartan|sartán|olol|opril|april|ipril|statin|statine|oxetin|oxetine|triptan|cillin|cilline|cilina|mycin|micin|mycine|micina|cycline|ciclina|floxacin|floxacine|azepam|azolam|gliflozin|glutide|gliptin|parin|parine|dronate|tidine|tidina|setron|dipine|dipino|semide|lukast|trigin|trigine|tragine|tiapin|tiapine|zapine|zapina|lizumab|limumab|tuzumab|ximab|zumab|tinib|afil|profen|codone|pramine|triptyline|triptylin|thiazide|conazol|conazole|navir|vudine|ciclovir|cyclovir|lamivud|aloprám|alopram|etamol|etamolo|tralin|traline)$/;
// Words that end like a stem and are no medicine.
const stemLookAlikes = new Set(["carbolol", "mulholland"]);

function findMedicineStems(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const length = word.end - word.start;
    if (length < 8 || length > 24 || !medicineStem.test(word.lower) || stemLookAlikes.has(word.lower))
      continue;
    spans.push(healthSpan(word.start, word.end));
  }
  return spans;
}

// A medicine as the offices' other languages spell and decline it: "Lévothyrox" with its accent, German
// "Methotrexat" without the -e, Spanish "metotrexato", Polish "metforminę", Czech "metforminu", Dutch
// "metformine". Each name is keyed by its letters without accents, with ph, th and y read as f, t and i and
// a short case ending dropped, so that every spelling of one name has one key; a word is looked up by the
// same key. Only keys of six letters or more, so that no short word meets one by chance, and no brand
// whose key is a word ("Concerta" is "concert" without its ending: the strong list holds it as written).
// biome-ignore format: a word list reads better packed
const medicineNames = [
  "metformin", "insulin", "methotrexate", "levothyroxine", "levothyrox", "euthyrox", "sertraline",
  "fluoxetine", "escitalopram", "citalopram", "paroxetine", "venlafaxine", "duloxetine", "bupropion",
  "mirtazapine", "trazodone", "alprazolam", "lorazepam", "diazepam", "clonazepam", "methylphenidate",
  "lisdexamfetamine", "atomoxetine", "lisinopril", "ramipril", "enalapril", "amlodipine", "bisoprolol",
  "metoprolol", "atorvastatin", "simvastatin", "rosuvastatin", "omeprazole", "pantoprazole", "amoxicillin",
  "azithromycin", "doxycycline", "ciprofloxacin", "prednisone", "prednisolone", "hydrocortisone",
  "gabapentin", "pregabalin", "oxycodone", "tramadol", "morphine", "semaglutide", "tirzepatide",
  "liraglutide", "naltrexone", "buprenorphine", "methadone", "quetiapine", "aripiprazole", "olanzapine",
  "risperidone", "lamotrigine", "levetiracetam", "carbamazepine", "topiramate", "warfarin", "apixaban",
  "rivaroxaban", "clopidogrel", "hydroxychloroquine", "ibuprofen", "paracetamol", "acetaminophen",
  "naproxen", "diclofenac", "metamizole", "novalgin", "salbutamol", "budesonide", "montelukast",
  "cetirizine", "loratadine", "isotretinoin", "tamoxifen", "letrozole", "allopurinol", "furosemide",
  "spironolactone", "mesalazine", "adalimumab", "antibiotic", "antidepressant", "ritalin",
  "elvanse", "medikinet", "ozempic", "wegovy", "mounjaro", "xanax", "zoloft", "prozac", "voltaren",
];
const caseEnding = /(?:em|om|um|ie|a|e|i|o|u)$/;

// An ASCII word has no accents to strip: decomposing it and searching it for marks, a tenth of the
// health detector's time, changes nothing. The marks' pattern is built once, not once a word.
const nonAscii = /[\u0080-\uffff]/;
const combiningMarks = /\p{M}/gu;

function medicineKey(lower: string): string {
  const letters = (nonAscii.test(lower) ? lower.normalize("NFD").replace(combiningMarks, "") : lower)
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/y/g, "i");
  return letters.replace(caseEnding, "");
}

const medicineKeys = new Set(medicineNames.map(medicineKey));

function findMedicineSpellings(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const length = word.end - word.start;
    if (length < 6 || length > 24) continue;
    const key = medicineKey(word.lower);
    if (key.length >= 6 && medicineKeys.has(key)) spans.push(healthSpan(word.start, word.end));
  }
  return spans;
}

// A cancer named by its organ, as German, Dutch and the Nordic languages compound it: "Brustkrebs",
// "borstkanker", "bröstcancer", "tarmkræft". A crab ("Flusskrebs", "Einsiedlerkrebs") ends alike.
const cancerCompound = /(?:krebs|kanker|cancer|kræft|kreft)$/;
const crabs = /(?:fluss|taschen|einsiedler|edel|königs|bach|sumpf|signal|kamtschatka|hummer)krebs$/;

function findCancerCompounds(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (const word of words) {
    const length = word.end - word.start;
    if (length < 9 || length > 30 || !cancerCompound.test(word.lower) || crabs.test(word.lower)) continue;
    spans.push(healthSpan(word.start, word.end));
  }
  return spans;
}

// A course of care kept on a schedule: "therapy moved to wednesdays 5pm", "tengo terapia los martes",
// "Therapie ist jetzt donnerstags", "rehab every morning". Alone "therapy" may be a topic or a product
// ("gene therapy", "the therapy app"); with a day, an hour or the writer having it, it is someone's.
// biome-ignore format: word lists read better packed
const scheduledCare = new Set([
  "therapy", "terapia", "thérapie", "therapie", "terapie", "terapi", "terapii", "rehab", "counselling",
  "counseling",
]);
// biome-ignore format: word lists read better packed
const scheduleWords = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
  "thu", "thurs", "fri", "tomorrow", "today", "tonight", "weekly", "every", "lundi", "mardi", "mercredi",
  "jeudi", "vendredi", "samedi", "demain", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes",
  "sábado", "sabado", "mañana", "hoy", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
  "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "morgen", "heute", "wöchentlich",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domani", "oggi", "maandag", "dinsdag", "woensdag",
  "donderdag", "vrijdag", "vandaag", "segunda", "terça", "quarta", "quinta", "sexta", "amanhã", "hoje",
  "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "jutro", "måndag", "tisdag", "onsdag", "torsdag",
  "fredag", "imorgon", "idag", "cada", "chaque", "jeden", "ogni", "elke", "varje", "moved", "am", "pm",
]);
// The writer having it: "tengo terapia", "j'ai thérapie", "hab Therapie", "ho terapia", "mam terapię".
const careHavingVerbs = new Set(["tengo", "j'ai", "hab", "habe", "ho", "heb", "mam", "tenho", "har"]);
// A therapy of a kind that names a field or a product, not someone's sessions.
const careKinds = new Set(["gene", "cell", "retail", "génica", "genica", "gen", "génique", "music", "art"]);
const clockTime = /^\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h|uhr)?$/;

function findScheduledCare(words: readonly Word[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || !scheduledCare.has(word.lower) || careKinds.has(words[i - 1]?.lower ?? ""))
      continue;
    let scheduled = careHavingVerbs.has(words[i - 1]?.lower ?? "");
    let thing = false;
    for (let j = Math.max(0, i - 4); j < Math.min(words.length, i + 5); j++) {
      const near = words[j]?.lower ?? "";
      if (codeThings.has(near) || softwareAfterCare.has(near) || illnessOfThings.has(near)) thing = true;
      if (j > i && (scheduleWords.has(near) || weekdayPlural(near) || clockTime.test(near))) scheduled = true;
    }
    if (scheduled && !thing) spans.push(healthSpan(word.start, word.end));
  }
  return spans;
}

/** "wednesdays", "martes" already are; "mondays", "lundis", "lunedì" as habits. */
function weekdayPlural(word: string): boolean {
  return word.endsWith("s") && scheduleWords.has(word.slice(0, -1));
}

/**
 * Care booked in a calendar's entries, each read alone: a term of the vocabulary that counts in the entry,
 * or a word of care that may be a topic elsewhere ("Therapy", "Vaccination") opening an entry of two words.
 */
function findCalendarCare(text: string): Span[] {
  const spans: Span[] = [];
  for (const title of calendarEntryTitles(text)) {
    const entry = text.slice(title.start, title.end);
    const input = detectionInput(entry, { code: false });
    const words = input.words();
    const first = words[0];
    if (first !== undefined && words.length <= 2 && calendarCare.has(first.lower)) {
      spans.push(healthSpan(title.start + first.start, title.start + first.end));
      continue;
    }
    for (const span of findHealthVocabulary(input)) {
      if (span.score >= reportThreshold)
        spans.push(healthSpan(title.start + span.start, title.start + span.end));
    }
  }
  return spans;
}

function healthSpan(start: number, end: number): Span {
  return { start, end, category: "health", detector: "health-term", score: clampScore(0.85) };
}

// News of a disease ("measles cases are rising across Europe", "the global rise in diabetes rates") and a
// shop's page for a medicine ("Ibuprofen 400mg 20 tablets - Buy online") name no one whose health it is:
// where their words stand and no person does (no I, my, she, a relative, in the offices' languages), the
// vocabulary's terms are not anyone's health.
// biome-ignore format: a word list reads better packed
const aboutEveryone = new Set([
  "cases", "outbreak", "outbreaks", "epidemic", "pandemic", "rates", "prevalence", "incidence", "worldwide",
  "nationwide", "global", "globally", "statistics", "researchers", "article", "news",
  "fälle", "ausbruch", "épidémie", "epidemia", "brote", "uitbraak", "casos", "casi", "buy", "price", "prices",
  "cart", "basket", "shop", "store", "deals", "kaufen", "günstig", "bestellen", "apotheke", "acheter", "prix",
  "comprar", "precio", "comprare", "prezzo", "kopen", "kup", "köp", "pris", "preço", "pack", "groceries", "risk",
  // round ten: research ("Phase III trial shows semaglutide cuts…"), a product's users and a shop's
  // catalogue ("users can view lab results", "the SKU has ibuprofen variants") name no patient either
  "trial", "trials", "studies", "fda", "nejm", "lancet", "journal", "pharma", "users", "prd", "sku",
  "skus", "inventory", "catalog", "catalogue",
  // round twelve: policy news ("La ministre présente le plan hôpital 2027"): a minister, a government, a
  // parliament or a reform speaks for everyone's hospitals, not for a patient's stay
  "minister", "ministre", "ministra", "ministro", "ministerin", "ministry", "ministère", "ministerio",
  "ministero", "ministerium", "ministerie", "ministerstwo", "government", "gouvernement", "gobierno",
  "governo", "regierung", "regering", "regeringen", "rząd", "parliament", "parlement", "parlamento",
  "parlament", "bundestag", "reform", "réforme", "reforma", "riforma", "hervorming", "reformen",
  // round fourteen: sport's news ("the club's keeper is out for six weeks with a hamstring injury, the coach
  // confirmed") tells of a player's injury to everyone who follows the club
  "club", "club's", "coach", "squad", "keeper", "goalkeeper", "striker", "midfielder", "defender", "winger",
  "league", "fixture", "fixtures", "entrenador", "entraîneur", "allenatore", "trainer", "trener", "tränare",
  "treinador", "verein", "mannschaft", "equipo", "plantilla", "squadra", "elftal", "drużyna", "laget",
]);
// biome-ignore format: a word list reads better packed
const personWords = new Set([
  "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself", "our", "he", "she", "he's",
  "she's", "his", "her", "him", "you", "your", "you're", "u", "ich", "mir", "mich", "mein", "meine", "meinen",
  "meinem", "meiner", "unser", "unsere", "er", "je", "j'ai", "moi", "mon", "ma", "mes", "m'a", "il", "elle",
  "yo", "mi", "mis", "tengo", "estoy", "él", "ella", "io", "mio", "mia", "ho", "sono", "ik", "mijn", "mij",
  "hij", "zij", "ja", "mnie", "mój", "moja", "mam", "jestem", "eu", "meu", "minha", "estou", "tenho", "jag",
  "mig", "min", "mitt", "mina", "han", "hon", "mum", "mom", "dad", "son", "daughter", "wife", "husband",
  "kid", "kids", "baby", "mutter", "vater", "sohn", "tochter", "mère", "père", "fils", "fille", "madre", "padre",
  "hijo", "hija", "moeder", "vader", "figlio", "figlia", "matka", "ojciec", "syn", "córka",
]);

// A prescription filled for a medicine ("Repeat prescription – prednisolone 30 Stück – Shop Apotheke",
// "Ordonnance – ibuprofen 600 x2") is someone's, on a shop's page too; a shop's medicine alone is stock.
// biome-ignore format: a word list reads better packed
const prescriptionWords = new Set([
  "prescription", "ordonnance", "rezept", "e-rezept", "receta", "ricetta", "recept", "recepta", "receita",
  "e-recepta", "e-recept",
]);

function fillsPrescription(words: readonly Word[]): boolean {
  if (!words.some((word) => prescriptionWords.has(word.lower))) return false;
  return findMedicineSpellings(words).length > 0 || findMedicineStems(words).length > 0;
}

function namesNoOne(words: readonly { lower: string }[]): boolean {
  let general = false;
  for (const word of words) {
    if (personWords.has(word.lower)) return false;
    if (aboutEveryone.has(word.lower)) general = true;
  }
  return general;
}

// The star sign that shares its name with the disease, in the offices' languages, and what says the
// sign is meant: a horoscope's words, or the sign's dates after it ("Cancer (June 21 – July 22): …").
const signNames = new Set(["cancer", "krebs", "cáncer", "cancro", "kreeft", "rak", "kräftan"]);
const horoscopeWords =
  /horoscop|horoskop|horóscopo|oroscopo|zodiac|zodiaque|zodíaco|zodiaco|sternzeichen|star sign|signe astro|sterrenbeeld|stjärntecken/i;
const signMonth = "(?:june|jun|juin|junio|juni|giugno|juny|czerwca)";
const signDatesAfter = new RegExp(
  String.raw`^\s{0,2}[(:–-]{0,2}\s{0,2}(?:\d{1,2}(?:[./]\s?0?[67]\b|\.? ${signMonth}\b)|${signMonth}\b)`,
  "i",
);
// A health portal named beside its login or password words: the text is about signing in.
const portalNames = new Set(["ameli", "doctolib", "mychart", "patientenportal", "patient portal"]);
const signInWords =
  /mot de passe|password|passwort|contraseña|senha|wachtwoord|hasło|login|log in|sign in|connexion|se connecter|anmelden|anmeldung|iniciar sesión|identifiant|compte bloqué/i;

// "I'm expecting" said of oneself or a partner is a pregnancy when nothing is expected after it, or when
// a birth's leave or a baby is named beside it ("i'm expecting and planning maternity leave"); "I'm
// expecting a call" and "we're expecting delays" have their object.
const expectingSomeone =
  /(?<![\p{L}])(?:i'm|i am|im|we're|we are|she's|she is|my wife is|my partner is)\s{1,3}expecting(?![\p{L}])/iu;
const nothingExpectedAfter = /^\s{0,3}(?:$|[.!,;—–]|again\b|twins\b)/i;
const birthWordsNear =
  /maternity|mutterschutz|elternzeit|parental leave|paternity|congé mat|baja por maternidad|maternità|zwangerschapsverlof|due date|\bdue in\b/i;

function findExpecting(text: string): Span[] {
  const said = expectingSomeone.exec(text);
  if (said === null) return [];
  const end = said.index + said[0].length;
  if (!nothingExpectedAfter.test(text.slice(end, end + 12)) && !birthWordsNear.test(text)) return [];
  return [healthSpan(said.index, end)];
}

/** The vocabulary's spans less a star sign named as one and a health portal named only to sign in to it. */
function withoutSignsAndSignIns(text: string, spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  // Whole-text tests, each run at most once: run per span, a text of many such terms would be read once a term.
  let horoscope: boolean | undefined;
  let signIn: boolean | undefined;
  return spans.filter((span) => {
    const term = text.slice(span.start, span.end).toLowerCase();
    if (signNames.has(term)) {
      horoscope ??= horoscopeWords.test(text);
      return !(horoscope || signDatesAfter.test(text.slice(span.end, span.end + 16)));
    }
    if (portalNames.has(term)) {
      signIn ??= signInWords.test(text);
      return !signIn;
    }
    return true;
  });
}

// A hospital, a clinic, a surgery or a vaccine as a customer or a market: "our clinic customers complain
// about the calendar sync", "hospital beds KPI dashboard for the NHS trust", "Krankenhaus-Kunde will das
// Angebot". Beside a word of selling, contracts or product work the institution is an account, not a
// patient's stay, unless someone's own is named just before it ("my mum's clinic").
// round fifteen: a booking portal or an insurer is a firm, and a vendor in a clause that sells or buys
// ("Doctolib and Bupa both sent RFP answers; pricing per seat…"): read eight words either side of it.
// biome-ignore format: a word list reads better packed
const vendorsOfCare = ["doctolib", "mychart", "ameli", "jameda", "zocdoc", "bupa", "cigna", "aetna", "axa", "allianz"];
const vendorReachWords = 8;
const institutionReachWords = 4;
// biome-ignore format: a word list reads better packed
const institutionTerms = new Set([
  "hospital", "hospitals", "clinic", "clinics", "surgery", "surgeries", "pharmacy", "pharmacies", "vaccine",
  "vaccines", "krankenhaus", "krankenhäuser", "klinik", "kliniken", "hôpital", "hôpitaux", "clinique",
  "cliniques", "clínica", "clínicas", "ospedale", "ospedali", "clinica", "cliniche", "ziekenhuis",
  "ziekenhuizen", "kliniek", "szpital", "szpitale", "sjukhus", "sjukhuset", "apotheke", "apotheken",
  "pharmacie", "farmacia", "farmácia", "apotek",
  ...vendorsOfCare,
]);
// biome-ignore format: a word list reads better packed
const commerceWords = new Set([
  "client", "clients", "customer", "customers", "contract", "contracts", "deal", "deals", "quote", "tender",
  "rfp", "prospect", "prospects", "pitch", "pitching", "demo", "sales", "sell", "selling", "sold", "revenue",
  "integration", "kpi", "kpis", "dashboard", "dashboards", "license", "licence", "licenses", "rollout",
  "go-live", "onboarding", "partnered", "partnership", "vendor", "procurement", "invoice",
  "system", "software", "saas", "crm", "erp", "ehr", "emr", "trust", "chain", "pricing", "seat", "seats",
  "rfi", "shortlist", "shortlisted", "evaluation",
  "kunde", "kunden", "kundin", "angebot", "vertrag", "ausschreibung", "vertrieb", "lizenz", "cliente",
  "clientes", "contrat", "devis", "ventes", "contrato", "presupuesto", "licitación", "ventas", "clienti",
  "contratto", "preventivo", "gara", "vendite", "klant", "klanten", "offerte", "aanbesteding", "klient",
  "klienta", "klienci", "umowa", "przetarg", "oferta", "orçamento", "licitação", "kund", "kunder", "avtal",
  "offert", "upphandling",
]);
// biome-ignore format: a word list reads better packed
const ownInstitution = new Set([
  "my", "his", "her", "mum's", "mom's", "dad's", "mein", "meine", "meinem", "mon", "ma", "mi", "mio", "mia",
  "mijn", "mój", "moja", "meu", "minha", "min", "mitt",
]);

function withoutCustomerInstitutions(text: string, words: readonly Word[], spans: Span[]): Span[] {
  const institutions = spans.filter((span) =>
    institutionTerms.has(text.slice(span.start, span.end).toLowerCase()),
  );
  if (institutions.length === 0) return spans;
  const indexByStart = new Map<number, number>();
  for (const [index, word] of words.entries()) indexByStart.set(word.start, index);
  const accounts = new Set<Span>();
  for (const span of institutions) {
    const at = indexByStart.get(span.start);
    if (at === undefined) continue;
    if (ownInstitution.has(words[at - 1]?.lower ?? "") || ownInstitution.has(words[at - 2]?.lower ?? ""))
      continue;
    const reach = vendorsOfCare.includes(words[at]?.lower ?? "") ? vendorReachWords : institutionReachWords;
    for (let i = Math.max(0, at - reach); i <= Math.min(words.length - 1, at + reach); i++) {
      const near = words[i]?.lower ?? "";
      // "Krankenhaus-Kunde": a compound's last part is the word that counts.
      if (i !== at && (commerceWords.has(near) || commerceWords.has(near.slice(near.lastIndexOf("-") + 1)))) {
        accounts.add(span);
        break;
      }
    }
    const compound = words[at]?.lower ?? "";
    if (compound.includes("-") && commerceWords.has(compound.slice(compound.lastIndexOf("-") + 1)))
      accounts.add(span);
  }
  return accounts.size === 0 ? spans : spans.filter((span) => !accounts.has(span));
}

/**
 * Health: the vocabulary above, and medical specialists named by their roots and endings in the
 * offices' languages, so a specialty nobody listed ("neumólogo") is still one.
 */
export const findHealthTerms: Detector = (input) => {
  const found = findHealthVocabulary(input);
  let spans =
    found.length === 0
      ? found
      : withoutStreetNames(
          input.text,
          input.words(),
          withoutEponymousLaws(
            input.text,
            withoutCustomerInstitutions(input.text, input.words(), withoutSignsAndSignIns(input.text, found)),
          ),
        );
  if (input.text.includes("xpecting")) spans.push(...findExpecting(input.text));
  if (found.length > 0 || input.text.includes("olog") || input.text.includes("iatr"))
    spans = withoutRequiredSickNotes(
      input.text,
      input.words(),
      withRecordTermsLifted(input.text, input.words(), spans),
    );
  if (!input.code) spans.push(...findCalendarCare(input.text));
  if (spans.length > 0 && namesNoOne(input.words()) && !fillsPrescription(input.words())) return [];
  // A sentence copied into an editor ("Cita con el neumólogo el martes.") is still prose.
  if (input.code && !readsAsProse(input.text, input.profile)) return spans;
  // Japanese, Chinese and Korean say much in few characters ("头疼", "입원"): read before the length gate.
  const unspaced = findUnspacedHealth(input.text, input.words()).map((found) =>
    healthSpan(found.start, found.end),
  );
  if (input.profile.letters < 7) return withoutAnimalsIllness(input.words(), [...spans, ...unspaced]);
  // A specialist or a form already on the list ("rheumatologist", "colonoscopy") is reported once.
  const unlisted = [
    ...unspaced,
    ...findSpecialists(input.words()),
    ...findHealthForms(input),
    ...findBodyReadings(input.text, input.profile.digits),
    ...findAchingParts(input.words()),
    ...findSpecialistVisits(input.words()),
    ...findFractureCompounds(input.words()),
    ...findCancerCompounds(input.words()),
    ...findSpecialtyBesideDoctor(input.text, input.words(), clinicalRoot),
    ...findSwappedConditions(input.words()),
    ...(namesNoOne(input.words())
      ? []
      : [
          ...findPositiveTests(input.words()),
          ...findConditionReturns(input.words()),
          ...findOwnDepression(input.text, input.words()),
          ...findPersonVomiting(input.words()),
          ...findBodyPartsTakenOrTorn(input.words()),
          ...findPainToSomeone(input.words()),
          ...findHadIllness(input.words()),
          ...findCareStructures(input.words()),
          ...findScheduledCare(input.words()),
          ...findMedicineStems(input.words()),
          ...findMedicineSpellings(input.words()),
        ]),
  ];
  // Only a term that counts takes a place; one too unsure to count ("fever" alone) leaves it to the form.
  const overlapsCounted = overlapTest(spans.filter((span) => span.score >= reportThreshold));
  return withoutAnimalsIllness(input.words(), [
    ...spans,
    ...unlisted.filter((found) => !overlapsCounted(found)),
  ]);
};

/**
 * A test of whether a span overlaps any of `spans`, in a binary search of them sorted by start with the
 * furthest end so far: testing each found span against every term made a long text's work grow with the
 * square of its terms.
 */
function overlapTest(spans: readonly Span[]): (found: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const span of sorted) furthestEnd.push(Math.max(span.end, furthestEnd.at(-1) ?? 0));
  return (found) => {
    // The last span that starts before `found` ends; one of those up to it reaching past `found.start` overlaps.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.start ?? 0) < found.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? 0) > found.start;
  };
}
