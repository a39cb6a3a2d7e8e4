import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { AuditPage } from "@/lib/audit/queries";

const CONTROL = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

// A plain GET form: the filters live in the URL, so a view can be bookmarked and shared.
export async function AuditFilterForm({ organisationId, page }: Readonly<{ organisationId: string; page: AuditPage }>) {
  const t = await getTranslations("audit");
  const messages = await getTranslations();
  const errorOf = (field: string) =>
    page.fieldErrors[field]?.map((key) => (messages.has(key as never) ? messages(key as never) : key)).join(" ");
  const field = (name: "actor" | "action" | "target" | "from" | "to") => {
    const error = errorOf(name);
    return {
      id: `audit-${name}`,
      name,
      defaultValue: page.query[name],
      className: CONTROL,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `audit-${name}-error` : undefined,
    };
  };
  const fieldError = (name: string) => {
    const error = errorOf(name);
    return error ? <p id={`audit-${name}-error`} className="mt-1 text-xs text-red-800">{error}</p> : null;
  };
  const path = `/orgs/${organisationId}/settings/audit`;
  return (
    <form method="get" action={path} role="search" aria-label={t("filterLabel")}>
      <div className="grid gap-4 md:grid-cols-5">
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium">{t("actor")}</label>
          <select {...field("actor")}>
            <option value="">{t("any")}</option>
            {page.actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
          {fieldError("actor")}
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">{t("action")}</label>
          <select {...field("action")}>
            <option value="">{t("any")}</option>
            {AUDIT_ACTIONS.map((action) => <option key={action} value={action}>{t(`actions.${action}`)}</option>)}
          </select>
          {fieldError("action")}
        </div>
        <div>
          <label htmlFor="audit-target" className="block text-sm font-medium">{t("target")}</label>
          <input {...field("target")} aria-describedby={errorOf("target") ? "audit-target-error" : "audit-target-hint"} />
          <p id="audit-target-hint" className="mt-1 text-xs text-slate-600">{t("targetHint")}</p>
          {fieldError("target")}
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium">{t("from")}</label>
          <input type="date" {...field("from")} />
          {fieldError("from")}
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium">{t("to")}</label>
          <input type="date" {...field("to")} />
          {fieldError("to")}
        </div>
      </div>
      {fieldError("page")}
      <div className="mt-4 flex gap-3">
        <button type="submit" className={buttonClasses("primary")}>{t("apply")}</button>
        <Link href={path} className={buttonClasses("secondary")}>{t("clear")}</Link>
      </div>
    </form>
  );
}
