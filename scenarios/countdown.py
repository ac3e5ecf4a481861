# Beazley's countdown (PyCon 2010): the CPU-bound loop behind every GIL measurement.


def countdown(n):
    while n > 0:
        n -= 1


countdown(1_000_000)
print("counted down from 1,000,000")
