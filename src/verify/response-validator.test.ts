import { describe, expect, it } from "vitest";
import { type Exchange, ResponseValidator } from "./response-validator.ts";
import type { DocumentOperation } from "./spec-document.ts";

const INVITATION = {
  type: "object",
  required: ["id", "username"],
  properties: {
    id: { type: "string", pattern: "^([a-f0-9]{24})$" },
    username: { type: "string", format: "email" },
    teamIds: { type: "array", nullable: true, items: { type: "string" } },
  },
};
const ENVELOPE = {
  type: "object",
  required: ["status", "content"],
  properties: { status: { type: "integer" }, content: {} },
};
const RATE_LIMIT = { schema: { type: "integer", minimum: 0 } };

const LIST: DocumentOperation = {
  operationId: "listProjectInvitations",
  method: "GET",
  path: "/api/atlas/v1.0/groups/{groupId}/invites",
  responses: {
    "200": {
      headers: { "RateLimit-Limit": RATE_LIMIT, "X-Required": { required: true, schema: { type: "string" } } },
      content: { "application/json": { schema: { oneOf: [{ type: "array", items: INVITATION }, ENVELOPE] } } },
    },
    "401": { content: { "application/json": { schema: { type: "object" } } } },
  },
};
const DELETE: DocumentOperation = {
  operationId: "deleteProjectInvitation",
  method: "DELETE",
  path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
  responses: { "204": { headers: { "RateLimit-Limit": RATE_LIMIT } } },
};

const ID = "5f3a1c2b9d4e8f7a6b5c4d3e";
const URL_LIST = "http://127.0.0.1:1/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites";

function answer(partial: Partial<Exchange>): Exchange {
  return {
    method: "GET",
    url: URL_LIST,
    authenticated: true,
    status: 200,
    headers: { "content-type": "application/json", "x-required": "yes" },
    bodyText: JSON.stringify([{ id: ID, username: "jane.doe@example.com" }]),
    ...partial,
  };
}

const validator = new ResponseValidator();

describe("ResponseValidator", () => {
  it("accepts an answer the operation declares, with a charset on the Content-Type and a null the schema allows", () => {
    const body = JSON.stringify([{ id: ID, username: "jane.doe@example.com", teamIds: null }]);
    const headers = {
      "content-type": "application/json;charset=ISO-8859-1",
      "x-required": "1",
      "ratelimit-limit": "100",
    };
    expect(validator.validate(LIST, answer({ headers, bodyText: body }))).toEqual([]);
  });

  it("names the request and the rule of an undeclared status", () => {
    expect(validator.validate(LIST, answer({ status: 418 }))).toEqual([
      {
        request: "GET /api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites → 418",
        rule: "status",
        message: "418 is not a status listProjectInvitations declares (200, 401)",
      },
    ]);
  });

  it("reports a body that breaks the schema, with the path into it", () => {
    const bodyText = JSON.stringify([{ id: "XYZ", username: "not an email" }]);
    const found = validator.validate(LIST, answer({ bodyText }));
    expect(found.map((violation) => [violation.rule, violation.message])).toEqual([
      ["body", '/0/id must match pattern "^([a-f0-9]{24})$"'],
      ["body", '/0/username must match format "email"'],
    ]);
  });

  it("holds a list to the plain array unless envelope=true was asked for, and to the envelope when it was", () => {
    const envelope = JSON.stringify({ status: 200, content: [] });
    expect(validator.validate(LIST, answer({ bodyText: envelope })).map((v) => v.message)).toEqual([
      "(body) must be array",
    ]);
    expect(validator.validate(LIST, answer({ url: `${URL_LIST}?envelope=true`, bodyText: envelope }))).toEqual([]);
    const renamed = JSON.stringify({ status: 200, envelope: [] });
    expect(
      validator.validate(LIST, answer({ url: `${URL_LIST}?envelope=true`, bodyText: renamed })).map((v) => v.message),
    ).toEqual(["(body) must have required property 'content'"]);
  });

  it("reports a Content-Type the response does not declare, and a missing one", () => {
    expect(validator.validate(LIST, answer({ headers: { "content-type": "text/html", "x-required": "1" } }))).toEqual([
      expect.objectContaining({
        rule: "content-type",
        message: 'Content-Type "text/html"; declared: application/json',
      }),
    ]);
    expect(validator.validate(LIST, answer({ headers: { "x-required": "1" } }))[0]?.message).toBe(
      "Content-Type is missing; declared: application/json",
    );
  });

  it("reports a missing required header and a header value its schema refuses", () => {
    const found = validator.validate(
      LIST,
      answer({ headers: { "content-type": "application/json", "ratelimit-limit": "-3" } }),
    );
    expect(found.map((violation) => violation.message)).toEqual([
      'header RateLimit-Limit: "-3" does not match its schema',
      "required header X-Required is missing",
    ]);
  });

  it("reports a body on a response that declares none, whether read or only announced", () => {
    const del = { method: "DELETE", url: `${URL_LIST}/${ID}`, status: 204, headers: {} };
    expect(validator.validate(DELETE, answer({ ...del, bodyText: "" }))).toEqual([]);
    expect(validator.validate(DELETE, answer({ ...del, bodyText: "{}" }))[0]).toMatchObject({ rule: "no-body" });
    expect(
      validator.validate(DELETE, answer({ ...del, bodyText: "", headers: { "content-length": "2" } }))[0]?.message,
    ).toBe("a 204 declares no content, but the answer has a body (Content-Length: 2)");
  });

  it("reports a body that is not JSON", () => {
    expect(validator.validate(LIST, answer({ bodyText: "<html>" }))[0]).toMatchObject({
      rule: "body",
      message: 'the body is not JSON ("<html>")',
    });
  });
});
