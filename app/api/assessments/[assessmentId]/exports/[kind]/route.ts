import { downloadExport } from "@/lib/export/download-export";

// A download is a GET, but each one signs and records a new export (ExportRecord).
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string; kind: string }> }) {
  const { assessmentId, kind } = await params;
  return downloadExport({ assessmentId, kind });
}
