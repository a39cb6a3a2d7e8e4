// Route handlers that change data with a cookie session accept only requests from this site
// (server actions get the same check from Next itself).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

// A GET that records something (a signed export) refuses what a browser says another site started:
// a link or form elsewhere must not make a signed-in user create records. Scripts send no
// Sec-Fetch-Site and are not browsers carrying someone's cookies.
export function isCrossSite(headers: Headers): boolean {
  return headers.get("sec-fetch-site") === "cross-site";
}
