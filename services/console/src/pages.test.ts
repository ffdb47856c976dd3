import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageForHash, pagesFor } from "./pages.ts";

describe("which console pages a person's roles open", () => {
  it("an ML engineer gets exports and nothing of the access log", () => {
    assert.deepEqual(
      pagesFor(["ml_engineer"]).map((page) => page.id),
      ["exports"],
    );
    assert.equal(pageForHash("#/access-log", ["ml_engineer"]), "forbidden");
  });

  it("security gets the access log and ingestion, but no export approvals", () => {
    assert.deepEqual(
      pagesFor(["security"]).map((page) => page.id),
      ["access-log", "ingestion"],
    );
    assert.equal(pageForHash("#/exports", ["security"]), "forbidden");
  });

  it("an unknown or empty hash opens the first page the roles allow, or none", () => {
    assert.equal(pageForHash("", ["subject"]), "my-data");
    assert.equal(pageForHash("#/nowhere", ["steward"]), "exports");
    assert.equal(pageForHash("#/exports", []), "forbidden");
    assert.equal(pageForHash("", []), undefined);
  });
});
