import { describe, expect, it } from "vitest";
import { signInErrorKey } from "./sign-in-error";

describe("signInErrorKey", () => {
  it("maps single sign-on failures to their messages and ignores anything else", () => {
    expect(signInErrorKey("OidcEmailUnverified")).toBe("oidcEmailUnverified");
    expect(signInErrorKey("OAuthCallback")).toBe("oidcFailed");
    expect(signInErrorKey("<script>")).toBeNull();
    expect(signInErrorKey(undefined)).toBeNull();
  });
});
