"""The core of gilsim's asyncio: futures, tasks, the event loop and the functions built
directly on them (sleep, gather, wait, wait_for, as_completed, run, to_thread).

A simplified re-implementation of CPython 3.11's asyncio (base_events, futures, tasks,
runners), written against its documented behaviour so that programs see the same order
of events. The loop runs on the engine's clock: with nothing ready it waits until the
next timer is due, or until another thread hands it work (call_soon_threadsafe, the
executors), on a lock acquired with a timeout -- the select() of this loop. A coroutine
that blocks (time.sleep, sim.io) or computes blocks the whole loop, as in CPython.
"""

import _thread
import time as _time

# The timeline's task lanes (docs/architecture.md, "asyncio tasks in the trace"): each
# change of a task's state is reported with a label (its name, what it awaits).
from _asyncio_trace import task as _trace
from _asyncio_trace import CREATED as _T_CREATED, READY as _T_READY, RUNNING as _T_RUNNING
from _asyncio_trace import WAITING as _T_WAITING, DONE as _T_DONE, NAMED as _T_NAMED


class CancelledError(BaseException):
    """The operation was cancelled (a BaseException since Python 3.8)."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    pass


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


# ---- the running loop of each thread -------------------------------------------------

_running_loops = {}
_event_loops = {}


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = _event_loops.get(_thread.get_ident())
    if loop is None:
        if _thread.get_ident() != _main_ident:
            raise RuntimeError("There is no current event loop in thread %r." % _thread_name())
        loop = new_event_loop()
        _event_loops[_thread.get_ident()] = loop
    return loop


def _thread_name():
    import threading
    return threading.current_thread().name


def set_event_loop(loop):
    if loop is None:
        _event_loops.pop(_thread.get_ident(), None)
    else:
        _event_loops[_thread.get_ident()] = loop


def new_event_loop():
    return BaseEventLoop()


_main_ident = _thread.get_ident()


# ---- callbacks -----------------------------------------------------------------------

class Handle:
    """A callback scheduled on a loop (call_soon)."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": "Exception in callback %r" % (self._callback,),
                "exception": exc,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later, call_at)."""

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when


# A binary heap of (when, sequence, handle): timers due at the same time run in the
# order they were scheduled.
def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        if heap[parent][0] < item[0] or (heap[parent][0] == item[0] and heap[parent][1] < item[1]):
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        right = child + 1
        if right < n and (heap[right][0] < heap[child][0] or
                          (heap[right][0] == heap[child][0] and heap[right][1] < heap[child][1])):
            child = right
        c = heap[child]
        if last[0] < c[0] or (last[0] == c[0] and last[1] < c[1]):
            break
        heap[i] = c
        i = child
    heap[i] = last
    return top


# ---- futures -------------------------------------------------------------------------

class Future:
    """A result that is not there yet; awaiting it suspends until it is."""

    _asyncio_future_blocking = False
    _state = _PENDING
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None
    _trace_label = None   # what a task awaiting it waits for, on the timeline
    _trace_due = None     # a timer's future (sleep): when it falls due, in loop time

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._callbacks = []

    def __repr__(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=%r" % (self._result,))
        return "<%s %s>" % (type(self).__name__, " ".join(info))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)
            # A task suspended on this future is now ready to run (on the timeline: from
            # here until the loop gets to its step, which a busy loop delays).
            if getattr(cb, "__func__", None) is _task_wakeup:
                task = cb.__self__
                if self._state == _CANCELLED:
                    _trace(_T_READY, task._trace_id, "cancelled")
                else:
                    # A sleep is over at its due time, even if the loop was blocked then.
                    _trace(_T_READY, task._trace_id, "woken", self._trace_due)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# ---- tasks ---------------------------------------------------------------------------

_task_counter = 0
_trace_ids = 0
_all_tasks = []
_current_tasks = {}


class Task(Future):
    """Runs a coroutine on the loop, one step (up to its next suspension) at a time."""

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        global _task_counter, _trace_ids
        if name is None:
            # As CPython: only unnamed tasks draw a number.
            _task_counter += 1
            name = "Task-%d" % _task_counter
        self._name = str(name)
        _trace_ids += 1
        self._trace_id = _trace_ids
        _trace(_T_CREATED, _trace_ids, self._name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def __repr__(self):
        info = [self._state.lower(), "name=%r" % self._name]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=%r" % (self._result,))
        return "<Task %s>" % " ".join(info)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)
        _trace(_T_NAMED, self._trace_id, self._name)

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback (_wakeup) throws CancelledError into the coroutine.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        _current_tasks[loop] = self
        _trace(_T_RUNNING, self._trace_id, "")
        # What the task does once this step ends, for the timeline (set below).
        after, label = _T_READY, "scheduled"
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            after, label = _T_DONE, "result"
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
                label = "cancelled"
            else:
                Future.set_result(self, exc.value)
        except CancelledError as exc:
            after, label = _T_DONE, "cancelled"
            self._cancelled_exc = exc
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as exc:
            after, label = _T_DONE, "exception " + type(exc).__name__
            Future.set_exception(self, exc)
            raise
        except BaseException as exc:
            after, label = _T_DONE, "exception " + type(exc).__name__
            Future.set_exception(self, exc)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None:
                if result._loop is not loop:
                    loop.call_soon(self._step, RuntimeError(
                        "Task %r got Future %r attached to a different loop" % (self, result)))
                elif blocking:
                    if result is self:
                        loop.call_soon(self._step, RuntimeError("Task cannot await on itself: %r" % (self,)))
                    else:
                        result._asyncio_future_blocking = False
                        after, label = _T_WAITING, _label_of(result)
                        result.add_done_callback(self._wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                                after, label = _T_READY, "cancelled"
                else:
                    loop.call_soon(self._step, RuntimeError(
                        "yield was used instead of yield from in task %r with %r" % (self, result)))
            elif result is None:
                # A bare yield (sleep(0)): run again on the next iteration of the loop.
                label = "sleep 0"
                loop.call_soon(self._step)
            else:
                loop.call_soon(self._step, RuntimeError("Task got bad yield: %r" % (result,)))
        finally:
            if _current_tasks.get(loop) is self:
                del _current_tasks[loop]
            _trace(after, self._trace_id, label)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


_task_wakeup = Task._wakeup


def _label_of(fut):
    """What awaiting `fut` waits for, as the timeline names it."""
    label = fut._trace_label
    if label is not None:
        return label
    if isinstance(fut, Task):
        return "task " + fut._name
    return "future"


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    live = [t for t in _all_tasks if not t.done()]
    _all_tasks[:] = live
    return set(t for t in live if t._loop is loop)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


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
        if new_future.cancelled():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(source.result())

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


# ---- coroutine functions -------------------------------------------------------------

class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    future._trace_label = "sleep %s" % (delay,)
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    future._trace_due = h.when()
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._trace_label = "cancellation of " + _label_of(fut)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    waiter._trace_label = "wait_for %s (timeout %s)" % (_label_of(fut), timeout)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    arg_to_fut = {}

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = CancelledError("" if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    outer._trace_label = "gather of %d" % nfuts
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % return_when)
    fs = list(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    waiter._trace_label = "wait %s of %d" % (return_when, len(fs))
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Coroutines to await, each giving the next result in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    from _asyncio_sync import Queue
    done = Queue()
    done._trace_name = "as_completed"
    loop = get_event_loop()
    todo = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in todo:
            todo.append(f)
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    return (_wait_for_one() for _ in range(len(todo)))


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    outer._trace_label = "shield of " + _label_of(inner)

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def to_thread(func, *args, **kwargs):
    loop = get_running_loop()
    fut = loop.run_in_executor(None, lambda: func(*args, **kwargs))
    fut._trace_label = "to_thread " + getattr(func, "__name__", "call")
    return await fut


def run_coroutine_threadsafe(coro, loop):
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        task = ensure_future(coro, loop=loop)

        def done(t):
            if t.cancelled():
                future.cancel()
            elif t.exception() is not None:
                future.set_exception(t.exception())
            else:
                future.set_result(t.result())
        task.add_done_callback(done)
    loop.call_soon_threadsafe(callback)
    return future


# ---- the runner ----------------------------------------------------------------------

def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })
