"""Schemathesis hooks for the sandbox: every request signed with Digest authentication by requests.

Loaded by `schemathesis run` through SCHEMATHESIS_HOOKS (test/schemathesis.test.ts sets it). Schemathesis' CLI has
no Digest auth, so every generated request is signed by requests' HTTPDigestAuth with the key in
SCHEMATHESIS_DIGEST_USERNAME and SCHEMATHESIS_DIGEST_PASSWORD (the sandbox's public sample key).
"""

import os

import schemathesis
from requests.auth import HTTPDigestAuth

schemathesis.auth.set_from_requests(
    HTTPDigestAuth(os.environ["SCHEMATHESIS_DIGEST_USERNAME"], os.environ["SCHEMATHESIS_DIGEST_PASSWORD"])
)

