"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";

type Option = { id: string; name: string };

// Switching organisation is navigation: the organisation lives in the URL, never in hidden state.
export function OrgSwitcher({ organisations, currentId }: Readonly<{ organisations: Option[]; currentId?: string }>) {
  const t = useTranslations("nav");
  const router = useRouter();
  const id = useId();
  if (organisations.length === 0) return null;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700">
        {t("switchOrganisation")}
      </label>
      <select
        id={id}
        value={currentId ?? ""}
        onChange={(event) => router.push(event.target.value ? `/orgs/${event.target.value}` : "/orgs")}
        className="max-w-56 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm"
      >
        {currentId ? null : <option value="">{t("allOrganisations")}</option>}
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
