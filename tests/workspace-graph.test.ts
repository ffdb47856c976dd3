import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Workspace {
  name: string;
  folder: string;
  dependencies: string[];
  devDependencies: string[];
}

function workspaces(): Workspace[] {
  const rootManifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  const folders = rootManifest.workspaces.flatMap((pattern) =>
    pattern.endsWith("/*")
      ? readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join(pattern.slice(0, -2), entry.name))
      : [pattern],
  );
  return folders.map((folder) => {
    const manifest = JSON.parse(readFileSync(path.join(root, folder, "package.json"), "utf8")) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const own = (deps: Record<string, string> | undefined) =>
      Object.keys(deps ?? {}).filter((name) => name.startsWith("@cordon/"));
    return {
      name: manifest.name,
      folder,
      dependencies: own(manifest.dependencies),
      devDependencies: own(manifest.devDependencies),
    };
  });
}

describe("the workspace dependency graph", () => {
  const all = workspaces();
  const byName = new Map(all.map((workspace) => [workspace.name, workspace]));

  it("has no cycle, counting the dependencies tests use", () => {
    const done = new Set<string>();
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) assert.fail(`cycle: ${[...trail, name].join(" → ")}`);
      if (done.has(name)) return;
      const workspace = byName.get(name);
      for (const next of [...(workspace?.dependencies ?? []), ...(workspace?.devDependencies ?? [])]) {
        visit(next, [...trail, name]);
      }
      done.add(name);
    };
    for (const workspace of all) visit(workspace.name, []);
  });

  it("has no library depending on a service, nor on the test kit outside its tests", () => {
    const services = new Set(all.filter((w) => w.folder.startsWith("services/")).map((w) => w.name));
    for (const library of all.filter((w) => w.folder.startsWith("packages/"))) {
      for (const dependency of [...library.dependencies, ...library.devDependencies]) {
        assert.ok(!services.has(dependency), `${library.name} depends on the service ${dependency}`);
      }
      if (library.name === "@cordon/testkit") continue;
      assert.ok(
        !library.dependencies.includes("@cordon/testkit"),
        `${library.name} needs the test kit at run time`,
      );
    }
  });
});
