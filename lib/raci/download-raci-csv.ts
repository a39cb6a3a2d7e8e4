import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { raciCsv } from "./raci-csv";
import { getRaciPage } from "./raci-page";

export async function downloadRaciCsv(assessmentId: string): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
    const { assessment } = await requireAssessmentAccess({ userId: user.id, assessmentId, permission: "assessment.read" });
    const page = await getRaciPage({ userId: user.id, organisationId: assessment.organisationId, assessmentId });
    const fileName = `raci-${page.assessment.title.replace(/[^\w.-]+/g, "-").slice(0, 60)}.csv`;
    return new Response(raciCsv(page), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
