# as_completed yields futures as they finish; map would wait for the slow one.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time

start = time.monotonic()


def fetch(name, d):
    time.sleep(d)
    return name


with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(fetch, n, d): n for n, d in [("slow", 0.4), ("a", 0.1), ("b", 0.2), ("c", 0.3)]}
    for f in as_completed(futs):
        print(f.result(), futs[f], round(time.monotonic() - start, 1))
    f = ex.submit(fetch, "late", 1.0)
    try:
        for x in as_completed([f], timeout=0.2):
            print("unexpected", x)
    except TimeoutError as e:
        print("TimeoutError:", e)
