import { downloadAuditLog } from "@/lib/audit/download-audit-log";

// A download is a GET, but each one is recorded as an audit event.
export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  return downloadAuditLog({ request, organisationId: orgId });
}
