import type { OrgRole } from "@/generated/prisma/enums";

// Who may do what, as data. `can` fails closed: an unknown role or permission is refused.
export const PERMISSIONS = [
  "org.read",
  "assessment.read",
  "assessment.manage",
  "members.manage",
  "programs.write",
  "assessments.create",
  "answers.write",
  "assessments.review",
  "reports.export",
  "settings.manage",
  // The organisation's audit trail: browse, verify, export. Admins only.
  "audit.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ORG_ROLES = ["ADMIN", "ASSESSOR", "REVIEWER", "VIEWER"] as const satisfies readonly OrgRole[];

// A guest is not a member of the organisation: a participant invited to one assessment only. What
// a guest may answer comes from RACI routing (lib/raci/practice-rights.ts), not from this table.
export type AccessRole = OrgRole | "GUEST";

export const ROLE_PERMISSIONS: Record<AccessRole, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  ASSESSOR: [
    "org.read",
    "assessment.read",
    "assessment.manage",
    "programs.write",
    "assessments.create",
    "answers.write",
    "reports.export",
  ],
  REVIEWER: ["org.read", "assessment.read", "assessments.review", "reports.export"],
  VIEWER: ["org.read", "assessment.read"],
  GUEST: ["assessment.read"],
};

export function can(role: string, permission: Permission): boolean {
  const granted = (ROLE_PERMISSIONS as Record<string, readonly Permission[] | undefined>)[role];
  return granted?.includes(permission) ?? false;
}
