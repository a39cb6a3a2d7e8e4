import "server-only";
import { createTranslator } from "next-intl";
import messages from "@/content/messages/en.json";

// The API speaks English whatever the caller's browser says: clients are scripts, and one language
// keeps their logs comparable. The catalog is still the one source of the wording.
// Keys arrive at run time (AppError.messageKey), so the catalog is typed loosely; nested keys such
// as "invitation.expired" still resolve.
type LooseCatalog = Record<string, Record<string, string>>;
const catalog = messages as unknown as LooseCatalog;

export const apiErrorText = createTranslator({ locale: "en", messages: catalog, namespace: "errors" });
const validationText = createTranslator({ locale: "en", messages: catalog, namespace: "validation" });

// Field errors carry catalog keys (from the shared zod schemas) or, for zod's own checks, text.
export function apiFieldErrorText(keyOrText: string): string {
  return validationText.has(keyOrText) ? validationText(keyOrText) : keyOrText;
}
