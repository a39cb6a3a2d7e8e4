import { downloadRaciCsv } from "@/lib/raci/download-raci-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  return downloadRaciCsv((await params).assessmentId);
}
