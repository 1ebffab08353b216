"""The fake Bot API's HTTP side: a threading server on 127.0.0.1 routing `/bot<TOKEN>/<method>` posts."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from bot_api_json import decode_form

from fake_bot_api.faults import Answer

__all__ = ["Api", "serve"]


class Api(Protocol):
    """What the HTTP side asks of the fake server."""

    def refusal(self, token: str) -> tuple[int, dict[str, Any]] | None: ...

    def handle(self, method: str, params: dict[str, Any]) -> Answer: ...


def serve(api: Api) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """A server on a free port of 127.0.0.1 answering for `api`, and the thread to run it (not started)."""
    server = _QuietServer(("127.0.0.1", 0), _handler_for(api))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    return server, thread


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (the bot stopping mid long-poll) is normal here, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(api: Api) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects
        # headers and body go out in separate writes; with Nagle's algorithm each answer waits ~40 ms
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            prefix, _, method = self.path.partition("/bot")[2].rpartition("/")
            refused = api.refusal(prefix)
            if refused is not None:
                self._answer(*refused)
                return
            answer = api.handle(method, decode_form(body, self.headers.get("Content-Type", "")))
            if answer is None:
                self.close_connection = True  # hang up without a word, like a broken proxy
                return
            self._answer(*answer)

        do_GET = do_POST

        def _answer(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: request lines would carry the token in the path."""

    return _Handler
