import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { isSameOrigin } from "@/lib/http/same-origin";
import { uploadEvidenceFile } from "./add-evidence";
import { ZUploadEvidenceFields } from "./schema";

export async function uploadEvidenceFromForm(options: { request: Request; assessmentId: string }): Promise<Response> {
  try {
    const { request } = options;
    if (!isSameOrigin(request)) throw new AppError({ code: "FORBIDDEN", messageKey: "forbidden" });
    const user = await getCurrentUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
    // Refuse oversize bodies before reading them.
    const declared = Number(request.headers.get("content-length") ?? 0);
    const limit = env().EVIDENCE_MAX_MB * 1024 * 1024;
    if (declared > limit + 64 * 1024)
      throw new AppError({ code: "BAD_INPUT", messageKey: "evidenceTooLarge", values: { max: env().EVIDENCE_MAX_MB } });
    const form = await request.formData().catch(() => {
      throw new AppError({ code: "BAD_INPUT", messageKey: "badInput" });
    });
    const file = form.get("file");
    const fields = ZUploadEvidenceFields.safeParse({
      assessmentId: options.assessmentId,
      practiceId: form.get("practiceId"),
      description: form.get("description"),
    });
    if (!fields.success || !(file instanceof File)) {
      const fieldErrors: Record<string, string[]> = fields.success
        ? {}
        : Object.fromEntries(fields.error.issues.map((i) => [i.path.join("."), [i.message]]));
      if (!(file instanceof File)) fieldErrors.file = ["evidenceFileRequired"];
      throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors });
    }
    const result = await uploadEvidenceFile({
      userId: user.id,
      input: fields.data,
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return Response.json(result, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
