import { downloadEvidence } from "@/lib/evidence/download-evidence";

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  return downloadEvidence((await params).evidenceId);
}
