# concurrent.futures.wait with each return_when.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import time


def sleepy(d):
    time.sleep(d)
    return d


def broken(d):
    time.sleep(d)
    raise ValueError("broken")


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(sleepy, d) for d in (0.3, 0.1, 0.2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    r = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in r.done), len(r.not_done))
    fs = [ex.submit(broken, 0.1), ex.submit(sleepy, 0.5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    done, not_done = wait([ex.submit(sleepy, 1)], timeout=0.1)
    print(len(done), len(not_done))
