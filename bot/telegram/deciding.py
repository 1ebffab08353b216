"""Replies are decided on a few worker threads, so recognition of different chats overlaps on the cores.

Deciding a reply runs the learned safety layer (a few milliseconds in onnxruntime, which lets go of the GIL
while it runs) beside patterns and retrieval in plain Python. On the event loop that work ran one message at
a time; on workers, one chat's model call runs while another chat's reply is sent or decided. The order of
one chat's messages is kept by the per-chat lanes (bot/telegram/lanes.py), which hold a chat's lane until its
reply is sent, so two messages of one chat are never decided at once.

What a decision touches is safe from several threads at once: the ONNX session's `run`; the tokenizer,
configured once at load and only read afterwards; the knowledge index, the spelling tables, the patterns
and the classifier weights, all built at start-up and only read while answering. Nothing here keeps text.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["Decisions", "default_workers"]

T = TypeVar("T")
# More workers than cores only makes the model calls queue for the CPU and lengthens each one; a few cores
# are plenty for Telegram's cap of about 30 messages a second.
_MAX_WORKERS = 4


def default_workers() -> int:
    """One worker per core this process may use, at most four."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, _MAX_WORKERS))


class Decisions:
    """A small pool of worker threads for the Responder's synchronous decisions."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else default_workers()
        # threads start on the first decision, so an Application that is built and never run costs none
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="decide")

    async def run(self, decide: Callable[[], T]) -> T:
        """`decide()` on a worker; its result, or its exception, as if it had been called here."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, decide)

    def close(self) -> None:
        """Let the workers finish what they hold and end (at shutdown); a later decision starts new ones."""
        pool, self._pool = self._pool, ThreadPoolExecutor(self.workers, thread_name_prefix="decide")
        pool.shutdown(wait=True, cancel_futures=True)
