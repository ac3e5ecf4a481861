# ProcessPoolExecutor hands at most max_workers + 1 calls to its workers; the others stay
# pending, and cancel() works on them (a call already handed over cannot be cancelled).
from concurrent.futures import ProcessPoolExecutor
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        futs = [ex.submit(slow, i) for i in range(6)]
        time.sleep(0.1)
        print("first running:", futs[0].running())
        print("last running:", futs[-1].running())
        print("cancel last:", futs[-1].cancel(), futs[-1].cancelled())
        print("cancel first:", futs[0].cancel())
        print("first result:", futs[0].result())
    print("done:", [f.done() for f in futs])
    print("cancelled:", [f.cancelled() for f in futs])
