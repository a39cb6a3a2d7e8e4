"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAssessmentAction } from "@/lib/assessments/actions";
import { ZCreateAssessmentInput, type TCreateAssessmentInput } from "@/lib/assessments/schema";
import type { TLayerId } from "@/lib/content/schema";

type Props = {
  organisationId: string;
  programId: string;
  hasApproved: boolean;
  layers: Array<{ id: TLayerId; name: string }>;
  levels: Array<{ level: number; name: string }>;
};

// Level 2 (Structured) is the default target: seed 001 puts certification readiness from level 2 or 3.
const DEFAULT_TARGET = 2;

export function StartAssessmentForm({ organisationId, programId, hasApproved, layers, levels }: Readonly<Props>) {
  const t = useTranslations("programs");
  const router = useRouter();
  const form = useForm<TCreateAssessmentInput>({
    resolver: zodResolver(ZCreateAssessmentInput),
    defaultValues: {
      organisationId,
      programId,
      title: `${t("defaultTitle")} ${new Date().toISOString().slice(0, 7)}`,
      targets: Object.fromEntries(layers.map((l) => [l.id, DEFAULT_TARGET])) as TCreateAssessmentInput["targets"],
      startFrom: hasApproved ? "lastApproved" : "blank",
    },
  });
  const { submit, formError } = useActionForm({
    form,
    action: createAssessmentAction,
    onSuccess: ({ id }) => router.push(`/orgs/${organisationId}/assessments/${id}`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("assessmentTitle")} error={errors.title?.message} {...form.register("title")} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("targets")}</legend>
        <p className="mb-2 text-xs text-slate-600">{t("targetsHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {layers.map((layer) => (
            <SelectField key={layer.id} label={layer.name} error={errors.targets?.[layer.id]?.message} {...form.register(`targets.${layer.id}`)}>
              {levels.map((l) => (
                <option key={l.level} value={l.level}>{`${l.level} · ${l.name}`}</option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>
      <SelectField label={t("startFrom")} error={errors.startFrom?.message} {...form.register("startFrom")}>
        <option value="blank">{t("startBlank")}</option>
        {hasApproved ? <option value="lastApproved">{t("startFromApproved")}</option> : null}
      </SelectField>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t("starting") : t("startButton")}</Button>
    </form>
  );
}
