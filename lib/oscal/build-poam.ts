// An OSCAL 1.0.6 `plan-of-action-and-milestones` document from an assessment's gap roadmap (pure).
//
// - One poam-item per roadmap item, in plan order (phase, then position): title, description (the
//   practice's question and the evidence that would close it), props (phase, phase label, position,
//   effort, status, owner party, responsible / accountable actors, due date, control ids), links to
//   the mapped SP 800-53 controls, its risk and, when answered, the observation of its answer.
// - One risk per item (same uuid as in the assessment results) whose remediation is the planned work;
//   a due date becomes a milestone task (`timing.on-date`, end of that day UTC) and a remark.
// - system-id: a uuid derived from the program, so POA&Ms of successive assessments of the same
//   program name the same system. There is no SSP to import.
// - OSCAL requires at least one poam-item: an empty roadmap yields one informational item with
//   prop item-kind = "placeholder" that says why the plan is empty.

import {
  byRoadmapOrder,
  catalogResource,
  compact,
  controlLinks,
  controlProps,
  metadata,
  observation,
  observationUuid,
  oscalContext,
  practiceProps,
  practiceTitle,
  prop,
  risk,
  riskUuid,
  isGap,
  type OscalContext,
} from "./common";
import type {
  OscalExportInput,
  OscalPoamDocument,
  OscalPoamItem,
  OscalPracticeInput,
  OscalRoadmapItemInput,
} from "./types";
import { oscalUuid } from "./uuid";

export function buildPoam(input: OscalExportInput): OscalPoamDocument {
  const ctx = oscalContext(input);
  const planned = input.roadmap.items
    .flatMap((item) => {
      const practice = ctx.practices.get(item.practiceId);
      return practice ? [{ item, practice }] : [];
    })
    .sort(
      (a, b) =>
        a.item.phase - b.item.phase || a.item.position - b.item.position || byRoadmapOrder(ctx)(a.practice, b.practice),
    );

  const observations = planned.flatMap(({ practice }) => {
    const answer = ctx.answers.get(practice.id);
    return answer ? [observation(ctx, practice, answer)] : [];
  });

  return {
    "plan-of-action-and-milestones": compact({
      uuid: ctx.uuid("poam"),
      metadata: metadata(ctx, `Plan of action and milestones: ${input.program.name} – ${input.assessment.title}`),
      "system-id": { "identifier-type": "https://ietf.org/rfc/rfc4122", id: oscalUuid(input.program.id, "system") },
      observations,
      risks: planned.map(({ practice }) => risk(ctx, practice)),
      "poam-items": planned.length > 0 ? planned.map((p) => poamItem(ctx, p)) : [placeholderItem(ctx)],
      "back-matter": { resources: [catalogResource(ctx)] },
    }),
  };
}

function poamItem(
  ctx: OscalContext,
  options: { item: OscalRoadmapItemInput; practice: OscalPracticeInput },
): OscalPoamItem {
  const { item, practice } = options;
  const ownerName = item.ownerPartyId ? ctx.partyNames.get(item.ownerPartyId) : undefined;
  const ownerUuid = item.ownerPartyId ? ctx.partyUuids.get(item.ownerPartyId) : undefined;
  const closing = practice.evidence.map((e) => `- ${e}`);
  const remarks = [
    item.dueDate ? `Due ${item.dueDate}.` : null,
    item.status === "DONE" && isGap(ctx, practice)
      ? "Marked done, but the answers still show the gap: a reviewer should confirm."
      : null,
    item.notes?.trim() ? `Notes:\n${item.notes.trim()}` : null,
  ].filter((r): r is string => r !== null);
  return compact({
    uuid: ctx.uuid(`poam-item:${practice.id}`),
    title: practiceTitle(practice),
    description: [
      practice.question,
      ...(closing.length > 0 ? ["", "Evidence that would close it:", ...closing] : []),
    ].join("\n"),
    props: [
      ...practiceProps(ctx, practice),
      ...prop("phase", item.phase),
      ...prop("phase-label", item.phaseLabel),
      ...prop("position", item.position),
      ...prop("status", item.status.toLowerCase().replaceAll("_", "-")),
      ...(ownerUuid ? prop("owner-party-uuid", ownerUuid) : []),
      ...prop("owner", ownerName ?? ""),
      ...item.responsible.flatMap((a) => prop("responsible-actor", a, { remarks: ctx.actorNames.get(a) })),
      ...(item.accountable
        ? prop("accountable-actor", item.accountable, { remarks: ctx.actorNames.get(item.accountable) })
        : []),
      ...prop("due-date", item.dueDate ?? ""),
      ...controlProps(practice),
    ],
    links: controlLinks(practice),
    "related-observations": ctx.answers.has(practice.id)
      ? [{ "observation-uuid": observationUuid(ctx, practice.id) }]
      : undefined,
    "related-risks": [{ "risk-uuid": riskUuid(ctx, practice.id) }],
    remarks: remarks.length > 0 ? remarks.join("\n\n") : undefined,
  });
}

function placeholderItem(ctx: OscalContext): OscalPoamItem {
  const never = ctx.input.roadmap.generatedAt === null;
  return {
    uuid: ctx.uuid("poam-item:placeholder"),
    title: "No plan items",
    description: never
      ? "The gap roadmap of this assessment has not been generated yet, so there is nothing to plan."
      : "The gap roadmap of this assessment has no items: no practice up to the target levels is a gap.",
    props: prop("item-kind", "placeholder"),
    remarks: "OSCAL requires at least one POA&M item; this informational item stands in for an empty plan.",
  };
}
