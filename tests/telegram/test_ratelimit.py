"""The per-person sliding-window limit: answer, one notice per window, then silence."""

from __future__ import annotations

from fake_clock import FakeClock

from bot.telegram.ratelimit import Decision, UserRateLimiter


async def _verdicts(limiter: UserRateLimiter, user: int, count: int) -> list[str]:
    return [(await limiter.check(user)).verdict for _ in range(count)]


async def test_messages_under_the_limit_are_answered_and_the_next_gets_a_notice_with_the_wait(
    clock: FakeClock,
) -> None:
    limiter = UserRateLimiter(3, clock=clock)
    assert await _verdicts(limiter, 1, 3) == ["answer"] * 3
    clock.advance(20)
    assert await limiter.check(1) == Decision("notice", wait=40)


async def test_one_notice_per_window_then_messages_are_dropped_and_counted(clock: FakeClock) -> None:
    limiter = UserRateLimiter(2, clock=clock)
    assert await _verdicts(limiter, 1, 3) == ["answer", "answer", "notice"]
    drops = [await limiter.check(1) for _ in range(5)]
    assert [d.verdict for d in drops] == ["drop"] * 5
    assert [d.dropped for d in drops] == [1, 2, 3, 4, 5]


async def test_after_the_window_the_person_is_answered_again_and_may_get_a_new_notice(
    clock: FakeClock,
) -> None:
    limiter = UserRateLimiter(1, clock=clock)
    assert await _verdicts(limiter, 1, 3) == ["answer", "notice", "drop"]
    clock.advance(60)
    assert await _verdicts(limiter, 1, 3) == ["answer", "notice", "drop"]


async def test_the_window_slides_so_a_person_is_answered_again_after_waiting(clock: FakeClock) -> None:
    limiter = UserRateLimiter(2, clock=clock)
    await limiter.check(1)
    clock.advance(30)
    await limiter.check(1)
    assert await limiter.check(1) == Decision("notice", wait=30)
    clock.advance(30)
    assert (await limiter.check(1)).verdict == "answer"


async def test_refused_messages_do_not_push_the_wait_further_out(clock: FakeClock) -> None:
    limiter = UserRateLimiter(1, clock=clock)
    await _verdicts(limiter, 1, 11)
    clock.advance(60)
    assert (await limiter.check(1)).verdict == "answer"


async def test_each_person_has_their_own_limit_and_notice() -> None:
    limiter = UserRateLimiter(1, clock=FakeClock())
    assert await _verdicts(limiter, 1, 2) == ["answer", "notice"]
    assert await _verdicts(limiter, 2, 2) == ["answer", "notice"]
    assert (await limiter.check(1)).verdict == "drop"


async def test_zero_turns_the_limit_off() -> None:
    limiter = UserRateLimiter(0, clock=FakeClock())
    assert set(await _verdicts(limiter, 1, 1000)) == {"answer"}


async def test_memory_is_capped_by_forgetting_the_least_recent_people() -> None:
    limiter = UserRateLimiter(1, clock=FakeClock(), max_users=100)
    for user in range(1000):
        await limiter.check(user)
    assert limiter.store.people() == 100  # type: ignore[attr-defined]
    assert (await limiter.check(0)).verdict == "answer"  # forgotten, so counted afresh
    assert (await limiter.check(999)).verdict == "notice"  # still remembered
