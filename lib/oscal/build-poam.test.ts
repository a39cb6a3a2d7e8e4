import { describe, expect, it } from "vitest";
import {
  LONG_UNICODE_NOTE,
  definedUuids,
  emptyInput,
  referencedUuids,
  smallInput,
  unicodeInput,
} from "@/tests/support/oscal-fixtures";
import { buildAssessmentResults } from "./build-assessment-results";
import { buildPoam } from "./build-poam";
import type { OscalProp } from "./types";
import { validateOscal } from "./validate-oscal";

const propValue = (props: OscalProp[] | undefined, name: string, cls?: string) =>
  props?.find((p) => p.name === name && (cls === undefined || p.class === cls))?.value;
const propValues = (props: OscalProp[] | undefined, name: string) =>
  (props ?? []).filter((p) => p.name === name).map((p) => p.value);

function expectWellFormed(document: unknown) {
  expect(validateOscal("poam", document)).toEqual({ valid: true, errors: [] });
  const uuids = definedUuids(document);
  expect(new Set(uuids).size).toBe(uuids.length);
  const defined = new Set(uuids);
  for (const ref of referencedUuids(document)) expect(defined.has(ref), ref).toBe(true);
}

describe("OSCAL plan of action and milestones", () => {
  it("validates for a small roadmap and carries phases, owners, due dates and controls", () => {
    const input = smallInput();
    const doc = buildPoam(input);
    expectWellFormed(doc);
    const poam = doc["plan-of-action-and-milestones"];
    expect(poam.metadata).toMatchObject({ version: "2026.11.0", "oscal-version": "1.0.6" });
    expect(poam.metadata.title).toBe("Plan of action and milestones: Property tax on DIGIT – Baseline 2026");
    expect(poam["system-id"]["identifier-type"]).toBe("https://ietf.org/rfc/rfc4122");

    // Plan order: phase, then position.
    const items = poam["poam-items"];
    expect(items.map((i) => propValue(i.props, "practice-id"))).toEqual(["NET-1.2", "NET-2.1", "IDN-2.1"]);
    const [first, second, third] = items;
    expect(first!.title).toBe("NET-1.2 Title of NET-1.2");
    expect(first!.description).toContain("Is NET-1.2 in place?");
    expect(first!.description).toContain("- Evidence for NET-1.2");
    expect({
      phase: propValue(first!.props, "phase"),
      label: propValue(first!.props, "phase-label"),
      effort: propValue(first!.props, "effort"),
      status: propValue(first!.props, "status"),
      owner: propValue(first!.props, "owner"),
      due: propValue(first!.props, "due-date"),
      responsible: propValues(first!.props, "responsible-actor"),
      accountable: propValue(first!.props, "accountable-actor"),
    }).toEqual({
      phase: "1",
      label: "0-3 months",
      effort: "S",
      status: "in-progress",
      owner: "Cloud Infra Ltd",
      due: "2026-03-31",
      responsible: ["infra-provider", "operations-teams"],
      accountable: "program-owner",
    });
    const ownerUuid = propValue(first!.props, "owner-party-uuid");
    expect(poam.metadata.parties?.find((p) => p.uuid === ownerUuid)?.name).toBe("Cloud Infra Ltd");
    expect(first!.links?.map((l) => l.href.split("#")[1])).toEqual(["ac-2", "ac-2.1"]);
    expect(propValues(first!.props, "control-id")).toEqual(["ac-2", "ac-2.1", "A.5.15", "PR.AA-05"]);
    expect(first!.remarks).toBe("Due 2026-03-31.\n\nNotes:\nWaiting for the new VPN.");
    // NET-2.1 maps to the family PT too: not a control, so no link.
    expect(second!.links?.map((l) => l.href.split("#")[1])).toEqual(["si-4", "si-4.12"]);
    expect(second!["related-observations"]).toBeUndefined();
    expect(propValue(third!.props, "owner")).toBeUndefined();
    expect(third!.remarks).toContain("Marked done, but the answers still show the gap");

    // Each item's risk holds the remediation; a due date is a milestone.
    const risk = poam.risks!.find((r) => r.uuid === first!["related-risks"]![0]!["risk-uuid"])!;
    expect(risk.status).toBe("remediating");
    expect(risk.remediations?.[0]).toMatchObject({
      lifecycle: "planned",
      tasks: [{ type: "milestone", title: "Due 2026-03-31", timing: { "on-date": { date: "2026-03-31T23:59:59Z" } } }],
    });
    const done = poam.risks!.find((r) => r.uuid === third!["related-risks"]![0]!["risk-uuid"])!;
    expect(done.remediations?.[0]?.lifecycle).toBe("completed");
    expect(done.remediations?.[0]?.tasks).toBeUndefined();

    // Risks and observations keep the uuids they have in the assessment results.
    const ar = buildAssessmentResults(input)["assessment-results"].results[0]!;
    expect(poam.risks!.map((r) => r.uuid).sort()).toEqual(ar.risks!.map((r) => r.uuid).sort());
    for (const o of poam.observations!) expect(ar.observations!.map((x) => x.uuid)).toContain(o.uuid);
  });

  it("validates for an empty assessment with one placeholder item", () => {
    const doc = buildPoam(emptyInput());
    expectWellFormed(doc);
    const poam = doc["plan-of-action-and-milestones"];
    expect(poam["poam-items"]).toHaveLength(1);
    expect(propValue(poam["poam-items"][0]!.props, "item-kind")).toBe("placeholder");
    expect(poam["poam-items"][0]!.description).toContain("not been generated");
    expect(poam.risks).toBeUndefined();
    expect(poam.observations).toBeUndefined();

    const generated = buildPoam({
      ...emptyInput(),
      roadmap: { generatedAt: new Date("2026-01-15T00:00:00Z"), items: [] },
    });
    expectWellFormed(generated);
    expect(generated["plan-of-action-and-milestones"]["poam-items"][0]!.description).toContain(
      "no practice up to the target levels is a gap",
    );
  });

  it("validates with long unicode notes, odd names and a due date that is not a date", () => {
    const doc = buildPoam(unicodeInput());
    expectWellFormed(doc);
    const poam = doc["plan-of-action-and-milestones"];
    const [item] = poam["poam-items"];
    expect(item!.remarks).toContain(LONG_UNICODE_NOTE.trim());
    expect(propValue(item!.props, "owner")).toBe("Système Intégrateur");
    // No label for the phase: no empty prop.
    expect(propValue(item!.props, "phase-label")).toBeUndefined();
    const risk = poam.risks![0]!;
    expect(risk.deadline).toBeUndefined();
    expect(risk.remediations?.[0]?.tasks).toBeUndefined();
  });

  it("gives every element the same uuid on every export", () => {
    const first = buildPoam(smallInput());
    expect(buildPoam(smallInput())).toEqual(first);
    expect(definedUuids(buildPoam({ ...smallInput(), generatedAt: "2027-01-01T00:00:00Z" }))).toEqual(
      definedUuids(first),
    );
    // A new program names another system; the same program keeps its system id across assessments.
    const next = buildPoam({ ...smallInput(), assessment: { ...smallInput().assessment, id: "asm_next" } });
    expect(next["plan-of-action-and-milestones"]["system-id"]).toEqual(
      first["plan-of-action-and-milestones"]["system-id"],
    );
    expect(next["plan-of-action-and-milestones"].uuid).not.toBe(first["plan-of-action-and-milestones"].uuid);
  });
});
