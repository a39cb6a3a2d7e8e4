import "server-only";
import { downloadExport } from "@/lib/export/download-export";

// The RACI page's CSV link: the same signed export as /exports/raci.csv.
export async function downloadRaciCsv(assessmentId: string): Promise<Response> {
  return downloadExport({ assessmentId, kind: "raci.csv" });
}
