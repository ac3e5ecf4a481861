"""The core of gilsim's asyncio: futures and tasks, and which loop each thread runs. The
event loop is in _asyncio_loop, the coroutine functions built on them (sleep, gather,
wait, wait_for, as_completed, run, to_thread) in _asyncio_funcs.

A simplified re-implementation of CPython 3.11's asyncio (base_events, futures, tasks,
runners), written against its documented behaviour so that programs see the same order
of events. The loop runs on the engine's clock: with nothing ready it waits until the
next timer is due, or until another thread hands it work (call_soon_threadsafe, the
executors), on a lock acquired with a timeout -- the select() of this loop. A coroutine
that blocks (time.sleep, sim.io) or computes blocks the whole loop, as in CPython.
"""

import _thread

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
    from _asyncio_loop import BaseEventLoop  # built on this module: imported when used
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


def _copy_outcome(source, dest):
    """Gives `dest` the outcome of the finished `source` (either kind of future):
    cancelled, its exception, or its result."""
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


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
