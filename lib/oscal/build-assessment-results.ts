// An OSCAL 1.0.6 `assessment-results` document for one assessment (pure: plain data in, JSON out).
//
// - metadata: the organisation (prepared-for), the assessment's named parties (one role per content
//   actor they play), the approver when approved; version = the pinned content version.
// - import-ap: OSCAL requires an href to the assessment plan. Layerwise has no OSCAL plan (the
//   questionnaire is the plan), so the href is a fragment, `#<uuid>`, naming a back-matter resource
//   that describes the questionnaire and its content version (OSCAL's convention for in-document
//   references). It is stable per assessment.
// - one result: start = assessment created, end = approval (or the export time while not approved);
//   reviewed-controls = SP 800-53 rev5 controls mapped to the applicable practices; an observation per
//   answered practice; a finding per applicable practice that is not met (unanswered included, as in
//   scoring); a risk per gap (up to the layer's target), linked from its finding.

import {
  byRoadmapOrder,
  catalogResource,
  compact,
  controlLinks,
  controlProps,
  isApplicablePractice,
  isGap,
  isNotMet,
  isoTimestamp,
  LAYERWISE_OSCAL_NS,
  metadata,
  observation,
  observationUuid,
  oneLine,
  oscalContext,
  practiceProps,
  practiceTitle,
  prop,
  risk,
  riskUuid,
  statusLabel,
  ANSWER_LABELS,
  type OscalContext,
} from "./common";
import { toOscalControlIds } from "./control-ids";
import type {
  OscalAssessmentResultsDocument,
  OscalExportInput,
  OscalFinding,
  OscalPracticeInput,
  OscalResult,
} from "./types";

export function buildAssessmentResults(input: OscalExportInput): OscalAssessmentResultsDocument {
  const ctx = oscalContext(input);
  const planUuid = ctx.uuid("resource:assessment-plan");
  return {
    "assessment-results": {
      uuid: ctx.uuid("assessment-results"),
      metadata: metadata(ctx, `Assessment results: ${input.program.name} – ${input.assessment.title}`),
      "import-ap": {
        href: `#${planUuid}`,
        remarks:
          "Layerwise keeps no OSCAL assessment plan: the plan is its questionnaire, described by the back-matter " +
          "resource this fragment names.",
      },
      results: [result(ctx)],
      "back-matter": {
        resources: [
          {
            uuid: planUuid,
            title: `Layerwise security maturity questionnaire, content version ${input.assessment.contentVersion}`,
            props: prop("content-version", input.assessment.contentVersion),
            citation: {
              text:
                `The Layerwise questionnaire (4 maturity levels × ${input.layers.length} layers, ` +
                `${input.practices.length} practices) pinned by this assessment at content version ` +
                `${input.assessment.contentVersion}. Its practices are the assessment objectives that finding targets name.`,
            },
          },
          catalogResource(ctx),
        ],
      },
    },
  };
}

function result(ctx: OscalContext): OscalResult {
  const { input } = ctx;
  const { assessment } = input;
  const start = isoTimestamp(assessment.createdAt);
  const endCandidate = isoTimestamp(assessment.approvedAt ?? input.generatedAt);
  const end = Date.parse(endCandidate) >= Date.parse(start) ? endCandidate : start;

  const applicable = input.practices.filter((p) => isApplicablePractice(ctx, p));
  const controls = toOscalControlIds(applicable.flatMap((p) => p.mappings.sp80053));
  const observations = input.practices.flatMap((p) => {
    const answer = ctx.answers.get(p.id);
    return answer ? [observation(ctx, p, answer)] : [];
  });
  const gaps = input.practices.filter((p) => isGap(ctx, p)).sort(byRoadmapOrder(ctx));
  const gapIds = new Set(gaps.map((p) => p.id));
  const findings = input.practices.filter((p) => isNotMet(ctx, p)).map((p) => finding(ctx, p, gapIds.has(p.id)));

  const platform = input.program.platform ? ` (${input.program.platform})` : "";
  const description = [
    `Self-assessment of ${input.program.name}${platform} for ${input.organisation.name} against the Layerwise ` +
      `security maturity model, content version ${assessment.contentVersion}. Overall level ${input.overallLevel} ` +
      "(the lowest layer level).",
    "",
    ...input.layers.map((l) => `- ${l.name}: level ${l.level}${l.target > 0 ? `, target ${l.target}` : ""}`),
  ].join("\n");

  const approved = assessment.approvedAt ? isoTimestamp(assessment.approvedAt) : null;
  return compact({
    uuid: ctx.uuid("result"),
    title: assessment.title,
    description,
    start,
    end,
    props: [
      ...prop("overall-level", input.overallLevel),
      ...input.layers.flatMap((l) => [
        ...prop("current-level", l.level, { class: l.id }),
        ...prop("target-level", l.target, { class: l.id }),
      ]),
    ],
    "reviewed-controls": compact({
      "control-selections": [
        controls.length > 0
          ? { "include-controls": controls.map((id) => ({ "control-id": id })) }
          : { remarks: "No applicable practice maps to an SP 800-53 control." },
      ],
      links: [{ href: `#${ctx.catalogUuid}`, rel: "reference", text: "NIST SP 800-53 Rev. 5" }],
      remarks:
        "The SP 800-53 rev5 controls mapped to the applicable practices of the questionnaire. Practices also map " +
        "to ISO/IEC 27001:2022 Annex A and CSF 2.0: see the control-id props of each finding.",
    }),
    attestations: approved
      ? [
          compact({
            "responsible-parties": ctx.approverUuid
              ? [{ "role-id": "content-approver", "party-uuids": [ctx.approverUuid] }]
              : undefined,
            parts: [
              {
                name: "approval",
                ns: LAYERWISE_OSCAL_NS,
                title: "Approval",
                prose: `Approved${assessment.approvedBy ? ` by ${oneLine(assessment.approvedBy.name)}` : ""} on ${approved.slice(0, 10)}.`,
              },
            ],
          }),
        ]
      : undefined,
    observations,
    risks: gaps.map((p) => risk(ctx, p)),
    findings,
    remarks:
      assessment.status === "APPROVED" || assessment.status === "ARCHIVED"
        ? undefined
        : `The assessment is ${statusLabel(assessment.status)}: these results may still change.`,
  });
}

function finding(ctx: OscalContext, practice: OscalPracticeInput, gap: boolean): OscalFinding {
  const answer = ctx.answers.get(practice.id);
  const target = ctx.targets.get(practice.layerId) ?? 0;
  const description = answer
    ? `Answered "${ANSWER_LABELS[answer.value]}": a practice is met only when Largely or Fully implemented.`
    : "Not answered: nothing shows the practice is in place, so it counts as unmet.";
  return compact({
    uuid: ctx.uuid(`finding:${practice.id}`),
    title: practiceTitle(practice),
    description,
    props: [
      ...practiceProps(ctx, practice),
      ...prop("answer", answer ? answer.value.toLowerCase().replaceAll("_", "-") : "not-answered"),
      ...prop("within-target", gap ? "true" : "false"),
      ...controlProps(practice),
    ],
    links: controlLinks(practice),
    target: {
      type: "objective-id" as const,
      "target-id": practice.id,
      title: practice.title,
      status: compact({
        state: "not-satisfied" as const,
        reason: answer ? "fail" : "other",
        remarks: answer ? undefined : "Not answered.",
      }),
      remarks: gap
        ? `A gap: level ${practice.level} is within the layer's target level ${target}.`
        : `Above the layer's target level ${target}: not on the roadmap.`,
    },
    "related-observations": answer ? [{ "observation-uuid": observationUuid(ctx, practice.id) }] : undefined,
    "related-risks": gap ? [{ "risk-uuid": riskUuid(ctx, practice.id) }] : undefined,
  });
}
