"""The update window: the offset stays at the oldest update in hand, and nothing is started twice."""

from __future__ import annotations

import asyncio

from bot.telegram.window import UpdateWindow


def test_the_window_confirms_only_below_the_oldest_update_in_hand() -> None:
    window = UpdateWindow()
    assert window.offset == 0
    assert [window.take(u) for u in (5, 6, 7)] == [True, True, True]
    window.finish(6)
    assert window.offset == 5 and not window.take(6) and not window.take(5)
    window.finish(5)
    assert window.offset == 7
    window.finish(7)
    assert (window.offset, window.busy) == (8, False)
    assert not window.take(4)


async def test_waiting_for_a_change_never_misses_one_that_already_happened() -> None:
    window = UpdateWindow()
    window.take(1)
    window.take(2)
    version = window.version
    window.finish(1)  # before anyone waits
    await asyncio.wait_for(window.changed_since(version), 1)
    waiter = asyncio.create_task(window.drained())
    await asyncio.sleep(0.01)
    assert not waiter.done()
    window.finish(2)
    await asyncio.wait_for(waiter, 1)
