# Fails: IndexError uncaught when reading past the end of a list in a loop.
def window_sums(xs, k):
    out = []
    for i in range(len(xs)):
        s = 0
        for j in range(k):
            s += xs[i + j]
        out.append(s)
        print("sum at", i, "=", s)
    return out

window_sums([1, 2, 3, 4], 2)
