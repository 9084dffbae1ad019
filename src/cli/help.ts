/**
 * The `--help` text of every command. Kept as plain text next to each other so the README can quote them as they are.
 */
import { VERSION } from "../version.ts";

/** `mms-invites --help`. */
export const MAIN_HELP = `mms-invites ${VERSION}: pending invitations on MongoDB Atlas and Ops Manager

Usage:
  mms-invites list --target atlas --project <id> [--project <id> …] [--org <id> …] [--username <email>]
  mms-invites describe <invitationId> --target atlas --project <id>
  mms-invites invite <email> --target atlas --org <id> --role ORG_MEMBER [--team <teamId> …]
  mms-invites update <invitationId> | --username <email> --target atlas --project <id> --role <ROLE> …
  mms-invites prune --target atlas --org <id> --project <id> … --username alice@example.com [--yes|--dry-run]
  mms-invites delete --target atlas --project <groupId> --invitation <id> [--invitation <id> …] [--from-file <file>|-]
  mms-invites delete --target ops-manager --url <base url> --org <orgId> --invitation <id> …
  mms-invites sandbox [--port <n>] [--seed <file>] [--token-ttl <n>s|<n>m]
  mms-invites verify --target atlas|ops-manager --base-url <url> (--project <groupId> | --org <orgId>) [--json] [--junit <file>]

Commands:
  list      List the pending invitations of projects and organizations (several at once)
  describe  Show one pending invitation
  invite    Invite a user to a project or an organization
  update    Replace the roles of a pending invitation
  delete    Delete pending invitations to one Atlas project or one Ops Manager organization
  prune     Delete the pending invitations that match filters, across many scopes at once
  sandbox   Run a local server with both APIs (Digest auth, roles, rate limits) and sample keys
  verify    Check that a server keeps the API's contract (challenge, lifecycle, envelope, pretty), against the spec

Options:
  -h, --help     Show help (also after a command: mms-invites delete --help)
  --version      Show the version

Exit codes: 0 done (all deleted), 1 something not done, 2 usage or validation error (nothing sent), 130 interrupted.
`;

/** `mms-invites delete --help`. */
export const DELETE_HELP = `Delete pending invitations to one Atlas project or one Ops Manager organization.

Usage:
  mms-invites delete --target atlas --project <groupId> --invitation <id> [--invitation <id> …] [--from-file <file>|-]
  mms-invites delete --target ops-manager --url <base url> --org <orgId> --invitation <id> …

Where:
  --target <atlas|ops-manager>  Which API to call
  --project <groupId>           Atlas: the project (group) the invitations are to
  --org <orgId>                 Ops Manager: the organization the invitations are to
  --url <base url>              Ops Manager: where it runs, e.g. https://opsmanager.example.com:8443
                                (default: $MONGODB_ATLAS_OPS_MANAGER_URL, then $MCLI_OPS_MANAGER_URL)
  --base-url <url>              Atlas: another server than https://cloud.mongodb.com (e.g. the sandbox)

Which invitations (every id is 24 hexadecimal digits in lower case):
  --invitation <id>             One id; repeat the option for more
  --from-file <file>            Ids one per line; blank lines and # comments are ignored; - reads stdin
  Every id is checked before anything is sent: one bad id and nothing is sent, and every bad id is named
  with its position. An id given twice is deleted once.

Keys (the public key is the Digest username, the private key the password):
  $MONGODB_ATLAS_PUBLIC_API_KEY, $MONGODB_ATLAS_PRIVATE_API_KEY    read first
  $MCLI_PUBLIC_API_KEY, $MCLI_PRIVATE_API_KEY                      read next
  --public-key <key>            Instead of the environment
  --private-key-file <path>     A file holding the private key alone (chmod 600); there is no --private-key:
                                a key on the command line is visible to other users and kept in shell history

Service account (Atlas only; OAuth 2.0 client credentials, one access token per run, revoked at the end):
  $MONGODB_ATLAS_CLIENT_ID, $MONGODB_ATLAS_CLIENT_SECRET            the Atlas CLI's names
  --client-id <id>              Instead of the environment
  --client-secret-file <path>   A file holding the client secret alone (chmod 600); there is no --client-secret
  $MONGODB_ATLAS_AUTH_TYPE      api_keys or service_account: which kind to use when both are set (without it,
                                both kinds set is a usage error; flags of one kind choose that kind)

How:
  --concurrency <n>             Calls in flight at most, 1 to 64 (default 4)
  --rate <n>/s | <n>/m | <n>/h  Pace requests so a known rate limit is never hit, e.g. --rate 100/m for
                                MongoDB's documented 100 requests per minute per project. A token bucket of
                                one token refilled 3% slower than the rate: no bursts, at most n per window.
                                Without it, a 429 answer pauses every worker for its Retry-After and the id
                                is tried again (up to 10 times per id).
  --timeout <ms>                Time allowed for one invitation, retries included (default 30000)
  --dry-run                     Check everything and list what would be deleted; send nothing
  --json                        Print one JSON document on stdout: an outcome per id and a summary
  --envelope                    Ask for envelope=true answers (for proxies that hide status codes)
  --allow-insecure-http         Allow http:// to a host that is not this machine (keys can be recovered
                                from Digest exchanges seen on the network)
  -h, --help                    Show this help

Exit codes:
  0    every invitation deleted (or, with --dry-run, everything valid)
  1    some not deleted: not found (already deleted, accepted, or never there) or failed
  2    usage or validation error; nothing was sent
  130  interrupted (Ctrl-C): calls in flight finish, the report lists what was not sent

Examples:
  export MONGODB_ATLAS_PUBLIC_API_KEY=abcdefgh MONGODB_ATLAS_PRIVATE_API_KEY=...
  mms-invites delete --target atlas --project 32b6e34b3d91647abb20e7b8 --invitation 5f3a1c2b9d4e8f7a6b5c4d3e
  grep -v '^#' stale-invites.txt | mms-invites delete --target atlas --project 32b6e34b3d91647abb20e7b8 \\
    --from-file - --rate 100/m --json
  mms-invites delete --target ops-manager --url https://om.example.com:8443 --org 4888442a3354817a7320eb61 \\
    --invitation 5f3a1c2b9d4e8f7a6b5c4d3e --dry-run
`;

/** `mms-invites sandbox --help`. */
export const SANDBOX_HELP = `Run the sandbox: a local server for both invitation deletes, with real Digest authentication, API keys with
roles, pending and accepted invitations, rate limits and the APIs' error bodies. Nothing leaves this machine.

Usage:
  mms-invites sandbox [--port <n>] [--seed <file>] [--rate-limit <n>/s|<n>/m] [--invitation-rate-limit <n>/m]
                      [--token-ttl <n>s|<n>m]

Options:
  --port <n>                    Port on 127.0.0.1 (default 0: a free port, printed at start)
  --seed <file>                 Keys and invitations as JSON: {"keys": [{"publicKey", "privateKey",
                                "projectOwner": [groupId…], "orgUserAdmin": [orgId…]}], "invitations": [{"id",
                                "groupId" or "orgId", "state": "pending"|"accepted"}], "serviceAccounts":
                                [{"clientId", "clientSecret", "projectOwner", "orgUserAdmin"}]} (default: built-in sample)
  --rate-limit <n>/s | <n>/m    Requests allowed per project and per organization (default 100/m)
  --invitation-rate-limit <n>/m Atlas invitations one IP address may create, then 400 RATE_LIMITED_IP (default
                                100/m: the sandbox's choice, since Atlas publishes no number)
  --token-ttl <n>s | <n>m       Lifetime of a service account's access token (default 60m, as Atlas)
  -h, --help                    Show this help

Service accounts get tokens from POST /api/oauth/token (Basic client id and secret, grant_type=client_credentials;
at most 100 active per account) and revoke them at POST /api/oauth/revoke; Bearer tokens work on Atlas paths only.

It prints its base URL, the sample keys and service account, the seeded invitation ids and commands to paste (this
CLI and curl), then serves until Ctrl-C.
`;

/** `mms-invites verify --help`. */
export const VERIFY_HELP = `Check that a server keeps the contract of the invitations API: the sandbox, a staging Ops Manager, your own
mock. With real authentication it runs, in each scope given:
  challenge   a request without credentials gets 401 and a Digest challenge; a wrong key is refused; no
              operation answers without credentials
  lifecycle   create an invitation to verify+<random>@example.invalid, list it (also by username), get it,
              update its roles (by id, then by username), delete it (204), delete it again (the documented
              not-found answer), not listed
  variants    envelope=true and pretty=true on a create, a list, a get, an update and a delete
and validates every answer against the spec this package ships (status declared, headers, Content-Type, body
schema, no body on a 204). Every invitation it creates is deleted again, also when a check fails or on Ctrl-C.

Usage:
  mms-invites verify --target atlas|ops-manager --base-url <url> (--project <groupId> | --org <orgId>)
                     [--json] [--junit <file>] [--format table|lines] [--spec <file>] [--timeout <ms>]

Options:
  --target <atlas|ops-manager>  Which API the server claims to be
  --base-url <url>              The server (Atlas default: https://cloud.mongodb.com; Ops Manager: required,
                                or $MONGODB_ATLAS_OPS_MANAGER_URL, then $MCLI_OPS_MANAGER_URL)
  --project <groupId>           A project to check the project invitations in
  --org <orgId>                 An organization to check the organization invitations in (give both for both)
  --public-key, --private-key-file, --client-id, --client-secret-file
                                Credentials, read as mms-invites delete reads them (see its --help); the key
                                needs the scope's invitation role (Project Owner / Organization Owner, or
                                Project / Organization User Admin on Ops Manager)
  --json                        Print one JSON document on stdout instead of text
  --junit <file>                Also write the result as JUnit XML, for CI test reports
  --format <table|lines>        Text output: a table at the end, or one line per check as it ends
                                (default: table on a terminal, lines otherwise)
  --spec <file>                 Another dereferenced per-target document than the one shipped
                                (mms-invites/<target>/openapi.dereferenced.json)
  --timeout <ms>                Time allowed for one call, retries included (default 30000)
  --allow-insecure-http         Allow http:// to a host that is not this machine
  -h, --help                    Show this help

Exit codes:
  0    conformant: every check passed and nothing was left behind
  1    violations found (each named with the request that showed it), or an invitation left behind
  2    usage error, or the server could not be reached
  130  interrupted (Ctrl-C): what the run created is deleted first
`;
