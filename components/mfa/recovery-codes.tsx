"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function RecoveryCodes({ codes }: Readonly<{ codes: string[] }>) {
  const t = useTranslations("security");
  const router = useRouter();
  return (
    <div className="space-y-4">
      <Alert tone="success" title={t("recoveryTitle")}>
        <p>{t("recoveryIntro")}</p>
      </Alert>
      <ul aria-label={t("recoveryCodesLabel")} className="grid max-w-md gap-1 font-mono text-sm text-slate-900 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Button
        onClick={() => {
          router.push("/orgs");
          router.refresh();
        }}
      >
        {t("doneButton")}
      </Button>
    </div>
  );
}
