import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  type Challenge,
  classifyChallenge,
  createCnonce,
  type DigestAlgorithm,
  digestResponse,
  formatAuthorization,
  formatChallenge,
  formatNc,
  parseAuthorization,
  parseChallenges,
  selectDigestChallenge,
} from "./digest.ts";
import { isMmsError, isValidationError } from "./errors.ts";

const VENDOR_CHALLENGE =
  'Digest realm="MMS Public API", domain="", nonce="Ym9ndXMtbm9uY2U=", algorithm=MD5, op="auth", stale=false';

/** RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256. */
const RFC7616 = {
  username: "Mufasa",
  password: "Circle of Life",
  realm: "http-auth@example.org",
  nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
  opaque: "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
  cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
  nc: "00000001",
  qop: "auth",
  method: "GET",
  uri: "/dir/index.html",
} as const;

function select(header: string) {
  return selectDigestChallenge(parseChallenges(header));
}

describe("digestResponse", () => {
  it("matches the RFC 7616 §3.9.1 MD5 vector", () => {
    expect(digestResponse({ ...RFC7616, algorithm: "MD5" })).toBe("8ca523f5e9506fed4657c9700eebdbec");
  });

  it("matches the RFC 7616 §3.9.1 SHA-256 vector", () => {
    expect(digestResponse({ ...RFC7616, algorithm: "SHA-256" })).toBe(
      "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
    );
  });

  it("matches the RFC 2617 §3.5 MD5 vector", () => {
    const response = digestResponse({
      algorithm: "MD5",
      username: "Mufasa",
      password: "Circle Of Life",
      realm: "testrealm@host.com",
      nonce: "dcd98b7102dd2f0e8b11d0f600bfb0c093",
      cnonce: "0a4f113b",
      nc: "00000001",
      qop: "auth",
      method: "GET",
      uri: "/dir/index.html",
    });
    expect(response).toBe("6629fae49393a05397450978507c4ef1");
  });

  it("hashes the method it is given, so DELETE and GET differ", () => {
    const deleted = digestResponse({ ...RFC7616, algorithm: "MD5", method: "DELETE" });
    expect(deleted).not.toBe(digestResponse({ ...RFC7616, algorithm: "MD5" }));
  });

  it("mixes nonce and cnonce into HA1 for the -sess algorithms", () => {
    for (const [plain, session] of [
      ["MD5", "MD5-sess"],
      ["SHA-256", "SHA-256-sess"],
    ] as const) {
      const a = digestResponse({ ...RFC7616, algorithm: session });
      const b = digestResponse({ ...RFC7616, algorithm: session, cnonce: "other" });
      expect(a).not.toBe(digestResponse({ ...RFC7616, algorithm: plain }));
      expect(a).not.toBe(b);
      expect(a).toHaveLength(plain === "MD5" ? 32 : 64);
    }
  });

  it("uses the RFC 2069 form H(HA1:nonce:HA2) when the server sent no qop", () => {
    const { qop: _qop, ...withoutQop } = RFC7616;
    const response = digestResponse({ ...withoutQop, algorithm: "MD5" });
    expect(response).toMatch(/^[0-9a-f]{32}$/);
    expect(response).toBe(digestResponse({ ...withoutQop, algorithm: "MD5", nc: "00000009", cnonce: "ignored" }));
  });
});

describe("formatAuthorization", () => {
  it("writes the RFC 7616 §3.9.1 SHA-256 header field by field", () => {
    const header = formatAuthorization({
      ...RFC7616,
      algorithm: "SHA-256",
      response: "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
    });
    expect(header).toBe(
      'Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, ' +
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, ' +
        'cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, ' +
        'response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", ' +
        'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
    );
  });

  it("leaves out nc and cnonce when there is no qop", () => {
    const { qop: _qop, ...withoutQop } = RFC7616;
    const header = formatAuthorization({ ...withoutQop, algorithm: "MD5", response: "r" });
    expect(header).not.toMatch(/\bnc=|cnonce=|qop=/);
  });

  it("escapes quotes and backslashes inside quoted values", () => {
    const header = formatAuthorization({ ...RFC7616, algorithm: "MD5", realm: 'a "b" \\c', response: "r" });
    expect(header).toContain('realm="a \\"b\\" \\\\c"');
    expect(parseAuthorization(header)?.realm).toBe('a "b" \\c');
  });

  it("writes a non-ASCII username as username* (RFC 8187) and marks userhash", () => {
    const header = formatAuthorization({
      ...RFC7616,
      algorithm: "SHA-256",
      username: "Jäsøn Doe",
      response: "r",
      userhash: true,
    });
    expect(header).toContain("username*=UTF-8''J%C3%A4s%C3%B8n%20Doe");
    expect(header).toContain("userhash=true");
    expect(parseAuthorization(header)?.username).toBe("Jäsøn Doe");
  });
});

describe("parseChallenges", () => {
  it("reads the vendor's documented challenge, op typo included, as qop=auth", () => {
    expect(parseChallenges(VENDOR_CHALLENGE)).toEqual([
      {
        scheme: "Digest",
        params: {
          realm: "MMS Public API",
          domain: "",
          nonce: "Ym9ndXMtbm9uY2U=",
          algorithm: "MD5",
          qop: "auth",
          stale: "false",
        },
      },
    ]);
  });

  it("keeps a real qop over the op typo when a header carries both", () => {
    const [challenge] = parseChallenges('Digest op="auth-int", qop="auth", nonce="n"');
    expect(challenge?.params.qop).toBe("auth");
    expect(challenge?.params).not.toHaveProperty("op");
  });

  it("splits several challenges in one header, commas inside quotes included", () => {
    const header =
      'Basic realm="a, b", Digest realm="MMS, Public API", nonce="n,1", qop="auth,auth-int", ' +
      'algorithm=SHA-256, Digest realm="x", nonce="n2", algorithm=MD5';
    expect(parseChallenges(header)).toEqual([
      { scheme: "Basic", params: { realm: "a, b" } },
      {
        scheme: "Digest",
        params: { realm: "MMS, Public API", nonce: "n,1", qop: "auth,auth-int", algorithm: "SHA-256" },
      },
      { scheme: "Digest", params: { realm: "x", nonce: "n2", algorithm: "MD5" } },
    ]);
  });

  it("reads unquoted values, any case of keys, and loose spacing", () => {
    const [challenge] = parseChallenges("digest   REALM = api ,NoNcE=abc/+== ,Algorithm=md5-SESS,qop=auth,STALE=TRUE");
    expect(challenge).toEqual({
      scheme: "digest",
      params: { realm: "api", nonce: "abc/+==", algorithm: "md5-SESS", qop: "auth", stale: "TRUE" },
    });
  });

  it("unescapes backslash escapes inside quoted values", () => {
    const [challenge] = parseChallenges('Digest realm="say \\"hi\\" \\\\ bye", nonce="n"');
    expect(challenge?.params.realm).toBe('say "hi" \\ bye');
  });

  it("skips a token68 credential and keeps reading the next challenge", () => {
    expect(parseChallenges("Negotiate YIIFyQYGKwYBBQUCoIIFvTCCBbmgMDAuBgkq==, Digest nonce=n")).toEqual([
      { scheme: "Negotiate", params: {} },
      { scheme: "Digest", params: { nonce: "n" } },
    ]);
  });

  it("keeps the first of two repeated parameters", () => {
    const [challenge] = parseChallenges('Digest nonce="first", nonce="second"');
    expect(challenge?.params.nonce).toBe("first");
  });

  it("does not let a __proto__ parameter touch the object's prototype", () => {
    const [challenge] = parseChallenges('Digest __proto__="x", nonce="n"');
    expect(Object.getPrototypeOf(challenge?.params)).toBe(Object.prototype);
    expect(challenge?.params).toEqual({ nonce: "n" });
  });

  it("returns [] for empty or garbage headers", () => {
    for (const garbage of ["", "   ", ",,,", '"unterminated', "=", "==,=", "@@@"]) {
      expect(parseChallenges(garbage)).toEqual([]);
    }
  });

  it("reads an unterminated quoted value to the end of the header", () => {
    expect(parseChallenges('Digest realm="open')).toEqual([{ scheme: "Digest", params: { realm: "open" } }]);
  });
});

describe("selectDigestChallenge", () => {
  it("decodes the vendor's challenge into an MD5, qop=auth challenge", () => {
    expect(select(VENDOR_CHALLENGE)).toEqual({
      realm: "MMS Public API",
      nonce: "Ym9ndXMtbm9uY2U=",
      algorithm: "MD5",
      qop: "auth",
      stale: false,
      domain: "",
      userhash: false,
    });
  });

  it("prefers SHA-256 over MD5 whatever the order", () => {
    expect(select('Digest nonce="a", algorithm=MD5, Digest nonce="b", algorithm=SHA-256')?.algorithm).toBe("SHA-256");
    expect(select('Digest nonce="b", algorithm=SHA-256, Digest nonce="a", algorithm=MD5')?.algorithm).toBe("SHA-256");
  });

  it("keeps the server's order between equally strong algorithms", () => {
    expect(select('Digest nonce="a", algorithm=MD5-sess, Digest nonce="b", algorithm=MD5')?.algorithm).toBe("MD5-sess");
  });

  it("defaults the algorithm to MD5 and reads algorithm names in any case", () => {
    expect(select('Digest nonce="a", qop="auth"')?.algorithm).toBe("MD5");
    expect(select('Digest nonce="a", algorithm="sha-256-SESS"')?.algorithm).toBe("SHA-256-sess");
  });

  it("answers auth when auth-int is also offered", () => {
    expect(select('Digest nonce="a", qop="auth-int, auth"')?.qop).toBe("auth");
  });

  it("refuses what it cannot answer: auth-int only, an unknown algorithm, Basic, no nonce", () => {
    expect(select('Digest realm="r", nonce="a", qop="auth-int"')).toBeUndefined();
    expect(select('Digest realm="r", nonce="a", algorithm=SHA-512-256, qop="auth"')).toBeUndefined();
    expect(select('Basic realm="r"')).toBeUndefined();
    expect(select('Digest realm="r", qop="auth"')).toBeUndefined();
    expect(select('Digest realm="r", nonce="", qop="auth"')).toBeUndefined();
  });

  it("accepts an RFC 2069 challenge without qop", () => {
    const challenge = select('Digest realm="r", nonce="a"');
    expect(challenge).toMatchObject({ realm: "r", nonce: "a", algorithm: "MD5" });
    expect(challenge).not.toHaveProperty("qop");
  });

  it("reads stale, userhash, opaque and charset", () => {
    expect(select('Digest nonce="a", stale=TRUE, userhash=true, opaque="o", charset=UTF-8')).toMatchObject({
      stale: true,
      userhash: true,
      opaque: "o",
      charset: "UTF-8",
    });
  });
});

describe("formatNc", () => {
  it("writes 8 lower-case hexadecimal digits", () => {
    expect(formatNc(1)).toBe("00000001");
    expect(formatNc(10)).toBe("0000000a");
    expect(formatNc(255)).toBe("000000ff");
    expect(formatNc(0xffffffff)).toBe("ffffffff");
  });

  it("refuses counts outside 1..4294967295 with a validation error", () => {
    for (const bad of [0, -1, 1.5, 2 ** 32, Number.NaN]) {
      expect(() => formatNc(bad)).toThrow(expect.objectContaining({ code: "ERR_MMS_VALIDATION", parameter: "nc" }));
    }
  });
});

describe("createCnonce", () => {
  it("draws 128 bits from node:crypto, not Math.random", () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0);
    try {
      const values = new Set(Array.from({ length: 100 }, createCnonce));
      expect(values.size).toBe(100);
      for (const value of values) expect(value).toMatch(/^[0-9a-f]{32}$/);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });
});

describe("formatChallenge", () => {
  it("writes the vendor's order", () => {
    expect(
      formatChallenge({
        realm: "MMS Public API",
        domain: "",
        nonce: "abc",
        algorithm: "MD5",
        qop: "auth",
        stale: false,
      }),
    ).toBe('Digest realm="MMS Public API", domain="", nonce="abc", algorithm=MD5, qop="auth", stale=false');
  });

  it("can reproduce the documentation's op typo", () => {
    const header = formatChallenge({
      realm: "MMS Public API",
      nonce: "abc",
      algorithm: "MD5",
      qop: "auth",
      stale: true,
      qopParameterName: "op",
    });
    expect(header).toBe('Digest realm="MMS Public API", nonce="abc", algorithm=MD5, op="auth", stale=true');
    expect(select(header)).toMatchObject({ qop: "auth", stale: true });
  });
});

describe("parseAuthorization", () => {
  it("reads a Digest Authorization header into lower-cased parameters", () => {
    expect(parseAuthorization('Digest USERNAME="u", nc=00000001, qop=auth, response="r"')).toEqual({
      username: "u",
      nc: "00000001",
      qop: "auth",
      response: "r",
    });
  });

  it("does not rename op to qop on the server side", () => {
    expect(parseAuthorization('Digest op="auth"')).toEqual({ op: "auth" });
  });

  it("returns undefined for anything but Digest", () => {
    expect(parseAuthorization("Basic dXNlcjpwYXNz")).toBeUndefined();
    expect(parseAuthorization("Bearer abc")).toBeUndefined();
    expect(parseAuthorization("")).toBeUndefined();
  });
});

describe("classifyChallenge", () => {
  it("says no-challenge when the 401 had no WWW-Authenticate", () => {
    expect(classifyChallenge(null)).toBe("no-challenge");
    expect(classifyChallenge("  ")).toBe("no-challenge");
  });

  it("says unsupported-challenge for Basic, auth-int only, an unknown algorithm or garbage", () => {
    expect(classifyChallenge('Basic realm="r"')).toBe("unsupported-challenge");
    expect(classifyChallenge('Digest nonce="n", qop="auth-int"')).toBe("unsupported-challenge");
    expect(classifyChallenge('Digest nonce="n", algorithm=SHA3-256')).toBe("unsupported-challenge");
    expect(classifyChallenge("@@@")).toBe("unsupported-challenge");
  });

  it("says stale-loop when the last challenge was stale=true", () => {
    expect(classifyChallenge(VENDOR_CHALLENGE.replace("stale=false", "stale=true"))).toBe("stale-loop");
  });

  it("says rejected for a fresh answerable challenge", () => {
    expect(classifyChallenge(VENDOR_CHALLENGE)).toBe("rejected");
  });
});

// Properties. numRuns are sized to run in well under a second each.
const ALGORITHM_NAMES: DigestAlgorithm[] = ["MD5", "MD5-sess", "SHA-256", "SHA-256-sess"];
/** Characters a server or a key could put in a quoted value: printable ASCII, quotes and backslashes included. */
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });
/** Any code point, lone surrogates included (built by hand: fast-check's "binary" unit takes seconds to set up). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));
/** Any UTF-16 code unit but a surrogate (a username always comes from well-formed text). */
const wellFormedChar = fc
  .oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff }))
  .map((code) => String.fromCharCode(code));
/** A nonce-ish value: non-empty printable ASCII. */
const nonEmptyPrintable = printable.filter((value) => value.length > 0);
/** Pieces that stress the tokenizer more than random text does. */
const headerPiece = fc.oneof(
  fc.constantFrom("Digest", "Basic", "digest", " ", ",", "=", '"', "\\", "realm", "nonce", "qop", "op", "algorithm"),
  fc.constantFrom("stale", "auth", "auth-int", "MD5", "SHA-256", "\t", "\r\n", "==", "__proto__", "ä", "\u0000"),
  fc.string({ maxLength: 4 }),
);

describe("properties", () => {
  it("parseChallenges never throws anything but a typed error, on arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: anyCodePoint })),
        (header) => {
          try {
            const challenges: Challenge[] = parseChallenges(header);
            selectDigestChallenge(challenges);
            classifyChallenge(header);
            parseAuthorization(header);
          } catch (error) {
            if (!isMmsError(error)) throw error;
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("parseChallenges never throws on strings built from header syntax", () => {
    fc.assert(
      fc.property(fc.array(headerPiece, { maxLength: 40 }), (pieces) => {
        const header = pieces.join("");
        try {
          for (const challenge of parseChallenges(header)) {
            expect(typeof challenge.scheme).toBe("string");
            for (const value of Object.values(challenge.params)) expect(typeof value).toBe("string");
          }
          selectDigestChallenge(parseChallenges(header));
        } catch (error) {
          if (!isMmsError(error)) throw error;
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("parse(formatChallenge(x)) gives back x", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            realm: printable,
            nonce: nonEmptyPrintable,
            algorithm: fc.constantFrom(...ALGORITHM_NAMES),
            qop: fc.constant("auth" as const),
            stale: fc.boolean(),
            domain: printable,
            opaque: printable,
            qopParameterName: fc.constantFrom("qop" as const, "op" as const),
          },
          { requiredKeys: ["realm", "nonce", "algorithm", "stale"] },
        ),
        (challenge) => {
          const selected = selectDigestChallenge(parseChallenges(formatChallenge(challenge)));
          const { qopParameterName: _name, ...expected } = challenge;
          expect(selected).toEqual({ ...expected, userhash: false });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("parseAuthorization(formatAuthorization(x)) gives back x", () => {
    const hex = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.record(
          {
            algorithm: fc.constantFrom(...ALGORITHM_NAMES),
            username: fc.oneof(nonEmptyPrintable, fc.string({ unit: wellFormedChar, minLength: 1 })),
            realm: printable,
            nonce: nonEmptyPrintable,
            cnonce: nonEmptyPrintable,
            nc: hex,
            qop: fc.constant("auth" as const),
            uri: nonEmptyPrintable,
            response: hex,
            opaque: printable,
            userhash: fc.boolean(),
          },
          { requiredKeys: ["algorithm", "username", "realm", "nonce", "cnonce", "nc", "uri", "response"] },
        ),
        (credential) => {
          const params = parseAuthorization(formatAuthorization(credential));
          const expected: Record<string, string> = {
            username: credential.username,
            realm: credential.realm,
            uri: credential.uri,
            algorithm: credential.algorithm,
            nonce: credential.nonce,
            response: credential.response,
          };
          if (credential.qop !== undefined) {
            expected.nc = credential.nc;
            expected.cnonce = credential.cnonce;
            expected.qop = credential.qop;
          }
          if (credential.opaque !== undefined) expected.opaque = credential.opaque;
          if (credential.userhash === true) expected.userhash = "true";
          expect(params).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("formatNc round-trips through hexadecimal for every valid count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffffffff }), (n) => {
        const nc = formatNc(n);
        expect(nc).toMatch(/^[0-9a-f]{8}$/);
        expect(Number.parseInt(nc, 16)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("formatNc refuses every invalid count with a validation error", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: 0 }),
          fc.double().filter((n) => !Number.isInteger(n)),
          fc.constant(2 ** 32),
        ),
        (n) => {
          expect(() => formatNc(n)).toThrow();
          try {
            formatNc(n);
          } catch (error) {
            expect(isValidationError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
