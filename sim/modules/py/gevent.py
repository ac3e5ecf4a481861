"""Green threads, as gevent provides them: many greenlets on the OS thread that
spawned them, switching only when one waits (gevent.sleep, a join, or I/O through the
sim module, which behaves as if gevent's monkey patching were applied).
"""

import _gevent


class GreenletExit(BaseException):
    """Raised in a greenlet that is killed."""


class Timeout(Exception):
    def __init__(self, seconds=None):
        Exception.__init__(self, seconds)
        self.seconds = seconds


class LoopExit(Exception):
    pass


class Greenlet:
    """A green thread running run (or the function given) with its arguments."""

    def __init__(self, run=None, *args, **kwargs):
        if run is not None:
            self._run = run
        self.args = args
        self.kwargs = kwargs
        self._h = None

    def _run(self):
        raise NotImplementedError("Greenlet.run: pass a function or override _run")

    def _call(self):
        return self._run(*self.args, **self.kwargs)

    def start(self):
        if self._h is None:
            self._h = _gevent.spawn(self._call, (), {}, 0)

    def start_later(self, seconds):
        if self._h is None:
            self._h = _gevent.spawn(self._call, (), {}, seconds)

    @property
    def started(self):
        return self._h is not None and self._h.started()

    @property
    def dead(self):
        return self._h is not None and self._h.ready()

    def ready(self):
        return self.dead

    def successful(self):
        return self.dead and self._h.exception() is None

    @property
    def value(self):
        if self._h is None or not self._h.ready():
            return None
        return self._h.value() if self._h.exception() is None else None

    @property
    def exception(self):
        if self._h is None:
            return None
        return self._h.exception()

    def join(self, timeout=None):
        if self._h is not None and not self._h.ready():
            _gevent.join(self._h, timeout)

    def get(self, block=True, timeout=None):
        if not self.dead:
            if not block:
                raise Timeout(0)
            self.join(timeout)
            if not self.dead:
                raise Timeout(timeout)
        exc = self._h.exception()
        if exc is not None:
            raise exc
        return self._h.value()

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if self._h is None:
            return
        if not self._h.ready():
            _gevent.kill(self._h, exception)
            if block:
                self.join(timeout)

    def __repr__(self):
        name = getattr(self._run, "__name__", "?")
        return "<Greenlet at 0x%x: %s%s>" % (id(self), name, repr(self.args) if self.args else "()")


def spawn(function, *args, **kwargs):
    g = Greenlet(function, *args, **kwargs)
    g.start()
    return g


def spawn_later(seconds, function, *args, **kwargs):
    g = Greenlet(function, *args, **kwargs)
    g.start_later(seconds)
    return g


def sleep(seconds=0):
    _gevent.sleep(seconds)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    done = []
    for g in greenlets:
        if count is not None and len(done) >= count:
            break
        left = None if deadline is None else max(0, deadline - time.monotonic())
        g.join(left)
        if g.dead:
            done.append(g)
            if raise_error and g.exception is not None:
                raise g.exception
    return done


def wait(objects=None, timeout=None, count=None):
    if objects is None:
        raise LoopExit("gevent.wait() without objects is not supported; pass the greenlets")
    return joinall(objects, timeout=timeout, count=count)


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    for g in greenlets:
        g.kill(exception, block=False)
    if block:
        joinall(greenlets, timeout=timeout)


def getcurrent():
    return _gevent.current()


class _Monkey:
    # The sim module's I/O is always green-aware; patching makes time.sleep so too.
    def patch_all(self, *args, **kwargs):
        _gevent.patch_time()

    def patch_time(self):
        _gevent.patch_time()


monkey = _Monkey()
