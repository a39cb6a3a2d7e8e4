import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { getEvidenceFile } from "./get-evidence-file";

export async function downloadEvidence(evidenceId: string): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
    const file = await getEvidenceFile({ userId: user.id, evidenceId });
    // Always a download, typed as detected at upload, never sniffed: evidence is untrusted content.
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
