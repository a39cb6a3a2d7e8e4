// Plain data in, plain OSCAL JSON out. The input is what an export needs from the database
// (lib/oscal/load-oscal-input.ts builds it); the builders never query. Timestamps may be Date
// objects or ISO 8601 strings, so an input can also come from JSON.

import type { AnswerValue } from "@/lib/scoring/answer-values";

export type OscalTimestamp = Date | string;

export type OscalPracticeInput = {
  id: string;
  title: string;
  question: string;
  layerId: string;
  level: number;
  // Content risk weight, 1 (low) .. 5 (critical: the harm if missing).
  risk: number;
  effort: "S" | "M" | "L";
  // What would show the practice is in place (content), used as a remediation's closing evidence.
  evidence: readonly string[];
  mappings: { iso27001: readonly string[]; csf: readonly string[]; sp80053: readonly string[] };
};

export type OscalEvidenceInput = {
  kind: "FILE" | "LINK";
  description: string;
  url?: string | null;
  fileName?: string | null;
  mimeType?: string | null;
  sha256?: string | null;
};

export type OscalAnswerInput = {
  practiceId: string;
  value: AnswerValue;
  notes?: string | null;
  justification?: string | null;
  needsReconfirmation?: boolean;
  updatedAt: OscalTimestamp;
  evidence?: readonly OscalEvidenceInput[];
};

export type OscalRoadmapItemInput = {
  practiceId: string;
  phase: number;
  // "0-3 months"; empty when the phase rule has no label for it.
  phaseLabel: string;
  position: number;
  status: "OPEN" | "IN_PROGRESS" | "DONE";
  ownerPartyId: string | null;
  // YYYY-MM-DD, or null when not set.
  dueDate: string | null;
  notes?: string | null;
  // Actor ids from the effective RACI row.
  responsible: readonly string[];
  accountable: string | null;
  updatedAt?: OscalTimestamp | null;
};

export type OscalExportInput = {
  assessment: {
    id: string;
    title: string;
    status: "DRAFT" | "IN_REVIEW" | "APPROVED" | "ARCHIVED";
    contentVersion: string;
    createdAt: OscalTimestamp;
    updatedAt: OscalTimestamp;
    approvedAt?: OscalTimestamp | null;
    approvedBy?: { id: string; name: string } | null;
  };
  organisation: { id: string; name: string };
  program: { id: string; name: string; platform?: string };
  // In model order, with the current level (from scoring) and the target (0: none set).
  layers: ReadonlyArray<{ id: string; name: string; level: number; target: number }>;
  overallLevel: number;
  // Content actors (RACI columns); parties play them.
  actors: ReadonlyArray<{ id: string; name: string }>;
  // The assessment's named parties, oldest first.
  parties: ReadonlyArray<{ id: string; name: string; actors: readonly string[] }>;
  // Every practice of the assessment's pinned content, in model order.
  practices: readonly OscalPracticeInput[];
  answers: readonly OscalAnswerInput[];
  roadmap: { generatedAt: OscalTimestamp | null; items: readonly OscalRoadmapItemInput[] };
  // When the export is made: metadata.published, and the result's end while not approved.
  generatedAt: OscalTimestamp;
  // The signed export's verification code, emitted as metadata prop `verification-code` (ns
  // urn:layerwise:oscal). One line, no surrounding whitespace (OSCAL StringDatatype); it changes no uuid.
  verificationCode?: string | null;
};

// ---- The subset of OSCAL 1.0.6 that the builders emit -------------------------------------------

export type OscalProp = { name: string; value: string; ns?: string; class?: string; uuid?: string; remarks?: string };
export type OscalLink = { href: string; rel?: string; "media-type"?: string; text?: string };

export type OscalParty = {
  uuid: string;
  type: "organization" | "person";
  name?: string;
  props?: OscalProp[];
  remarks?: string;
};
export type OscalRole = { id: string; title: string; remarks?: string };
export type OscalResponsibleParty = { "role-id": string; "party-uuids": string[]; remarks?: string };

export type OscalMetadata = {
  title: string;
  published?: string;
  "last-modified": string;
  version: string;
  "oscal-version": string;
  props?: OscalProp[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  "responsible-parties"?: OscalResponsibleParty[];
  remarks?: string;
};

export type OscalResource = {
  uuid: string;
  title?: string;
  props?: OscalProp[];
  citation?: { text: string; links?: OscalLink[] };
  rlinks?: Array<{ href: string; "media-type"?: string }>;
  remarks?: string;
};
export type OscalBackMatter = { resources?: OscalResource[] };

export type OscalObservation = {
  uuid: string;
  title?: string;
  description: string;
  props?: OscalProp[];
  methods: Array<"EXAMINE" | "INTERVIEW" | "TEST" | "UNKNOWN">;
  types?: string[];
  "relevant-evidence"?: Array<{ href?: string; description: string; props?: OscalProp[]; remarks?: string }>;
  collected: string;
  remarks?: string;
};

export type OscalTask = {
  uuid: string;
  type: "milestone" | "action";
  title: string;
  description?: string;
  props?: OscalProp[];
  timing?: { "on-date": { date: string } };
  remarks?: string;
};

export type OscalRemediation = {
  uuid: string;
  lifecycle: "recommendation" | "planned" | "completed";
  title: string;
  description: string;
  props?: OscalProp[];
  tasks?: OscalTask[];
  remarks?: string;
};

export type OscalRiskStatus = "open" | "investigating" | "remediating" | "closed";

export type OscalRisk = {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProp[];
  links?: OscalLink[];
  status: OscalRiskStatus;
  deadline?: string;
  remediations?: OscalRemediation[];
  "related-observations"?: Array<{ "observation-uuid": string }>;
};

export type OscalFinding = {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  links?: OscalLink[];
  target: {
    type: "objective-id" | "statement-id";
    "target-id": string;
    title?: string;
    props?: OscalProp[];
    status: { state: "satisfied" | "not-satisfied"; reason?: string; remarks?: string };
    remarks?: string;
  };
  "related-observations"?: Array<{ "observation-uuid": string }>;
  "related-risks"?: Array<{ "risk-uuid": string }>;
  remarks?: string;
};

export type OscalResult = {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  props?: OscalProp[];
  "reviewed-controls": {
    "control-selections": Array<{ "include-controls"?: Array<{ "control-id": string }>; remarks?: string }>;
    links?: OscalLink[];
    remarks?: string;
  };
  attestations?: Array<{
    "responsible-parties"?: OscalResponsibleParty[];
    parts: Array<{ name: string; ns?: string; title?: string; prose?: string }>;
  }>;
  observations?: OscalObservation[];
  risks?: OscalRisk[];
  findings?: OscalFinding[];
  remarks?: string;
};

export type OscalAssessmentResultsDocument = {
  "assessment-results": {
    uuid: string;
    metadata: OscalMetadata;
    "import-ap": { href: string; remarks?: string };
    results: OscalResult[];
    "back-matter"?: OscalBackMatter;
  };
};

export type OscalPoamItem = {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  links?: OscalLink[];
  "related-observations"?: Array<{ "observation-uuid": string }>;
  "related-risks"?: Array<{ "risk-uuid": string }>;
  remarks?: string;
};

export type OscalPoamDocument = {
  "plan-of-action-and-milestones": {
    uuid: string;
    metadata: OscalMetadata;
    "system-id": { "identifier-type": string; id: string };
    "local-definitions"?: { remarks?: string };
    observations?: OscalObservation[];
    risks?: OscalRisk[];
    "poam-items": OscalPoamItem[];
    "back-matter"?: OscalBackMatter;
  };
};
