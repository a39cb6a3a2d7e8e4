import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { pickLocale } from "./locales";

// No locale in URLs: the locale comes from a cookie, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const locale = pickLocale({
    cookie: (await cookies()).get("locale")?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  const messages = (await import(`../../content/messages/${locale}.json`)).default;
  return { locale, messages };
});
