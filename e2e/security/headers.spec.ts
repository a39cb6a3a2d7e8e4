import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { DEMO, signIn } from "../support/accounts";

type Headers = Record<string, string>;

// The headers every response carries (lib/http/security-headers.ts), whatever produced it.
function expectCommonHeaders(headers: Headers, label: string) {
  expect(headers["strict-transport-security"], label).toMatch(/max-age=\d{8,}; includeSubDomains/);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["cross-origin-opener-policy"], label).toBe("same-origin");
  // Nothing names the framework, the server or a version.
  for (const name of ["x-powered-by", "server", "x-nextjs-version"])
    expect(headers[name], `${label}: ${name}`).toBeUndefined();
}

function directives(policy: string | undefined): Map<string, string> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values.join(" ")]),
  );
}

// A page: a nonce-based CSP whose scripts need this response's nonce, and every script carries it.
async function expectPageHeaders(response: Response | APIResponse | null, label: string): Promise<void> {
  expect(response, label).not.toBeNull();
  const headers = response!.headers();
  expectCommonHeaders(headers, label);
  const csp = directives(headers["content-security-policy"]);
  const scriptSrc = csp.get("script-src") ?? "";
  expect(scriptSrc, label).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(scriptSrc, label).not.toContain("unsafe-inline");
  expect(scriptSrc, label).not.toContain("unsafe-eval");
  expect(csp.get("style-src"), label).not.toContain("unsafe-inline");
  expect(csp.get("frame-ancestors"), label).toBe("'none'");
  expect(csp.get("object-src"), label).toBe("'none'");
  expect(csp.get("base-uri"), label).toBe("'none'");
  expect(csp.get("form-action"), label).toBe("'self'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, label).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
}

// API responses (JSON, files, errors) are not documents: nothing may load in or frame them.
function expectApiHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expectCommonHeaders(headers, label);
  expect(headers["content-security-policy"], label).toBe(
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
}

// Records every CSP violation the browser reports while the page runs.
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}

test("every kind of response carries the security headers, pages a fresh nonce, and the browser reports no CSP violation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchCspViolations(page);

  await expectPageHeaders(await page.goto("/model"), "public page");
  await expectPageHeaders(await page.goto("/verify"), "verify page");
  const first = (await page.request.get("/model")).headers()["content-security-policy"];
  const second = (await page.request.get("/model")).headers()["content-security-policy"];
  expect(first).not.toBe(second);

  await expectPageHeaders(await page.goto("/sign-in"), "sign-in");
  await signIn(page, DEMO.assessor);
  await expectPageHeaders(await page.reload(), "organisation page");
  await expectPageHeaders(await page.goto("/account/security"), "account security page");
  await expect(page.getByRole("button", { name: "Set up multi-factor authentication" })).toBeVisible();
  await page.goBack();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "State property tax on DIGIT" }).click();
  await page.getByRole("link", { name: "Baseline 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baseline 2025" })).toBeVisible();
  await expectPageHeaders(await page.reload(), "assessment page");
  const assessmentPath = new URL(page.url()).pathname;
  const assessmentId = assessmentPath.split("/").pop()!;

  // Click through the pages with charts, tables and forms: scripts and styles all load under the CSP.
  for (const link of ["Results", "RACI", "Roadmap", "ISO readiness"]) {
    await page.getByRole("navigation", { name: "Assessment" }).getByRole("link", { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${assessmentPath}/`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto(`${assessmentPath}/results`);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  const download = await page.request.get(`/api/assessments/${assessmentId}/exports/answers.csv`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expectApiHeaders(download, "file download");

  const json = await page.request.get("/api/health");
  expect(json.status()).toBe(200);
  expectApiHeaders(json, "API JSON");

  const unauthorised = await page.request.get("/api/v1/assessments");
  expect(unauthorised.status()).toBe(401);
  expectApiHeaders(unauthorised, "API error");

  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expectPageHeaders(missing, "404 page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("cookie-authenticated changes refuse other sites: evidence uploads from another origin, exports started by another site", async ({
  page,
}) => {
  await signIn(page, DEMO.assessor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Programs" }).click();
  await page.getByRole("link", { name: "State property tax on DIGIT" }).click();
  await page.getByRole("link", { name: "Baseline 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Baseline 2025" })).toBeVisible();
  const assessmentId = new URL(page.url()).pathname.split("/").pop()!;

  const upload = await page.request.post(`/api/assessments/${assessmentId}/evidence`, {
    headers: { origin: "https://evil.example" },
    multipart: {
      practiceId: "NET-1.1",
      description: "x",
      file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("x") },
    },
  });
  expect(upload.status()).toBe(403);

  const crossSite = await page.request.get(`/api/assessments/${assessmentId}/exports/answers.csv`, {
    headers: { "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["content-disposition"]).toBeUndefined();
});

test("the public verifier answers 429 with Retry-After once a client passes its limit", async ({ request }) => {
  // A client address of its own (no proxy is trusted here, so Next keeps the one sent), leaving
  // the other specs' counts alone.
  const client = { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250) + 1}` };
  let last: APIResponse | undefined;
  for (let i = 0; i < 31; i++) {
    last = await request.post("/api/verify", { headers: client, data: { code: "LW-0000-0000-0000" } });
    if (last.status() === 429) break;
    expect(last.status()).toBe(200);
  }
  expect(last!.status()).toBe(429);
  expect(Number(last!.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await last!.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  expectApiHeaders(last!, "429");
});
