"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createProgramAction } from "@/lib/programs/actions";
import { ZCreateProgramInput, type TCreateProgramInput } from "@/lib/programs/schema";

export function CreateProgramForm({ organisationId }: Readonly<{ organisationId: string }>) {
  const t = useTranslations("programs");
  const router = useRouter();
  const form = useForm<TCreateProgramInput>({
    resolver: zodResolver(ZCreateProgramInput),
    defaultValues: { organisationId, name: "", platform: "", description: "" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: createProgramAction,
    onSuccess: ({ id }) => router.push(`/orgs/${organisationId}/programs/${id}`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-2">
      {formError ? <div className="md:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      <InputField label={t("name")} hint={t("nameHint")} error={errors.name?.message} {...form.register("name")} />
      <InputField label={t("platform")} hint={t("platformHint")} list="known-platforms" error={errors.platform?.message} {...form.register("platform")} />
      <datalist id="known-platforms">
        {["DIGIT", "MOSIP", "DIVOC", "Sunbird", "X-Road", "Mojaloop"].map((p) => <option key={p} value={p} />)}
      </datalist>
      <div className="md:col-span-2">
        <InputField label={t("descriptionLabel")} error={errors.description?.message} {...form.register("description")} />
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t("creating") : t("createButton")}</Button>
      </div>
    </form>
  );
}
