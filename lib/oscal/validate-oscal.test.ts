import { describe, expect, it } from "vitest";
import { smallInput } from "@/tests/support/oscal-fixtures";
import { buildAssessmentResults } from "./build-assessment-results";
import { buildPoam } from "./build-poam";
import { OscalValidationError, assertValidOscal, validateOscal } from "./validate-oscal";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("OSCAL schema validation", () => {
  it("rejects a broken document with one readable line per problem", () => {
    const doc = clone(buildAssessmentResults(smallInput())) as unknown as {
      "assessment-results": Record<string, unknown> & {
        metadata: Record<string, unknown> & { props: Array<Record<string, unknown>> };
        results: Array<Record<string, unknown> & { observations: Array<Record<string, unknown>> }>;
      };
    };
    const ar = doc["assessment-results"];
    const result = ar.results[0]!;
    delete result.uuid;
    result.observations[0]!.uuid = "not-a-uuid";
    result.observations[0]!.methods = [];
    result.start = "2026-01-05 09:00";
    ar.metadata.props[0]!.value = "two\nlines";
    ar.metadata["oscal-version"] = " 1.0.6";
    ar.extra = true;
    (result["reviewed-controls"] as { "control-selections": Array<Record<string, unknown>> })["control-selections"] = [
      { "include-controls": [{ "control-id": "AC 2" }] },
    ];

    const outcome = validateOscal("assessment-results", doc);
    expect(outcome.valid).toBe(false);
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        '/assessment-results: unknown property "extra"',
        '/assessment-results/results/0: missing required property "uuid"',
        '/assessment-results/results/0/observations/0/uuid: must be a valid UUIDDatatype (got "not-a-uuid")',
        "/assessment-results/results/0/observations/0/methods: must NOT have fewer than 1 items",
        '/assessment-results/results/0/start: must be a valid DateTimeWithTimezoneDatatype (got "2026-01-05 09:00")',
        '/assessment-results/metadata/props/0/value: must be a valid StringDatatype (got "two\\nlines")',
        '/assessment-results/metadata/oscal-version: must be a valid StringDatatype (got " 1.0.6")',
        '/assessment-results/results/0/reviewed-controls/control-selections/0/include-controls/0/control-id: must be a valid TokenDatatype (got "AC 2")',
      ]),
    );
    // No bare "must match a schema in anyOf" when a branch already says what is wrong.
    expect(outcome.errors.some((e) => e.endsWith("must match a schema in anyOf"))).toBe(false);
    expect(() => assertValidOscal("assessment-results", doc)).toThrow(OscalValidationError);
    try {
      assertValidOscal("assessment-results", doc);
    } catch (error) {
      expect((error as OscalValidationError).errors).toEqual(outcome.errors);
      expect((error as Error).message).toContain('missing required property "uuid"');
    }
  });

  it("rejects a document of the other model and anything that is not a document", () => {
    const poam = buildPoam(smallInput());
    expect(validateOscal("assessment-results", poam).errors).toEqual([
      '(document): missing required property "assessment-results"',
      '(document): unknown property "plan-of-action-and-milestones"',
    ]);
    expect(validateOscal("poam", null).valid).toBe(false);
    expect(() => assertValidOscal("poam", poam)).not.toThrow();
  });

  it("reads OSCAL tokens as Unicode (\\p{L}), and checks uuid versions and URI formats", () => {
    const base = buildAssessmentResults(smallInput());
    const withRole = (id: string) => {
      const doc = clone(base);
      doc["assessment-results"].metadata.roles = [{ id, title: "Role" }];
      doc["assessment-results"].metadata["responsible-parties"] = undefined;
      return validateOscal("assessment-results", JSON.parse(JSON.stringify(doc))).valid;
    };
    expect(withRole("évaluateur")).toBe(true);
    expect(withRole("ac-2.1")).toBe(true);
    expect(withRole("1st")).toBe(false);
    expect(withRole("p{L}")).toBe(false);

    const doc = clone(base);
    // A version 1 (time-based) uuid is not an OSCAL uuid.
    doc["assessment-results"].uuid = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
    doc["assessment-results"]["import-ap"].href = "http://exa mple.org/";
    expect(validateOscal("assessment-results", doc).errors).toEqual([
      '/assessment-results/uuid: must be a valid UUIDDatatype (got "6ba7b811-9dad-11d1-80b4-00c04fd430c8")',
      '/assessment-results/import-ap/href: must be a valid URIReferenceDatatype (got "http://exa mple.org/")',
    ]);
  });

  it("caps the list of errors", () => {
    const doc = clone(buildAssessmentResults(smallInput()));
    for (const finding of doc["assessment-results"].results[0]!.findings!) {
      finding.uuid = "x";
      finding.title = 1 as unknown as string;
      finding.description = 2 as unknown as string;
      for (const prop of finding.props!) prop.value = "";
    }
    const errors = validateOscal("assessment-results", doc).errors;
    expect(errors).toHaveLength(26);
    expect(errors[25]).toMatch(/^\.\.\. and \d+ more$/);
  });
});
