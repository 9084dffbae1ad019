// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.
export interface paths {
    "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one project invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Atlas project that you specify. You can't delete an invitation
         *     that a user has accepted.
         *
         *     Groups and projects are synonymous: `groupId` is the project id, and the resource keeps the term `groups`.
         *
         *     **Required role:** Project Owner.
         *
         *     The path segment is `invites`. The vendor page's curl example uses `/invitations/`; that is a documentation
         *     error (MongoDB's own clients call `/groups/{groupId}/invites/{invitationId}`) and `/invitations/` is not a
         *     path of this API.
         *
         *     **Assumption:** what the server answers for an invitation that has already been accepted is not documented;
         *     this document assumes `404` with an `ApiError` body, as for an unknown invitation.
         */
        delete: operations["deleteProjectInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one organization invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Ops Manager organization that you specify. You can't delete an
         *     invitation that a user has accepted.
         *
         *     **Required role:** Organization User Admin.
         *
         *     The path segment is `invites`. The vendor page's curl example uses `/invitations/`; that is a documentation
         *     error (MongoDB's own clients call `/orgs/{orgId}/invites/{invitationId}`) and `/invitations/` is not a
         *     path of this API.
         *
         *     On success Ops Manager also sends `X-MongoDB-Service-Version`.
         *
         *     **Assumption:** what the server answers for an invitation that has already been accepted is not documented;
         *     this document assumes `404` with an `ApiError` body, as for an unknown invitation.
         */
        delete: operations["deleteOrganizationInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error body of the MongoDB administration APIs. */
        ApiError: {
            /** @description Describes the specific conditions or reasons that cause each type of error. */
            detail?: string;
            /** @description HTTP status code returned with this error. */
            error: number;
            /** @description Application error code returned with this error. */
            errorCode: string;
            /** @description Parameters used to give more information about the error. */
            parameters?: unknown[];
            /** @description Application error message returned with this error. */
            reason?: string;
            /** @description Bad request detail. */
            badRequestDetail?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The answer when the request sets `envelope=true`: the HTTP status the server would have sent, and the body
         *     it would have sent (`{}` for a delete that succeeded, an `ApiError` for a failure).
         */
        Envelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["EmptyObject"] | components["schemas"]["ApiError"];
        };
        /** @description An empty JSON object, the body a successful delete stands for. */
        EmptyObject: Record<string, never>;
    };
    responses: {
        /**
         * @description Enveloped answer, sent only when the request sets `envelope=true`. **Assumption:** the status line is `200`
         *     and the wrapped `status` carries the real outcome (`204` on success).
         */
        Enveloped: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"];
            };
        };
        /** @description The invitation was deleted. No body. */
        AtlasDeleted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The invitation was deleted. No body. */
        OpsManagerDeleted: {
            headers: {
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An id in the path is not 24 hexadecimal digits. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Invalid attribute invitationId specified.",
                 *       "error": 400,
                 *       "errorCode": "INVALID_ATTRIBUTE",
                 *       "parameters": [
                 *         "invitationId"
                 *       ],
                 *       "reason": "Bad Request"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /**
         * @description Digest challenge: the request carried no credentials, a stale nonce (`stale=true`), wrong keys, a key outside
         *     the organization, or came from an IP address that is not on the key's access list.
         */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "You are not authorized for this resource.",
                 *       "error": 401,
                 *       "errorCode": "NOT_AUTHORIZED",
                 *       "parameters": [],
                 *       "reason": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The key lacks the role the operation needs (Project Owner on Atlas, Organization User Admin on Ops Manager). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "The currently logged in user does not have the required role for this resource.",
                 *       "error": 403,
                 *       "errorCode": "USER_UNAUTHORIZED",
                 *       "parameters": [],
                 *       "reason": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description No pending invitation with that id (unknown, already deleted, or, by assumption, already accepted). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Invitation 5f3a1c2b9d4e8f7a6b5c4d3e not found.",
                 *       "error": 404,
                 *       "errorCode": "INVITATION_NOT_FOUND",
                 *       "parameters": [
                 *         "5f3a1c2b9d4e8f7a6b5c4d3e"
                 *       ],
                 *       "reason": "Not Found"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Rate limit reached. Wait `Retry-After` seconds before sending again. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Resource /api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites is limited to 100 requests every 1 minutes.",
                 *       "error": 429,
                 *       "errorCode": "RATE_LIMITED",
                 *       "parameters": [
                 *         "/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites",
                 *         100,
                 *         1
                 *       ],
                 *       "reason": "Too Many Requests"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description The server failed to handle the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Unexpected error.",
                 *       "error": 500,
                 *       "errorCode": "UNEXPECTED_ERROR",
                 *       "parameters": [],
                 *       "reason": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /**
         * @description Unique 24-hexadecimal digit string that identifies the project. Groups and projects are synonymous.
         * @example 32b6e34b3d91647abb20e7b8
         */
        groupId: string;
        /**
         * @description Unique 24-hexadecimal digit string that identifies the organization.
         * @example 4888442a3354817a7320eb61
         */
        orgId: string;
        /**
         * @description Unique 24-hexadecimal digit string that identifies the invitation.
         * @example 5f3a1c2b9d4e8f7a6b5c4d3e
         */
        invitationId: string;
        /**
         * @description Flag that indicates whether the response body should be in a prettyprint format.
         * @example false
         */
        pretty: boolean;
        /**
         * @description Flag that indicates whether to wrap the response in an envelope `{"status", "content"}`, for clients that
         *     cannot read the HTTP status code or headers. Clients must not send `true` by default.
         * @example false
         */
        envelope: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The HTTP Digest challenge (RFC 7616 §3.3) to answer with the public and private API keys.
         * @example Digest realm="MMS Public API", domain="", nonce="UiWUKSVhmV1iBBzK3n9Ee0b7ZhHRS0kQ", algorithm=MD5, qop="auth", stale=false
         */
        "WWW-Authenticate": string;
        /**
         * @description Seconds to wait before sending the request again.
         * @example 60
         */
        "Retry-After": number;
        /**
         * @description Requests allowed in the current window.
         * @example 100
         */
        "RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 0
         */
        "RateLimit-Remaining": number;
        /**
         * @description The Ops Manager build that answered.
         * @example gitHash=6cfbc4ea5ddb01a7f35fe1e7eb7a3c9bd5bcb4f2; versionString=8.0.4.500.20250107T1621Z
         */
        "X-MongoDB-Service-Version": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    deleteProjectInvitation: {
        parameters: {
            query?: {
                /**
                 * @description Flag that indicates whether the response body should be in a prettyprint format.
                 * @example false
                 */
                pretty?: components["parameters"]["pretty"];
                /**
                 * @description Flag that indicates whether to wrap the response in an envelope `{"status", "content"}`, for clients that
                 *     cannot read the HTTP status code or headers. Clients must not send `true` by default.
                 * @example false
                 */
                envelope?: components["parameters"]["envelope"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique 24-hexadecimal digit string that identifies the project. Groups and projects are synonymous.
                 * @example 32b6e34b3d91647abb20e7b8
                 */
                groupId: components["parameters"]["groupId"];
                /**
                 * @description Unique 24-hexadecimal digit string that identifies the invitation.
                 * @example 5f3a1c2b9d4e8f7a6b5c4d3e
                 */
                invitationId: components["parameters"]["invitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Enveloped"];
            204: components["responses"]["AtlasDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteOrganizationInvitation: {
        parameters: {
            query?: {
                /**
                 * @description Flag that indicates whether the response body should be in a prettyprint format.
                 * @example false
                 */
                pretty?: components["parameters"]["pretty"];
                /**
                 * @description Flag that indicates whether to wrap the response in an envelope `{"status", "content"}`, for clients that
                 *     cannot read the HTTP status code or headers. Clients must not send `true` by default.
                 * @example false
                 */
                envelope?: components["parameters"]["envelope"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique 24-hexadecimal digit string that identifies the organization.
                 * @example 4888442a3354817a7320eb61
                 */
                orgId: components["parameters"]["orgId"];
                /**
                 * @description Unique 24-hexadecimal digit string that identifies the invitation.
                 * @example 5f3a1c2b9d4e8f7a6b5c4d3e
                 */
                invitationId: components["parameters"]["invitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Enveloped"];
            204: components["responses"]["OpsManagerDeleted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
