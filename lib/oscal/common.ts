// What the assessment-results and POA&M builders share: metadata, parties and roles, observations,
// risks and remediations, control references, and the text rules OSCAL's datatypes impose.
//
// Conventions (also in the report that introduced lib/oscal):
// - Every Layerwise-specific prop carries `ns: LAYERWISE_OSCAL_NS`; OSCAL reserves un-namespaced
//   names for its own vocabulary.
// - Finding targets are Layerwise practices (`type: objective-id`, `target-id: NET-1.4`): the
//   questionnaire's practices are the assessment objectives. SP 800-53 rev5 controls appear in the
//   result's reviewed-controls and as `control-id` props (class sp800-53, iso27001, csf) and links.
// - A "gap" is what the roadmap calls one (lib/roadmap/build-roadmap.ts isRoadmapGap): an
//   applicable practice up to its layer's target that is not Largely or Fully implemented.

import { isMet, type AnswerValue } from "@/lib/scoring/answer-values";
import type { ScoringLevel } from "@/lib/scoring/score-assessment";
import { compareRoadmapPractices, isRoadmapGap } from "@/lib/roadmap/build-roadmap";
import { toOscalControlId, toOscalControlIds } from "./control-ids";
import type {
  OscalAnswerInput,
  OscalExportInput,
  OscalLink,
  OscalMetadata,
  OscalObservation,
  OscalPracticeInput,
  OscalProp,
  OscalRemediation,
  OscalResource,
  OscalResponsibleParty,
  OscalRisk,
  OscalRiskStatus,
  OscalRoadmapItemInput,
  OscalRole,
  OscalParty,
  OscalTimestamp,
} from "./types";
import { oscalUuid } from "./uuid";

export const OSCAL_VERSION = "1.0.6";
export const LAYERWISE_OSCAL_NS = "urn:layerwise:oscal";
// NIST's OSCAL SP 800-53 rev5 catalog; control links point at `<this>#<oscal control id>`.
export const SP80053_CATALOG_HREF =
  "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json";
// Scope of uuids that are the same in every document (the shared catalog resource).
const GLOBAL_SCOPE = "layerwise";

export const ANSWER_LABELS: Readonly<Record<AnswerValue, string>> = {
  NOT_IMPLEMENTED: "Not implemented",
  PARTIALLY: "Partially implemented",
  LARGELY: "Largely implemented",
  FULLY: "Fully implemented",
  NOT_APPLICABLE: "Not applicable",
};

const STATUS_LABELS: Readonly<Record<OscalExportInput["assessment"]["status"], string>> = {
  DRAFT: "a draft",
  IN_REVIEW: "in review",
  APPROVED: "approved",
  ARCHIVED: "archived",
};

export function statusLabel(status: OscalExportInput["assessment"]["status"]): string {
  return STATUS_LABELS[status];
}

// ---- Datatypes -----------------------------------------------------------------------------------

export function isoTimestamp(value: OscalTimestamp): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid timestamp: ${String(value)}`);
  return date.toISOString();
}

// OSCAL's StringDatatype (prop values, party names, versions) is `^\S(.*\S)?$`: one line, no
// leading or trailing whitespace. Free text goes into description / remarks / title (no pattern);
// anything typed by a user that lands in a StringDatatype is folded to one line here.
export function oneLine(value: string): string {
  return value.replace(/\s+/gu, " ").trim();
}

// A prop, or nothing when the value is empty after folding (OSCAL requires a non-empty value).
export function prop(
  name: string,
  value: string | number,
  extra: Omit<OscalProp, "name" | "value" | "ns"> = {},
): OscalProp[] {
  const text = oneLine(String(value));
  return text ? [compact({ name, ns: LAYERWISE_OSCAL_NS, value: text, ...extra })] : [];
}

// `YYYY-MM-DD` -> end of that day, UTC; null for anything that is not a real calendar date.
export function endOfDay(date: string | null | undefined): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const parsed = new Date(`${date}T23:59:59Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return `${date}T23:59:59Z`;
}

// Only absolute http(s) URLs become hrefs (normalised, so they are valid URI references).
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

// Leaves out undefined and empty-array members: OSCAL arrays have minItems 1.
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

// ---- The input, indexed once ---------------------------------------------------------------------

export type OscalContext = {
  input: OscalExportInput;
  assessmentId: string;
  uuid: (key: string) => string;
  practices: ReadonlyMap<string, OscalPracticeInput>;
  answers: ReadonlyMap<string, OscalAnswerInput>;
  roadmap: ReadonlyMap<string, OscalRoadmapItemInput>;
  layerNames: ReadonlyMap<string, string>;
  targets: ReadonlyMap<string, number>;
  actorNames: ReadonlyMap<string, string>;
  organisationUuid: string;
  partyUuids: ReadonlyMap<string, string>;
  partyNames: ReadonlyMap<string, string>;
  approverUuid: string | null;
  catalogUuid: string;
};

export function oscalContext(input: OscalExportInput): OscalContext {
  const assessmentId = input.assessment.id;
  const uuid = (key: string) => oscalUuid(assessmentId, key);
  const approvedBy = input.assessment.approvedBy;
  return {
    input,
    assessmentId,
    uuid,
    practices: new Map(input.practices.map((p) => [p.id, p])),
    answers: new Map(input.answers.map((a) => [a.practiceId, a])),
    roadmap: new Map(input.roadmap.items.map((i) => [i.practiceId, i])),
    layerNames: new Map(input.layers.map((l) => [l.id, l.name])),
    targets: new Map(input.layers.map((l) => [l.id, l.target])),
    actorNames: new Map(input.actors.map((a) => [a.id, a.name])),
    // The organisation is the same party in every export of every assessment it owns.
    organisationUuid: oscalUuid(input.organisation.id, "party:organisation"),
    partyUuids: new Map(input.parties.map((p) => [p.id, uuid(`party:${p.id}`)])),
    partyNames: new Map(input.parties.map((p) => [p.id, p.name])),
    approverUuid: approvedBy ? uuid(`party:user:${approvedBy.id}`) : null,
    catalogUuid: oscalUuid(GLOBAL_SCOPE, "resource:sp800-53r5-catalog"),
  };
}

export function answerOf(ctx: OscalContext, practiceId: string): AnswerValue | undefined {
  return ctx.answers.get(practiceId)?.value;
}

export function isApplicablePractice(ctx: OscalContext, practice: OscalPracticeInput): boolean {
  return answerOf(ctx, practice.id) !== "NOT_APPLICABLE";
}

export function isNotMet(ctx: OscalContext, practice: OscalPracticeInput): boolean {
  const answer = answerOf(ctx, practice.id);
  return answer !== "NOT_APPLICABLE" && !isMet(answer);
}

export function isGap(ctx: OscalContext, practice: OscalPracticeInput): boolean {
  return isRoadmapGap({
    level: practice.level,
    target: ctx.targets.get(practice.layerId) ?? 0,
    answer: answerOf(ctx, practice.id),
  });
}

// Roadmap order: foundation first, then risk weight, effort, layer order, practice id.
export function byRoadmapOrder(ctx: OscalContext): (a: OscalPracticeInput, b: OscalPracticeInput) => number {
  const compare = compareRoadmapPractices({ layerOrder: ctx.input.layers.map((l) => l.id) });
  const view = (p: OscalPracticeInput) => ({ ...p, level: p.level as ScoringLevel });
  return (a, b) => compare(view(a), view(b));
}

export function practiceTitle(practice: OscalPracticeInput): string {
  return `${practice.id} ${practice.title}`;
}

export function lastModified(input: OscalExportInput): string {
  const stamps = [
    input.assessment.updatedAt,
    input.assessment.approvedAt,
    input.roadmap.generatedAt,
    ...input.answers.map((a) => a.updatedAt),
    ...input.roadmap.items.map((i) => i.updatedAt),
  ].flatMap((s) => (s === null || s === undefined ? [] : [isoTimestamp(s)]));
  return stamps.reduce((latest, s) => (Date.parse(s) > Date.parse(latest) ? s : latest));
}

// ---- Metadata ------------------------------------------------------------------------------------

export function metadata(ctx: OscalContext, title: string): OscalMetadata {
  const { input } = ctx;
  const { assessment, organisation } = input;

  const parties: OscalParty[] = [
    compact({
      uuid: ctx.organisationUuid,
      type: "organization" as const,
      name: oneLine(organisation.name) || undefined,
    }),
    ...input.parties.map((p) => {
      const plays = p.actors.map((a) => ctx.actorNames.get(a) ?? a);
      return compact({
        uuid: ctx.partyUuids.get(p.id)!,
        type: "organization" as const,
        name: oneLine(p.name) || undefined,
        remarks: plays.length > 0 ? `Plays: ${plays.join(", ")}.` : undefined,
      });
    }),
  ];
  const roles: OscalRole[] = [{ id: "prepared-for", title: "Prepared for" }];
  const responsible: OscalResponsibleParty[] = [{ "role-id": "prepared-for", "party-uuids": [ctx.organisationUuid] }];

  if (assessment.approvedBy && ctx.approverUuid) {
    parties.push(
      compact({
        uuid: ctx.approverUuid,
        type: "person" as const,
        name: oneLine(assessment.approvedBy.name) || undefined,
      }),
    );
    roles.push({ id: "content-approver", title: "Approver" });
    responsible.push({ "role-id": "content-approver", "party-uuids": [ctx.approverUuid] });
  }
  // One role per content actor (RACI column) that a named party plays.
  for (const actor of input.actors) {
    const playedBy = input.parties.filter((p) => p.actors.includes(actor.id)).map((p) => ctx.partyUuids.get(p.id)!);
    if (playedBy.length === 0) continue;
    roles.push({ id: actor.id, title: actor.name });
    responsible.push({ "role-id": actor.id, "party-uuids": playedBy });
  }

  return compact({
    title,
    published: isoTimestamp(input.generatedAt),
    "last-modified": lastModified(input),
    // The assessment's pinned content version: the questionnaire these results answer.
    version: oneLine(assessment.contentVersion),
    "oscal-version": OSCAL_VERSION,
    props: [
      ...prop("assessment-id", assessment.id),
      ...prop("program", input.program.name),
      ...prop("platform", input.program.platform ?? ""),
      ...prop("assessment-status", assessment.status.toLowerCase().replaceAll("_", "-")),
      ...prop("content-version", assessment.contentVersion),
      ...prop("verification-code", input.verificationCode ?? ""),
    ],
    roles,
    parties,
    "responsible-parties": responsible,
    remarks:
      "Generated by Layerwise from a security maturity self-assessment. Props in the namespace " +
      `${LAYERWISE_OSCAL_NS} are Layerwise's own; finding targets are Layerwise practice ids; SP 800-53 rev5 ` +
      "controls are given in OSCAL form (ac-2, ac-2.1).",
  });
}

export function catalogResource(ctx: OscalContext): OscalResource {
  return {
    uuid: ctx.catalogUuid,
    title: "NIST SP 800-53 Rev. 5 control catalog (OSCAL)",
    rlinks: [{ href: SP80053_CATALOG_HREF, "media-type": "application/oscal.catalog+json" }],
  };
}

// ---- Control references --------------------------------------------------------------------------

export function controlProps(practice: OscalPracticeInput): OscalProp[] {
  return [
    ...toOscalControlIds(practice.mappings.sp80053).flatMap((id) => prop("control-id", id, { class: "sp800-53" })),
    ...practice.mappings.iso27001.flatMap((id) => prop("control-id", id, { class: "iso27001" })),
    ...practice.mappings.csf.flatMap((id) => prop("control-id", id, { class: "csf" })),
  ];
}

export function controlLinks(practice: OscalPracticeInput): OscalLink[] {
  const seen = new Set<string>();
  return practice.mappings.sp80053.flatMap((id): OscalLink[] => {
    const oscalId = toOscalControlId(id);
    if (!oscalId || seen.has(oscalId)) return [];
    seen.add(oscalId);
    return [{ href: `${SP80053_CATALOG_HREF}#${oscalId}`, rel: "reference", text: `NIST SP 800-53 Rev. 5 ${id}` }];
  });
}

export function practiceProps(ctx: OscalContext, practice: OscalPracticeInput): OscalProp[] {
  return [
    ...prop("practice-id", practice.id),
    ...prop("layer", ctx.layerNames.get(practice.layerId) ?? practice.layerId, { class: practice.layerId }),
    ...prop("level", practice.level),
    ...prop("risk-weight", practice.risk),
    ...prop("effort", practice.effort),
  ];
}

// ---- Observations --------------------------------------------------------------------------------

export function observationUuid(ctx: OscalContext, practiceId: string): string {
  return ctx.uuid(`observation:${practiceId}`);
}

// What the questionnaire recorded for one answered practice (N/A included).
export function observation(
  ctx: OscalContext,
  practice: OscalPracticeInput,
  answer: OscalAnswerInput,
): OscalObservation {
  const evidence = answer.evidence ?? [];
  const lines = [`Question: ${practice.question}`, "", `Answer: ${ANSWER_LABELS[answer.value]}.`];
  const notes = answer.notes?.trim();
  const justification = answer.justification?.trim();
  if (justification)
    lines.push("", answer.value === "NOT_APPLICABLE" ? "Why not applicable:" : "Justification:", justification);
  if (notes) lines.push("", "Notes:", notes);
  return compact({
    uuid: observationUuid(ctx, practice.id),
    title: practiceTitle(practice),
    description: lines.join("\n"),
    props: [
      ...practiceProps(ctx, practice),
      ...prop("answer", answer.value.toLowerCase().replaceAll("_", "-")),
      ...(answer.needsReconfirmation ? prop("needs-reconfirmation", "true") : []),
    ],
    // The answer is the respondent's statement (an interview); attached evidence was there to examine.
    methods: evidence.length > 0 ? ["EXAMINE" as const, "INTERVIEW" as const] : ["INTERVIEW" as const],
    types: ["control-objective"],
    "relevant-evidence": evidence.map((e) =>
      compact({
        href: e.kind === "LINK" ? safeHref(e.url) : undefined,
        description: e.description.trim() || e.fileName?.trim() || e.url?.trim() || "Evidence",
        props: [
          ...prop("evidence-kind", e.kind.toLowerCase()),
          ...prop("file-name", e.fileName ?? ""),
          ...prop("media-type", e.mimeType ?? ""),
          ...prop("sha256", e.sha256 ?? ""),
        ],
      }),
    ),
    collected: isoTimestamp(answer.updatedAt),
    remarks: answer.needsReconfirmation
      ? "Carried over from an earlier assessment and not yet re-confirmed."
      : undefined,
  });
}

// ---- Risks and remediations ----------------------------------------------------------------------

export function riskUuid(ctx: OscalContext, practiceId: string): string {
  return ctx.uuid(`risk:${practiceId}`);
}

// Open until work starts; remediating while it is in progress; a gap whose work is marked done but
// whose answers still show it is for a reviewer to look at (investigating); closed when it is gone.
export function riskStatus(options: { item: OscalRoadmapItemInput | undefined; gap: boolean }): OscalRiskStatus {
  const { item, gap } = options;
  if (!gap) return "closed";
  if (!item) return "open";
  if (item.status === "DONE") return "investigating";
  return item.status === "IN_PROGRESS" ? "remediating" : "open";
}

function remediation(ctx: OscalContext, practice: OscalPracticeInput, item: OscalRoadmapItemInput): OscalRemediation {
  const due = endOfDay(item.dueDate);
  const closing = practice.evidence.map((e) => `- ${e}`);
  return compact({
    uuid: ctx.uuid(`remediation:${practice.id}`),
    lifecycle: item.status === "DONE" ? ("completed" as const) : ("planned" as const),
    title: `Implement ${practiceTitle(practice)}`,
    description: closing.length > 0 ? ["Evidence that would close it:", ...closing].join("\n") : practice.question,
    props: [
      ...prop("phase", item.phase),
      ...prop("phase-label", item.phaseLabel),
      ...prop("effort", practice.effort),
      ...prop("status", item.status.toLowerCase().replaceAll("_", "-")),
    ],
    tasks: due
      ? [
          {
            uuid: ctx.uuid(`milestone:${practice.id}`),
            type: "milestone" as const,
            title: `Due ${item.dueDate}`,
            timing: { "on-date": { date: due } },
          },
        ]
      : undefined,
  });
}

export function risk(ctx: OscalContext, practice: OscalPracticeInput): OscalRisk {
  const item = ctx.roadmap.get(practice.id);
  const gap = isGap(ctx, practice);
  const answer = answerOf(ctx, practice.id);
  const layer = ctx.layerNames.get(practice.layerId) ?? practice.layerId;
  const target = ctx.targets.get(practice.layerId) ?? 0;
  const state = answer ? ANSWER_LABELS[answer].toLowerCase() : "not answered";
  const deadline = endOfDay(item?.dueDate);
  return compact({
    uuid: riskUuid(ctx, practice.id),
    title: practiceTitle(practice),
    description: `${practice.question}\n\nThe practice is ${state}; the ${layer} layer's target is level ${target}.`,
    statement:
      `Until "${practice.title}" is in place, the ${layer} layer cannot reach level ${practice.level} ` +
      `(target ${target}). Risk weight ${practice.risk} of 5.`,
    props: [
      ...practiceProps(ctx, practice),
      ...prop("target-level", target),
      ...prop("answer", answer ? answer.toLowerCase().replaceAll("_", "-") : "not-answered"),
    ],
    links: controlLinks(practice),
    status: riskStatus({ item, gap }),
    deadline: deadline ?? undefined,
    remediations: item ? [remediation(ctx, practice, item)] : undefined,
    "related-observations": ctx.answers.has(practice.id)
      ? [{ "observation-uuid": observationUuid(ctx, practice.id) }]
      : undefined,
  });
}
