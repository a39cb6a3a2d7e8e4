"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addEvidenceLinkAction, removeEvidenceAction } from "@/lib/evidence/actions";
import type { PracticeEvidence as Evidence } from "@/lib/assessments/queries";

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-1.5 text-sm";

export function PracticeEvidence({
  assessmentId,
  practiceId,
  items,
  editable,
}: Readonly<{
  assessmentId: string;
  practiceId: string;
  items: Evidence[];
  editable: boolean;
}>) {
  const t = useTranslations("evidence");
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"file" | "link">("file");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  function report(ok: boolean, text: string) {
    setMessage({ tone: ok ? "success" : "error", text });
    if (ok) {
      formRef.current?.reset();
      router.refresh();
    }
  }

  function submit(form: FormData) {
    startTransition(async () => {
      if (mode === "link") {
        const result = await addEvidenceLinkAction({
          assessmentId,
          practiceId,
          url: String(form.get("url") ?? ""),
          description: String(form.get("description") ?? ""),
        });
        report(result.ok, result.ok ? t("added") : fieldText(result.error));
        return;
      }
      form.set("practiceId", practiceId);
      const response = await fetch(`/api/assessments/${assessmentId}/evidence`, { method: "POST", body: form }).catch(
        () => null,
      );
      if (!response) return report(false, t("networkError"));
      const body = (await response.json().catch(() => ({}))) as {
        error?: { message: string; fieldErrors?: Record<string, string[]> };
      };
      report(response.ok, response.ok ? t("added") : fieldText(body.error ?? { message: t("networkError") }));
    });
  }

  function fieldText(error: { message: string; fieldErrors?: Record<string, string[]> }): string {
    const fields = Object.values(error.fieldErrors ?? {}).flat();
    return fields.length ? fields.map((f) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : f)).join(" ") : error.message;
  }

  return (
    <div className="space-y-3">
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-2">
              {item.kind === "FILE" ? (
                <a className="font-medium text-brand-700 underline" href={`/api/evidence/${item.id}`}>
                  {item.fileName}
                </a>
              ) : (
                <a
                  className="font-medium text-brand-700 underline"
                  href={item.url ?? "#"}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                >
                  {item.url}
                </a>
              )}
              <span className="text-slate-700">— {item.description}</span>
              <span className="text-xs text-slate-600">{t("by", { name: item.uploadedBy })}</span>
              {editable && item.canRemove ? (
                <Button
                  variant="ghost"
                  disabled={pending}
                  aria-label={t("removeNamed", { name: item.fileName ?? item.url ?? "" })}
                  onClick={() =>
                    startTransition(async () => {
                      const result = await removeEvidenceAction({ evidenceId: item.id });
                      report(result.ok, result.ok ? t("removed") : result.error.message);
                    })
                  }
                >
                  {t("remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {editable ? (
        // The kind switch sits outside the form: resetting the form after an upload must not touch it.
        <div className="space-y-2 rounded-md bg-slate-50 p-3">
          <fieldset className="flex gap-4 text-sm">
            <legend className="sr-only">{t("kind")}</legend>
            <label className="inline-flex items-center gap-1">
              <input type="radio" name={`${id}-mode`} checked={mode === "file"} onChange={() => setMode("file")} />{" "}
              {t("file")}
            </label>
            <label className="inline-flex items-center gap-1">
              <input type="radio" name={`${id}-mode`} checked={mode === "link"} onChange={() => setMode("link")} />{" "}
              {t("link")}
            </label>
          </fieldset>
          <form ref={formRef} action={submit} className="space-y-2">
            {mode === "file" ? (
              <div>
                <label htmlFor={`${id}-file`} className="block text-sm font-medium">
                  {t("fileLabel")}
                </label>
                <input
                  id={`${id}-file`}
                  name="file"
                  type="file"
                  required
                  className="mt-1 block text-sm"
                  aria-describedby={`${id}-file-hint`}
                />
                <p id={`${id}-file-hint`} className="text-xs text-slate-600">
                  {t("fileHint")}
                </p>
              </div>
            ) : (
              <div>
                <label htmlFor={`${id}-url`} className="block text-sm font-medium">
                  {t("urlLabel")}
                </label>
                <input id={`${id}-url`} name="url" type="url" required className={INPUT} placeholder="https://" />
              </div>
            )}
            <div>
              <label htmlFor={`${id}-description`} className="block text-sm font-medium">
                {t("description")}
              </label>
              <input id={`${id}-description`} name="description" required maxLength={500} className={INPUT} />
            </div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? t("adding") : t("add")}
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}
