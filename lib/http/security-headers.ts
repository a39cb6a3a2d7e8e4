// The web surface's security headers (DESIGN §8, ASVS 5.0 V3.4). Pure: next.config.ts applies the
// static ones to every response, proxy.ts adds the per-request Content-Security-Policy.

// Two years, subdomains included; browsers ignore it over plain http, so it is always sent.
const HSTS = "max-age=63072000; includeSubDomains";

// The app uses none of these browser features.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=(self)",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "Strict-Transport-Security", value: HSTS },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

export type PagePolicyOptions = { nonce: string; development: boolean; upgradeInsecureRequests: boolean };

// Scripts run only with this response's nonce ('strict-dynamic' lets them load Next's chunks).
// Style elements need the nonce too; style attributes are allowed because React and recharts set
// sizes and colours with them in server-rendered HTML, and an attribute can neither run script nor
// load anything beyond img-src.
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const { nonce, development, upgradeInsecureRequests } = options;
  const directives = [
    "default-src 'self'",
    // React reconstructs server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (upgradeInsecureRequests) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

// API responses (JSON, file downloads) are never documents to render: nothing may load or frame them.
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

// 128 random bits, base64: unguessable per response.
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
