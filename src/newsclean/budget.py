"""A time budget for each document: no input stalls a worker.

:func:`apply_filters` runs a pipeline's filters on one document and raises
:class:`~newsclean.errors.DocumentTimeout`, naming the filter that was
running, once the document is past its budget.

How it stops a filter that stalls, at no cost per line: one watchdog thread
per process sleeps until the earliest deadline of the documents being
cleaned (one per thread). When a deadline passes, it raises a private
exception *in the thread running that document* (CPython's
``PyThreadState_SetAsyncExc``), which the interpreter delivers at the next
bytecode the filter runs: inside any Python loop of any filter, user filters
included, without the filter checking a clock. The exception derives from
``BaseException`` so that a filter's ``except Exception`` cannot swallow it;
the document is thrown away, so a filter stopped half way leaves nothing
behind. A filter stuck in one long call into C (one regex search) is stopped
when the call returns: a clock check after each filter catches it.

A sent exception is never cancelled (cancelling leaves CPython's eval
breaker set for good, which hangs a profiled thread): once the document is
unregistered, an exception sent and not yet delivered is awaited, so none
is left to land in the caller's code. The state is guarded by a plain lock,
whose ``with`` runs no Python code an exception could land in while it is held.

The budget counts the CPU time of the document's thread (POSIX thread CPU
clocks; the wall clock elsewhere), so a machine loaded with other work does
not stop documents at random. Registering a document costs two clock reads
and an uncontended lock; the watchdog wakes only when a deadline passes
(with the default budget, once in ten seconds at most), so the pipeline runs
as fast as without it.
"""
from __future__ import annotations

import ctypes
import os
import threading
import time
from typing import Iterable, Optional

from .errors import DocumentTimeout

#: seconds every document may take, whatever its size (the default ``max_seconds``)
DEFAULT_MAX_SECONDS = 10.0
#: seconds more for each megabyte of input (the default ``seconds_per_mb``)
DEFAULT_SECONDS_PER_MB = 2.0


class _Expired(BaseException):
    """Raised asynchronously in a thread whose document ran past its deadline (never escapes)."""


def _cpu_clock(thread: int) -> Optional[int]:
    """The CPU-time clock of ``thread`` (POSIX), or ``None`` where there is none."""
    try:
        return time.pthread_getcpuclockid(thread)
    except (AttributeError, OSError):
        return None


class _Watch:
    """One document being cleaned: its thread, the time it has used and the filter running now.

    The budget counts the CPU time of the document's thread, not the wall clock:
    a machine busy with other work (more workers than cores) makes every
    document slower by the clock, and a wall-clock budget would stop documents
    at random. ``deadline`` is when, by the clock, the watchdog looks next:
    the thread cannot use more CPU time than the clock runs.
    """

    __slots__ = ("thread", "clock", "started", "budget", "deadline", "filter", "fired_in", "sent")

    def __init__(self, thread: int, budget: float) -> None:
        self.thread = thread
        self.clock = _cpu_clock(thread)
        self.started = self.used_clock()
        self.budget = budget
        self.deadline = time.monotonic() + budget
        #: the name of the filter running now (the pipeline sets it before each filter)
        self.filter = ""
        #: set when the document is stopped: the filter running then
        self.fired_in: Optional[str] = None
        #: True once the watchdog sent the exception to the thread
        self.sent = False

    def used_clock(self) -> float:
        if self.clock is None:
            return time.monotonic()
        try:
            return time.clock_gettime(self.clock)
        except OSError:  # the thread ended
            return float("inf")

    def used(self) -> float:
        """Seconds the document has used so far (CPU time of its thread, where the system tells)."""
        return self.used_clock() - self.started


def _send(thread: int) -> None:
    """Raise :class:`_Expired` in ``thread`` at its next bytecode."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(_Expired))


def _await_sent() -> None:
    """Take delivery of an exception sent to this thread (it arrives at once, unless a filter
    swallowed it already with ``except BaseException``: then give up after a moment)."""
    end = time.monotonic() + 0.5
    try:
        while time.monotonic() < end:
            pass
    except _Expired:
        pass


class _Watchdog:
    """The documents being cleaned in this process, and the thread that stops the late ones."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.active: dict[int, _Watch] = {}
        self.wake_at = float("inf")  # when the watchdog thread will look next
        self.thread: Optional[threading.Thread] = None

    def start(self, budget: float) -> Optional[_Watch]:
        """Register a document of this thread; ``None`` when one is running already (a nested run)."""
        tid = threading.get_ident()
        watch = _Watch(tid, budget)
        with self.cond:
            if tid in self.active:
                return None  # the outer document's budget covers the inner one
            self.active[tid] = watch
            if self.thread is None:
                self.thread = threading.Thread(target=self._loop, name="newsclean-budget", daemon=True)
                self.thread.start()
            if watch.deadline < self.wake_at:
                self.cond.notify()
        return watch

    def stop(self, watch: _Watch) -> None:
        """Unregister ``watch`` (idempotent): no exception is sent for it after this."""
        with self.lock:
            if self.active.get(watch.thread) is watch:
                del self.active[watch.thread]

    def _loop(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for watch in self.active.values():
                    if watch.fired_in is None and now >= watch.deadline:
                        left = watch.budget - watch.used()
                        if left > 0:  # the thread waited for a core: look again when it may be out
                            watch.deadline = now + left
                            continue
                        watch.fired_in = watch.filter
                        watch.sent = True
                        _send(watch.thread)
                pending = [w.deadline for w in self.active.values() if w.fired_in is None]
                self.wake_at = min(pending, default=float("inf"))
                self.cond.wait(None if not pending else self.wake_at - now + 0.001)


_WATCHDOG = _Watchdog()


def _after_fork() -> None:
    # the child has no watchdog thread, and none of the parent's documents
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def budget_for(size: int, max_seconds: Optional[float], seconds_per_mb: float) -> Optional[float]:
    """The seconds a document of ``size`` bytes may take, ``None`` for no limit.

    >>> budget_for(3_000_000, 10.0, 2.0)
    16.0
    """
    if max_seconds is None:
        return None
    return max_seconds + seconds_per_mb * size / 1e6


def apply_filters(filters: Iterable, doc, budget: Optional[float]) -> None:
    """Apply ``filters`` to ``doc`` in order, within ``budget`` seconds (``None``: no limit)."""
    if budget is None:
        for f in filters:
            f.apply(doc)
        return
    watchdog = _WATCHDOG
    watch = watchdog.start(budget)
    if watch is None:
        for f in filters:
            f.apply(doc)
        return
    try:
        try:
            for f in filters:
                watch.filter = f.name
                f.apply(doc)
                if watch.fired_in is None and watch.used() > watch.budget:
                    watch.fired_in = f.name
                    break  # a filter stuck in one call into C, which no exception can stop
        finally:
            watchdog.stop(watch)
        if watch.sent:  # sent as the last filter ended: it lands here, not in the caller's code
            _await_sent()
    except _Expired:
        watchdog.stop(watch)  # the exception may have landed before the first stop took the lock
    if watch.fired_in is not None:
        elapsed = watch.used()
        raise DocumentTimeout(
            f"document ran past its time budget of {watch.budget:.1f} s: stopped after {elapsed:.1f} s of CPU time "
            f"in filter {watch.fired_in!r} (raise Pipeline(max_seconds=…) or report the input)",
            filter=watch.fired_in, elapsed=elapsed, budget=watch.budget,
        )


__all__ = ["DEFAULT_MAX_SECONDS", "DEFAULT_SECONDS_PER_MB", "apply_filters", "budget_for"]
