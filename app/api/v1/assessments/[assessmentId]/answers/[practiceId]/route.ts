import { handleApiRequest } from "@/lib/api/handle-api-request";
import { getApiAnswer } from "@/lib/api/v1/get-answer";
import { putApiAnswer } from "@/lib/api/v1/put-answer";

type Params = { params: Promise<{ assessmentId: string; practiceId: string }> };

export async function GET(request: Request, { params }: Params) {
  return handleApiRequest(request, async (principal) => getApiAnswer({ principal, ...(await params) }));
}

export async function PUT(request: Request, { params }: Params) {
  return handleApiRequest(request, async (principal) => putApiAnswer({ principal, request, ...(await params) }));
}
