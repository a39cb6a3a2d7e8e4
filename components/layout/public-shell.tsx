import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "./brand";

// Pages anyone may read (the maturity model): brand, the model's own navigation, and a way in.
export async function PublicShell({ signedIn, children }: Readonly<{ signedIn: boolean; children: ReactNode }>) {
  const t = await getTranslations();
  const links = [
    { href: "/model", label: t("model.overviewNav") },
    { href: "/model/practices", label: t("model.practicesNav") },
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Brand />
          <nav aria-label={t("nav.main")}>
            <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
              {links.map((link) => (
                <li key={link.href}>
                  <Link className="text-slate-800 hover:text-brand-700" href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link className="text-brand-700 underline" href={signedIn ? "/orgs" : "/sign-in"}>
                  {signedIn ? t("nav.organisations") : t("landing.signIn")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
