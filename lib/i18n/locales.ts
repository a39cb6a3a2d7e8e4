// English first; French and Spanish catalogs are added as they are translated.
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

function isLocale(value: string | undefined): value is Locale {
  return LOCALES.includes(value as Locale);
}

export function pickLocale(options: { cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(options.cookie)) return options.cookie;
  for (const part of options.acceptLanguage?.split(",") ?? []) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
