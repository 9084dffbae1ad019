// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.

/** Every operation of the spec: what the clients build their methods from. */
export const operations = {
  listProjectInvitations: {
    "operationId": "listProjectInvitations",
    "name": "listProjectInvitations",
    "method": "GET",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites",
    "target": "atlas",
    "summary": "Return All Pending Invitations to One Project",
    "idempotent": true,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "username",
        "schema": {
          "type": "string",
          "format": "email"
        }
      },
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "array",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  createProjectInvitation: {
    "operationId": "createProjectInvitation",
    "name": "createProjectInvitation",
    "method": "POST",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites",
    "target": "atlas",
    "summary": "Create One Invitation to One Project",
    "idempotent": false,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_BACKUP_MANAGER",
                "GROUP_CLUSTER_MANAGER",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_DATABASE_ACCESS_ADMIN",
                "GROUP_OBSERVABILITY_VIEWER",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_SEARCH_INDEX_EDITOR",
                "GROUP_STREAM_PROCESSING_OWNER"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      },
      {
        "status": 201,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  updateProjectInvitation: {
    "operationId": "updateProjectInvitation",
    "name": "updateProjectInvitation",
    "method": "PATCH",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites",
    "target": "atlas",
    "summary": "Update One Project Invitation by Username",
    "idempotent": true,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_BACKUP_MANAGER",
                "GROUP_CLUSTER_MANAGER",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_DATABASE_ACCESS_ADMIN",
                "GROUP_OBSERVABILITY_VIEWER",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_SEARCH_INDEX_EDITOR",
                "GROUP_STREAM_PROCESSING_OWNER"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  getProjectInvitation: {
    "operationId": "getProjectInvitation",
    "name": "getProjectInvitation",
    "method": "GET",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Return One Project Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  deleteProjectInvitation: {
    "operationId": "deleteProjectInvitation",
    "name": "deleteProjectInvitation",
    "method": "DELETE",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Delete One Project Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": true
      },
      {
        "status": 204,
        "body": false,
        "bodyType": null,
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  updateProjectInvitationById: {
    "operationId": "updateProjectInvitationById",
    "name": "updateProjectInvitationById",
    "method": "PATCH",
    "path": "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Update One Project Invitation by Invitation ID",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roles"
        ],
        "properties": {
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_BACKUP_MANAGER",
                "GROUP_CLUSTER_MANAGER",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_DATABASE_ACCESS_ADMIN",
                "GROUP_OBSERVABILITY_VIEWER",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_SEARCH_INDEX_EDITOR",
                "GROUP_STREAM_PROCESSING_OWNER"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  listOrganizationInvitations: {
    "operationId": "listOrganizationInvitations",
    "name": "listOrganizationInvitations",
    "method": "GET",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites",
    "target": "atlas",
    "summary": "Return All Pending Invitations to One Organization",
    "idempotent": true,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "username",
        "schema": {
          "type": "string",
          "format": "email"
        }
      },
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "array",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  createOrganizationInvitation: {
    "operationId": "createOrganizationInvitation",
    "name": "createOrganizationInvitation",
    "method": "POST",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites",
    "target": "atlas",
    "summary": "Create One Invitation to One Organization",
    "idempotent": false,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles",
        "teamIds",
        "groupRoleAssignments"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_BILLING_READ_ONLY",
                "ORG_STREAM_PROCESSING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          },
          "teamIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^([a-f0-9]{24})$"
            }
          },
          "groupRoleAssignments": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "groupId",
                "roles"
              ],
              "properties": {
                "groupId": {
                  "allOf": [
                    {
                      "type": "string",
                      "pattern": "^([a-f0-9]{24})$"
                    }
                  ]
                },
                "roles": {
                  "type": "array",
                  "maxItems": 100,
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "type": "string",
                    "enum": [
                      "GROUP_BACKUP_MANAGER",
                      "GROUP_CLUSTER_MANAGER",
                      "GROUP_DATA_ACCESS_ADMIN",
                      "GROUP_DATA_ACCESS_READ_ONLY",
                      "GROUP_DATA_ACCESS_READ_WRITE",
                      "GROUP_DATABASE_ACCESS_ADMIN",
                      "GROUP_OBSERVABILITY_VIEWER",
                      "GROUP_OWNER",
                      "GROUP_READ_ONLY",
                      "GROUP_SEARCH_INDEX_EDITOR",
                      "GROUP_STREAM_PROCESSING_OWNER"
                    ]
                  }
                }
              }
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      },
      {
        "status": 201,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  updateOrganizationInvitation: {
    "operationId": "updateOrganizationInvitation",
    "name": "updateOrganizationInvitation",
    "method": "PATCH",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites",
    "target": "atlas",
    "summary": "Update One Organization Invitation by Username",
    "idempotent": true,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles",
        "teamIds",
        "groupRoleAssignments"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_BILLING_READ_ONLY",
                "ORG_STREAM_PROCESSING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          },
          "teamIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^([a-f0-9]{24})$"
            }
          },
          "groupRoleAssignments": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "groupId",
                "roles"
              ],
              "properties": {
                "groupId": {
                  "allOf": [
                    {
                      "type": "string",
                      "pattern": "^([a-f0-9]{24})$"
                    }
                  ]
                },
                "roles": {
                  "type": "array",
                  "maxItems": 100,
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "type": "string",
                    "enum": [
                      "GROUP_BACKUP_MANAGER",
                      "GROUP_CLUSTER_MANAGER",
                      "GROUP_DATA_ACCESS_ADMIN",
                      "GROUP_DATA_ACCESS_READ_ONLY",
                      "GROUP_DATA_ACCESS_READ_WRITE",
                      "GROUP_DATABASE_ACCESS_ADMIN",
                      "GROUP_OBSERVABILITY_VIEWER",
                      "GROUP_OWNER",
                      "GROUP_READ_ONLY",
                      "GROUP_SEARCH_INDEX_EDITOR",
                      "GROUP_STREAM_PROCESSING_OWNER"
                    ]
                  }
                }
              }
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  getOrganizationInvitation: {
    "operationId": "getOrganizationInvitation",
    "name": "getOrganizationInvitation",
    "method": "GET",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Return One Organization Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  deleteOrganizationInvitation: {
    "operationId": "deleteOrganizationInvitation",
    "name": "deleteOrganizationInvitation",
    "method": "DELETE",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Delete One Organization Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": true
      },
      {
        "status": 204,
        "body": false,
        "bodyType": null,
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  updateOrganizationInvitationById: {
    "operationId": "updateOrganizationInvitationById",
    "name": "updateOrganizationInvitationById",
    "method": "PATCH",
    "path": "/api/atlas/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "atlas",
    "summary": "Update One Organization Invitation by Invitation ID",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "roles",
        "teamIds",
        "groupRoleAssignments"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roles"
        ],
        "properties": {
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_BILLING_READ_ONLY",
                "ORG_STREAM_PROCESSING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          },
          "teamIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^([a-f0-9]{24})$"
            }
          },
          "groupRoleAssignments": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "groupId",
                "roles"
              ],
              "properties": {
                "groupId": {
                  "allOf": [
                    {
                      "type": "string",
                      "pattern": "^([a-f0-9]{24})$"
                    }
                  ]
                },
                "roles": {
                  "type": "array",
                  "maxItems": 100,
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "type": "string",
                    "enum": [
                      "GROUP_BACKUP_MANAGER",
                      "GROUP_CLUSTER_MANAGER",
                      "GROUP_DATA_ACCESS_ADMIN",
                      "GROUP_DATA_ACCESS_READ_ONLY",
                      "GROUP_DATA_ACCESS_READ_WRITE",
                      "GROUP_DATABASE_ACCESS_ADMIN",
                      "GROUP_OBSERVABILITY_VIEWER",
                      "GROUP_OWNER",
                      "GROUP_READ_ONLY",
                      "GROUP_SEARCH_INDEX_EDITOR",
                      "GROUP_STREAM_PROCESSING_OWNER"
                    ]
                  }
                }
              }
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerListProjectInvitations: {
    "operationId": "opsManagerListProjectInvitations",
    "name": "listProjectInvitations",
    "method": "GET",
    "path": "/api/public/v1.0/groups/{groupId}/invites",
    "target": "opsManager",
    "summary": "Return All Pending Invitations to One Project",
    "idempotent": true,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "username",
        "schema": {
          "type": "string",
          "format": "email"
        }
      },
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "array",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerCreateProjectInvitation: {
    "operationId": "opsManagerCreateProjectInvitation",
    "name": "createProjectInvitation",
    "method": "POST",
    "path": "/api/public/v1.0/groups/{groupId}/invites",
    "target": "opsManager",
    "summary": "Create One Invitation to One Project",
    "idempotent": false,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_AUTOMATION_ADMIN",
                "GROUP_BACKUP_ADMIN",
                "GROUP_CHARTS_ADMIN",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_MONITORING_ADMIN",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_USER_ADMIN"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      },
      {
        "status": 201,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerUpdateProjectInvitation: {
    "operationId": "opsManagerUpdateProjectInvitation",
    "name": "updateProjectInvitation",
    "method": "PATCH",
    "path": "/api/public/v1.0/groups/{groupId}/invites",
    "target": "opsManager",
    "summary": "Update One Project Invitation by Username",
    "idempotent": true,
    "pathParams": [
      {
        "name": "groupId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_AUTOMATION_ADMIN",
                "GROUP_BACKUP_ADMIN",
                "GROUP_CHARTS_ADMIN",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_MONITORING_ADMIN",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_USER_ADMIN"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerGetProjectInvitation: {
    "operationId": "opsManagerGetProjectInvitation",
    "name": "getProjectInvitation",
    "method": "GET",
    "path": "/api/public/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Return One Project Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerDeleteProjectInvitation: {
    "operationId": "opsManagerDeleteProjectInvitation",
    "name": "deleteProjectInvitation",
    "method": "DELETE",
    "path": "/api/public/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Delete One Project Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": true
      },
      {
        "status": 204,
        "body": false,
        "bodyType": null,
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerUpdateProjectInvitationById: {
    "operationId": "opsManagerUpdateProjectInvitationById",
    "name": "updateProjectInvitationById",
    "method": "PATCH",
    "path": "/api/public/v1.0/groups/{groupId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Update One Project Invitation by Invitation ID",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roles"
        ],
        "properties": {
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "GROUP_AUTOMATION_ADMIN",
                "GROUP_BACKUP_ADMIN",
                "GROUP_CHARTS_ADMIN",
                "GROUP_DATA_ACCESS_ADMIN",
                "GROUP_DATA_ACCESS_READ_ONLY",
                "GROUP_DATA_ACCESS_READ_WRITE",
                "GROUP_MONITORING_ADMIN",
                "GROUP_OWNER",
                "GROUP_READ_ONLY",
                "GROUP_USER_ADMIN"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerListOrganizationInvitations: {
    "operationId": "opsManagerListOrganizationInvitations",
    "name": "listOrganizationInvitations",
    "method": "GET",
    "path": "/api/public/v1.0/orgs/{orgId}/invites",
    "target": "opsManager",
    "summary": "Return All Pending Invitations to One Organization",
    "idempotent": true,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "username",
        "schema": {
          "type": "string",
          "format": "email"
        }
      },
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "array",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerCreateOrganizationInvitation: {
    "operationId": "opsManagerCreateOrganizationInvitation",
    "name": "createOrganizationInvitation",
    "method": "POST",
    "path": "/api/public/v1.0/orgs/{orgId}/invites",
    "target": "opsManager",
    "summary": "Create One Invitation to One Organization",
    "idempotent": false,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles",
        "teamIds"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          },
          "teamIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^([a-f0-9]{24})$"
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      },
      {
        "status": 201,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerUpdateOrganizationInvitation: {
    "operationId": "opsManagerUpdateOrganizationInvitation",
    "name": "updateOrganizationInvitation",
    "method": "PATCH",
    "path": "/api/public/v1.0/orgs/{orgId}/invites",
    "target": "opsManager",
    "summary": "Update One Organization Invitation by Username",
    "idempotent": true,
    "pathParams": [
      {
        "name": "orgId",
        "pattern": "^([a-f0-9]{24})$"
      }
    ],
    "queryParams": [
      {
        "name": "pretty",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "username",
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "username",
          "roles"
        ],
        "properties": {
          "username": {
            "allOf": [
              {
                "type": "string",
                "format": "email"
              }
            ]
          },
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerGetOrganizationInvitation: {
    "operationId": "opsManagerGetOrganizationInvitation",
    "name": "getOrganizationInvitation",
    "method": "GET",
    "path": "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Return One Organization Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerDeleteOrganizationInvitation: {
    "operationId": "opsManagerDeleteOrganizationInvitation",
    "name": "deleteOrganizationInvitation",
    "method": "DELETE",
    "path": "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Delete One Organization Invitation",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": null,
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": true
      },
      {
        "status": 204,
        "body": false,
        "bodyType": null,
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
  opsManagerUpdateOrganizationInvitationById: {
    "operationId": "opsManagerUpdateOrganizationInvitationById",
    "name": "updateOrganizationInvitationById",
    "method": "PATCH",
    "path": "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}",
    "target": "opsManager",
    "summary": "Update One Organization Invitation by Invitation ID",
    "idempotent": true,
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
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      {
        "name": "envelope",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    ],
    "body": {
      "required": true,
      "fields": [
        "roles"
      ],
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roles"
        ],
        "properties": {
          "roles": {
            "type": "array",
            "maxItems": 100,
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "enum": [
                "ORG_OWNER",
                "ORG_MEMBER",
                "ORG_GROUP_CREATOR",
                "ORG_BILLING_ADMIN",
                "ORG_READ_ONLY"
              ]
            }
          }
        }
      }
    },
    "success": [
      {
        "status": 200,
        "body": true,
        "bodyType": "object",
        "envelopeOnly": false
      }
    ],
    "deprecated": true,
    "sunset": "2027-07-01"
  },
} as const;

/** The operationId of every operation in the spec. */
export type OperationId = keyof typeof operations;
