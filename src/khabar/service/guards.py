"""What stands between the network and the API's routes: a few lines of ASGI each.

- ``BodyLimit``: FastAPI has no request-size limit, so a body over the limit is answered 413 before
  any of it is parsed.
- ``SecurityHeaders``: ``nosniff`` and a Content-Security-Policy on every response (a route may set
  its own policy, as ``/docs`` does for Swagger UI's one inline script).
- ``invalid_request``: FastAPI's 422 answer, without echoing the input (which may be megabytes, or
  text with unpaired surrogates that cannot be written as UTF-8).

The ``Host`` header is checked by Starlette's ``TrustedHostMiddleware`` (see ``create_app``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def content_policy(*script_hashes: str) -> str:
    """The pages load only the server's own files; scripts never run inline, but for the ones named
    by hash (defence in depth: the dashboard also never parses data as HTML)."""
    scripts = " ".join(["'self'", *(f"'{h}'" for h in script_hashes)])
    return (
        f"default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
    )


def inline_script_hashes(page: str) -> list[str]:
    """CSP hashes (``sha256-...``) of the inline scripts of an HTML page."""
    return [
        "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        for script in _INLINE_SCRIPT.findall(page)
    ]


class SecurityHeaders:
    """``X-Content-Type-Options: nosniff`` and ``policy`` as the CSP, unless the route set its own."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers.setdefault("Content-Security-Policy", self.policy)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Answer 413 to a request whose body is over ``limit`` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body too large: the limit is {self.limit} bytes ({self.limit // 2**20} MB)"
        await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)


class _Utf8Response(JSONResponse):
    """JSON whose unpaired surrogates (from a request's keys) are written as U+FFFD, not a crash."""

    def render(self, content: object) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")


async def invalid_request(_: Request, error: Exception) -> JSONResponse:
    """422 naming each problem (where and what), without the input itself."""
    assert isinstance(error, RequestValidationError)
    problems = [{"type": e["type"], "loc": e["loc"], "msg": e["msg"]} for e in error.errors()]
    return _Utf8Response({"detail": jsonable_encoder(problems)}, status_code=422)
