import { handleApiRequest } from "@/lib/api/handle-api-request";
import { getApiScores } from "@/lib/api/v1/get-scores";

type Params = { params: Promise<{ assessmentId: string }> };

export async function GET(request: Request, { params }: Params) {
  return handleApiRequest(request, async (principal) => getApiScores({ principal, ...(await params) }));
}
