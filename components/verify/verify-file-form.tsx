"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import type { VerificationResult } from "@/lib/signing/verify-export";
import { VerificationResultPanel } from "./verification-result";

type State =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "done"; result: VerificationResult }
  | { status: "failed"; message: string };

// The file is sent to /api/verify and checked there; the page keeps nothing.
export function VerifyFileForm({ maxMb }: Readonly<{ maxMb: number }>) {
  const t = useTranslations("verify");
  const [state, setState] = useState<State>({ status: "idle" });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
      setState({ status: "failed", message: t("fileRequired") });
      return;
    }
    setState({ status: "checking" });
    try {
      const response = await fetch("/api/verify", { method: "POST", body: form });
      const body = (await response.json()) as VerificationResult & { error?: { message?: string } };
      setState(
        response.ok
          ? { status: "done", result: body }
          : { status: "failed", message: body.error?.message ?? t("requestFailed") },
      );
    } catch {
      setState({ status: "failed", message: t("requestFailed") });
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
      <InputField
        type="file"
        name="file"
        label={t("fileLabel")}
        hint={t("fileHint", { max: maxMb })}
        error={state.status === "failed" ? state.message : undefined}
        onChange={() => setState({ status: "idle" })}
      />
      <Button type="submit" disabled={state.status === "checking"}>
        {state.status === "checking" ? t("checking") : t("fileSubmit")}
      </Button>
      <div aria-live="polite">{state.status === "done" ? <VerificationResultPanel result={state.result} /> : null}</div>
    </form>
  );
}
