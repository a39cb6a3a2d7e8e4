import { getTranslations } from "next-intl/server";

const ENDPOINTS = [
  "GET /api/v1/assessments",
  "GET /api/v1/assessments/{assessmentId}/answers",
  "GET /api/v1/assessments/{assessmentId}/answers/{practiceId}",
  "PUT /api/v1/assessments/{assessmentId}/answers/{practiceId}",
  "GET /api/v1/assessments/{assessmentId}/scores",
] as const;

export async function ApiUsage({ baseUrl }: Readonly<{ baseUrl: string }>) {
  const t = await getTranslations("apiTokens");
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>{t("usageIntro")}</p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-50">
        <code>{`curl -H "Authorization: Bearer lw_…" ${baseUrl}/api/v1/assessments`}</code>
      </pre>
      <p>{t("usageEndpoints")}</p>
      <ul className="list-inside list-disc font-mono text-xs">
        {ENDPOINTS.map((endpoint) => (
          <li key={endpoint}>{endpoint}</li>
        ))}
      </ul>
      <p>{t("usageVersions")}</p>
    </div>
  );
}
