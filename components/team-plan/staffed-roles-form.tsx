"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useMessageText } from "@/components/roadmap/use-message-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setStaffedRolesAction } from "@/lib/team-plan/actions";
import { ZSetStaffedRolesInput, type TSetStaffedRolesInput } from "@/lib/team-plan/schema";

export function StaffedRolesForm({
  assessmentId,
  roles,
}: Readonly<{
  assessmentId: string;
  roles: ReadonlyArray<{ id: string; name: string; level: number; staffed: boolean }>;
}>) {
  const t = useTranslations("teamPlan");
  const text = useMessageText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<TSetStaffedRolesInput>({
    resolver: zodResolver(ZSetStaffedRolesInput),
    defaultValues: { assessmentId, staffedRoles: roles.filter((r) => r.staffed).map((r) => r.id) },
  });
  const { submit, formError } = useActionForm({
    form,
    action: setStaffedRolesAction,
    onSuccess: (_data, values) => {
      form.reset(values);
      setSaved(true);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const error = text(errors.staffedRoles?.message ?? errors.staffedRoles?.root?.message);

  return (
    <form method="post" onSubmit={submit} onChange={() => setSaved(false)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="space-y-2" aria-describedby={error ? "staffed-roles-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("formLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={role.id} className="mt-1" {...form.register("staffedRoles")} />
              <span>{t("roleOption", { name: role.name, level: role.level })}</span>
            </label>
          ))}
        </div>
        {error ? (
          <p id="staffed-roles-error" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
