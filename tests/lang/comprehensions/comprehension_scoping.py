# Checks comprehension scoping: loop variables do not leak, class-body names are not visible in nested for clauses.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = "unchanged"
_ = {i: i for i in range(3)}
print(i)
_ = {i for i in range(3)}
print(i)

def f():
    n = 10
    return [n + k for k in range(3)]

print(f())

def g():
    fs = [lambda: k for k in range(3)]
    return [h() for h in fs]

print(g())

class C:
    base = 100
    vals = [v + 1 for v in range(base, base + 2)]
    try:
        bad = [base + j for j in range(2)]
    except NameError as e:
        err = str(e)

print(C.vals)
print(C.err)

def uses_outer_in_filter():
    limit = 3
    return [v for v in range(10) if v < limit]

print(uses_outer_in_filter())
y = 5
print([y for y in range(y)])
print(y)
