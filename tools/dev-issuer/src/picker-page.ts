import type { DevUser } from "./dev-issuer.ts";

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

const style = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin-top: 1.5rem; }
  p.note { color: #444; }
  button { font: inherit; display: block; width: 100%; text-align: left; margin: .35rem 0; padding: .6rem .8rem;
           border: 1px solid #555; border-radius: 6px; background: #f4f4f4; color: #1a1a1a; cursor: pointer; }
  button:hover { background: #e6e6e6; }
  button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
  .roles { color: #444; font-size: .9rem; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The sign-in page: one button per seeded user, grouped by role, in one form
 * that carries the authorization request on. No password: this issuer exists
 * only on a developer's machine.
 */
export function pickerPage(request: Record<string, string | undefined>, users: DevUser[]): string {
  const hidden = Object.entries(request)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
  const roles = [...new Set(users.map((user) => user.roles[0] ?? ""))];
  const groups = roles
    .map((role) => {
      const buttons = users
        .filter((user) => user.roles[0] === role)
        .map(
          (user) =>
            `<button type="submit" name="sub" value="${escapeHtml(user.sub)}">${escapeHtml(user.name)} <span class="roles">(${escapeHtml(user.sub)} · ${escapeHtml(user.roles.join(", "))} · ${escapeHtml(user.org)})</span></button>`,
        )
        .join("");
      return `<h2>${escapeHtml(role)}</h2>${buttons}`;
    })
    .join("");
  return page(
    "Sign in — Cordon development issuer",
    `<h1>Sign in as a seeded user</h1><p class="note">Development issuer: no passwords, local use only.</p><form method="post" action="authorize">${hidden}${groups}</form>`,
  );
}

export function refusalPage(message: string): string {
  return page("Sign-in refused", `<h1>Sign-in refused</h1><p role="alert">${escapeHtml(message)}</p>`);
}
