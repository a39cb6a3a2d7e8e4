import { handleVerifyRequest } from "@/lib/signing/verify-request";

// Public: no session is read. A verdict is always a 200 with an outcome; only unusable input
// (nothing sent, a body over the size limit) is a 400.
export async function POST(request: Request) {
  return handleVerifyRequest(request);
}
