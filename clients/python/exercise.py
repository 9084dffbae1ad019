"""Drives the Python clients openapi-python-client writes from the per-target documents against a server.

Authentication is HTTP Digest through httpx's own ``httpx.DigestAuth``, handed to the generated ``Client`` as an
httpx argument. For each target it creates a project invitation, lists by username, deletes it, deletes it again,
and prints one JSON line per step with what the generated client returned; the calling test decides whether that
is right.

Usage: python exercise.py <folder holding the generated packages ``atlas`` and ``opsmanager``>
Environment: MMS_BASE_URL, MMS_PUBLIC_KEY, MMS_PRIVATE_KEY, MMS_GROUP_ID, MMS_USERNAME_PREFIX.
"""

import importlib
import json
import os
import sys

import httpx


def env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set")
    return value


def emit(**step: object) -> None:
    print(json.dumps(step), flush=True)


def run(target: str, package: str, prefix: str) -> None:
    """One target: ``package`` is the generated package, ``prefix`` its model-name prefix (Atlas, OpsManager)."""
    client_module = importlib.import_module(f"{package}.client")
    models = importlib.import_module(f"{package}.models")
    api = importlib.import_module(f"{package}.api.{package if package == 'atlas' else 'ops_manager'}")
    create = importlib.import_module(f"{api.__name__}.create_project_invitation")
    listing = importlib.import_module(f"{api.__name__}.list_project_invitations")
    delete = importlib.import_module(f"{api.__name__}.delete_project_invitation")
    request_model = getattr(models, f"{prefix}ProjectInvitationRequest")
    invitation_model = getattr(models, f"{prefix}ProjectInvitation")
    role = getattr(models, f"{prefix}ProjectRole")

    client = client_module.Client(
        base_url=env("MMS_BASE_URL"),
        httpx_args={"auth": httpx.DigestAuth(env("MMS_PUBLIC_KEY"), env("MMS_PRIVATE_KEY"))},
    )
    group_id = env("MMS_GROUP_ID")
    username = f"{env('MMS_USERNAME_PREFIX')}-{'atlas' if package == 'atlas' else 'ops-manager'}@example.com"
    with client as http:
        created = create.sync_detailed(group_id, client=http, body=request_model(username=username, roles=[role.GROUP_READ_ONLY]))
        if not isinstance(created.parsed, invitation_model):
            emit(target=target, step="create", status=int(created.status_code), error=repr(created.parsed))
            return
        invitation_id = created.parsed.id
        emit(target=target, step="create", status=int(created.status_code), id=invitation_id)

        listed = listing.sync_detailed(group_id, client=http, username=username)
        if isinstance(listed.parsed, list):
            emit(target=target, step="list", status=int(listed.status_code), ids=[item.id for item in listed.parsed])
        else:
            emit(target=target, step="list", status=int(listed.status_code), ids=[], error=repr(listed.parsed))

        for name in ("delete", "delete-again"):
            deleted = delete.sync_detailed(group_id, invitation_id, client=http)
            step = {"target": target, "step": name, "status": int(deleted.status_code)}
            if isinstance(deleted.parsed, models.ApiError):
                step["errorCode"] = deleted.parsed.error_code
            elif deleted.parsed is not None:
                step["error"] = repr(deleted.parsed)
            emit(**step)


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    run("atlas", "atlas", "Atlas")
    run("opsManager", "opsmanager", "OpsManager")


if __name__ == "__main__":
    main()
