import type { TContentModel } from "@/lib/content/schema";
import type { RoadmapStatus } from "@/lib/roadmap/merge-roadmap";
import type { RoadmapActor, RoadmapPage } from "@/lib/roadmap/queries";
import type { AnswerValue } from "@/lib/scoring/answer-values";

// One sheet of an export: a CSV file, or a worksheet of an XLSX workbook.
export type ExportCell = string | number;
export type ExportTable = { name: string; header: string[]; rows: ExportCell[][] };

const ANSWER_LABELS: Record<AnswerValue, string> = {
  NOT_IMPLEMENTED: "Not implemented",
  PARTIALLY: "Partially implemented",
  LARGELY: "Largely implemented",
  FULLY: "Fully implemented",
  NOT_APPLICABLE: "Not applicable",
};

export function answerLabel(value: AnswerValue | null | undefined): string {
  return value ? ANSWER_LABELS[value] : "";
}

type AnswerRow = {
  value: AnswerValue;
  justification: string | null;
  notes: string | null;
  needsReconfirmation: boolean;
};

// Every practice of the pinned content, in content order, answered or not.
export function answersTable(options: {
  content: Pick<TContentModel, "layers" | "practices">;
  answers: ReadonlyMap<string, AnswerRow>;
}): ExportTable {
  const layerNames = new Map(options.content.layers.map((l) => [l.id, l.name]));
  const order = new Map(options.content.layers.map((l, i) => [l.id, i]));
  const practices = [...options.content.practices].sort(
    (a, b) => (order.get(a.layer) ?? 0) - (order.get(b.layer) ?? 0),
  );
  return {
    name: "Answers",
    header: ["Layer", "Practice id", "Practice", "Level", "Answer", "Justification", "Notes", "Needs reconfirmation"],
    rows: practices.map((p) => {
      const answer = options.answers.get(p.id);
      return [
        layerNames.get(p.layer) ?? p.layer,
        p.id,
        p.title,
        p.level,
        answerLabel(answer?.value),
        answer?.justification ?? "",
        answer?.notes ?? "",
        answer?.needsReconfirmation ? "yes" : "",
      ];
    }),
  };
}

const STATUS_LABELS: Record<RoadmapStatus, string> = { OPEN: "Open", IN_PROGRESS: "In progress", DONE: "Done" };

function actorText(actor: RoadmapActor): string {
  return actor.parties.length > 0 ? `${actor.actorName} (${actor.parties.join(", ")})` : actor.actorName;
}

// The roadmap as planned: phase by phase, in the order of the roadmap page.
export function roadmapTable(page: Pick<RoadmapPage, "phases">): ExportTable {
  return {
    name: "Roadmap",
    header: [
      "Phase",
      "Order",
      "Practice id",
      "Practice",
      "Layer",
      "Level",
      "Current answer",
      "Effort",
      "Risk",
      "Responsible",
      "Accountable",
      "Owner",
      "Due date",
      "Status",
      "ISO/IEC 27001",
      "NIST CSF",
      "NIST SP 800-53",
      "Closing evidence",
      "Notes",
    ],
    rows: page.phases.flatMap((phase) =>
      phase.items.map((item) => [
        phase.phase,
        item.position,
        item.practiceId,
        item.title,
        item.layerName,
        item.level,
        answerLabel(item.answer),
        item.effort,
        item.risk,
        item.responsible.map(actorText).join("; "),
        item.accountable ? actorText(item.accountable) : "",
        item.ownerName ?? "",
        item.dueDate ?? "",
        STATUS_LABELS[item.status],
        item.mappings.iso27001.join("; "),
        item.mappings.csf.join("; "),
        item.mappings.sp80053.join("; "),
        item.evidence.join("; "),
        item.notes,
      ]),
    ),
  };
}
