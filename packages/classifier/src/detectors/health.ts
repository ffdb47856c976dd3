import { termDetector } from "./terms.ts";

/**
 * Health: conditions, medications and clinical terms. Strong terms name a
 * diagnosis or a drug nobody mentions by accident; ambiguous ones ("stroke",
 * "depression", "surgery", "lithium") count only near clinical words.
 */
// biome-ignore format: word lists read better packed
export const findHealthTerms = termDetector("health", "health-term", {
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
  ],
  ambiguous: [
    "depression", "depressed", "anxiety", "stroke", "therapy", "therapist", "surgery", "operation",
    "hospital", "clinic", "sick", "illness", "flu", "fever", "pain", "injury", "medication", "meds",
    "symptoms", "symptom", "treatment", "lithium", "covid", "infection", "allergy", "allergic",
    "mri", "x-ray", "recovery", "rehab", "dose", "bipolar", "tablets", "pills",
  ],
  acronyms: ["IBS", "HIV", "ADHD", "PTSD", "OCD", "COPD", "GAD", "MDD"],
  context: [
    "diagnosed", "diagnosis", "doctor", "doctors", "dr", "gp", "nurse", "prescribed", "prescription",
    "symptoms", "treatment", "therapy", "therapist", "medication", "meds", "mg", "hospital", "clinic",
    "sick", "suffering", "suffer", "condition", "chronic", "patient", "health", "medical", "dose", "dosage",
    "surgery", "recovering", "recovery", "flare", "flare-up", "pharmacy", "pharmacist", "specialist",
    "referral", "referred", "appointment",
  ],
});
