# The Future API by hand: cancel, callbacks, set_result, timeouts.
from concurrent.futures import Future, ThreadPoolExecutor, CancelledError, TimeoutError
import threading
import time

f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback saw", fut.result()))
f.set_result(42)
print(f.result(), f.done())
f.add_done_callback(lambda fut: print("late callback", fut.result()))

c = Future()
print(c.cancel(), c.cancelled(), c.done())
try:
    c.result()
except CancelledError:
    print("CancelledError")

r = Future()
print(r.set_running_or_notify_cancel(), r.running(), r.cancel())
try:
    r.result(timeout=0.1)
except TimeoutError:
    print("TimeoutError")

with ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    first = ex.submit(gate.wait)
    queued = ex.submit(print, "never printed")
    print("cancel queued:", queued.cancel(), "cancel running:", first.cancel())
    gate.set()
    print(first.result())
e = Future()
e.set_exception(ValueError("stored"))
print(repr(e.exception()))
try:
    e.set_result(1)
except Exception as ex2:
    print(type(ex2).__name__)
