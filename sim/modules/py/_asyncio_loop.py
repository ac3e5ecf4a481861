"""asyncio's event loop (CPython's base_events): callbacks, timers on the engine's clock,
run_until_complete and run_forever, executors. With nothing ready it waits until the next
timer is due, or until another thread hands it work (call_soon_threadsafe, the executors),
on a lock acquired with a timeout: the select() of this loop (see _asyncio_core)."""

import _thread
import time as _time

from _asyncio_core import (Future, Handle, Task, TimerHandle, _copy_outcome, _get_running_loop, _heap_pop,
                           _heap_push, _set_running_loop, ensure_future, get_event_loop, isfuture)

# ---- the event loop ------------------------------------------------------------------

class BaseEventLoop:
    """The loop: ready callbacks, timers, and a wait for whichever comes first."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._default_executor = None
        self._exception_handler = None
        # Held while nobody has handed work from another thread; call_soon_threadsafe
        # releases it, which ends the loop's wait.
        self._wake = _thread.allocate_lock()
        self._wake.acquire()

    def __repr__(self):
        return "<%s running=%s closed=%s debug=False>" % (
            "_UnixSelectorEventLoop", self._running, self._closed)

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heap_push(self._scheduled, (when, self._seq, h))
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        h = self.call_soon(callback, *args)
        self._write_to_self()
        return h

    def _write_to_self(self):
        try:
            self._wake.release()
        except RuntimeError:
            pass  # already woken

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._scheduled = []
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            _heap_pop(sched)
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = sched[0][0] - self.time()
            if timeout < 0:
                timeout = 0
        else:
            timeout = None
        if timeout != 0:
            # The select(): until the next timer, or until another thread wakes us.
            if timeout is None:
                self._wake.acquire()
            else:
                self._wake.acquire(True, timeout)
        end_time = self.time() + 1e-9
        while sched and sched[0][0] < end_time:
            h = _heap_pop(sched)[2]
            if not h._cancelled:
                self._ready.append(h)
        batch = self._ready
        self._ready = []
        for i in range(len(batch)):
            h = batch[i]
            if not h._cancelled:
                h._run()

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        fut = wrap_future(executor.submit(func, *args), loop=self)
        fut._trace_label = "executor " + getattr(func, "__name__", "call")
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        from _asyncio_funcs import to_thread  # built on this module: imported when used
        await to_thread(executor.shutdown, True)

    async def shutdown_asyncgens(self):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        if exc is not None:
            message = "%s\n%s: %s" % (message, type(exc).__name__, exc)
        print(message, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _copy_state(source):
        if not new_future.cancelled():
            _copy_outcome(source, new_future)

    def _call_check_cancel(dest):
        if dest.cancelled():
            future.cancel()

    def _call_set_state(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, source)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future
