import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import {
  practiceAt,
  REPO_ROOT,
  removeTree,
  validTree,
  writeTree,
  type TFixtureTree,
} from "@/tests/fixtures/content/build-tree";

const roots: string[] = [];
afterAll(() => roots.forEach(removeTree));

function runCheck(mutate: (tree: TFixtureTree) => void = () => {}) {
  const tree = validTree();
  mutate(tree);
  const root = writeTree(tree);
  roots.push(root);
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", "--root", root], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("scripts/content-check.ts", () => {
  it("exits 1 and prints every problem on a broken tree", () => {
    const { status, output } = runCheck((tree) => {
      practiceAt(tree, "network", 0).raci["security-team"] = "A";
      practiceAt(tree, "apis", 4).mappings.iso27001.push("A.9.99");
    });
    expect(status).toBe(1);
    expect(output).toContain("2 problem(s)");
    expect(output).toMatch(/content\/practices\/network\.yaml\s+NET-1\.1\s+RACI has 2 As/);
    expect(output).toMatch(/content\/practices\/apis\.yaml\s+API-2\.2\s+ISO 27001 id A\.9\.99 does not exist/);
  });

  it("exits 0 and prints the summary on a valid tree", () => {
    const { status, output } = runCheck();
    expect(status).toBe(0);
    expect(output).toContain("Content 2026.11.0: 84 practices, no problems.");
    expect(output).toMatch(/network\s+3\s+3\s+3\s+3\s+12/);
    expect(output).toMatch(/ISO 27001\s+84 \/ 84\s+1\s+1 \/ 93/);
    expect(output).toMatch(/000_50953a250907293c\.txt\s+56\s+Seed A/);
  });
});
