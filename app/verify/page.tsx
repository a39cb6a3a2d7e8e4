import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { PublicShell } from "@/components/layout/public-shell";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { VerificationResultPanel } from "@/components/verify/verification-result";
import { VerifyFileForm } from "@/components/verify/verify-file-form";
import { getCurrentUser } from "@/lib/auth/session";
import { VERIFY_MAX_MB } from "@/lib/signing/verify-request";
import { checkVerificationCode } from "@/lib/signing/verify-code-check";

export const metadata: Metadata = { title: "Verify an export" };

// Public. A code check is a GET form (/verify?code=…), so it works without JavaScript and a
// printed link can point straight at a result; a file check posts to /api/verify.
export default async function VerifyPage({
  searchParams,
}: Readonly<{ searchParams: Promise<{ code?: string | string[] }> }>) {
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const [t, errors, user, check] = await Promise.all([
    getTranslations("verify"),
    getTranslations("errors"),
    getCurrentUser(),
    code ? checkVerificationCode(code) : Promise.resolve(null),
  ]);
  return (
    <PublicShell signedIn={Boolean(user)}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("fileTitle")}>
          <VerifyFileForm maxMb={VERIFY_MAX_MB} />
        </Card>
        <Card title={t("codeTitle")}>
          <form method="get" action="/verify" className="space-y-3">
            <InputField
              name="code"
              label={t("codeLabel")}
              hint={t("codeHint")}
              defaultValue={code}
              autoComplete="off"
              spellCheck={false}
              required
            />
            <Button type="submit">{t("codeSubmit")}</Button>
          </form>
          {check?.kind === "result" ? <VerificationResultPanel result={check.result} /> : null}
          {check?.kind === "rateLimited" ? <Alert tone="error">{errors("rateLimited", { minutes: check.minutes })}</Alert> : null}
        </Card>
      </div>
    </PublicShell>
  );
}
