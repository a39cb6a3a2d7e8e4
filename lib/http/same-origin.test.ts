import { describe, expect, it } from "vitest";
import { isCrossSite, isSameOrigin } from "./same-origin";

function post(headers: Record<string, string>): Request {
  return new Request("http://app.example/api/assessments/a1/evidence", { method: "POST", headers });
}

describe("same-origin checks for cookie-authenticated route handlers", () => {
  it("accepts a request whose Origin is this host, directly or through a proxy", () => {
    expect(isSameOrigin(post({ origin: "http://app.example", host: "app.example" }))).toBe(true);
    expect(
      isSameOrigin(
        post({
          origin: "https://layerwise.gov.example",
          host: "10.0.0.5:3000",
          "x-forwarded-host": "layerwise.gov.example",
        }),
      ),
    ).toBe(true);
  });

  it("refuses another origin, a missing or unparsable Origin, and a look-alike host", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://app.example.evil.example", host: "app.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://app.example:8080", host: "app.example" }))).toBe(false);
  });

  it("treats only a browser's cross-site fetch metadata as cross-site", () => {
    expect(isCrossSite(new Headers({ "sec-fetch-site": "cross-site" }))).toBe(true);
    for (const site of ["same-origin", "same-site", "none"])
      expect(isCrossSite(new Headers({ "sec-fetch-site": site }))).toBe(false);
    expect(isCrossSite(new Headers())).toBe(false);
  });
});
