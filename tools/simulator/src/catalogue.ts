/**
 * The apps simulated employees use, with the windows and pages they open.
 * Password managers and banking are in the catalogue on purpose: the gateway
 * excludes them by default, so their events must never leave the collector.
 */
export type AppKind = "ide" | "browser" | "chat" | "mail" | "ai_assistant" | "password_manager" | "banking";

export interface CatalogueApp {
  kind: AppKind;
  name: string;
  bundleId: string;
  /** Window titles; `{name}` is replaced with a colleague's name. */
  titles: string[];
  /** Pages shown in the tab, for browser-like apps. */
  urls?: string[];
  /** Share of focus switches that land here. */
  weight: number;
}

export const appCatalogue: CatalogueApp[] = [
  {
    kind: "ide",
    name: "Code",
    bundleId: "com.microsoft.VSCode",
    titles: ["billing.ts — payments-service", "README.md — infra", "schema.sql — warehouse", "App.tsx — web"],
    weight: 5,
  },
  {
    kind: "browser",
    name: "Firefox",
    bundleId: "org.mozilla.firefox",
    titles: [
      "Pull request #412 · GitHub",
      "Sprint board - Jira",
      "Expenses — Intranet",
      "Sign in — HR portal",
    ],
    urls: [
      "https://github.com/example-corp/payments-service/pull/412",
      "https://example-corp.atlassian.net/jira/software/projects/PAY/boards/7",
      "https://intranet.example-corp.com/expenses/new",
      "https://hr.example-corp.com/login",
      "https://www.google.com/search",
    ],
    weight: 4,
  },
  {
    kind: "chat",
    name: "Slack",
    bundleId: "com.tinyspeck.slackmacgap",
    titles: [
      "#payments-team - Example Corp - Slack",
      "{name} (DM) - Example Corp - Slack",
      "#random - Example Corp",
    ],
    weight: 3,
  },
  {
    kind: "mail",
    name: "Outlook",
    bundleId: "com.microsoft.Outlook",
    titles: ["Inbox - Outlook", "Re: Q3 planning - {name}", "New message"],
    weight: 2,
  },
  {
    kind: "ai_assistant",
    name: "ChatGPT",
    bundleId: "com.openai.chat",
    titles: ["ChatGPT", "New chat - ChatGPT"],
    weight: 2,
  },
  {
    kind: "password_manager",
    name: "1Password",
    bundleId: "com.1password.1password",
    titles: ["1Password", "Work vault — 1Password"],
    weight: 0.5,
  },
  {
    kind: "banking",
    name: "Firefox",
    bundleId: "org.mozilla.firefox",
    titles: ["Online Banking — Transfers", "Account overview"],
    urls: ["https://online.examplebank.com/transfers/new", "https://online.examplebank.com/accounts"],
    weight: 0.5,
  },
];

/** Lines people type in an IDE; no planted content of their own. */
export const codeLines = [
  "const total = items.reduce((sum, item) => sum + item.amount, 0);",
  "if (!invoice.paidAt) return retry(invoice);",
  "export async function loadCustomer(id: string) {",
  "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day';",
  "// TODO: handle partial refunds",
  "await queue.publish({ type: 'invoice.created', id });",
];

export const searchQueries = [
  "kafka idempotent producer acks all",
  "postgres row level security performance",
  "typescript exactOptionalPropertyTypes",
  "expense policy travel per diem",
  "how to rebase a pull request",
];

export const chatLines = [
  "standup in 5",
  "can someone review my PR?",
  "the deploy is green",
  "lunch at 12:30?",
  "I'll pick up the billing ticket",
];

export const workPrompts = [
  "summarise this pull request description in three bullet points",
  "write a SQL query that finds duplicate invoices",
  "explain the difference between at-least-once and exactly-once delivery",
  "rewrite this email to sound more polite",
];

export const screenTexts = [
  "Build #1842 passed in 4m 12s",
  "Invoice INV-2291 is overdue by 12 days",
  "3 new comments on Pull request #412",
  "Quarterly revenue: 4.2M (+8%)",
];
