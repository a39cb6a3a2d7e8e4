"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { ZCreateOrganisationInput, type TCreateOrganisationInput } from "@/lib/organisations/schema";

export function CreateOrganisationForm() {
  const t = useTranslations("orgs");
  const router = useRouter();
  const form = useForm<TCreateOrganisationInput>({ resolver: zodResolver(ZCreateOrganisationInput), defaultValues: { name: "" } });
  const { submit, formError } = useActionForm({
    form,
    action: createOrganisationAction,
    onSuccess: ({ id }) => router.push(`/orgs/${id}`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("name")} error={errors.name?.message} {...form.register("name")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("creating") : t("createButton")}
      </Button>
    </form>
  );
}
