import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentSummary, loadContentModel } from "@/lib/content/load";
import type { TContentProblem } from "@/lib/content/problem";
import { LAYER_IDS, ZContentModel } from "@/lib/content/schema";
import {
  practiceAt,
  practicesOf,
  removeTree,
  validTree,
  writeTree,
  type TFixtureTree,
} from "@/tests/fixtures/content/build-tree";

const NETWORK = "content/practices/network.yaml";
const roots: string[] = [];

afterAll(() => roots.forEach(removeTree));

function load(mutate: (tree: TFixtureTree) => void = () => {}) {
  const tree = validTree();
  mutate(tree);
  const root = writeTree(tree);
  roots.push(root);
  return loadContentModel({ root });
}

function problemsAfter(mutate: (tree: TFixtureTree) => void): TContentProblem[] {
  const result = load(mutate);
  return result.ok ? [] : result.problems;
}

describe("minimal valid content tree", () => {
  it("loads, sorted, with a summary", () => {
    const result = load();
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
    const { model } = result;
    expect(model.practices).toHaveLength(84);
    expect(model.practices.slice(0, 4).map((p) => p.id)).toEqual(["NET-1.1", "NET-1.2", "NET-1.3", "NET-2.1"]);
    expect(model.practices.at(-1)?.id).toBe("MON-4.3");
    const summary = contentSummary(model);
    expect(summary.grid[0]).toMatchObject({ layer: "network", counts: { 1: 3, 2: 3, 3: 3, 4: 3 }, total: 12 });
    expect(summary.coverage[0]).toMatchObject({
      label: "ISO 27001",
      practicesMapped: 84,
      annexA: { mapped: 1, of: 93 },
    });
    expect(summary.citations.map((c) => c.practices)).toEqual([56, 28]);
  });

  it("round-trips through ZContentModel, the shape of the snapshot an assessment pins", () => {
    const result = load();
    if (!result.ok) expect.fail("minimal tree did not load");
    expect(ZContentModel.parse(JSON.parse(JSON.stringify(result.model)))).toEqual(result.model);
  });

  it("accepts list files written under one key (levels: [...])", () => {
    const result = load((tree) => {
      (tree as unknown as { levels: unknown }).levels = { levels: tree.levels };
    });
    expect(result.ok).toBe(true);
  });
});

describe("cross-file rules name the file, the practice and the problem", () => {
  it("duplicate practice id", () => {
    expect(problemsAfter((tree) => (practiceAt(tree, "network", 1).id = "NET-1.1"))).toEqual([
      {
        file: NETWORK,
        practiceId: "NET-1.1",
        message: `duplicate practice id NET-1.1 (first defined in ${NETWORK})`,
      },
    ]);
  });

  it("unknown layer", () => {
    const problems = problemsAfter((tree) => {
      const file = tree.practiceFiles.network;
      if (file) file.layer = "netwrk";
    });
    expect(problems).toEqual([
      {
        file: NETWORK,
        message: `layer: unknown layer "netwrk"; expected one of ${LAYER_IDS.join(", ")}`,
      },
    ]);
  });

  it.each([
    ["iso27001", "A.9.99", "ISO 27001 id A.9.99 does not exist"],
    ["iso27001", "6.1.2", "ISO 27001 id 6.1.2 is a clause, not an Annex A control; clauses belong in isms.yaml"],
    ["csf", "PR.XX-99", "CSF 2.0 id PR.XX-99 does not exist"],
    ["csf", "PR.AA", "CSF 2.0 id PR.AA is a category, not a subcategory; map to one of its subcategories"],
    ["sp80053", "ZZ-99", "SP 800-53 id ZZ-99 does not exist"],
    ["sp80053", "AC-2(10)", "SP 800-53 id AC-2(10) is withdrawn"],
    ["sp80053", "AC-3(1)", "SP 800-53 id AC-3(1) is withdrawn (incorporated into AC-6)"],
  ] as const)("mapping %s %s", (standard, id, message) => {
    const problems = problemsAfter((tree) => practiceAt(tree, "network", 4).mappings[standard].push(id));
    expect(problems).toEqual([{ file: NETWORK, practiceId: "NET-2.2", message }]);
  });

  it("RACI with two As", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 0).raci["security-team"] = "A"));
    expect(problems).toEqual([
      {
        file: NETWORK,
        practiceId: "NET-1.1",
        message: "RACI has 2 As (program-owner, security-team); exactly one actor must be Accountable",
      },
    ]);
  });

  it("RACI with no A", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 0).raci["program-owner"] = "I"));
    expect(problems).toEqual([
      { file: NETWORK, practiceId: "NET-1.1", message: "RACI has no A; exactly one actor must be Accountable" },
    ]);
  });

  it("RACI without R", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 0).raci["platform-provider"] = "C"));
    expect(problems).toEqual([
      { file: NETWORK, practiceId: "NET-1.1", message: "RACI has no R; at least one actor must be Responsible" },
    ]);
  });

  it("RACI naming an unknown actor", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 0).raci["auditor"] = "I"));
    expect(problems).toEqual([
      {
        file: NETWORK,
        practiceId: "NET-1.1",
        message: 'RACI names unknown actor "auditor"; actors are the ids in actors.yaml',
      },
    ]);
  });

  it("cell with 2 practices", () => {
    const problems = problemsAfter((tree) => practicesOf(tree, "network").splice(5, 1));
    expect(problems).toEqual([
      { file: NETWORK, message: "network level 2 has 2 practices; at least 3 are required" },
    ]);
  });

  it("invalid enum value, reported with the zod path and the practice id", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 3).effort = "XL"));
    expect(problems).toEqual([
      {
        file: NETWORK,
        practiceId: "NET-2.1",
        message: 'practices[3].effort: Invalid option: expected one of "S"|"M"|"L"',
      },
    ]);
  });

  it("unknown source", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 0).sources = ["999_0123456789abcdef.txt"]));
    expect(problems).toEqual([
      {
        file: NETWORK,
        practiceId: "NET-1.1",
        message: "source 999_0123456789abcdef.txt is not a seed listed in manifest.yaml sources",
      },
    ]);
  });

  it("seed never cited", () => {
    const problems = problemsAfter((tree) => (tree.manifest.sources["002_ef29ba0a3d1b1385.txt"] = "Unused seed"));
    expect(problems).toEqual([
      { file: "content/manifest.yaml", message: "seed 002_ef29ba0a3d1b1385.txt is never cited by any practice" },
    ]);
  });

  it("id that does not match its file's layer or its level", () => {
    const problems = problemsAfter((tree) => (practiceAt(tree, "network", 2).id = "OSH-2.9"));
    expect(problems).toEqual([
      {
        file: NETWORK,
        practiceId: "OSH-2.9",
        message: "id OSH-2.9 does not match layer network; its ids start with NET-",
      },
      { file: NETWORK, practiceId: "OSH-2.9", message: "id OSH-2.9 does not match its level 1" },
    ]);
  });

  it("ISMS clause that is not an ISO 27001 clause, and a clause left uncovered", () => {
    const problems = problemsAfter((tree) => {
      const last = tree.isms[6];
      if (last) last.clause = "11.1";
    });
    expect(problems).toEqual([
      { file: "content/isms.yaml", message: "item ISMS-10.2: clause 11.1 is not an ISO/IEC 27001:2022 clause" },
      { file: "content/isms.yaml", message: "no item covers clause 10 (Improvement)" },
    ]);
  });

  it("team role level outside 1..4, and duplicate ids in a reference file", () => {
    const problems = problemsAfter((tree) => {
      tree.teamRoles.push({ id: "role-1", name: "Extra", level: 5, summary: "Role" });
    });
    expect(problems).toEqual([
      { file: "content/team-roles.yaml", message: "duplicate team role id role-1" },
      { file: "content/team-roles.yaml", message: "team role role-1 has level 5; levels are 1, 2, 3, 4" },
    ]);
  });

  it("practice file named after another layer", () => {
    const problems = problemsAfter((tree) => {
      const network = tree.practiceFiles.network;
      delete tree.practiceFiles.network;
      if (network) tree.practiceFiles.net = network;
    });
    expect(problems).toEqual([
      {
        file: "content/practices/net.yaml",
        message: "practices of layer network belong in content/practices/network.yaml",
      },
    ]);
  });

  it("a missing file is one problem, not a cascade", () => {
    const root = writeTree(validTree());
    roots.push(root);
    rmSync(path.join(root, "content", "levels.yaml"));
    const result = loadContentModel({ root });
    expect(result.ok ? [] : result.problems).toEqual([{ file: "content/levels.yaml", message: "file is missing" }]);
  });

  it("a layer without a practice file", () => {
    const problems = problemsAfter((tree) => delete tree.practiceFiles.apis);
    expect(problems).toEqual([
      { file: "content/practices/apis.yaml", message: "file is missing; layer apis has no practices" },
    ]);
  });
});
