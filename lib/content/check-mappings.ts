import { MAPPED_STANDARD_LABELS, type TMappings } from "@/lib/content/schema";
import type { TStandards } from "@/lib/content/standards";

const { iso27001: ISO, csf: CSF, sp80053: SP } = MAPPED_STANDARD_LABELS;

function checkIso(id: string, standards: TStandards): string | undefined {
  if (standards.isoAnnexA.has(id)) return undefined;
  if (standards.isoClauses.has(id)) {
    return `${ISO} id ${id} is a clause, not an Annex A control; clauses belong in isms.yaml`;
  }
  return `${ISO} id ${id} does not exist`;
}

function checkCsf(id: string, standards: TStandards): string | undefined {
  if (standards.csfSubcategories.has(id)) return undefined;
  const type = standards.csfNonSubcategories.get(id);
  if (type) return `${CSF} id ${id} is a ${type}, not a subcategory; map to one of its subcategories`;
  return `${CSF} id ${id} does not exist`;
}

function checkSp80053(id: string, standards: TStandards): string | undefined {
  if (standards.sp80053.has(id)) return undefined;
  const incorporatedInto = standards.sp80053Withdrawn.get(id);
  if (incorporatedInto) {
    const into = incorporatedInto.length > 0 ? ` (incorporated into ${incorporatedInto.join(", ")})` : "";
    return `${SP} id ${id} is withdrawn${into}`;
  }
  return `${SP} id ${id} does not exist`;
}

/** One message per mapped id that the standards data does not accept. */
export function checkMappings(options: { mappings: TMappings; standards: TStandards }): string[] {
  const { mappings, standards } = options;
  return [
    ...mappings.iso27001.map((id) => checkIso(id, standards)),
    ...mappings.csf.map((id) => checkCsf(id, standards)),
    ...mappings.sp80053.map((id) => checkSp80053(id, standards)),
  ].filter((message) => message !== undefined);
}
