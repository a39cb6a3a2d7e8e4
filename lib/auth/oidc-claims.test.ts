import { describe, expect, it } from "vitest";
import { parseOidcClaims } from "./oidc-claims";

describe("parseOidcClaims", () => {
  it("accepts a subject with a verified email", () => {
    expect(parseOidcClaims({ sub: "abc", email: "ada@example.gov", email_verified: true, name: "Ada" })).toEqual({
      subject: "abc",
      email: "ada@example.gov",
      name: "Ada",
    });
    expect(parseOidcClaims({ sub: "abc", email: "ada@example.gov", email_verified: "true" })?.name).toBeNull();
  });

  it("refuses unverified, missing or malformed emails and missing subjects", () => {
    for (const profile of [
      { sub: "abc", email: "ada@example.gov", email_verified: false },
      { sub: "abc", email: "ada@example.gov" },
      { sub: "abc", email_verified: true },
      { sub: "abc", email: "not an email", email_verified: true },
      { email: "ada@example.gov", email_verified: true },
      null,
    ]) {
      expect(parseOidcClaims(profile)).toBeNull();
    }
  });
});
