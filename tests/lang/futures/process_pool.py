# ProcessPoolExecutor: calls run in other processes, arguments and results are copied.
from concurrent.futures import ProcessPoolExecutor, as_completed
import multiprocessing

counter = 0


def bump(n):
    global counter
    counter += n
    return counter


def power(a, b):
    return a ** b


def size(x):
    return len(x)


def fails(x):
    raise ValueError("remote %s" % x)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(sorted(ex.map(bump, [1, 1, 1, 1])) != [])
        futs = [ex.submit(power, 2, k) for k in range(5)]
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(fails, 7)
        print(type(f.exception()).__name__, f.exception())
        print(ex.submit(size, [1, 2, 3]).result())
    print("parent counter", counter)
