import type { OscalExportInput, OscalPracticeInput } from "@/lib/oscal/types";

// Hand-made inputs for the OSCAL builders (lib/oscal), small enough to check by hand.

const practice = (
  id: string,
  overrides: Partial<OscalPracticeInput> & Pick<OscalPracticeInput, "layerId" | "level">,
): OscalPracticeInput => ({
  id,
  title: `Title of ${id}`,
  question: `Is ${id} in place?`,
  risk: 3,
  effort: "M",
  evidence: [`Evidence for ${id}`],
  mappings: { iso27001: [], csf: [], sp80053: [] },
  ...overrides,
});

export const OSCAL_PRACTICES: OscalPracticeInput[] = [
  practice("NET-1.1", {
    layerId: "network",
    level: 1,
    risk: 5,
    mappings: { iso27001: ["A.8.20"], csf: ["PR.IR-01"], sp80053: ["SC-7", "SC-7(5)"] },
  }),
  practice("NET-1.2", {
    layerId: "network",
    level: 1,
    risk: 4,
    effort: "S",
    mappings: { iso27001: ["A.5.15"], csf: ["PR.AA-05"], sp80053: ["AC-2", "AC-2(1)"] },
  }),
  practice("NET-2.1", {
    layerId: "network",
    level: 2,
    risk: 3,
    effort: "L",
    mappings: { iso27001: ["A.8.16"], csf: ["DE.CM-01"], sp80053: ["SI-4", "SI-4(12)", "PT"] },
  }),
  practice("NET-3.1", {
    layerId: "network",
    level: 3,
    risk: 2,
    mappings: { iso27001: [], csf: [], sp80053: ["AU-6"] },
  }),
  practice("IDN-1.1", {
    layerId: "identity",
    level: 1,
    risk: 5,
    mappings: { iso27001: ["A.5.17"], csf: ["PR.AA-01"], sp80053: ["IA-2", "IA-2(1)"] },
  }),
  practice("IDN-2.1", {
    layerId: "identity",
    level: 2,
    risk: 4,
    mappings: { iso27001: ["A.8.5"], csf: ["PR.AA-03"], sp80053: ["IA-5"] },
  }),
];

const BASE: OscalExportInput = {
  assessment: {
    id: "asm_small",
    title: "Baseline 2026",
    status: "DRAFT",
    contentVersion: "2026.11.0",
    createdAt: new Date("2026-01-05T09:00:00Z"),
    updatedAt: new Date("2026-01-20T10:00:00Z"),
    approvedAt: null,
    approvedBy: null,
  },
  organisation: { id: "org_1", name: "Revenue Department" },
  program: { id: "prg_1", name: "Property tax on DIGIT", platform: "DIGIT" },
  layers: [
    { id: "network", name: "Network", level: 0, target: 2 },
    { id: "identity", name: "Identity", level: 1, target: 2 },
  ],
  overallLevel: 0,
  actors: [
    { id: "infra-provider", name: "Infra Provider" },
    { id: "operations-teams", name: "Operations Teams" },
    { id: "program-owner", name: "Program Owner" },
  ],
  parties: [
    { id: "pty_infra", name: "Cloud Infra Ltd", actors: ["infra-provider"] },
    { id: "pty_ops", name: "Ops Co", actors: ["operations-teams", "infra-provider"] },
  ],
  practices: OSCAL_PRACTICES,
  answers: [],
  roadmap: { generatedAt: null, items: [] },
  generatedAt: new Date("2026-02-01T12:00:00Z"),
};

// Network at level 0 (NET-1.2 partly done), identity at level 1; targets 2. Gaps: NET-1.2, NET-2.1
// (unanswered), IDN-2.1. NET-3.1 is above target: a finding, not a gap. IDN-1.1 is Fully.
export function smallInput(): OscalExportInput {
  return {
    ...BASE,
    answers: [
      {
        practiceId: "NET-1.1",
        value: "FULLY",
        notes: "Firewalls at every zone edge.",
        updatedAt: new Date("2026-01-10T08:00:00Z"),
        evidence: [
          { kind: "LINK", description: "Firewall policy", url: "https://wiki.example.org/fw policy" },
          {
            kind: "FILE",
            description: "",
            fileName: "rules.pdf",
            mimeType: "application/pdf",
            sha256: "ab".repeat(32),
          },
        ],
      },
      { practiceId: "NET-1.2", value: "PARTIALLY", notes: null, updatedAt: new Date("2026-01-11T08:00:00Z") },
      { practiceId: "IDN-1.1", value: "FULLY", updatedAt: new Date("2026-01-12T08:00:00Z") },
      { practiceId: "IDN-2.1", value: "NOT_IMPLEMENTED", updatedAt: new Date("2026-01-13T08:00:00Z") },
      { practiceId: "NET-3.1", value: "PARTIALLY", updatedAt: "2026-01-14T08:00:00.000Z" },
    ],
    roadmap: {
      generatedAt: new Date("2026-01-15T00:00:00Z"),
      items: [
        {
          practiceId: "NET-1.2",
          phase: 1,
          phaseLabel: "0-3 months",
          position: 1,
          status: "IN_PROGRESS",
          ownerPartyId: "pty_infra",
          dueDate: "2026-03-31",
          notes: "Waiting for the new VPN.",
          responsible: ["infra-provider", "operations-teams"],
          accountable: "program-owner",
          updatedAt: new Date("2026-01-25T00:00:00Z"),
        },
        {
          practiceId: "IDN-2.1",
          phase: 2,
          phaseLabel: "3-6 months",
          position: 3,
          status: "DONE",
          ownerPartyId: null,
          dueDate: null,
          responsible: [],
          accountable: null,
        },
        {
          practiceId: "NET-2.1",
          phase: 2,
          phaseLabel: "3-6 months",
          position: 2,
          status: "OPEN",
          ownerPartyId: "pty_ops",
          dueDate: "2026-06-30",
          responsible: ["operations-teams"],
          accountable: "program-owner",
        },
      ],
    },
    verificationCode: "LW-7K3M-9QX2",
  };
}

// Nothing answered, no roadmap, no parties.
export function emptyInput(): OscalExportInput {
  return { ...BASE, assessment: { ...BASE.assessment, id: "asm_empty" }, parties: [], answers: [] };
}

export const LONG_UNICODE_NOTE = [
  "Ünïcödé notes — «guillemets», 日本語のメモ, עברית, emoji 🔐🛡️ and a zero-width joiner 👩‍💻.",
  "",
  "  Indented line with trailing spaces   ",
  'Tabs\tand\r\nCRLF line ends; markdown *stars* and <angle> & ampersands; "quotes"; \u2028 line separator.',
  "x".repeat(20_000),
].join("\n");

// N/A answers with justifications, long unicode notes, an approved assessment, odd names and a due
// date that is not a calendar date.
export function unicodeInput(): OscalExportInput {
  return {
    ...BASE,
    assessment: {
      ...BASE.assessment,
      id: "asm_unicode",
      status: "APPROVED",
      approvedAt: new Date("2026-01-22T10:00:00Z"),
      approvedBy: { id: "usr_reviewer", name: "  Zoë   O’Brien\n" },
    },
    organisation: { id: "org_2", name: "Ministère de l’Économie\tnumérique " },
    parties: [
      { id: "pty_si", name: "  Système\nIntégrateur  ", actors: ["infra-provider"] },
      { id: "pty_blank", name: "   ", actors: [] },
    ],
    answers: [
      {
        practiceId: "NET-1.1",
        value: "NOT_APPLICABLE",
        justification: "Aucun réseau propre : hébergé chez le fournisseur. 🌐",
        notes: LONG_UNICODE_NOTE,
        updatedAt: new Date("2026-01-10T08:00:00Z"),
      },
      {
        practiceId: "IDN-1.1",
        value: "NOT_APPLICABLE",
        justification: "No identities of our own.\nAll via the national ID.",
        updatedAt: new Date("2026-01-10T09:00:00Z"),
        needsReconfirmation: true,
      },
      {
        practiceId: "NET-1.2",
        value: "LARGELY",
        notes: LONG_UNICODE_NOTE,
        updatedAt: new Date("2026-01-10T10:00:00Z"),
        evidence: [{ kind: "LINK", description: "Not a URL", url: "javascript:alert(1)" }],
      },
    ],
    roadmap: {
      generatedAt: new Date("2026-01-15T00:00:00Z"),
      items: [
        {
          practiceId: "NET-2.1",
          phase: 1,
          phaseLabel: "",
          position: 1,
          status: "OPEN",
          ownerPartyId: "pty_si",
          dueDate: "2026-02-30",
          notes: LONG_UNICODE_NOTE,
          responsible: ["infra-provider"],
          accountable: null,
        },
      ],
    },
  };
}

// Every `uuid` that an OSCAL document defines, in document order (duplicates kept).
export function definedUuids(document: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key === "uuid" && typeof child === "string") out.push(child);
        else walk(child);
      }
    }
  };
  walk(document);
  return out;
}

// Every uuid that a document refers to: *-uuid(s) fields and `#<uuid>` hrefs.
export function referencedUuids(document: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === "object") for (const [k, child] of Object.entries(value)) walk(child, k);
    else if (typeof value === "string" && key) {
      if (key !== "uuid" && /-uuids?$/.test(key)) out.push(value);
      if (key === "href" && value.startsWith("#")) out.push(value.slice(1));
    }
  };
  walk(document);
  return out;
}
