import type { ControlStatus } from "@/lib/readiness/annex-a-coverage";
import type { ConditionItem, ReadinessStatus } from "@/lib/readiness/certification-recommendation";
import type { ClauseStatus } from "@/lib/readiness/isms-readiness";

// Badge colours for the readiness statuses. Colour only reinforces: every badge also says its status.
type Tone = "neutral" | "success" | "warning" | "danger";

export const CONTROL_TONE: Record<ControlStatus, Tone> = {
  covered: "success",
  partly: "warning",
  gap: "danger",
  "not-addressed": "neutral",
};

export const ISMS_TONE: Record<ConditionItem["state"], Tone> = {
  IN_PLACE: "success",
  PARTLY: "warning",
  MISSING: "danger",
  NOT_RECORDED: "neutral",
  NOT_IN_CONTENT: "neutral",
};

export const CLAUSE_TONE: Record<ClauseStatus, Tone> = {
  "in-place": "success",
  partly: "warning",
  missing: "danger",
  "no-items": "neutral",
};

export const READINESS_TONE: Record<ReadinessStatus, Tone> = {
  ready: "success",
  close: "warning",
  "not-ready": "danger",
};
