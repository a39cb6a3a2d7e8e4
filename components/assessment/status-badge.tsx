import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AssessmentStatus } from "@/lib/assessments/lifecycle";

const TONE = { DRAFT: "neutral", IN_REVIEW: "warning", APPROVED: "success", ARCHIVED: "neutral" } as const;

export async function StatusBadge({ status }: Readonly<{ status: AssessmentStatus }>) {
  const t = await getTranslations("assessment.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
