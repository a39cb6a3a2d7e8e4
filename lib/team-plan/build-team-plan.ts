// The team plan of DESIGN.md §6: the roles the target level needs versus the roles staffed.
//
// Needed roles: every role whose level is at most the highest target of any layer. Roles are
// cumulative (a level-3 program still needs its level-1 and level-2 roles, content/team-roles.yaml)
// and the security team is shared: one CISO or DevSecOps specialist serves every layer, so the most
// demanding layer sets the bar, not the average or the weakest. With no targets, or all 0, nothing
// is needed yet.
//
// Suggested certifications are those of the unstaffed roles, ranked by how many gap roles each one
// fits (one hire or course that covers two roles first), then by the lowest level it serves
// (foundation first), then by name.

export type TeamRole = { id: string; name: string; level: number; certifications: readonly string[] };

export type TeamPlanRole<R extends TeamRole = TeamRole> = {
  id: string;
  name: string;
  level: number;
  staffed: boolean;
  certifications: readonly string[];
  role: R;
};

export type CertificationSuggestion = { certification: string; roleIds: string[]; lowestLevel: number };

export type TeamPlan<R extends TeamRole = TeamRole> = {
  requiredLevel: number;
  // Needed roles by level, then in content order.
  roles: TeamPlanRole<R>[];
  gaps: TeamPlanRole<R>[];
  suggestedCertifications: CertificationSuggestion[];
  // Staffed ids the targets do not need (a higher-level role, or an id not in the content).
  staffedNotNeeded: string[];
  // Staffed needed roles / needed roles; 1 when none are needed.
  coverage: number;
};

export function requiredTeamLevel(targets: ReadonlyMap<string, number>): number {
  return Math.max(0, ...targets.values());
}

export function buildTeamPlan<R extends TeamRole>(options: {
  roles: readonly R[];
  targets: ReadonlyMap<string, number>;
  staffedRoleIds: Iterable<string>;
}): TeamPlan<R> {
  const staffed = new Set(options.staffedRoleIds);
  const requiredLevel = requiredTeamLevel(options.targets);
  const roles = options.roles
    .map((role, index) => ({ role, index }))
    .filter(({ role }) => role.level <= requiredLevel)
    .sort((a, b) => a.role.level - b.role.level || a.index - b.index)
    .map(({ role }): TeamPlanRole<R> => ({
      id: role.id,
      name: role.name,
      level: role.level,
      staffed: staffed.has(role.id),
      certifications: role.certifications,
      role,
    }));
  const gaps = roles.filter((r) => !r.staffed);
  const needed = new Set(roles.map((r) => r.id));
  return {
    requiredLevel,
    roles,
    gaps,
    suggestedCertifications: suggestCertifications(gaps),
    staffedNotNeeded: [...staffed].filter((id) => !needed.has(id)).sort(),
    coverage: roles.length === 0 ? 1 : (roles.length - gaps.length) / roles.length,
  };
}

function suggestCertifications(gaps: readonly TeamPlanRole[]): CertificationSuggestion[] {
  const byName = new Map<string, CertificationSuggestion>();
  for (const gap of gaps) {
    for (const certification of new Set(gap.certifications)) {
      const entry = byName.get(certification) ?? { certification, roleIds: [], lowestLevel: gap.level };
      entry.roleIds.push(gap.id);
      entry.lowestLevel = Math.min(entry.lowestLevel, gap.level);
      byName.set(certification, entry);
    }
  }
  return [...byName.values()].sort(
    (a, b) =>
      b.roleIds.length - a.roleIds.length ||
      a.lowestLevel - b.lowestLevel ||
      (a.certification < b.certification ? -1 : a.certification > b.certification ? 1 : 0),
  );
}
