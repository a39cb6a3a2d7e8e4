import { saveAnswer } from "@/lib/answers/save-answer";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db/client";
import { addEvidenceLink, uploadEvidenceFile } from "@/lib/evidence/add-evidence";
import { startMfaEnrolment } from "@/lib/mfa/start-mfa-enrolment";
import { setIsmsItemStatus } from "@/lib/readiness/set-isms-item-status";
import { generateRoadmap } from "@/lib/roadmap/generate-roadmap";
import { updateRoadmapItem } from "@/lib/roadmap/update-roadmap-item";
import { getInstanceKey } from "@/lib/signing/instance-key";
import { createAccount, createAssessmentFor } from "./factories";

// Words that must never appear in a stored column, only in what the app reads back.
export const SECRETS = {
  notes: "Core firewall FW-7 has no egress filtering",
  justification: "No network of our own: hosted by the provider",
  comment: "The VPN concentrator still runs the 2019 firmware",
  url: "https://wiki.example.org/secret/segmentation-gaps",
  description: "Segmentation gaps found by the red team",
  fileName: "red-team-findings.txt",
  file: "Unpatched: registry DB host 10.0.4.17, payment switch console",
  roadmapNotes: "Budget for the new firewall blocked until Q3",
  isms: "Risk register kept by the CISO office, not yet approved",
};

// Writes one value into every encrypted column through the app's own domain functions.
export async function seedSensitiveData(label: string) {
  const lead = await createAccount(label);
  const { assessmentId } = await createAssessmentFor(lead, 2);
  await saveAnswer({ userId: lead.userId, input: { assessmentId, practiceId: "NET-1.1", value: "PARTIALLY", notes: SECRETS.notes, version: 0 } });
  await saveAnswer({
    userId: lead.userId,
    input: { assessmentId, practiceId: "NET-1.2", value: "NOT_APPLICABLE", justification: SECRETS.justification, version: 0 },
  });
  await saveAnswer({ userId: lead.userId, input: { assessmentId, practiceId: "NET-1.3", value: "FULLY", notes: "second note", version: 0 } });
  await addComment({ userId: lead.userId, input: { assessmentId, practiceId: "NET-1.1", body: SECRETS.comment } });
  await addEvidenceLink({ userId: lead.userId, input: { assessmentId, practiceId: "NET-1.1", url: SECRETS.url, description: SECRETS.description } });
  const file = await uploadEvidenceFile({
    userId: lead.userId,
    input: { assessmentId, practiceId: "NET-1.1", description: SECRETS.description },
    file: { name: SECRETS.fileName, bytes: new TextEncoder().encode(SECRETS.file) },
  });
  await generateRoadmap({ userId: lead.userId, input: { assessmentId } });
  const prisma = await db();
  const item = await prisma.roadmapItem.findFirstOrThrow({ where: { assessmentId, obsolete: false }, orderBy: { position: "asc" } });
  await updateRoadmapItem({
    userId: lead.userId,
    input: { assessmentId, itemId: item.id, ownerPartyId: "", dueDate: "", status: "OPEN", notes: SECRETS.roadmapNotes },
  });
  await setIsmsItemStatus({ userId: lead.userId, input: { assessmentId, itemId: "ISMS-4.4", status: "PARTLY", evidence: SECRETS.isms, version: 0 } });
  await getInstanceKey();
  await startMfaEnrolment({ userId: lead.userId });
  return { lead, assessmentId, evidenceFileId: file.id, roadmapItemId: item.id };
}
