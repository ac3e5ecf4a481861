"""Process-based parallelism, as CPython's multiprocessing module, on _multiprocessing.

A process is a separate interpreter with its own lock, starting with a copy of this
process's globals (fork semantics, as on Linux); arguments and results are copied,
never shared, and a Queue carries copies of the values put in it.
"""

import _multiprocessing as _mp
from queue import Empty, Full

_counter = 0
_current = None
_children = []


def _next_name():
    global _counter
    _counter += 1
    return "Process-%d" % _counter


class Process:
    """A process running run() (by default target(*args, **kwargs))."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else _next_name()
        self._daemonic = bool(daemon) if daemon is not None else False
        self._handle = None
        self._parent_pid = current_process().pid

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        # In the child: this (copied) object is the current process.
        global _current, _children
        _current = self
        _children = []
        self.run()

    def start(self):
        if self._handle is not None:
            raise AssertionError("cannot start a process twice")
        if _current is not None and _current._daemonic:
            raise AssertionError("daemonic processes are not allowed to have children")
        self._handle = _mp.start_process(self._bootstrap, (), self._name, self._daemonic)
        _children.append(self)

    def join(self, timeout=None):
        if self._handle is None:
            raise AssertionError("can only join a started process")
        self._handle.join(timeout)

    def is_alive(self):
        if self._handle is None:
            return False
        return self._handle.is_alive()

    def terminate(self):
        if self._handle is not None:
            self._handle.terminate()

    kill = terminate

    def close(self):
        if self.is_alive():
            raise ValueError("Cannot close a process while it is still running.")

    @property
    def exitcode(self):
        if self._handle is None:
            return None
        return self._handle.exitcode()

    @property
    def pid(self):
        if self._handle is None:
            return None
        return self._handle.pid()

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._handle is not None:
            raise AssertionError("process has already started")
        self._daemonic = daemonic

    def __repr__(self):
        if self._handle is None:
            status = "initial"
        elif self._handle.is_alive():
            status = "started"
        else:
            status = "stopped exitcode=%s" % self.exitcode
        daemon = " daemon" if self._daemonic else ""
        return "<%s name=%r %s%s>" % (type(self).__name__, self._name, status, daemon)


class _MainProcess:
    def __init__(self):
        name, pid = _mp.current_process_info()
        self.name = name
        self.pid = pid
        self.ident = pid
        self.daemon = False
        self._daemonic = False

    def __repr__(self):
        return "<_MainProcess name=%r parent=None started>" % self.name


_main_process = None


def current_process():
    global _main_process
    if _current is not None:
        return _current
    if _main_process is None:
        _main_process = _MainProcess()
    return _main_process


def parent_process():
    return None if _current is None else _main_process


def active_children():
    return [p for p in _children if p.is_alive()]


def cpu_count():
    return _mp.cpu_count()


class Queue:
    """A queue between processes: put() sends a copy, get() receives one."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._chan = _mp.channel(maxsize)

    def put(self, obj, block=True, timeout=None):
        if not self._chan.put(obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        ok, obj = self._chan.get(block, timeout)
        if not ok:
            raise Empty
        return obj

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._chan.qsize()

    def empty(self):
        return self._chan.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self._chan.qsize() >= self._maxsize

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


SimpleQueue = Queue
