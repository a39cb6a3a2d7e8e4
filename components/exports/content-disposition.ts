// The file name a download response names in its Content-Disposition header: the RFC 6266 / 5987
// `filename*=UTF-8''…` form first, then the plain `filename="…"`. Null when there is none. Pure.
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()));
    } catch {
      // A malformed percent-encoding: fall back to the plain form.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header) ?? /filename\s*=\s*([^;]+)/i.exec(header);
  return plain?.[1] ? safeName(plain[1].trim()) : null;
}

// No directory parts: a name is only ever a name.
function safeName(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return base === "" || base === "." || base === ".." ? null : base;
}
