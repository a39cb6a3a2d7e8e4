import type { OrgRole } from "@/generated/prisma/enums";

// Who may do what, as data. `can` fails closed: an unknown role or permission is refused.
export const PERMISSIONS = [
  "org.read",
  "members.manage",
  "programs.write",
  "assessments.create",
  "answers.write",
  "assessments.review",
  "reports.export",
  "settings.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ORG_ROLES = ["ADMIN", "ASSESSOR", "REVIEWER", "VIEWER"] as const satisfies readonly OrgRole[];

export const ROLE_PERMISSIONS: Record<OrgRole, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  ASSESSOR: ["org.read", "programs.write", "assessments.create", "answers.write", "reports.export"],
  REVIEWER: ["org.read", "assessments.review", "reports.export"],
  VIEWER: ["org.read"],
};

export function can(role: string, permission: Permission): boolean {
  const granted = (ROLE_PERMISSIONS as Record<string, readonly Permission[] | undefined>)[role];
  return granted?.includes(permission) ?? false;
}
