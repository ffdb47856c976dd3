import type { Detector } from "../detection.ts";
import { clampScore, type Span } from "../span.ts";
import { readsAsProse } from "../text.ts";
import { findHealthForms } from "./health-forms.ts";
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
    "radiation therapy", "miscarriage", "pregnant", "pregnancy", "ivf", "infertility", "endometriosis",
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
    "hospitalizowana", "inlagd på sjukhus", "opgenomen in het ziekenhuis", "ernia", "hérnia", "hernia",
    "sciatique", "ciática", "ischias", "angina", "anginę", "anginy", "magsjuka", "varicella", "catapora",
    "ospa wietrzna", "scharlach", "scarlet fever", "scarlatina", "scarlatine", "dal dottore", "dal medico",
    "dalla dottoressa", "dal dentista", "going under the knife", "under the knife", "escayola", "pronto soccorso", "ingessato", "ingessata",
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
    // the office's flu-jab day is for everyone; "my flu jab" is someone's
    "flu jab", "flu shot", "flu shots", "booster shot", "covid booster",
  ],
  // "a fever dream" is a figure of speech
  benign: [
    "fever dream", "fever dreams", "a fever dream", "fever pitch", "a fever pitch", "mental health first aid",
    "mental health awareness", "mental health week", "mental health resources", "surgeon general",
  ],
  literal: [
    "panic attack", "morning sickness", "miscarriage", "chemotherapy", "chemo", "ivf", "pregnant", "pregnancy",
    "chickenpox", "remission", "weeks pregnant",
  ],
  // After "my", "her" or "his" these are someone's own care: "my radiation next Tuesday", "her therapist".
  owned: [
    "radiation", "therapist", "therapy", "surgery", "operation", "scan", "meds", "medication", "infection",
    "injury", "cast", "rehab", "symptoms", "treatment", "infusion", "depression", "anxiety", "physio",
    "ablation", "pacemaker", "stitches", "stress test", "flu jab", "flu shot", "booster shot", "covid booster",
  ],
  contextAcronyms: ["RA", "MS", "ALS", "POTS", "CFS", "GAD", "BPD", "TBI", "ENT", "IBD", "CKD", "DVT", "UTI", "CT", "ASD", "IRM", "MRT", "TAC", "ICU", "AU"],
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
  ],
  acronyms: ["MRI", "IBS", "HIV", "ADHD", "PTSD", "OCD", "COPD", "MDD", "GERD", "PCOS", "T1D", "T2D", "HPV", "AFib", "A1C", "HbA1c", "TSH", "PSA", "ECG", "EKG", "NIPT", "CBC", "OB-GYN", "IVF", "IUI"],
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
  ],
});

// A medical specialist is named, in English, German, French and Spanish alike, by a Greek or Latin
// root of the body or its care and an -ologist/-iatrist ending: "endocrinologue", "Kardiologe",
// "neumólogo", "Psychiater", "psiquiatra". The roots keep out "biologist", "Geologe", "technologue".
const specialistEnding =
  /(?:olog(?:ist|ists|e|en|in|ue|ues|ista|istas|a|iem)?|ólog[oa]s?|olog[oa]s?|iat(?:er|erin|re|res|ra|ras|rist|rists))$/;
const clinicalRoot =
  /^(?:cardi|kardi|neur|dermat|endocrin|endokrin|gastroenter|h[aeé]?mat|hämat|onco|onko|onc|rh?eumat|rhumat|n[eé]phr|nefr|ur|gyn|gyné|ginec|pneum|neum|pulmon|o[fp]h?t[h]?alm|otorhinolaryng|otorrinolaring|immun|allerg|alerg|proct|h[eé]pat|angi|diab[eé]t|p[eé]diatr|pädiatr|psych|psiqu|psic|endokryn|ginekol|kardiol|ortho?p|traumat|radi|g[eé]riatr|androl|phl[eé]b|fleb|path|anest|anästh|an[ae]sthes)/;
// French and Italian elide the article onto the word ("l'endocrinologue", "dall'oncologo").
const elision = /^(?:l|d|dall|all|dell|nell)['’]/;

function findSpecialists(words: ReturnType<Parameters<Detector>[0]["words"]>): Span[] {
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

/**
 * Health: the vocabulary above, and medical specialists named by their roots and endings in the
 * offices' languages, so a specialty nobody listed ("neumólogo") is still one.
 */
export const findHealthTerms: Detector = (input) => {
  const spans = findHealthVocabulary(input);
  // A sentence copied into an editor ("Cita con el neumólogo el martes.") is still prose.
  if (input.profile.letters < 7 || (input.code && !readsAsProse(input.text, input.profile))) return spans;
  // A specialist or a form already on the list ("rheumatologist", "colonoscopy") is reported once.
  const unlisted = [...findSpecialists(input.words()), ...findHealthForms(input)].filter(
    (found) => !spans.some((span) => span.start < found.end && found.start < span.end),
  );
  return [...spans, ...unlisted];
};
