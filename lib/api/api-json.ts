// API answers are per token and change with every save: never stored by browsers or proxies.
// The explicit Content-Length lets Next's compression skip bodies under its 1 KB threshold; without
// it every reply is streamed through gzip, which costs more CPU than it saves on a 200-byte answer.
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body);
  return new Response(text, {
    status: init.status ?? 200,
    headers: {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(text)),
      "Cache-Control": "no-store",
      ...init.headers,
    },
  });
}
