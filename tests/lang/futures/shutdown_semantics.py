# shutdown(wait=...), cancel_futures, and an executor left open at exit.
from concurrent.futures import ThreadPoolExecutor
import time


def slow(n):
    time.sleep(0.1)
    print("ran", n)
    return n


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(slow, i) for i in range(4)]
time.sleep(0.05)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs])
ex2 = ThreadPoolExecutor(max_workers=2)
ex2.submit(slow, "a")
ex2.submit(slow, "b")
ex2.shutdown(wait=False)
print("shutdown returned")
ex3 = ThreadPoolExecutor(max_workers=1)
ex3.submit(slow, "at exit")
print("main ends")
