"use client";
import { useTranslations } from "next-intl";

// The roadmap and team-plan schemas use full catalog keys ("roadmap.validation.notesTooLong"), so
// they never collide with the generic `validation` keys. Anything else (already translated text
// from the server) is shown as it is.
export function useMessageText(): (message: string | undefined) => string | undefined {
  const t = useTranslations();
  return (message) => (message && t.has(message) ? t(message) : message);
}
