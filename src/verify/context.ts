/**
 * What every check of a verify run shares: the client calls (each answer captured and validated against the
 * document), raw requests without credentials, the scope's operations, and the invitations created so far, which
 * the run deletes again at the end whatever happened.
 */
import { randomBytes } from "node:crypto";
import { isMmsError } from "../errors.ts";
import type { TargetId } from "../targets.ts";
import type { ExchangeRecorder } from "./exchange-recorder.ts";
import { describeExchange, type Exchange, type ResponseValidator, type Violation } from "./response-validator.ts";
import { type DocumentOperation, matchOperation } from "./spec-document.ts";

/** The two scopes of the invitations resource, and how the client and the document name their operations. */
export const SCOPES = {
  project: {
    flag: "--project",
    param: "groupId",
    title: "project",
    list: "listProjectInvitations",
    create: "createProjectInvitation",
    get: "getProjectInvitation",
    updateByUsername: "updateProjectInvitation",
    update: "updateProjectInvitationById",
    delete: "deleteProjectInvitation",
    /** Roles verify prefers to invite with, least powerful first; the first the document's enum holds is used. */
    roles: ["GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY", "GROUP_OBSERVABILITY_VIEWER"],
  },
  org: {
    flag: "--org",
    param: "orgId",
    title: "organization",
    list: "listOrganizationInvitations",
    create: "createOrganizationInvitation",
    get: "getOrganizationInvitation",
    updateByUsername: "updateOrganizationInvitation",
    update: "updateOrganizationInvitationById",
    delete: "deleteOrganizationInvitation",
    roles: ["ORG_MEMBER", "ORG_READ_ONLY", "ORG_BILLING_READ_ONLY"],
  },
} as const;

/** `project` or `org`. */
export type ScopeKind = keyof typeof SCOPES;

/** One scope a run checks: its kind and the id of the project or organization. */
export interface ScopeRef {
  readonly kind: ScopeKind;
  readonly id: string;
}

/** The operation names of a scope's lifecycle, as the client's methods and the document's operationIds. */
export type LifecycleOperation = "list" | "create" | "get" | "update" | "delete" | "updateByUsername";

/** A method of either client, called generically: verify drives every operation the same way. */
export type ClientMethod = (
  input: Readonly<Record<string, unknown>>,
  options?: { envelope?: boolean; pretty?: boolean },
) => Promise<{ status: number; enveloped: boolean; data: unknown }>;

/** The client verify uses, seen as a table of methods by operation name. */
export type MethodTable = Readonly<Record<string, unknown>>;

/** What one call gave: its result or error, and every answer it took, already validated. */
export interface CallOutcome {
  readonly result?: { status: number; enveloped: boolean; data: unknown };
  readonly error?: unknown;
  readonly exchanges: readonly Exchange[];
}

/** One check of a run: its name, and what it does in one scope. */
export interface CheckDefinition {
  readonly name: string;
  /** The state this check needs from an earlier one (an invitation), else it is skipped. */
  readonly needs?: "invitation";
  run(ctx: VerifyContext, scope: ScopeRef, state: ScopeState): Promise<void>;
}

/** What the checks of one scope pass on to each other. */
export interface ScopeState {
  invitationId?: string | undefined;
  username?: string | undefined;
  roles: readonly string[];
}

/** The message of an error a call rejected with, for a report (the client's errors never hold a secret). */
export function errorText(error: unknown): string {
  if (isMmsError(error)) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Thrown inside a check to fail it with one named reason; the run carries on with the next check. */
export class CheckFailure extends Error {
  override readonly name = "CheckFailure";
}

/** The state a run's checks share. */
export class VerifyContext {
  readonly target: TargetId;
  readonly baseUrl: string;
  readonly operations: ReadonlyMap<string, DocumentOperation>;
  readonly recorder: ExchangeRecorder;
  readonly validator: ResponseValidator;
  readonly timeoutMs: number;
  /** Invitations this run created and has not yet seen gone, by id. */
  readonly created = new Map<string, { scope: ScopeRef; username: string }>();
  /**
   * Every user this run invited or tried to, registered before the request goes out: an answer the run cannot
   * read still leaves the invitation findable by `username` for the clean-up.
   */
  readonly usernames = new Map<string, ScopeRef>();
  /** Every invitation this run created, seen gone or not, for the report. */
  readonly everCreated = new Set<string>();
  /** The check running now collects here. */
  violations: Violation[] = [];
  requests: string[] = [];
  readonly #client: MethodTable;
  readonly #wrongClient: MethodTable;

  constructor(options: {
    target: TargetId;
    baseUrl: string;
    operations: ReadonlyMap<string, DocumentOperation>;
    recorder: ExchangeRecorder;
    validator: ResponseValidator;
    client: MethodTable;
    /** The same kind of credentials with a wrong secret: a server must refuse it. */
    wrongClient: MethodTable;
    timeoutMs: number;
  }) {
    this.target = options.target;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.operations = options.operations;
    this.recorder = options.recorder;
    this.validator = options.validator;
    this.#client = options.client;
    this.#wrongClient = options.wrongClient;
    this.timeoutMs = options.timeoutMs;
  }

  /**
   * A username no one has, `verify+<random>@example.invalid` (RFC 2606's reserved top-level domain), registered
   * for the clean-up of `scope`.
   */
  newUsername(scope: ScopeRef): string {
    const username = `verify+${randomBytes(6).toString("hex")}@example.invalid`;
    this.usernames.set(username, scope);
    return username;
  }

  /** Records an invitation the run created, for the clean-up. */
  track(id: string, scope: ScopeRef, username: string): void {
    this.created.set(id, { scope, username });
    this.everCreated.add(id);
  }

  /** The operation `name` of `scope` in the document; a document without it fails the check. */
  operation(scope: ScopeKind, name: LifecycleOperation): DocumentOperation {
    const id = SCOPES[scope][name];
    const op = this.operations.get(id);
    if (op === undefined) throw new CheckFailure(`the document has no operation ${id}`);
    return op;
  }

  /** Calls the client's method for `name` in `scope`; every answer it took is validated into this check. */
  async call(
    scope: ScopeRef,
    name: LifecycleOperation,
    input: Readonly<Record<string, unknown>>,
    options: { envelope?: boolean; pretty?: boolean } = {},
    credentials: "given" | "wrong" = "given",
  ): Promise<CallOutcome> {
    const client = credentials === "given" ? this.#client : this.#wrongClient;
    const method = client[SCOPES[scope.kind][name]] as ClientMethod | undefined;
    if (method === undefined) throw new CheckFailure(`the client has no method ${SCOPES[scope.kind][name]}`);
    this.recorder.take();
    let outcome: Omit<CallOutcome, "exchanges">;
    try {
      outcome = { result: await method.call(client, { [SCOPES[scope.kind].param]: scope.id, ...input }, options) };
    } catch (error) {
      outcome = { error };
    }
    return { ...outcome, exchanges: this.#record(this.recorder.take()) };
  }

  /** Sends one request without credentials (the client always authenticates); its answer is validated too. */
  async unauthenticated(method: string, path: string, body?: unknown): Promise<Exchange> {
    this.recorder.take();
    await this.recorder.fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const [exchange] = this.#record(this.recorder.take());
    if (exchange === undefined) throw new CheckFailure(`${method} ${path} was not recorded`);
    return exchange;
  }

  /** Adds a violation found by a check itself (not by the schema) to the running check. */
  fail(exchange: Exchange | undefined, rule: string, message: string): void {
    this.violations.push({ request: exchange === undefined ? "" : describeExchange(exchange), rule, message });
  }

  #record(exchanges: Exchange[]): Exchange[] {
    for (const exchange of exchanges) {
      this.requests.push(describeExchange(exchange));
      const op = matchOperation(this.operations, exchange.method, new URL(exchange.url).pathname);
      // The token endpoint of a service account is no operation of the document: nothing to hold it to.
      if (op !== undefined) this.violations.push(...this.validator.validate(op, exchange));
    }
    return exchanges;
  }
}
