import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "./brand";
import { OrgSwitcher } from "./org-switcher";
import { SignOutButton } from "./sign-out-button";

export type ShellNavItem = { href: string; label: string };

export async function AppShell({ user, organisations, currentOrgId, nav, children }: Readonly<{
  user: { name: string; email: string };
  organisations: Array<{ id: string; name: string }>;
  currentOrgId?: string;
  nav: ShellNavItem[];
  children: ReactNode;
}>) {
  const t = await getTranslations("nav");
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div className="flex flex-wrap items-center gap-6">
            <Brand href="/orgs" />
            <OrgSwitcher organisations={organisations} currentId={currentOrgId} />
          </div>
          <div className="flex items-center gap-3">
            <p className="text-sm text-slate-700">
              <span className="sr-only">{t("userMenu", { name: user.name })}</span>
              <span aria-hidden="true">{user.name}</span>
            </p>
            <Link href="/account/security" className="text-sm font-medium text-brand-700 underline">
              {t("security")}
            </Link>
            <SignOutButton />
          </div>
        </div>
        {nav.length > 0 ? (
          <nav aria-label={t("main")} className="mx-auto max-w-6xl px-4">
            <ul className="flex gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-800">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
