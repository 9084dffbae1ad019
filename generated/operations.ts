// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.

/** Every operation of the spec: what the clients build their methods from. */
export const operations = {
  deleteProjectInvitation: {
    "operationId": "deleteProjectInvitation",
    "method": "DELETE",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Delete one project invitation",
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      },
      {
        "name": "invitationId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "type": "boolean",
        "required": false
      },
      {
        "name": "envelope",
        "type": "boolean",
        "required": false
      }
    ]
  },
  deleteOrganizationInvitation: {
    "operationId": "deleteOrganizationInvitation",
    "method": "DELETE",
    "path": "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Delete one organization invitation",
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      },
      {
        "name": "invitationId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "type": "boolean",
        "required": false
      },
      {
        "name": "envelope",
        "type": "boolean",
        "required": false
      }
    ]
  },
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = keyof typeof operations;
