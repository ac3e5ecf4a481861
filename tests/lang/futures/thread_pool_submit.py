# ThreadPoolExecutor.submit: futures, results in any order, exceptions.
from concurrent.futures import ThreadPoolExecutor
import time


def square(n):
    time.sleep(0.01 * n)
    return n * n


def fail(msg):
    raise KeyError(msg)


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(square, n) for n in range(5)]
    print([f.result() for f in futures])
    f = ex.submit(fail, "nope")
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except KeyError as e:
        print("raised", e)
    print(f.done(), f.cancelled(), f.running())
    g = ex.submit(square, n=3)
    print(g.result(timeout=5))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
