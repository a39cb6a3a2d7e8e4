import fc from "fast-check";

// The kinds of input issue 8 names: wrong types, huge strings, unicode tricks, script tags, SQL
// fragments and foreign ids.
const MARKUP = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  '"><iframe src=//evil.example>',
];
const SQL = ["'; DROP TABLE \"Answer\"; --", "' OR '1'='1", "1; SELECT pg_sleep(10)", "\\'; --", "$$; COPY x TO PROGRAM 'id'; $$"];
const UNICODE = [
  "\u202Eevil\u202C", // right-to-left override
  "a\u0000b", // NUL, which PostgreSQL text cannot hold
  "\uFEFF\u200B\u200D", // BOM and zero-width characters
  "\uD800", // a lone surrogate
  "ｓｃｒｉｐｔ", // full-width letters
  "e\u0301\u0301\u0301\u0301", // stacked combining marks
  "🔐".repeat(300),
  "\r\n\u2028\u2029",
];
const OTHER = ["", " ", "../../../etc/passwd", "%00", "${7*7}", "{{7*7}}", "__proto__", "constructor", "null", "NaN", "-1", "1e309"];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MARKUP, ...SQL, ...UNICODE, ...OTHER),
  fc.string({ unit: "binary", maxLength: 60 }),
  // Huge: past every field's limit, up to a few hundred kB.
  fc
    .tuple(fc.constantFrom("a", "<", "'", "\u202E", "😀", "x\u0000"), fc.integer({ min: 4_001, max: 300_000 }))
    .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length))),
  fc.tuple(fc.constantFrom(...MARKUP, ...SQL), fc.string({ maxLength: 20 })).map(([a, b]) => b + a + b),
);

export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 31) - 1),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant(Object.create(null) as unknown),
  fc.constant({ toString: () => "x", valueOf: () => 1 }),
);

// Ids of the right shape that are not the victim's: the outsider's, and made-up ones.
export function foreignId(outsiderIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...outsiderIds),
    fc.stringMatching(/^c[a-z0-9]{24}$/),
    fc.stringMatching(/^[a-f0-9]{32}$/),
  );
}

export function hostileValue(outsiderIds: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(hostileString, wrongType, foreignId(outsiderIds));
}

// A valid input with one to three fields replaced, removed or added, or no object at all.
export function hostilePayload(base: Record<string, unknown>, outsiderIds: string[]): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(base), "__proto__", "constructor", "extra"];
  const mutation = fc.tuple(fc.constantFrom(...keys), fc.option(hostileValue(outsiderIds), { nil: undefined }), fc.boolean());
  return fc.oneof(
    { weight: 1, arbitrary: fc.oneof(wrongType, hostileString, fc.anything()) },
    {
      weight: 9,
      arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
        const payload: Record<string, unknown> = { ...base };
        for (const [key, value, remove] of mutations) {
          if (remove && value === undefined) delete payload[key];
          else Object.defineProperty(payload, key, { value, enumerable: true, configurable: true, writable: true });
        }
        return payload;
      }),
    },
  );
}
