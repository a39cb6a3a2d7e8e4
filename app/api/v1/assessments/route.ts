import { handleApiRequest } from "@/lib/api/handle-api-request";
import { listApiAssessments } from "@/lib/api/v1/list-assessments";

export async function GET(request: Request) {
  return handleApiRequest(request, (principal) => listApiAssessments(principal));
}
