"""Thread-local data: threading.local, written in Python (CPython has it in C as
_thread._local, and a pure-Python _threading_local like this one).

    mydata = threading.local()
    mydata.x = 1        # each thread sees its own x

A subclass may define __init__ to give every thread the same starting attributes:
it runs again in each thread that touches the object, as in CPython.

Notes about the implementation:
  - gilsim has no object.__setattr__, and an instance's __dict__ is a copy, so a local
    cannot keep its per-thread dicts in itself. They live in _impls, keyed by id(); the
    entry holds the local, so the id cannot be reused by another object. The price: a
    local is never freed (locals are few and long-lived in practice).
  - A thread's attributes are dropped when it ends (threading calls _thread_exited), so
    the values they reference do not outlive it, as in CPython.
  - Deviation: gilsim has no __new__, metaclasses or __init_subclass__, so the
    construction arguments cannot be captured. A subclass's __init__ is re-run in a new
    thread without arguments (its defaults apply). The first thread to touch the object
    (normally the one that creates it) gets no re-run: its __init__ is the real one.
"""

from _thread import get_ident

_impls = {}     # id(local) -> _Impl


class _Impl:
    def __init__(self, owner):
        self.owner = owner      # keeps id(owner) unique while the entry exists
        self.dicts = {}         # thread ident -> that thread's attributes


def _dict_of(obj):
    # The calling thread's attributes of obj, created (and initialized) on first use.
    ident = get_ident()
    impl = _impls.get(id(obj))
    if impl is None:
        impl = _Impl(obj)
        impl.dicts[ident] = {}
        _impls[id(obj)] = impl
    d = impl.dicts.get(ident)
    if d is None:
        d = {}
        impl.dicts[ident] = d
        init = type(obj).__init__
        if init is not _local.__init__:
            init(obj)
    return d


def _thread_exited(ident):
    for impl in list(_impls.values()):
        impl.dicts.pop(ident, None)


def _no_attribute(obj, name):
    cls = type(obj)
    tname = "_thread._local" if cls is _local else cls.__name__
    return AttributeError("'%s' object has no attribute '%s'" % (tname, name))


class _local:
    """Thread-local data."""

    # CPython's is the C type _thread._local.
    __module__ = "_thread"

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Initialization arguments are not supported")
        _dict_of(self)

    def __getattr__(self, name):
        # Called only for names that the class does not define (methods stay shared).
        d = _dict_of(self)
        if name in d:
            return d[name]
        raise _no_attribute(self, name)

    def __setattr__(self, name, value):
        _dict_of(self)[name] = value

    def __delattr__(self, name):
        d = _dict_of(self)
        if name not in d:
            raise _no_attribute(self, name)
        del d[name]


local = _local
