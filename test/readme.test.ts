// The README's rule table is generated from the rules' meta; this fails when a rule changed and the docs did not.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../src/rules/index.js";
import { updateReadme } from "../src/docs/rule-table.js";

describe("README", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  it("carries the current rule table (run `npm run docs` after changing a rule)", () => {
    expect(updateReadme(readme, allRules)).toBe(readme);
  });
  it("names every rule id", () => {
    for (const r of allRules) expect(readme).toContain("`" + r.id + "`");
  });
  it("names the two set-up commands and the test command", () => {
    expect(readme).toContain("npm install");
    expect(readme).toContain("npm run demo");
    expect(readme).toContain("npm test");
  });
});
