"""Synchronized queues for threads, as CPython's queue module (3.11).

Queue is FIFO, LifoQueue LIFO and PriorityQueue returns the smallest item first; all
three take an optional maxsize and count unfinished tasks for task_done()/join().
SimpleQueue is an unbounded FIFO without task tracking.

How it works: one mutex guards the items, and three condition variables share it:
getters wait on not_empty, putters on not_full, join() on all_tasks_done. Every method
holds the mutex while it looks at the items, so the queue is safe under any lock policy,
including `none`, where nothing makes a bytecode atomic. Timeouts are deadlines on
time.monotonic(): in the virtual engine a get(timeout=0.5) that finds nothing raises
Empty after exactly 0.5 s of simulated time (plus the wake-up latency).

Subclasses may override the storage hooks _init, _qsize, _put and _get, as CPython's
queue.Queue documents; every hook is called with the mutex held.
"""

import threading
from time import monotonic as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    # CPython defines it in its C accelerator, so it prints as _queue.Empty.
    __module__ = "_queue"


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


class _Fifo:
    """A FIFO with O(1) amortized operations (collections.deque is not available):
    items are appended to `back`; `front` holds the oldest ones, reversed, so that
    taking the next item is a pop() from the end of a list."""

    def __init__(self):
        self.back = []
        self.front = []

    def __len__(self):
        return len(self.back) + len(self.front)

    def append(self, item):
        self.back.append(item)

    def popleft(self):
        if not self.front:
            self.back.reverse()
            self.front, self.back = self.back, []
        return self.front.pop()


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # All three conditions share the one mutex: holding any of them is holding it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete.

        Raises a ValueError if called more times than there were items placed in
        the queue.
        """
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Blocks until every item put in the queue has been gotten and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        With block true and timeout None, waits until a free slot is available; with
        a non-negative timeout, waits at most that many seconds and then raises Full.
        With block false, raises Full at once if no slot is free (timeout is ignored).
        """
        with self.not_full:
            # An unbounded queue never waits, so its timeout is not even checked.
            if self.maxsize > 0:
                if not block:
                    if self._is_full():
                        raise Full
                elif timeout is None:
                    while self._is_full():
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._is_full():
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        With block true and timeout None, waits until an item is available; with a
        non-negative timeout, waits at most that many seconds and then raises Empty.
        With block false, returns an item if one is ready, else raises Empty.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking (Full if there is no slot)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item if one is immediately available, else raise Empty."""
        return self.get(block=False)

    # ---- storage hooks (called with the mutex held) ---------------------------------

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


# ---- a binary min-heap, as the heapq module keeps one ------------------------------
# The same algorithm as heapq's (only `<` is used, and a pop first moves the smaller
# child up to a leaf, then sifts the new item back toward the root), so that items that
# compare equal come out in the same order as in CPython.

def _sift_toward_root(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_to_leaf(heap, 0)
    return top


class PriorityQueue(Queue):
    """A queue that retrieves the lowest entry first (typically (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded FIFO queue, without task tracking."""

    # CPython's is the C type _queue.SimpleQueue.
    __module__ = "_queue"

    def __init__(self):
        self._items = _Fifo()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue; never blocks (block and timeout are ignored)."""
        with self._mutex:
            self._items.append(item)
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue (block and timeout as Queue.get)."""
        # CPython checks the timeout before it looks at the items.
        if block and timeout is not None:
            _check_timeout(timeout)
        with self._mutex:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self._not_empty.wait()
            else:
                deadline = _time() + timeout
                while not self._items:
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            return self._items.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking (same as put)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item if one is immediately available, else raise Empty."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return len(self._items) == 0

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._items)
