import { uploadEvidenceFromForm } from "@/lib/evidence/upload-from-form";

// Multipart upload of an evidence file (server actions cap bodies at 1 MB; evidence may be 10 MB).
export async function POST(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  return uploadEvidenceFromForm({ request, assessmentId: (await params).assessmentId });
}
