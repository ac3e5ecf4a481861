# Executor.map yields results in submission order, waiting for the slowest first.
from concurrent.futures import ThreadPoolExecutor
import time

start = time.monotonic()


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=3) as ex:
    for r in ex.map(job, [0.3, 0.1, 0.2]):
        print(r, round(time.monotonic() - start, 1))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    print(list(ex.map(job, [])))
