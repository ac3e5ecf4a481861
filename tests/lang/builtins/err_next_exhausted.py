# Checks: an uncaught StopIteration from next() without a default on an exhausted iterator.
def take(it, n):
    out = []
    for _ in range(n):
        out.append(next(it))
    return out

it = iter([1, 2, 3])
print(take(it, 2))
print(take(it, 2))
