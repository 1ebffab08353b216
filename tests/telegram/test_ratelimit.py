"""The per-user sliding-window limit."""

from __future__ import annotations

from bot.telegram.ratelimit import UserRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_messages_under_the_limit_pass_and_the_next_one_waits_for_the_window() -> None:
    clock = Clock()
    limiter = UserRateLimiter(3, clock=clock)
    assert [limiter.wait_seconds(1) for _ in range(3)] == [0, 0, 0]
    clock.now += 20
    assert limiter.wait_seconds(1) == 40


def test_the_window_slides_so_a_user_is_answered_again_after_waiting() -> None:
    clock = Clock()
    limiter = UserRateLimiter(2, clock=clock)
    limiter.wait_seconds(1)
    clock.now += 30
    limiter.wait_seconds(1)
    assert limiter.wait_seconds(1) == 30
    clock.now += 30
    assert limiter.wait_seconds(1) == 0


def test_refused_messages_do_not_push_the_wait_further_out() -> None:
    clock = Clock()
    limiter = UserRateLimiter(1, clock=clock)
    limiter.wait_seconds(1)
    for _ in range(10):
        limiter.wait_seconds(1)
    clock.now += 60
    assert limiter.wait_seconds(1) == 0


def test_each_user_has_their_own_limit() -> None:
    limiter = UserRateLimiter(1, clock=Clock())
    assert limiter.wait_seconds(1) == 0
    assert limiter.wait_seconds(2) == 0
    assert limiter.wait_seconds(1) > 0


def test_zero_turns_the_limit_off() -> None:
    limiter = UserRateLimiter(0, clock=Clock())
    assert all(limiter.wait_seconds(1) == 0 for _ in range(1000))


def test_memory_is_capped_by_forgetting_the_least_recent_users() -> None:
    limiter = UserRateLimiter(1, clock=Clock(), max_users=100)
    for user in range(1000):
        limiter.wait_seconds(user)
    assert len(limiter) == 100
    assert limiter.wait_seconds(0) == 0  # forgotten, so counted afresh
    assert limiter.wait_seconds(999) > 0  # still remembered
