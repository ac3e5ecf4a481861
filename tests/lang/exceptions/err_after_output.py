# Fails: prints several lines on stdout first, then divides by zero; stdout must keep what was printed.
def average(xs):
    return sum(xs) / len(xs)

groups = [[1, 2, 3], [10, 20], []]
for g in groups:
    print("group", g)
    print("average", average(g))
print("never printed")
