import { handleApiRequest } from "@/lib/api/handle-api-request";
import { listApiAnswers } from "@/lib/api/v1/list-answers";

type Params = { params: Promise<{ assessmentId: string }> };

export async function GET(request: Request, { params }: Params) {
  return handleApiRequest(request, async (principal) => listApiAnswers({ principal, ...(await params) }));
}
