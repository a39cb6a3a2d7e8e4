// SP 800-53 rev5 ids as OSCAL writes them: lowercase family, base number, and the enhancement
// number after a dot, with no zero padding: AC-2 -> ac-2, AC-2(1) -> ac-2.1, SI-4(12) -> si-4.12.
// Layerwise content writes `AC-2(1)`; NIST's spreadsheets write `AC-02(01)`; both are accepted.
// Anything else (a whole family such as "PT", a malformed id) is not a control: null.

const SP80053_ID = /^([A-Za-z]{2})-0*([1-9]\d*)(?:\(0*([1-9]\d*)\))?$/;

export function toOscalControlId(id: string): string | null {
  const match = SP80053_ID.exec(id.trim());
  if (!match) return null;
  const [, family, base, enhancement] = match;
  return `${family!.toLowerCase()}-${base}${enhancement ? `.${enhancement}` : ""}`;
}

// Family, then base number, then enhancement (the base control before its enhancements), numerically.
export function compareOscalControlIds(a: string, b: string): number {
  const parse = (id: string) => {
    const [family = "", rest = ""] = id.split("-");
    const [base = "0", enhancement = "0"] = rest.split(".");
    return { family, base: Number(base), enhancement: Number(enhancement) };
  };
  const x = parse(a);
  const y = parse(b);
  return (x.family < y.family ? -1 : x.family > y.family ? 1 : 0) || x.base - y.base || x.enhancement - y.enhancement;
}

// Distinct OSCAL ids of the given SP 800-53 ids, in catalog order; ids that are not controls are dropped.
export function toOscalControlIds(ids: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const converted = toOscalControlId(id);
    if (converted) out.add(converted);
  }
  return [...out].sort(compareOscalControlIds);
}
