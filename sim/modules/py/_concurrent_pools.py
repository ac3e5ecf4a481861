"""The executors of concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor
(see _concurrent_futures for the Future they return)."""

import multiprocessing
import queue
import threading

from _concurrent_futures import BrokenProcessPool, BrokenThreadPool, Executor, Future, _live_executors


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _thread_worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            # Idle again: the next submit() hands its call to this thread.
            executor._idle_semaphore.release()
            continue
        # Shutting down: pass the signal on to the next worker.
        work_queue.put(None)
        return


_thread_pool_counter = 0


class ThreadPoolExecutor(Executor):
    """Runs calls on up to max_workers threads of this process (under its lock)."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        global _thread_pool_counter
        if max_workers is None:
            max_workers = min(32, multiprocessing.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _thread_pool_counter
            _thread_pool_counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = threading.Thread(name="%s_%d" % (self._thread_name_prefix, num_threads), target=_thread_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            if not any(e is self for e in _live_executors):
                _live_executors.append(self)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool is not usable anymore")
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            first = not self._shutdown
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            if first:
                self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
        for i in range(len(_live_executors)):
            if _live_executors[i] is self:
                del _live_executors[i]
                break


# ---- processes -----------------------------------------------------------------------

def _process_worker(call_queue, result_queue, initializer, initargs):
    """The loop of a worker process: run calls until told to stop (None)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            result_queue.put(("broken", None, None))
            return
    while True:
        item = call_queue.get(block=True)
        if item is None:
            result_queue.put(None)
            return
        work_id, fn, args, kwargs = item
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, None, e))
        else:
            result_queue.put((work_id, r, None))


class ProcessPoolExecutor(Executor):
    """Runs calls in max_workers processes, each with its own interpreter and lock."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = multiprocessing.cpu_count()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = []
        self._pending = {}
        self._work_ids = 0
        self._shutdown = False
        self._broken = False
        self._lock = threading.Lock()
        self._manager = None
        self._call_queue = None
        self._result_queue = None
        # As CPython: at most max_workers + 1 calls (EXTRA_QUEUED_CALLS) are handed to the
        # workers at a time; the others wait here still pending, so cancel() works on them.
        # A call becomes running when it is handed over.
        self._queued = []
        self._in_flight = 0
        self._stopping = False

    def _start(self):
        self._call_queue = multiprocessing.Queue()
        self._result_queue = multiprocessing.Queue()
        for _ in range(self._max_workers):
            p = multiprocessing.Process(target=_process_worker,
                                        args=(self._call_queue, self._result_queue, self._initializer,
                                              self._initargs))
            p.start()
            self._processes.append(p)
        self._manager = threading.Thread(target=self._manage, name="ProcessPoolExecutorManager", daemon=True)
        self._manager.start()
        _live_executors.append(self)

    def _manage(self):
        # Collects the results that the workers send back, until every worker has left.
        running = len(self._processes)
        while running:
            item = self._result_queue.get()
            if item is None:
                running -= 1
                continue
            work_id, result, exc = item
            if work_id == "broken":
                self._break("A child process terminated abruptly, the process pool is not usable anymore")
                running -= 1
                continue
            with self._lock:
                f = self._pending.pop(work_id, None)
                self._in_flight -= 1
                self._feed()
            if f is None:
                continue
            if exc is not None:
                f.set_exception(exc)
            else:
                f.set_result(result)
        for p in self._processes:
            p.join()

    def _feed(self):
        # With self._lock held: hand queued calls over, then the stop signals once the
        # executor is shut down and nothing is left to hand over.
        while self._queued and self._in_flight < self._max_workers + 1:
            work_id, f, fn, args, kwargs = self._queued.pop(0)
            if not f.set_running_or_notify_cancel():
                self._pending.pop(work_id, None)
                continue
            self._in_flight += 1
            self._call_queue.put((work_id, fn, args, kwargs))
        if self._shutdown and not self._queued and not self._stopping:
            self._stopping = True
            for _ in self._processes:
                self._call_queue.put(None)

    def _break(self, why):
        with self._lock:
            self._broken = why
            pending = list(self._pending.values())
            self._pending.clear()
            self._queued = []
        for f in pending:
            f.set_exception(BrokenProcessPool(why))

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._manager is None:
                self._start()
            f = Future()
            self._work_ids += 1
            self._pending[self._work_ids] = f
            self._queued.append((self._work_ids, f, fn, args, kwargs))
            self._feed()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return Executor.map(self, fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for work_id, f, fn, args, kwargs in self._queued:
                    f.cancel()
                    self._pending.pop(work_id, None)
                self._queued = []
            if self._manager is not None:
                self._feed()
        if wait and self._manager is not None:
            self._manager.join()
        for i in range(len(_live_executors)):
            if _live_executors[i] is self:
                del _live_executors[i]
                break
