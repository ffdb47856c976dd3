import { randomUUID } from "node:crypto";
import type { SensitivityCategory } from "@cordon/sensitivity";
import type { TextField } from "../layout.ts";
import type { LakeRow, SensitiveText } from "../write.ts";

/**
 * Rows shaped like a working hour: pointer moves and clicks in a few windows,
 * keystrokes, the odd clipboard copy, AI prompt and screen read. `canary`
 * is planted in every text field so a test can look for it in stored bytes.
 */
export function sampleRows(options: {
  org: string;
  subjects: readonly string[];
  rowsPerSubject: number;
  canary: string;
  startMs?: number;
  /** Categories the subject's text fields are sealed under, cycled per row. */
  categories?: readonly SensitivityCategory[];
}): LakeRow[] {
  const startMs = options.startMs ?? Date.UTC(2026, 0, 15, 9);
  const categories = options.categories ?? ["text", "pii"];
  const rows: LakeRow[] = [];
  options.subjects.forEach((subject, subjectIndex) => {
    const sessionId = randomUUID();
    for (let seq = 0; seq < options.rowsPerSubject; seq++) {
      const category = categories[seq % categories.length] as SensitivityCategory;
      const sealed = (value: string): SensitiveText => ({ value, category });
      const window = seq % 4;
      const text: Partial<Record<TextField, SensitiveText>> = {
        window_title: sealed(`${options.canary} window ${window} of ${subject}`),
        url: sealed(`https://intranet.example/${options.canary}/${window}`),
        app_name: sealed(`${options.canary} App ${window % 2}`),
      };
      let eventType = "pointer.move";
      const kind = seq % 10;
      if (kind === 1 || kind === 2) {
        eventType = "key.press";
        text.key_char = sealed(String.fromCharCode(97 + (seq % 26)));
        text.key_code = sealed(`Key${String.fromCharCode(65 + (seq % 26))}`);
      } else if (kind === 3) {
        eventType = "text.input";
        text.typed_text = sealed(`${options.canary} typed ${seq} by ${subject}`);
      } else if (kind === 4) {
        eventType = "clipboard.copy";
        text.clipboard_text = sealed(`${options.canary} copied ${seq}`);
      } else if (kind === 5) {
        eventType = "ai.prompt";
        text.prompt_text = sealed(`${options.canary} prompt ${seq}: summarise my appraisal`);
        text.prompt_tool = sealed(`${options.canary}GPT`);
      } else if (kind === 6) {
        eventType = "screen.text";
        text.screen_text = sealed(`${options.canary} screen of window ${window}`);
      }
      rows.push({
        eventId: randomUUID(),
        eventType,
        ts: startMs + seq * 250 + subjectIndex,
        seq,
        sessionId,
        org: options.org,
        subject,
        ...(eventType === "pointer.move" ? { x: seq % 1920, y: (seq * 7) % 1080 } : {}),
        ...(eventType === "key.press"
          ? { modifiers: seq % 3 === 0 ? ["shift"] : [], inputType: "text" }
          : {}),
        tier: category === "text" ? "internal" : "confidential",
        categories: [category],
        text,
      });
    }
  });
  return rows;
}
