import threading
from queue import Queue


class Worker(threading.Thread):
    """A worker."""

    def __init__(self, q: Queue, *, name=None):
        super().__init__(name=name, daemon=True)
        self.q = q
        self.results = {}

    def run(self):
        while True:
            item = self.q.get()
            if item is None:
                break
            try:
                key, value = item
                self.results[key] = value ** 2 if value > 0 else -value
            except (TypeError, ValueError) as exc:
                print(f"bad item {item!r}: {exc}", file=sys.stderr)
            finally:
                self.q.task_done()


def main(n=4):
    q = Queue()
    workers = [Worker(q, name=f"w{i}") for i in range(n)]
    for w in workers:
        w.start()
    for i in range(100):
        q.put((i, i - 50))
    for _ in workers:
        q.put(None)
    total = sum(v for w in workers for v in w.results.values())
    print(f"{total=:,}")
    return total


if __name__ == "__main__":
    main()
