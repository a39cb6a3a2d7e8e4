import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import { buildTeamPlan, requiredTeamLevel, type TeamRole } from "./build-team-plan";

const roles: TeamRole[] = [
  { id: "it-administrator", name: "IT Administrator", level: 1, certifications: ["Security+"] },
  { id: "ciso", name: "CISO", level: 3, certifications: ["CISSP", "CISM"] },
  { id: "security-focal-point", name: "Security Focal Point", level: 1, certifications: ["Security+", "CC"] },
  { id: "security-officer", name: "Security Officer", level: 2, certifications: ["Security+", "CySA+", "CISSP"] },
  { id: "network-engineer", name: "Network Engineer", level: 2, certifications: ["Security+", "CCSP"] },
  { id: "grc-lead", name: "GRC Lead", level: 4, certifications: ["CISA", "CISM"] },
];
const targets = (...levels: number[]) => new Map(levels.map((level, i) => [`layer-${i}`, level]));

describe("buildTeamPlan", () => {
  it("needs every role up to the highest layer target, by level then content order", () => {
    const plan = buildTeamPlan({ roles, targets: targets(1, 2, 1), staffedRoleIds: [] });
    expect(plan.requiredLevel).toBe(2);
    expect(plan.roles.map((r) => r.id)).toEqual([
      "it-administrator",
      "security-focal-point",
      "security-officer",
      "network-engineer",
    ]);
  });

  it("marks staffed roles and lists the rest as gaps", () => {
    const plan = buildTeamPlan({ roles, targets: targets(3), staffedRoleIds: ["it-administrator", "ciso"] });
    expect(plan.roles.map((r) => [r.id, r.staffed])).toEqual([
      ["it-administrator", true],
      ["security-focal-point", false],
      ["security-officer", false],
      ["network-engineer", false],
      ["ciso", true],
    ]);
    expect(plan.gaps.map((r) => r.id)).toEqual(["security-focal-point", "security-officer", "network-engineer"]);
    expect(plan.coverage).toBeCloseTo(2 / 5, 12);
    expect(plan.gaps[0]!.role).toBe(roles[2]);
  });

  it("ranks certifications by how many gap roles they fit, then lowest level, then name", () => {
    const plan = buildTeamPlan({ roles, targets: targets(4), staffedRoleIds: ["it-administrator"] });
    expect(plan.suggestedCertifications).toEqual([
      {
        certification: "Security+",
        roleIds: ["security-focal-point", "security-officer", "network-engineer"],
        lowestLevel: 1,
      },
      { certification: "CISSP", roleIds: ["security-officer", "ciso"], lowestLevel: 2 },
      { certification: "CISM", roleIds: ["ciso", "grc-lead"], lowestLevel: 3 },
      { certification: "CC", roleIds: ["security-focal-point"], lowestLevel: 1 },
      { certification: "CCSP", roleIds: ["network-engineer"], lowestLevel: 2 },
      { certification: "CySA+", roleIds: ["security-officer"], lowestLevel: 2 },
      { certification: "CISA", roleIds: ["grc-lead"], lowestLevel: 4 },
    ]);
  });

  it("suggests nothing when every needed role is staffed", () => {
    const plan = buildTeamPlan({
      roles,
      targets: targets(1),
      staffedRoleIds: new Set(["it-administrator", "security-focal-point", "ciso", "unknown-role"]),
    });
    expect(plan).toMatchObject({
      gaps: [],
      suggestedCertifications: [],
      coverage: 1,
      staffedNotNeeded: ["ciso", "unknown-role"],
    });
  });

  it("needs nothing without targets or with all targets at 0", () => {
    for (const t of [new Map<string, number>(), targets(0, 0)]) {
      expect(buildTeamPlan({ roles, targets: t, staffedRoleIds: [] })).toMatchObject({
        requiredLevel: 0,
        roles: [],
        gaps: [],
        coverage: 1,
      });
    }
    expect(requiredTeamLevel(targets(0, 3, 2))).toBe(3);
  });

  it("counts a certification listed twice for one role once", () => {
    const twice: TeamRole[] = [{ id: "x", name: "X", level: 1, certifications: ["CISSP", "CISSP"] }];
    expect(buildTeamPlan({ roles: twice, targets: targets(1), staffedRoleIds: [] }).suggestedCertifications).toEqual([
      { certification: "CISSP", roleIds: ["x"], lowestLevel: 1 },
    ]);
  });

  it("holds for any roles, targets and staffing: needed = level <= max target; gaps = needed minus staffed", () => {
    const roleArb = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
        name: fc.constant("n"),
        level: fc.integer({ min: 1, max: 4 }),
        certifications: fc.array(fc.constantFrom("P", "Q", "R"), { maxLength: 3 }),
      }),
      { selector: (r) => r.id },
    );
    const arb = fc.tuple(
      roleArb,
      fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 7 }),
      fc.subarray(["a", "b", "c", "x"]),
    );
    fc.assert(
      fc.property(arb, ([rs, ts, staffed]) => {
        const plan = buildTeamPlan({ roles: rs, targets: targets(...ts), staffedRoleIds: staffed });
        const max = Math.max(0, ...ts);
        expect(plan.roles.map((r) => r.id).sort()).toEqual(
          rs
            .filter((r) => r.level <= max)
            .map((r) => r.id)
            .sort(),
        );
        expect(plan.gaps.map((r) => r.id).sort()).toEqual(
          rs
            .filter((r) => r.level <= max && !staffed.includes(r.id))
            .map((r) => r.id)
            .sort(),
        );
        const gapCerts = new Set(plan.gaps.flatMap((g) => g.certifications));
        expect(plan.suggestedCertifications.map((c) => c.certification).sort()).toEqual([...gapCerts].sort());
        for (let i = 1; i < plan.roles.length; i++)
          expect(plan.roles[i]!.level).toBeGreaterThanOrEqual(plan.roles[i - 1]!.level);
      }),
    );
  });
});

describe("team plan for the shipped content", () => {
  const result = loadContentModel({ root: REPO_ROOT });

  it("needs the seed's roles at each level, cumulatively", () => {
    expect(result.ok).toBe(true);
    const teamRoles = result.ok ? result.model.teamRoles : [];
    const needed = (level: number) =>
      buildTeamPlan({ roles: teamRoles, targets: targets(level), staffedRoleIds: [] }).roles.map((r) => r.id);
    expect(needed(1)).toEqual(expect.arrayContaining(["it-administrator", "security-focal-point"]));
    expect(needed(2).length).toBeGreaterThan(needed(1).length);
    expect(needed(4)).toEqual(expect.arrayContaining(["ciso", "grc-lead", "privacy-engineer"]));
    expect(needed(4)).toHaveLength(teamRoles.filter((r) => r.level <= 4).length);
  });
});
