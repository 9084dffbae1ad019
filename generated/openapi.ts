// Generated from spec/openapi.yaml by scripts/generate.ts: do not edit. Run `npm run generate`.
export interface paths {
    "/api/atlas/v1.0/groups/{groupId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return All Pending Invitations to One Project
         * @deprecated
         * @description Returns every pending invitation to the Atlas project as a plain JSON array (no pagination); with `username`,
         *     only the invitation to that user (an empty array when there is none).
         *
         *     **Required role:** Project Owner.
         */
        get: operations["listProjectInvitations"];
        put?: never;
        /**
         * Create One Invitation to One Project
         * @deprecated
         * @description Invites one user, by email address, to the Atlas project with the roles given. The invitation expires 30 days
         *     after it was sent. The answer is `200` or `201` (the sources disagree, see "Create status"), with the invitation.
         *
         *     Too many invitations from one IP address: `400 RATE_LIMITED_IP` (Atlas publishes no numbers).
         *
         *     **Required role:** Project Owner.
         */
        post: operations["createProjectInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update One Project Invitation by Username
         * @deprecated
         * @description Replaces the roles of the pending invitation to the Atlas project that the body's `username` names.
         *
         *     A `username` with no pending invitation: **assumed** `404 RESOURCE_NOT_FOUND` (no source documents the answer).
         *
         *     **Required role:** Project Owner.
         */
        patch: operations["updateProjectInvitation"];
        trace?: never;
    };
    "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return One Project Invitation
         * @deprecated
         * @description Returns one pending invitation to the Atlas project.
         *
         *     An invitation that does not exist, was accepted or has expired: `400 INVALID_INVITATION_ID` (Atlas's catalogue documents the code for a delete; this document **assumes** the same lookup answers it here).
         *
         *     **Required role:** Project Owner.
         */
        get: operations["getProjectInvitation"];
        put?: never;
        post?: never;
        /**
         * Delete One Project Invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Atlas project. You can't delete an invitation that a user has accepted.
         *
         *     Groups and projects are synonymous: `groupId` is the project id, and the resource keeps the term `groups`.
         *
         *     The path segment is `invites`. The vendor pages' curl examples use `/invitations/`; that is a documentation error
         *     (MongoDB's own clients call `…/invites/{invitationId}`) and `/invitations/` is not a path of this API.
         *
         *     An invitation that does not exist or was already accepted: `400 INVALID_INVITATION_ID` (Atlas's error
         *     catalogue: "The invitation you tried to delete does not exist or has already been accepted"). An invitation to
         *     an organization given to this path: `400 CANNOT_DELETE_ORG_INVITATION`.
         *
         *     **Required role:** Project Owner.
         */
        delete: operations["deleteProjectInvitation"];
        options?: never;
        head?: never;
        /**
         * Update One Project Invitation by Invitation ID
         * @deprecated
         * @description Replaces the roles of one pending invitation to the Atlas project.
         *
         *     An invitation that does not exist, was accepted or has expired: `400 INVALID_INVITATION_ID` (Atlas's catalogue documents the code for a delete; this document **assumes** the same lookup answers it here).
         *
         *     **Required role:** Project Owner.
         */
        patch: operations["updateProjectInvitationById"];
        trace?: never;
    };
    "/api/atlas/v1.0/orgs/{orgId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return All Pending Invitations to One Organization
         * @deprecated
         * @description Returns every pending invitation to the Atlas organization as a plain JSON array (no pagination); with `username`,
         *     only the invitation to that user (an empty array when there is none).
         *
         *     **Required role:** Organization Owner.
         */
        get: operations["listOrganizationInvitations"];
        put?: never;
        /**
         * Create One Invitation to One Organization
         * @deprecated
         * @description Invites one user, by email address, to the Atlas organization with the roles given. The invitation expires 30 days
         *     after it was sent. The answer is `200` or `201` (the sources disagree, see "Create status"), with the invitation.
         *
         *     Too many invitations from one IP address: `400 RATE_LIMITED_IP` (Atlas publishes no numbers).
         *
         *     **Required role:** Organization Owner.
         */
        post: operations["createOrganizationInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update One Organization Invitation by Username
         * @deprecated
         * @description Replaces the roles of the pending invitation to the Atlas organization that the body's `username` names.
         *
         *     A `username` with no pending invitation: **assumed** `404 RESOURCE_NOT_FOUND` (no source documents the answer).
         *
         *     **Required role:** Organization Owner.
         */
        patch: operations["updateOrganizationInvitation"];
        trace?: never;
    };
    "/api/atlas/v1.0/orgs/{orgId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return One Organization Invitation
         * @deprecated
         * @description Returns one pending invitation to the Atlas organization.
         *
         *     An invitation that does not exist, was accepted or has expired: `400 INVALID_INVITATION_ID` (Atlas's catalogue documents the code for a delete; this document **assumes** the same lookup answers it here).
         *
         *     **Required role:** Organization Owner.
         */
        get: operations["getOrganizationInvitation"];
        put?: never;
        post?: never;
        /**
         * Delete One Organization Invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Atlas organization. You can't delete an invitation that a user has accepted.
         *
         *     The path segment is `invites`. The vendor pages' curl examples use `/invitations/`; that is a documentation error
         *     (MongoDB's own clients call `…/invites/{invitationId}`) and `/invitations/` is not a path of this API.
         *
         *     An invitation that does not exist or was already accepted: `400 INVALID_INVITATION_ID` (Atlas's error
         *     catalogue: "The invitation you tried to delete does not exist or has already been accepted"). An invitation to
         *     a project given to this path: `400 CANNOT_DELETE_GROUP_INVITATION`.
         *
         *     **Required role:** Organization Owner.
         */
        delete: operations["deleteOrganizationInvitation"];
        options?: never;
        head?: never;
        /**
         * Update One Organization Invitation by Invitation ID
         * @deprecated
         * @description Replaces the roles of one pending invitation to the Atlas organization.
         *
         *     An invitation that does not exist, was accepted or has expired: `400 INVALID_INVITATION_ID` (Atlas's catalogue documents the code for a delete; this document **assumes** the same lookup answers it here).
         *
         *     **Required role:** Organization Owner.
         */
        patch: operations["updateOrganizationInvitationById"];
        trace?: never;
    };
    "/api/public/v1.0/groups/{groupId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return All Pending Invitations to One Project
         * @deprecated
         * @description Returns every pending invitation to the Ops Manager project as a plain JSON array (no pagination); with `username`,
         *     only the invitation to that user (an empty array when there is none).
         *
         *     **Required role:** Project User Admin.
         */
        get: operations["opsManagerListProjectInvitations"];
        put?: never;
        /**
         * Create One Invitation to One Project
         * @deprecated
         * @description Invites one user, by email address, to the Ops Manager project with the roles given. The invitation expires 30 days
         *     after it was sent. The answer is `200` or `201` (the sources disagree, see "Create status"), with the invitation.
         *
         *     If the server runs in Bypass Invitation Mode, Ops Manager adds the user at once and returns no invitation;
         *     this document does not describe that mode.
         *
         *     **Required role:** Project User Admin.
         */
        post: operations["opsManagerCreateProjectInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update One Project Invitation by Username
         * @deprecated
         * @description Replaces the roles of the pending invitation to the Ops Manager project that the body's `username` names.
         *
         *     A `username` with no pending invitation: **assumed** `404 RESOURCE_NOT_FOUND` (no source documents the answer).
         *
         *     **Required role:** Project User Admin.
         */
        patch: operations["opsManagerUpdateProjectInvitation"];
        trace?: never;
    };
    "/api/public/v1.0/groups/{groupId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return One Project Invitation
         * @deprecated
         * @description Returns one pending invitation to the Ops Manager project.
         *
         *     An invitation that does not exist, was accepted or has expired: **assumed** `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     **Required role:** Project User Admin.
         */
        get: operations["opsManagerGetProjectInvitation"];
        put?: never;
        post?: never;
        /**
         * Delete One Project Invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Ops Manager project. You can't delete an invitation that a user has accepted.
         *
         *     Groups and projects are synonymous: `groupId` is the project id, and the resource keeps the term `groups`.
         *
         *     The path segment is `invites`. The vendor pages' curl examples use `/invitations/`; that is a documentation error
         *     (MongoDB's own clients call `…/invites/{invitationId}`) and `/invitations/` is not a path of this API.
         *
         *     An invitation that does not exist, was accepted, has expired or belongs to the other scope: **assumed**
         *     `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     On success Ops Manager also sends `X-MongoDB-Service-Version`.
         *
         *     **Required role:** Project User Admin.
         */
        delete: operations["opsManagerDeleteProjectInvitation"];
        options?: never;
        head?: never;
        /**
         * Update One Project Invitation by Invitation ID
         * @deprecated
         * @description Replaces the roles of one pending invitation to the Ops Manager project.
         *
         *     An invitation that does not exist, was accepted or has expired: **assumed** `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     **Required role:** Project User Admin.
         */
        patch: operations["opsManagerUpdateProjectInvitationById"];
        trace?: never;
    };
    "/api/public/v1.0/orgs/{orgId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return All Pending Invitations to One Organization
         * @deprecated
         * @description Returns every pending invitation to the Ops Manager organization as a plain JSON array (no pagination); with `username`,
         *     only the invitation to that user (an empty array when there is none).
         *
         *     **Required role:** Organization User Admin.
         */
        get: operations["opsManagerListOrganizationInvitations"];
        put?: never;
        /**
         * Create One Invitation to One Organization
         * @deprecated
         * @description Invites one user, by email address, to the Ops Manager organization with the roles given. The invitation expires 30 days
         *     after it was sent. The answer is `200` or `201` (the sources disagree, see "Create status"), with the invitation.
         *
         *     If the server runs in Bypass Invitation Mode, Ops Manager adds the user at once and returns no invitation;
         *     this document does not describe that mode.
         *
         *     **Required role:** Organization User Admin.
         */
        post: operations["opsManagerCreateOrganizationInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update One Organization Invitation by Username
         * @deprecated
         * @description Replaces the roles of the pending invitation to the Ops Manager organization that the body's `username` names.
         *
         *     A `username` with no pending invitation: **assumed** `404 RESOURCE_NOT_FOUND` (no source documents the answer).
         *
         *     **Required role:** Organization User Admin.
         */
        patch: operations["opsManagerUpdateOrganizationInvitation"];
        trace?: never;
    };
    "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Return One Organization Invitation
         * @deprecated
         * @description Returns one pending invitation to the Ops Manager organization.
         *
         *     An invitation that does not exist, was accepted or has expired: **assumed** `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     **Required role:** Organization User Admin.
         */
        get: operations["opsManagerGetOrganizationInvitation"];
        put?: never;
        post?: never;
        /**
         * Delete One Organization Invitation
         * @deprecated
         * @description Deletes one **pending** invitation to the Ops Manager organization. You can't delete an invitation that a user has accepted.
         *
         *     The path segment is `invites`. The vendor pages' curl examples use `/invitations/`; that is a documentation error
         *     (MongoDB's own clients call `…/invites/{invitationId}`) and `/invitations/` is not a path of this API.
         *
         *     An invitation that does not exist, was accepted, has expired or belongs to the other scope: **assumed**
         *     `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     On success Ops Manager also sends `X-MongoDB-Service-Version`.
         *
         *     **Required role:** Organization User Admin.
         */
        delete: operations["opsManagerDeleteOrganizationInvitation"];
        options?: never;
        head?: never;
        /**
         * Update One Organization Invitation by Invitation ID
         * @deprecated
         * @description Replaces the roles of one pending invitation to the Ops Manager organization.
         *
         *     An invitation that does not exist, was accepted or has expired: **assumed** `404 RESOURCE_NOT_FOUND` (Ops Manager documents no invitation codes).
         *
         *     **Required role:** Organization User Admin.
         */
        patch: operations["opsManagerUpdateOrganizationInvitationById"];
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
            readonly badRequestDetail?: {
                /** @description Describes all violations in a client request. */
                fields?: {
                    /** @description A description of why the request element is bad. */
                    description: string;
                    /** @description A path that leads to a field in the request body. */
                    field: string;
                }[];
            };
        };
        /**
         * @description The answer to a delete when the request sets `envelope=true`: the HTTP status the server would have sent, and
         *     the body it would have sent (`{}` for a delete that succeeded, an `ApiError` for a failure).
         */
        Envelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["EmptyObject"] | components["schemas"]["ApiError"];
        };
        /**
         * @description An empty JSON object, the body a successful delete stands for.
         * @example {}
         */
        EmptyObject: Record<string, never>;
        /** @description A link to a related resource (RFC 5988). */
        Link: {
            /**
             * @description The URL of the related resource, usually starting `https://cloud.mongodb.com/api/atlas`.
             * @example https://cloud.mongodb.com/api/atlas
             */
            href?: string;
            /**
             * @description How the resource relates to this one, e.g. `self`.
             * @example self
             */
            rel?: string;
        };
        /**
         * @description Unique 24-hexadecimal digit string, in lower case.
         * @example 32b6e34b3d91647abb20e7b8
         */
        Id: string;
        /**
         * Format: email
         * @description An email address, the user name of a MongoDB Cloud or Ops Manager user.
         * @example jane.doe@example.com
         */
        Email: string;
        /**
         * Format: date-time
         * @description A time in ISO 8601 format, in UTC.
         * @example 2021-02-18T18:51:46Z
         */
        InvitationTimestamp: string;
        /**
         * @description An Atlas project role. **Stricter than MongoDB's v1.0 specification**, which types project roles as a plain
         *     string: the values are those of MongoDB's v2 specification (`GroupInvitationRequest.roles`) and the v1
         *     reference pages.
         * @example GROUP_READ_ONLY
         * @enum {string}
         */
        AtlasProjectRole: "GROUP_BACKUP_MANAGER" | "GROUP_CLUSTER_MANAGER" | "GROUP_DATA_ACCESS_ADMIN" | "GROUP_DATA_ACCESS_READ_ONLY" | "GROUP_DATA_ACCESS_READ_WRITE" | "GROUP_DATABASE_ACCESS_ADMIN" | "GROUP_OBSERVABILITY_VIEWER" | "GROUP_OWNER" | "GROUP_READ_ONLY" | "GROUP_SEARCH_INDEX_EDITOR" | "GROUP_STREAM_PROCESSING_OWNER";
        /**
         * @description An Atlas organization role, as MongoDB's v1.0 specification lists them.
         * @example ORG_MEMBER
         * @enum {string}
         */
        AtlasOrganizationRole: "ORG_OWNER" | "ORG_MEMBER" | "ORG_GROUP_CREATOR" | "ORG_BILLING_ADMIN" | "ORG_BILLING_READ_ONLY" | "ORG_STREAM_PROCESSING_ADMIN" | "ORG_READ_ONLY";
        /**
         * @description An Ops Manager project role, as the Ops Manager pages list them (Cloud Manager adds `GROUP_BILLING_ADMIN`,
         *     which Ops Manager does not take).
         * @example GROUP_READ_ONLY
         * @enum {string}
         */
        OpsManagerProjectRole: "GROUP_AUTOMATION_ADMIN" | "GROUP_BACKUP_ADMIN" | "GROUP_CHARTS_ADMIN" | "GROUP_DATA_ACCESS_ADMIN" | "GROUP_DATA_ACCESS_READ_ONLY" | "GROUP_DATA_ACCESS_READ_WRITE" | "GROUP_MONITORING_ADMIN" | "GROUP_OWNER" | "GROUP_READ_ONLY" | "GROUP_USER_ADMIN";
        /**
         * @description An Ops Manager organization role, as the Ops Manager pages list them. Whether Ops Manager refuses
         *     `ORG_BILLING_ADMIN` in an invitation (its catalogue has `BILLING_UNSUPPORTED`) is not documented.
         * @example ORG_MEMBER
         * @enum {string}
         */
        OpsManagerOrganizationRole: "ORG_OWNER" | "ORG_MEMBER" | "ORG_GROUP_CREATOR" | "ORG_BILLING_ADMIN" | "ORG_READ_ONLY";
        /**
         * @description A pending invitation to an Atlas project (MongoDB's `GroupInvitation`). `expiresAt` is `createdAt` plus 30
         *     days. MongoDB's v1.0 specification marks no field required; every documented answer carries all but `links`.
         */
        AtlasProjectInvitation: {
            /** @description Unique 24-hexadecimal character string that identifies the invitation. */
            readonly id: components["schemas"]["Id"];
            /** @description Email address of the user invited to join the project. */
            readonly username: components["schemas"]["Email"];
            /** @description When the invitation was sent. */
            createdAt: components["schemas"]["InvitationTimestamp"];
            /** @description When the invitation expires, 30 days after `createdAt`. */
            expiresAt: components["schemas"]["InvitationTimestamp"];
            /** @description Email address of the user who sent the invitation. */
            readonly inviterUsername: components["schemas"]["Email"];
            /** @description The project roles the invitation grants. */
            roles: components["schemas"]["AtlasProjectRole"][];
            /** @description Unique 24-hexadecimal character string that identifies the project. */
            readonly groupId: components["schemas"]["Id"];
            /**
             * @description Human-readable label that identifies the project. MongoDB's specification gives the pattern
             *     `^[\p{L}\p{N}\-_.(),:&@+']{1,64}$`; it is stated here rather than declared because it needs Unicode
             *     property escapes, which JSON Schema validators without Unicode mode (Spectral's among them) misread.
             * @example Project0
             */
            readonly groupName: string;
            /** @description Links to this invitation and related resources (RFC 5988). Atlas only. */
            readonly links?: components["schemas"]["Link"][];
        };
        /**
         * @description Who to invite to an Atlas project, or whose invitation to update, and the roles (MongoDB's
         *     `GroupInvitationRequest`). MongoDB's reference pages mark both fields Required; v1.yaml lists none.
         */
        AtlasProjectInvitationRequest: {
            /** @description Email address of the user invited to the project. */
            username: components["schemas"]["Email"];
            /** @description One or more project roles; an update replaces the invitation's roles with these. */
            roles: components["schemas"]["AtlasProjectRole"][];
        };
        /** @description The roles that replace those of one Atlas project invitation (MongoDB's `GroupInvitationUpdateRequest`). */
        AtlasProjectInvitationUpdateRequest: {
            /** @description One or more project roles; they replace the invitation's roles. */
            roles: components["schemas"]["AtlasProjectRole"][];
        };
        /** @description A project role an organization invitation grants once accepted (MongoDB's `GroupRole`). */
        AtlasGroupRole: {
            /** @description The project the role belongs to. */
            groupId?: components["schemas"]["Id"];
            groupRole?: components["schemas"]["AtlasProjectRole"];
        };
        /**
         * @description A project to add the user to once they accept the organization invitation, with the project roles (MongoDB's
         *     `OrganizationInvitationGroupRoleAssignmentsRequest`).
         */
        AtlasGroupRoleAssignment: {
            /** @description The project the roles belong to. */
            groupId: components["schemas"]["Id"];
            /** @description One or more project roles. */
            roles: components["schemas"]["AtlasProjectRole"][];
        };
        /**
         * @description Teams to add the user to, each a 24-hexadecimal digit id (MongoDB's v1.0 specification says so in words and
         *     declares a plain string).
         */
        TeamIds: components["schemas"]["Id"][];
        /**
         * @description A pending invitation to an Atlas organization (MongoDB's `OrganizationInvitation`). `expiresAt` is
         *     `createdAt` plus 30 days. MongoDB's v1.0 specification requires `orgName` only; every documented answer
         *     carries the fields required here.
         */
        AtlasOrganizationInvitation: {
            /** @description Unique 24-hexadecimal digit string that identifies the invitation. */
            readonly id: components["schemas"]["Id"];
            /** @description Email address of the user invited to join the organization. */
            username: components["schemas"]["Email"];
            /** @description When the invitation was sent. */
            createdAt: components["schemas"]["InvitationTimestamp"];
            /** @description When the invitation expires, 30 days after `createdAt`. */
            expiresAt: components["schemas"]["InvitationTimestamp"];
            /** @description Email address of the user who sent the invitation. */
            readonly inviterUsername: components["schemas"]["Email"];
            /** @description The organization roles the invitation grants. */
            roles: components["schemas"]["AtlasOrganizationRole"][];
            /** @description Unique 24-hexadecimal digit string that identifies the organization. */
            readonly orgId: components["schemas"]["Id"];
            /**
             * @description Human-readable label that identifies the organization. MongoDB's specification gives the pattern
             *     `^[\p{L}\p{N}\-_.(),:&@+']{1,64}$`; it is stated here rather than declared (see `groupName`).
             * @example Acme
             */
            orgName: string;
            /** @description Teams the user joins on accepting the invitation. */
            readonly teamIds?: components["schemas"]["TeamIds"];
            /** @description Projects the user is added to on accepting, with their roles. Atlas only. */
            groupRoleAssignments?: components["schemas"]["AtlasGroupRole"][];
            /** @description Links to this invitation and related resources (RFC 5988). Atlas only. */
            readonly links?: components["schemas"]["Link"][];
        };
        /**
         * @description Who to invite to an Atlas organization, or whose invitation to update, and what to grant (MongoDB's
         *     `OrganizationInvitationRequest`). MongoDB's reference pages mark `username` and `roles` Required.
         */
        AtlasOrganizationInvitationRequest: {
            /** @description Email address of the user to invite. */
            username: components["schemas"]["Email"];
            /** @description One or more organization roles; an update replaces the invitation's roles with these. */
            roles: components["schemas"]["AtlasOrganizationRole"][];
            teamIds?: components["schemas"]["TeamIds"];
            /** @description Projects to add the user to on accepting, with their roles. Atlas only. */
            groupRoleAssignments?: components["schemas"]["AtlasGroupRoleAssignment"][];
        };
        /**
         * @description What replaces the grants of one Atlas organization invitation (MongoDB's
         *     `OrganizationInvitationUpdateRequest`). MongoDB's reference pages mark `roles` Required.
         */
        AtlasOrganizationInvitationUpdateRequest: {
            /** @description One or more organization roles; they replace the invitation's roles. */
            roles: components["schemas"]["AtlasOrganizationRole"][];
            teamIds?: components["schemas"]["TeamIds"];
            /** @description Projects to add the user to on accepting, with their roles. Atlas only. */
            groupRoleAssignments?: components["schemas"]["AtlasGroupRoleAssignment"][];
        };
        /**
         * @description A pending invitation to an Ops Manager project. `expiresAt` is `createdAt` plus 30 days. The Ops Manager
         *     field table spells `inviterUserName`; its examples and MongoDB's Go client use `inviterUsername`.
         */
        OpsManagerProjectInvitation: {
            /** @description Unique 24-hexadecimal digit string that identifies the invitation. */
            readonly id: components["schemas"]["Id"];
            /** @description Email address of the user invited to join the project. */
            readonly username: components["schemas"]["Email"];
            /** @description When the invitation was sent. */
            createdAt: components["schemas"]["InvitationTimestamp"];
            /** @description When the invitation expires, 30 days after `createdAt`. */
            expiresAt: components["schemas"]["InvitationTimestamp"];
            /** @description Email address of the user who sent the invitation. */
            readonly inviterUsername: components["schemas"]["Email"];
            /** @description The project roles the invitation grants. */
            roles: components["schemas"]["OpsManagerProjectRole"][];
            /** @description Unique 24-hexadecimal digit string that identifies the project. */
            readonly groupId: components["schemas"]["Id"];
            /**
             * @description Human-readable label that identifies the project.
             * @example Project0
             */
            readonly groupName: string;
        };
        /** @description Who to invite to an Ops Manager project, or whose invitation to update, and the roles (both Required on the Ops Manager pages). */
        OpsManagerProjectInvitationRequest: {
            /** @description Email address of the user to invite. */
            username: components["schemas"]["Email"];
            /** @description One or more project roles; an update replaces the invitation's roles with these. */
            roles: components["schemas"]["OpsManagerProjectRole"][];
        };
        /** @description The roles that replace those of one Ops Manager project invitation. */
        OpsManagerProjectInvitationUpdateRequest: {
            /** @description One or more project roles; they replace the invitation's roles. */
            roles: components["schemas"]["OpsManagerProjectRole"][];
        };
        /**
         * @description A pending invitation to an Ops Manager organization. `expiresAt` is `createdAt` plus 30 days. The Ops
         *     Manager field table spells `teamId`; its examples use `teamIds`.
         */
        OpsManagerOrganizationInvitation: {
            /** @description Unique 24-hexadecimal digit string that identifies the invitation. */
            readonly id: components["schemas"]["Id"];
            /** @description Email address of the user invited to join the organization. */
            readonly username: components["schemas"]["Email"];
            /** @description When the invitation was sent. */
            createdAt: components["schemas"]["InvitationTimestamp"];
            /** @description When the invitation expires, 30 days after `createdAt`. */
            expiresAt: components["schemas"]["InvitationTimestamp"];
            /** @description Email address of the user who sent the invitation. */
            readonly inviterUsername: components["schemas"]["Email"];
            /** @description The organization roles the invitation grants. */
            roles: components["schemas"]["OpsManagerOrganizationRole"][];
            /** @description Unique 24-hexadecimal digit string that identifies the organization. */
            readonly orgId: components["schemas"]["Id"];
            /**
             * @description Human-readable label that identifies the organization.
             * @example Acme
             */
            readonly orgName: string;
            /** @description Teams the user joins on accepting the invitation. */
            readonly teamIds?: components["schemas"]["TeamIds"];
        };
        /** @description Who to invite to an Ops Manager organization, the roles, and optionally teams (`roles` and `username` Required on the Ops Manager pages). */
        OpsManagerOrganizationInvitationRequest: {
            /** @description Email address of the user to invite. */
            username: components["schemas"]["Email"];
            /** @description One or more organization roles. */
            roles: components["schemas"]["OpsManagerOrganizationRole"][];
            teamIds?: components["schemas"]["TeamIds"];
        };
        /** @description Whose Ops Manager organization invitation to update, and the roles that replace its roles (both Required on the Ops Manager pages). */
        OpsManagerOrganizationInvitationUsernameUpdateRequest: {
            /** @description Email address of the invited user. */
            username: components["schemas"]["Email"];
            /** @description One or more organization roles; they replace the invitation's roles. */
            roles: components["schemas"]["OpsManagerOrganizationRole"][];
        };
        /** @description The roles that replace those of one Ops Manager organization invitation. */
        OpsManagerOrganizationInvitationUpdateRequest: {
            /** @description One or more organization roles; they replace the invitation's roles. */
            roles: components["schemas"]["OpsManagerOrganizationRole"][];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the invitation, or the `ApiError` of a failure. */
        AtlasProjectInvitationEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["AtlasProjectInvitation"] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the list, or the `ApiError` of a failure. */
        AtlasProjectInvitationListEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["AtlasProjectInvitation"][] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the invitation, or the `ApiError` of a failure. */
        AtlasOrganizationInvitationEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["AtlasOrganizationInvitation"] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the list, or the `ApiError` of a failure. */
        AtlasOrganizationInvitationListEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["AtlasOrganizationInvitation"][] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the invitation, or the `ApiError` of a failure. */
        OpsManagerProjectInvitationEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["OpsManagerProjectInvitation"] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the list, or the `ApiError` of a failure. */
        OpsManagerProjectInvitationListEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["OpsManagerProjectInvitation"][] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the invitation, or the `ApiError` of a failure. */
        OpsManagerOrganizationInvitationEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["OpsManagerOrganizationInvitation"] | components["schemas"]["ApiError"];
        };
        /** @description The answer when the request sets `envelope=true`; `content` is the list, or the `ApiError` of a failure. */
        OpsManagerOrganizationInvitationListEnvelope: {
            /** @description The HTTP status code of the wrapped answer. */
            status: number;
            /** @description The body of the wrapped answer. */
            content: components["schemas"]["OpsManagerOrganizationInvitation"][] | components["schemas"]["ApiError"];
        };
    };
    responses: {
        /**
         * @description Digest challenge: the request carried no credentials, a stale nonce (`stale=true`), wrong keys, a key outside
         *     the organization, or came from an IP address that is not on the key's access list. On Atlas also an expired,
         *     revoked or unknown Bearer access token.
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
        /** @description The key lacks the role the operation needs (its description names it). */
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
        /** @description The pending invitations, a plain array (the envelope only for `envelope=true`). */
        AtlasProjectList: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitation"][] | components["schemas"]["AtlasProjectInvitationListEnvelope"];
            };
        };
        /** @description The invitation (the envelope only for `envelope=true`). */
        AtlasProjectFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitation"] | components["schemas"]["AtlasProjectInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status MongoDB's v1.0 specification declares; also the envelope's status line). */
        AtlasProjectCreatedOk: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitation"] | components["schemas"]["AtlasProjectInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status the vendor pages show). */
        AtlasProjectCreated: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitation"];
            };
        };
        /** @description The invitation was deleted. No body. */
        AtlasProjectDeleted: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The pending invitations, a plain array (the envelope only for `envelope=true`). */
        AtlasOrganizationList: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitation"][] | components["schemas"]["AtlasOrganizationInvitationListEnvelope"];
            };
        };
        /** @description The invitation (the envelope only for `envelope=true`). */
        AtlasOrganizationFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitation"] | components["schemas"]["AtlasOrganizationInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status MongoDB's v1.0 specification declares; also the envelope's status line). */
        AtlasOrganizationCreatedOk: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitation"] | components["schemas"]["AtlasOrganizationInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status the vendor pages show). */
        AtlasOrganizationCreated: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitation"];
            };
        };
        /** @description The invitation was deleted. No body. */
        AtlasOrganizationDeleted: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The pending invitations, a plain array (the envelope only for `envelope=true`). */
        OpsManagerProjectList: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitation"][] | components["schemas"]["OpsManagerProjectInvitationListEnvelope"];
            };
        };
        /** @description The invitation (the envelope only for `envelope=true`). */
        OpsManagerProjectFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitation"] | components["schemas"]["OpsManagerProjectInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status MongoDB's v1.0 specification declares; also the envelope's status line). */
        OpsManagerProjectCreatedOk: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitation"] | components["schemas"]["OpsManagerProjectInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status the vendor pages show). */
        OpsManagerProjectCreated: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitation"];
            };
        };
        /** @description The invitation was deleted. No body. */
        OpsManagerProjectDeleted: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The pending invitations, a plain array (the envelope only for `envelope=true`). */
        OpsManagerOrganizationList: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitation"][] | components["schemas"]["OpsManagerOrganizationInvitationListEnvelope"];
            };
        };
        /** @description The invitation (the envelope only for `envelope=true`). */
        OpsManagerOrganizationFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitation"] | components["schemas"]["OpsManagerOrganizationInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status MongoDB's v1.0 specification declares; also the envelope's status line). */
        OpsManagerOrganizationCreatedOk: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitation"] | components["schemas"]["OpsManagerOrganizationInvitationEnvelope"];
            };
        };
        /** @description The invitation was created (the status the vendor pages show). */
        OpsManagerOrganizationCreated: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitation"];
            };
        };
        /** @description The invitation was deleted. No body. */
        OpsManagerOrganizationDeleted: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Enveloped answer, sent only when the request sets `envelope=true`. **Assumption:** the status line is `200`
         *     and the wrapped `status` carries the real outcome (`204` on success).
         */
        AtlasDeleteEnveloped: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"];
            };
        };
        /**
         * @description Enveloped answer, sent only when the request sets `envelope=true`. **Assumption:** the status line is `200`
         *     and the wrapped `status` carries the real outcome (`204` on success).
         */
        OpsManagerDeleteEnveloped: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                Deprecation: components["headers"]["Deprecation"];
                Sunset: components["headers"]["Sunset"];
                "X-MongoDB-Service-Version": components["headers"]["X-MongoDB-Service-Version"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Envelope"];
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
         * @description Email address of the invited user: only the pending invitation to that user is listed. Without it, every
         *     pending invitation is.
         * @example jane.doe@example.com
         */
        username: string;
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
         * @description When the operation was deprecated (RFC 9745: `@` and seconds since the epoch), sent by deprecated API versions.
         *     The format is stated rather than declared as a pattern: Prism's proxy applies a header's pattern to an
         *     answer that omits the header.
         * @example @1735689600
         */
        Deprecation: string;
        /**
         * @description When the operation stops working (RFC 8594, an HTTP date), sent by deprecated API versions.
         * @example Thu, 01 Jul 2027 00:00:00 GMT
         */
        Sunset: string;
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
    listProjectInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Email address of the invited user: only the pending invitation to that user is listed. Without it, every
                 *     pending invitation is.
                 * @example jane.doe@example.com
                 */
                username?: components["parameters"]["username"];
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AtlasProjectList"];
            /** @description A malformed id or `username`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createProjectInvitation: {
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
            };
            cookie?: never;
        };
        /** @description Who to invite, and the roles the invitation grants. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasProjectCreatedOk"];
            201: components["responses"]["AtlasProjectCreated"];
            /** @description A malformed id or body, or a role the project does not take, or too many invitations from this IP address. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateProjectInvitation: {
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
            };
            cookie?: never;
        };
        /** @description The invitation, by the invited user's email address, and the roles that replace its roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasProjectFound"];
            /** @description A malformed id or body, or a role the project does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project, or no pending invitation for that username. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProjectInvitation: {
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
            200: components["responses"]["AtlasProjectFound"];
            /** @description A malformed id, or no pending invitation with that id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
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
            200: components["responses"]["AtlasDeleteEnveloped"];
            204: components["responses"]["AtlasProjectDeleted"];
            /** @description A malformed id, no pending invitation with that id, or an invitation of the other scope. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateProjectInvitationById: {
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
        /** @description The roles that replace the invitation's roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasProjectInvitationUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasProjectFound"];
            /** @description A malformed id or body, a role the project does not take, or no pending invitation with that id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listOrganizationInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Email address of the invited user: only the pending invitation to that user is listed. Without it, every
                 *     pending invitation is.
                 * @example jane.doe@example.com
                 */
                username?: components["parameters"]["username"];
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AtlasOrganizationList"];
            /** @description A malformed id or `username`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createOrganizationInvitation: {
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
            };
            cookie?: never;
        };
        /** @description Who to invite, and the roles the invitation grants. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasOrganizationCreatedOk"];
            201: components["responses"]["AtlasOrganizationCreated"];
            /** @description A malformed id or body, or a role the organization does not take, or too many invitations from this IP address. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or a team id that names no team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrganizationInvitation: {
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
            };
            cookie?: never;
        };
        /** @description The invitation, by the invited user's email address, and the roles that replace its roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasOrganizationFound"];
            /** @description A malformed id or body, or a role the organization does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or no pending invitation for that username. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrganizationInvitation: {
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
            200: components["responses"]["AtlasOrganizationFound"];
            /** @description A malformed id, or no pending invitation with that id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
            200: components["responses"]["AtlasDeleteEnveloped"];
            204: components["responses"]["AtlasOrganizationDeleted"];
            /** @description A malformed id, no pending invitation with that id, or an invitation of the other scope. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateOrganizationInvitationById: {
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
        /** @description The roles that replace the invitation's roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AtlasOrganizationInvitationUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["AtlasOrganizationFound"];
            /** @description A malformed id or body, a role the organization does not take, or no pending invitation with that id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerListProjectInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Email address of the invited user: only the pending invitation to that user is listed. Without it, every
                 *     pending invitation is.
                 * @example jane.doe@example.com
                 */
                username?: components["parameters"]["username"];
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OpsManagerProjectList"];
            /** @description A malformed id or `username`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerCreateProjectInvitation: {
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
            };
            cookie?: never;
        };
        /** @description Who to invite, and the roles the invitation grants. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerProjectCreatedOk"];
            201: components["responses"]["OpsManagerProjectCreated"];
            /** @description A malformed id or body, or a role the project does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The user already belongs to the project (**assumption:** Ops Manager's catalogue lists `USER_ALREADY_EXISTS`; when it applies to invitations is not documented). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerUpdateProjectInvitation: {
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
            };
            cookie?: never;
        };
        /** @description The invitation, by the invited user's email address, and the roles that replace its roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerProjectFound"];
            /** @description A malformed id or body, or a role the project does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project, or no pending invitation for that username. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerGetProjectInvitation: {
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
            200: components["responses"]["OpsManagerProjectFound"];
            /** @description A malformed id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerDeleteProjectInvitation: {
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
            200: components["responses"]["OpsManagerDeleteEnveloped"];
            204: components["responses"]["OpsManagerProjectDeleted"];
            /** @description A malformed id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerUpdateProjectInvitationById: {
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
        /** @description The roles that replace the invitation's roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerProjectInvitationUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerProjectFound"];
            /** @description A malformed id or body, a role the project does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such project, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerListOrganizationInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Email address of the invited user: only the pending invitation to that user is listed. Without it, every
                 *     pending invitation is.
                 * @example jane.doe@example.com
                 */
                username?: components["parameters"]["username"];
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
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OpsManagerOrganizationList"];
            /** @description A malformed id or `username`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerCreateOrganizationInvitation: {
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
            };
            cookie?: never;
        };
        /** @description Who to invite, and the roles the invitation grants. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerOrganizationCreatedOk"];
            201: components["responses"]["OpsManagerOrganizationCreated"];
            /** @description A malformed id or body, or a role the organization does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The user already belongs to the organization (**assumption:** Ops Manager's catalogue lists `USER_ALREADY_EXISTS`; when it applies to invitations is not documented). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerUpdateOrganizationInvitation: {
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
            };
            cookie?: never;
        };
        /** @description The invitation, by the invited user's email address, and the roles that replace its roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitationUsernameUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerOrganizationFound"];
            /** @description A malformed id or body, or a role the organization does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or no pending invitation for that username. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerGetOrganizationInvitation: {
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
            200: components["responses"]["OpsManagerOrganizationFound"];
            /** @description A malformed id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerDeleteOrganizationInvitation: {
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
            200: components["responses"]["OpsManagerDeleteEnveloped"];
            204: components["responses"]["OpsManagerOrganizationDeleted"];
            /** @description A malformed id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    opsManagerUpdateOrganizationInvitationById: {
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
        /** @description The roles that replace the invitation's roles. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpsManagerOrganizationInvitationUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["OpsManagerOrganizationFound"];
            /** @description A malformed id or body, a role the organization does not take. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such organization, or no pending invitation with that id (assumption). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
