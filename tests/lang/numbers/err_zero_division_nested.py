# Checks: an uncaught ZeroDivisionError raised three calls deep, after output was printed.
def average(values):
    return total(values) / count(values)

def total(values):
    s = 0
    for v in values:
        s += v
    return s

def count(values):
    return len(values)

def report(groups):
    for g in groups:
        print("average", average(g))

print("start")
report([[1, 2, 3], [10, 20], []])
print("never reached")
