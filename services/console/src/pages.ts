/** The console's pages and the roles that may open each; the API checks the same roles per route. */
export const consolePages = [
  { id: "exports", title: "Exports", roles: ["steward", "ml_engineer"] },
  { id: "access-log", title: "Access log", roles: ["security"] },
  { id: "ingestion", title: "Ingestion", roles: ["security", "admin"] },
  { id: "my-data", title: "My data", roles: ["subject"] },
] as const;

export type PageId = (typeof consolePages)[number]["id"];

export function pagesFor(roles: readonly string[]): (typeof consolePages)[number][] {
  return consolePages.filter((page) => page.roles.some((role) => roles.includes(role)));
}

/** The page a hash names when the roles allow it; "forbidden" when they do not; undefined for no page. */
export function pageForHash(hash: string, roles: readonly string[]): PageId | "forbidden" | undefined {
  const id = hash.replace(/^#\/?/, "").split("?")[0];
  const page = consolePages.find((candidate) => candidate.id === id);
  if (page === undefined) return pagesFor(roles)[0]?.id;
  return pagesFor(roles).includes(page) ? page.id : "forbidden";
}
