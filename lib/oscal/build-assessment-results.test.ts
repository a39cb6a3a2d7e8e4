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
import type { OscalProp } from "./types";
import { validateOscal } from "./validate-oscal";

const propValue = (props: OscalProp[] | undefined, name: string, cls?: string) =>
  props?.find((p) => p.name === name && (cls === undefined || p.class === cls))?.value;
const propValues = (props: OscalProp[] | undefined, name: string, cls?: string) =>
  (props ?? []).filter((p) => p.name === name && (cls === undefined || p.class === cls)).map((p) => p.value);

function expectWellFormed(document: unknown) {
  expect(validateOscal("assessment-results", document)).toEqual({ valid: true, errors: [] });
  const uuids = definedUuids(document);
  expect(new Set(uuids).size).toBe(uuids.length);
  const defined = new Set(uuids);
  for (const ref of referencedUuids(document)) expect(defined.has(ref), ref).toBe(true);
}

describe("OSCAL assessment results", () => {
  it("validates for a small assessment and says what was found", () => {
    const doc = buildAssessmentResults(smallInput());
    expectWellFormed(doc);
    const ar = doc["assessment-results"];

    expect(ar.metadata).toMatchObject({
      title: "Assessment results: Property tax on DIGIT – Baseline 2026",
      version: "2026.11.0",
      "oscal-version": "1.0.6",
      published: "2026-02-01T12:00:00.000Z",
      // The latest change: the roadmap item edited on 25 January.
      "last-modified": "2026-01-25T00:00:00.000Z",
    });
    expect(propValue(ar.metadata.props, "verification-code")).toBe("LW-7K3M-9QX2");
    expect(propValue(ar.metadata.props, "assessment-status")).toBe("draft");
    expect(ar.metadata.parties?.map((p) => p.name)).toEqual(["Revenue Department", "Cloud Infra Ltd", "Ops Co"]);
    const [org, infra, ops] = ar.metadata.parties!.map((p) => p.uuid);
    expect(ar.metadata["responsible-parties"]).toEqual([
      { "role-id": "prepared-for", "party-uuids": [org] },
      { "role-id": "infra-provider", "party-uuids": [infra, ops] },
      { "role-id": "operations-teams", "party-uuids": [ops] },
    ]);
    expect(ar.metadata.roles?.map((r) => r.id)).toEqual(["prepared-for", "infra-provider", "operations-teams"]);

    // import-ap names the back-matter resource that describes the questionnaire.
    const plan = ar["back-matter"]?.resources?.find((r) => `#${r.uuid}` === ar["import-ap"].href);
    expect(plan?.title).toContain("content version 2026.11.0");

    const [result] = ar.results;
    expect(result).toMatchObject({
      title: "Baseline 2026",
      start: "2026-01-05T09:00:00.000Z",
      end: "2026-02-01T12:00:00.000Z",
    });
    expect(propValue(result!.props, "overall-level")).toBe("0");
    expect(propValue(result!.props, "current-level", "identity")).toBe("1");
    expect(propValue(result!.props, "target-level", "network")).toBe("2");
    expect(result!["reviewed-controls"]["control-selections"]).toEqual([
      {
        "include-controls": [
          "ac-2",
          "ac-2.1",
          "au-6",
          "ia-2",
          "ia-2.1",
          "ia-5",
          "sc-7",
          "sc-7.5",
          "si-4",
          "si-4.12",
        ].map((id) => ({ "control-id": id })),
      },
    ]);

    // An observation per answered practice, in model order; evidence makes it EXAMINE as well.
    const observations = result!.observations!;
    expect(observations.map((o) => propValue(o.props, "practice-id"))).toEqual([
      "NET-1.1",
      "NET-1.2",
      "NET-3.1",
      "IDN-1.1",
      "IDN-2.1",
    ]);
    expect(observations[0]).toMatchObject({ methods: ["EXAMINE", "INTERVIEW"], collected: "2026-01-10T08:00:00.000Z" });
    expect(observations[0]!.description).toContain("Answer: Fully implemented.");
    expect(observations[0]!.description).toContain("Firewalls at every zone edge.");
    expect(observations[0]!["relevant-evidence"]).toEqual([
      expect.objectContaining({ href: "https://wiki.example.org/fw%20policy", description: "Firewall policy" }),
      expect.objectContaining({ description: "rules.pdf" }),
    ]);
    expect(observations[1]!.methods).toEqual(["INTERVIEW"]);

    // A finding per applicable practice that is not met, unanswered included.
    const findings = result!.findings!;
    expect(findings.map((f) => f.target["target-id"])).toEqual(["NET-1.2", "NET-2.1", "NET-3.1", "IDN-2.1"]);
    for (const f of findings)
      expect(f.target).toMatchObject({ type: "objective-id", status: { state: "not-satisfied" } });
    const net12 = findings[0]!;
    expect(net12.target.status.reason).toBe("fail");
    expect(propValue(net12.props, "layer", "network")).toBe("Network");
    expect(propValue(net12.props, "level")).toBe("1");
    expect(propValue(net12.props, "risk-weight")).toBe("4");
    expect(propValues(net12.props, "control-id", "sp800-53")).toEqual(["ac-2", "ac-2.1"]);
    expect(propValues(net12.props, "control-id", "iso27001")).toEqual(["A.5.15"]);
    expect(propValues(net12.props, "control-id", "csf")).toEqual(["PR.AA-05"]);
    expect(net12.links?.map((l) => l.href.split("#")[1])).toEqual(["ac-2", "ac-2.1"]);
    const net21 = findings[1]!;
    expect(net21.target.status.reason).toBe("other");
    expect(net21["related-observations"]).toBeUndefined();
    // Above the target: a finding, but no risk.
    const net31 = findings[2]!;
    expect(propValue(net31.props, "within-target")).toBe("false");
    expect(net31["related-risks"]).toBeUndefined();

    // A risk per gap, in roadmap order (level, then risk weight), with the roadmap's progress.
    const risks = result!.risks!;
    expect(risks.map((r) => propValue(r.props, "practice-id"))).toEqual(["NET-1.2", "IDN-2.1", "NET-2.1"]);
    expect(risks.map((r) => r.status)).toEqual(["remediating", "investigating", "open"]);
    expect(risks.map((r) => propValue(r.props, "risk-weight"))).toEqual(["4", "4", "3"]);
    expect(risks[0]!.deadline).toBe("2026-03-31T23:59:59Z");
    expect(net12["related-risks"]).toEqual([{ "risk-uuid": risks[0]!.uuid }]);
    expect(result!.remarks).toContain("a draft");
  });

  it("validates for an empty assessment: every applicable practice is an unanswered finding", () => {
    const doc = buildAssessmentResults(emptyInput());
    expectWellFormed(doc);
    const ar = doc["assessment-results"];
    const [result] = ar.results;
    expect(result!.observations).toBeUndefined();
    expect(result!.findings).toHaveLength(6);
    expect(result!.findings!.every((f) => f.target.status.reason === "other")).toBe(true);
    expect(result!.risks?.map((r) => r.title.split(" ")[0])).toEqual([
      "NET-1.1",
      "IDN-1.1",
      "NET-1.2",
      "IDN-2.1",
      "NET-2.1",
    ]);
    expect(result!.risks!.every((r) => r.status === "open" && r.remediations === undefined)).toBe(true);
    expect(ar.metadata.parties).toHaveLength(1);
    expect(ar.metadata["last-modified"]).toBe("2026-01-20T10:00:00.000Z");
    expect(propValue(ar.metadata.props, "verification-code")).toBeUndefined();
  });

  it("validates with N/A answers, long unicode notes, odd names and an approval", () => {
    const input = unicodeInput();
    const doc = buildAssessmentResults(input);
    expectWellFormed(doc);
    const ar = doc["assessment-results"];
    const [result] = ar.results;

    // N/A practices: observed, never a finding, and their controls are not reviewed.
    expect(result!.findings!.map((f) => f.target["target-id"])).toEqual(["NET-2.1", "NET-3.1", "IDN-2.1"]);
    const controls = result!["reviewed-controls"]["control-selections"][0]!["include-controls"]!.map(
      (c) => c["control-id"],
    );
    expect(controls).toEqual(["ac-2", "ac-2.1", "au-6", "ia-5", "si-4", "si-4.12"]);
    const na = result!.observations!.find((o) => propValue(o.props, "practice-id") === "NET-1.1")!;
    expect(na.description).toContain("Answer: Not applicable.");
    expect(na.description).toContain("Why not applicable:\nAucun réseau propre : hébergé chez le fournisseur. 🌐");
    expect(na.description).toContain(LONG_UNICODE_NOTE.trim());
    const reconfirm = result!.observations!.find((o) => propValue(o.props, "practice-id") === "IDN-1.1")!;
    expect(propValue(reconfirm.props, "needs-reconfirmation")).toBe("true");
    // A javascript: URL is never an href.
    const largely = result!.observations!.find((o) => propValue(o.props, "practice-id") === "NET-1.2")!;
    expect(largely["relevant-evidence"]).toEqual([expect.not.objectContaining({ href: expect.anything() })]);

    // Names are folded to one line (OSCAL strings); a blank name is left out.
    expect(ar.metadata.parties?.map((p) => p.name)).toEqual([
      "Ministère de l’Économie numérique",
      "Système Intégrateur",
      undefined,
      "Zoë O’Brien",
    ]);
    expect(ar.metadata.parties?.[3]?.type).toBe("person");
    expect(ar.metadata.roles?.map((r) => r.id)).toContain("content-approver");
    expect(result!.end).toBe("2026-01-22T10:00:00.000Z");
    expect(result!.attestations?.[0]?.parts[0]?.prose).toBe("Approved by Zoë O’Brien on 2026-01-22.");
    expect(result!.remarks).toBeUndefined();
    // The impossible due date is not turned into a deadline.
    expect(result!.risks!.find((r) => r.title.startsWith("NET-2.1"))!.deadline).toBeUndefined();
  });

  it("gives every element the same uuid on every export, and different ones per assessment", () => {
    const first = buildAssessmentResults(smallInput());
    const later = buildAssessmentResults({
      ...smallInput(),
      generatedAt: new Date("2026-05-01T00:00:00Z"),
      verificationCode: "OTHER",
    });
    expect(buildAssessmentResults(smallInput())).toEqual(first);
    expect(definedUuids(later)).toEqual(definedUuids(first));
    const other = buildAssessmentResults({
      ...smallInput(),
      assessment: { ...smallInput().assessment, id: "asm_other" },
    });
    const shared = definedUuids(other).filter((u) => definedUuids(first).includes(u));
    // Only the organisation (per organisation) and the catalog resource (global) are shared.
    expect(shared).toHaveLength(2);
  });
});
