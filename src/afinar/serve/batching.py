"""Micro-batching: items that arrive together run in one forward pass.

A `MicroBatcher` owns one worker thread per model. The first item of a batch waits up to
`wait_s` for others (or until `max_size` is reached), then `run_batch(items)` runs them
together; each item's `Future` gets its result or the batch's exception. The event loop never
runs a model: routes await `asyncio.wrap_future(batcher.submit(item))`.

This is static batching: a generation batch runs to its end before the next starts (no
continuous batching; a serving engine such as vLLM does that, see docs/serving.md).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any

_STOP = object()


class MicroBatcher:
    def __init__(
        self,
        run_batch: Callable[[Sequence[Any]], Sequence[Any]],
        *,
        max_size: int,
        wait_s: float,
        name: str,
        size_of: Callable[[Any], int] = lambda _item: 1,
        on_batch: Callable[[int], None] | None = None,
        on_queue: Callable[[int], None] | None = None,
    ) -> None:
        """`run_batch(items) -> results` (same order). `size_of(item)`: how much of `max_size`
        an item takes (a classification request with 5 texts takes 5)."""
        self.run_batch = run_batch
        self.max_size = max_size
        self.wait_s = wait_s
        self.size_of = size_of
        self.on_batch = on_batch
        self.on_queue = on_queue
        self._queue: queue.Queue = queue.Queue()
        self._held: tuple[Any, Future] | None = None  # an item that did not fit the last batch
        self._thread = threading.Thread(target=self._loop, name=f"afinar-batch-{name}", daemon=True)
        self._closed = False
        self._thread.start()

    def submit(self, item: Any) -> Future:
        if self._closed:
            raise RuntimeError("this model is no longer served")
        future: Future = Future()
        self._queue.put((item, future))
        if self.on_queue:
            self.on_queue(self._queue.qsize())
        return future

    def close(self, timeout: float | None = 30.0) -> None:
        """Finish the queued items, then stop the worker thread."""
        if not self._closed:
            self._closed = True
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def _next_batch(self) -> tuple[list[tuple[Any, Future]], bool]:
        """(batch, stop requested)."""
        first = self._held or self._queue.get()
        self._held = None
        if first is _STOP:
            return [], True
        batch, size = [first], self.size_of(first[0])
        deadline = time.monotonic() + self.wait_s
        while size < self.max_size:
            remaining = deadline - time.monotonic()
            try:
                entry = self._queue.get(timeout=remaining) if remaining > 0 else self._queue.get_nowait()
            except queue.Empty:
                break
            if entry is _STOP:
                return batch, True
            if size + self.size_of(entry[0]) > self.max_size:
                self._held = entry
                break
            batch.append(entry)
            size += self.size_of(entry[0])
        return batch, False

    def _loop(self) -> None:
        stop = False
        while not stop:
            batch, stop = self._next_batch()
            if self.on_queue:
                self.on_queue(self._queue.qsize())
            live = [(item, future) for item, future in batch if future.set_running_or_notify_cancel()]
            if not live:
                continue
            if self.on_batch:
                self.on_batch(sum(self.size_of(item) for item, _ in live))
            try:
                results = self.run_batch([item for item, _ in live])
            except BaseException as exc:  # noqa: BLE001 - every waiting request gets the error
                for _, future in live:
                    future.set_exception(exc)
                continue
            for (_, future), result in zip(live, results, strict=True):
                future.set_result(result)
        # Whatever is still queued after the stop is refused, never left waiting.
        while True:
            try:
                entry = self._held or self._queue.get_nowait()
            except queue.Empty:
                break
            self._held = None
            if entry is not _STOP and entry[1].set_running_or_notify_cancel():
                entry[1].set_exception(RuntimeError("this model is no longer served"))
