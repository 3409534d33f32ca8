"""A token bucket per API token: `burst` requests at once, refilled at `per_minute / 60` per second."""

from __future__ import annotations

import math
import threading
import time


class TokenBucket:
    """`capacity` tokens, refilled continuously at `rate` tokens per second."""

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.updated = now

    def take(self, now: float) -> float:
        """Take one token: 0.0 when granted, else the seconds until one is available."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class RateLimiter:
    """One bucket per key (an API token id); thread-safe. `per_minute == 0` lets everything through."""

    def __init__(self, per_minute: float, burst: int, clock=time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def retry_after(self, key: str) -> int:
        """0 when the request may go ahead; otherwise whole seconds to wait (the Retry-After header)."""
        if not self.enabled:
            return 0
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = TokenBucket(self.burst, self.rate, now)
            wait = bucket.take(now)
        return 0 if wait == 0.0 else max(1, math.ceil(wait))
