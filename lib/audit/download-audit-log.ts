import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { exportAuditLog } from "./export-audit-log";
import { ZAuditExportFormat, ZAuditFilters } from "./schema";

// GET /api/orgs/{orgId}/audit/export?format=csv|json&actor=…&action=…&target=…&from=…&to=…
export async function downloadAuditLog(options: { request: Request; organisationId: string }): Promise<Response> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
    const params = new URL(options.request.url).searchParams;
    const format = ZAuditExportFormat.safeParse(params.get("format") ?? "");
    const filters = ZAuditFilters.safeParse(
      Object.fromEntries(["actor", "action", "target", "from", "to"].map((k) => [k, params.get(k) ?? ""])),
    );
    if (!format.success || !filters.success) {
      const issues = [
        ...(format.error?.issues.map((i) => ({ ...i, path: ["format"] })) ?? []),
        ...(filters.error?.issues ?? []),
      ];
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors });
    }
    const file = await exportAuditLog({
      userId: user.id,
      organisationId: options.organisationId,
      format: format.data,
      filters: filters.data,
    });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
