/**
 * The `--help` text of the operator commands (list, describe, invite, update, prune), kept as plain text so the
 * README can quote it as it is.
 */

const SCOPES = `Scopes (both targets; several at once for list and prune):
  --project <id>                A project (group); repeat for more
  --org <id>                    An organization; repeat for more
  --scopes-from-file <file>     One scope a line: "project <id>" or "org <id>"; blank lines and # comments ignored`;

const CONNECTION = `Target and credentials (as for delete; see mms-invites delete --help):
  --target <atlas|ops-manager>  Which API to call
  --base-url <url>              Atlas: another server than https://cloud.mongodb.com (e.g. the sandbox)
  --url <base url>              Ops Manager: where it runs (default: $MONGODB_ATLAS_OPS_MANAGER_URL, $MCLI_OPS_MANAGER_URL)
  --public-key <key>, --private-key-file <path>, --client-id <id>, --client-secret-file <path>
                                Instead of $MONGODB_ATLAS_PUBLIC_API_KEY/$MONGODB_ATLAS_PRIVATE_API_KEY (or MCLI_*),
                                $MONGODB_ATLAS_CLIENT_ID/$MONGODB_ATLAS_CLIENT_SECRET; never a secret as an argument
  --timeout <ms>                Time allowed for one call, retries included (default 30000)
  --envelope                    Ask for envelope=true answers
  --allow-insecure-http         Allow http:// to a host that is not this machine
  --json                        Print one JSON document on stdout
  -h, --help                    Show this help

Colour only on a terminal, never with NO_COLOR set. No key or secret is ever printed.`;

/** `mms-invites list --help`. */
export const LIST_HELP = `List the pending invitations of one or many projects and organizations.

Usage:
  mms-invites list --target atlas --project <id> [--project <id> …] [--org <id> …] [--username <email>] [--json]

  --username <email>            Only this address's invitations (the server's own filter)

${SCOPES}

${CONNECTION}

Output: per scope a line and a table ID  USERNAME  ROLES  CREATED AT  EXPIRES AT.
--json: {"target", "baseUrl", "scopes": [{"projectId"|"orgId", "invitations": [invitation…]} or
        {"projectId"|"orgId", "error": {"status", "errorCode", "message"}}]}

Exit codes: 0 every scope listed, 1 some scope could not be listed, 2 usage or validation error (nothing sent),
130 interrupted (the lists in flight finish and are shown).
`;

/** `mms-invites describe --help`. */
export const DESCRIBE_HELP = `Show one pending invitation.

Usage:
  mms-invites describe <invitationId> --target atlas --project <id> | --org <id>

${SCOPES}

${CONNECTION}

--json: the invitation as the API returns it; on a refusal {"error": {"status", "errorCode", "message"}}.
Exit codes: 0 shown, 1 refused (e.g. 404 not found), 2 usage or validation error (nothing sent),
130 interrupted (the call in flight finishes and is shown).
`;

/** `mms-invites invite --help`. */
export const INVITE_HELP = `Invite one user to one project or organization.

Usage:
  mms-invites invite <email> --target atlas --project <id> | --org <id> --role <ROLE> [--role <ROLE> …]
                     [--team <teamId> …]

  --role <ROLE>                 A role from the spec for that scope and target, e.g. GROUP_READ_ONLY, ORG_MEMBER;
                                repeat for more (at least one)
  --team <teamId>               Organization invitations only: a team to join; repeat for more

${SCOPES}

${CONNECTION}

Prints "User '<email>' invited." and the invitation. --json: the invitation as the API returns it.
Exit codes: 0 invited, 1 refused, 2 usage or validation error (nothing sent),
130 interrupted (the call in flight finishes and is shown).
`;

/** `mms-invites update --help`. */
export const UPDATE_HELP = `Replace the roles of one pending invitation (the API replaces them; it does not add).

Usage:
  mms-invites update <invitationId> --target atlas --project <id> | --org <id> --role <ROLE> [--role <ROLE> …]
  mms-invites update --username <email> --target atlas --project <id> | --org <id> --role <ROLE> …

${SCOPES}

${CONNECTION}

Prints "Invitation <id> updated." and the invitation. --json: the invitation as the API returns it.
Exit codes: 0 updated, 1 refused (e.g. 404 no such pending invitation), 2 usage or validation error (nothing sent),
130 interrupted (the call in flight finishes and is shown).
`;

/** `mms-invites prune --help`. */
export const PRUNE_HELP = `Delete the pending invitations that match filters, across many projects and organizations at once.

Usage:
  mms-invites prune --target atlas --org <orgId> --project <id> … --username alice@example.com --yes
  mms-invites prune --target ops-manager --url <base url> --scopes-from-file scopes.txt --older-than 14d

Which invitations (every filter given must hold; one at least, or --all):
  --username <email>            Sent to this address (any case)
  --older-than <duration>       Sent at least this long ago: 30m, 12h, 14d, 2w
  --expiring-within <duration>  Expiring within this long (invitations expire 30 days after they are sent)
  --role <ROLE>                 Holding this role; repeat for any of several
  --all                         Every pending invitation of the scopes

Confirmation:
  On a terminal the plan is shown, then: Delete N invitations in M scopes? [y/N]  (anything but y or yes: nothing
  is deleted). Without a terminal prune refuses (exit 2, nothing sent) unless one of these is given:
  --yes, -y                     Delete without asking
  --dry-run                     List and show the plan; delete nothing

How (per scope; every scope runs at the same time):
  --rate <n>/s | <n>/m | <n>/h  Requests per scope, the list included, e.g. --rate 100/m (MongoDB's documented
                                limit per project); each scope also follows its server's RateLimit-* headers, and
                                a 429 pauses that scope only for its Retry-After
  --concurrency <n>             Calls in flight per scope, 1 to 64 (default 4)

${SCOPES}

${CONNECTION}

Output: the plan (a table per scope and the totals), then on a terminal one progress bar with each scope's count,
then a line per invitation (deleted, already gone, failed with its error code, not sent) and the totals.
An invitation accepted or deleted since the list (Atlas: 400 INVALID_INVITATION_ID; a 404) is already gone.
--json (the plan goes to stderr): {"dryRun", "target", "baseUrl", "filters": {"username", "olderThan",
  "expiringWithin", "roles"}, "scopes": [{"projectId"|"orgId", "listed", "matched", "error"?, "stoppedBecause"?,
  "results": [{"invitationId", "username", "outcome": "deleted"|"already-gone"|"failed"|"not-sent"|"would-delete",
  "status"?, "errorCode"?, "message"?}]}], "summary": {"scopes", "scopesFailed", "matched", "deleted",
  "alreadyGone", "failed", "notSent", "rateLimited"}, "stoppedBecause"?: "interrupted"}

Exit codes:
  0    every matched invitation deleted or already gone (or nothing matched, or --dry-run)
  1    something not done: a scope not listed (e.g. 403), a delete failed, or the question not answered y
  2    usage or validation error, or no terminal and no --yes; nothing was sent
  130  interrupted (Ctrl-C): calls in flight finish, the rest is reported as not sent
`;
