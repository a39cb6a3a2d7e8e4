import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Brand({ href = "/" }: Readonly<{ href?: string }>) {
  const t = await getTranslations("common");
  return (
    <Link href={href} className="flex items-center gap-2 text-lg font-semibold text-brand-800">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M12 3 3 8l9 5 9-5-9-5Z" />
        <path d="m3 13 9 5 9-5" />
        <path d="m3 17.5 9 5 9-5" opacity="0.5" />
      </svg>
      {t("appName")}
    </Link>
  );
}
