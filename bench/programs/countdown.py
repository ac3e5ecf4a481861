# Beazley's countdown (PyCon 2010): a CPU-bound loop, run twice with 10 million.
def countdown(n):
    while n > 0:
        n -= 1


countdown(10_000_000)
countdown(10_000_000)
