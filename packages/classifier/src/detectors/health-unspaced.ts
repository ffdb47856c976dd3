import type { Word } from "../text.ts";

/**
 * Health in Japanese, Chinese and Korean. These scripts set no space between words (Korean sets one
 * between phrases, with the particles glued on: "병원에서", "뇌졸중으로"), so a clinical word is
 * found inside a run of the script rather than looked up as a word.
 *
 * Clinical words ("病院", "手术", "수술") count unless the text is about software or the news and
 * speaks of no one: "病院の予約システムのバグ" is a clinic's software, "インフルエンザ患者数が増加" the
 * news. Everyday words for being unwell or a medicine ("不舒服", "薬", "아파서") count only where a
 * person is in the text and no software is. Single characters with other meanings are left out:
 * "癌" alone is also a figure of speech ("このバグは癌"), "病" is in "病入膏肓" (a project beyond
 * saving), "약" also means "about", "유산" also an inheritance, "의사" also an intention.
 */

// biome-ignore format: word lists read better packed
const clinicalTerms = [
  // Japanese: places and departments of care, visits, tests, procedures
  "病院", "入院", "退院", "通院", "診察", "診断書", "診断され", "手術", "胃カメラ", "大腸カメラ", "内視鏡",
  "健康診断", "健診", "人間ドック", "血液検査", "採血", "再検査", "精密検査", "レントゲン", "処方", "副作用",
  "抗生物質", "歯医者", "歯科", "内科", "皮膚科", "眼科", "耳鼻科", "整形外科", "産婦人科", "婦人科", "小児科",
  "精神科", "心療内科", "救急車", "救急外来", "点滴", "透析", "抗がん剤", "抗癌剤", "化学療法", "放射線治療",
  "カウンセリング", "リハビリ",
  // Japanese: conditions, symptoms, pregnancy, being off sick
  "風邪", "インフルエンザ", "発熱", "熱が出", "熱がある", "熱っぽ", "頭痛", "腹痛", "腰痛", "歯痛", "骨折", "捻挫",
  "ぎっくり腰", "胃腸炎", "食中毒", "花粉症", "喘息", "糖尿病", "高血圧", "うつ病", "鬱病", "適応障害", "不眠症",
  "パニック障害", "体調不良", "体調が悪", "体調を崩", "具合が悪", "病欠", "病気", "妊娠", "出産", "流産", "陣痛",
  "つわり", "生理痛", "吐き気", "がん検診", "乳がん", "胃がん", "肺がん", "大腸がん", "乳癌", "胃癌", "肺癌",
  "脳卒中", "脳梗塞", "心筋梗塞", "コロナに感染", "コロナ陽性", "陽性にな", "検査結果", "持病", "アレルギー",
  // Chinese (simplified and traditional): care, tests, procedures
  "医院", "醫院", "住院", "出院", "看病", "看医生", "看醫生", "看牙", "牙医", "牙醫", "手术", "产检", "產檢",
  "体检", "體檢", "化疗", "化療", "处方", "處方", "确诊", "確診", "输液", "打点滴", "打针", "打針", "急诊", "急診",
  "挂号", "掛號", "病历", "病歷", "心理医生", "心理醫生", "心理咨询", "心理諮詢", "验血", "驗血", "抽血", "B超",
  "核磁共振", "胃镜", "胃鏡", "肠镜", "腸鏡", "诊断", "診斷", "复查", "複查", "医生说", "醫生說", "检查结果",
  "檢查結果", "看中医", "看中醫",
  // Chinese: conditions, symptoms, pregnancy, sick leave
  "怀孕", "懷孕", "发烧", "發燒", "发热", "咳嗽", "头疼", "头痛", "肚子疼", "胃疼", "拉肚子", "癌症", "乳腺癌",
  "高血压", "高血壓", "抑郁症", "憂鬱症", "焦虑症", "焦慮症", "吃药", "吃藥", "病假", "过敏", "過敏", "阳了",
  "生病", "病了", "血压", "血壓", "血糖", "流产", "流產", "坐月子", "肺炎", "中风", "中風", "心脏病", "心臟病",
  "失眠", "痛经", "痛經", "感冒了", "得了感冒", "重感冒",
  // Korean: care, tests, procedures
  "병원", "입원", "퇴원", "수술", "치과", "처방", "진단", "진료", "치료", "건강검진", "검진", "응급실", "정신과",
  "물리치료", "피검사", "혈액검사", "내시경", "산부인과", "소아과", "피부과", "이비인후과", "한의원", "항암",
  "링거", "간호사", "약을 먹", "약 먹", "약먹", "검사 결과", "검사결과",
  // Korean: conditions, symptoms, pregnancy, sick leave
  "임신", "출산", "감기", "독감", "몸살", "두통", "복통", "편두통", "우울증", "공황장애", "뇌졸중", "당뇨",
  "고혈압", "골절", "병가", "아파서", "아파요", "아파", "아프", "아픈", "아팠", "열이 나", "열나", "확진",
  "코로나 걸", "코로나에 걸", "생리통", "위염", "장염", "식중독", "알레르기", "천식", "깁스", "입원하셨",
];

// Words that are also said of things: a medicine ("薬" is also a chemical), a test ("検査" is also an
// inspection), a symptom ("症状" of a fault), being uncomfortable; they count only with a person near.
// biome-ignore format: word lists read better packed
const everydayTerms = ["薬", "症状", "検査", "治療", "不舒服", "药", "藥", "症状", "新冠", "疫苗", "流感", "感冒", "백신", "약국", "코로나"];

// Someone the health is about: the writer, family, a partner, in Japanese, Chinese and Korean.
// biome-ignore format: word lists read better packed
const unspacedPersons = [
  "私", "僕", "俺", "自分", "母", "父", "妻", "娘", "息子", "子供", "子ども", "家族", "祖母", "祖父", "彼女", "彼氏",
  "主人", "旦那", "嫁", "さん", "ちゃん", "くん", "我", "妈", "媽", "爸", "老婆", "老公", "孩子", "儿子", "兒子",
  "女儿", "女兒", "奶奶", "爷爷", "爺爺", "外婆", "姥姥", "他", "她", "你", "엄마", "아빠", "어머니", "아버지",
  "남편", "아내", "아들", "딸이", "할머니", "할아버지", "동생", "누나", "언니", "오빠", "와이프", "제가", "저는",
  "나는", "내가", "우리 아", "씨가", "씨는", "님이", "님은",
];
// Korean's "I" and "my" stand as words of their own.
const koreanSelf = new Set(["저", "저도", "제", "나", "나도", "내", "저희"]);

// Software and the news, which name care without anyone receiving it.
// biome-ignore format: word lists read better packed
const unspacedSoftware = [
  "システム", "アプリ", "サーバ", "バグ", "テーブル", "データベース", "画面", "機能", "実装", "デプロイ", "ビルド",
  "コード", "系统", "系統", "应用", "服务器", "伺服器", "接口", "数据库", "資料庫", "代码", "程式", "页面", "功能",
  "시스템", "서버", "버그", "데이터베이스", "테이블", "화면", "기능", "코드", "배포", "빌드",
  "患者数", "感染者数", "感染者", "症例", "病例", "厚生労働省", "卫健委", "报道", "報道", "ニュース", "新闻", "新聞",
  "뉴스", "환자 수", "확진자", "研究", "연구", "株価", "股价", "주가",
];
const latinSoftware = new Set([
  "api",
  "app",
  "bug",
  "sql",
  "ui",
  "db",
  "ehr",
  "hl7",
  "deploy",
  "build",
  "server",
]);

/** Hiragana, katakana, Han and Hangul: scripts whose words are not set apart by spaces. */
function unspacedScript(word: Word): boolean {
  const code = word.lower.charCodeAt(0);
  return code >= 0x3040 && code <= 0xd7af;
}

/** Where a clinical or everyday health word stands in the text's Japanese, Chinese or Korean runs. */
export function findUnspacedHealth(text: string, words: readonly Word[]): { start: number; end: number }[] {
  let firstRun = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word !== undefined && unspacedScript(word)) {
      firstRun = i;
      break;
    }
  }
  if (firstRun < 0) return [];
  const clinical: { start: number; end: number }[] = [];
  const everyday: { start: number; end: number }[] = [];
  let person = false;
  let software = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (!unspacedScript(word)) {
      if (latinSoftware.has(word.lower)) software = true;
      continue;
    }
    if (koreanSelf.has(word.lower)) person = true;
    // Korean writes some terms as two words ("약을 먹었어", "열이 나서"): the run and the next word are read together.
    const next = words[i + 1];
    const run =
      next !== undefined && next.start === word.end + 1 ? `${word.lower} ${next.lower}` : word.lower;
    for (const term of clinicalTerms) collect(run, term, word.start, clinical);
    for (const term of everydayTerms) collect(run, term, word.start, everyday);
    if (!person && unspacedPersons.some((term) => run.includes(term))) person = true;
    if (!software && unspacedSoftware.some((term) => run.includes(term))) software = true;
  }
  // "对这个方案不感冒": not being taken with an idea is no cold.
  const found = [...clinical, ...(person && !software ? everyday : [])].filter(
    (span) => !text.startsWith("不感冒", span.start - 1),
  );
  if (found.length === 0 || (software && !person)) return [];
  return found;
}

function collect(run: string, term: string, offset: number, into: { start: number; end: number }[]): void {
  const at = run.indexOf(term);
  if (at >= 0) into.push({ start: offset + at, end: offset + at + term.length });
}
