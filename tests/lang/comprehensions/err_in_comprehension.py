# Fails: ZeroDivisionError inside a list comprehension; 3.11 shows a separate <listcomp> frame.
def inverses(xs):
    return [1 / x for x in xs]

print(inverses([1, 2, 4]))
print(inverses([1, 0]))
