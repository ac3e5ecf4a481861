"""Asynchronous I/O with async/await: gilsim's asyncio (see _asyncio_core for how the
loop waits on the engine's clock, and docs/language.md for what differs from CPython)."""

from _asyncio_core import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, CancelledError, Future, Handle,
                           InvalidStateError, Task, TimerHandle, all_tasks, create_task, current_task,
                           ensure_future, get_event_loop, get_running_loop, iscoroutine, isfuture, new_event_loop,
                           set_event_loop, _get_running_loop)
from _asyncio_loop import BaseEventLoop, wrap_future
from _asyncio_funcs import (as_completed, gather, run, run_coroutine_threadsafe, shield, sleep, to_thread, wait,
                            wait_for)
from _asyncio_sync import (BoundedSemaphore, Condition, Event, LifoQueue, Lock, PriorityQueue, Queue, QueueEmpty,
                           QueueFull, Semaphore)

TimeoutError = TimeoutError
AbstractEventLoop = BaseEventLoop
EventLoop = BaseEventLoop


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and (code.co_flags & 0x80) != 0
