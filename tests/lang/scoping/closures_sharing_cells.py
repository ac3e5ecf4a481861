# Checks that closures created in the same scope share variables (cells), and that each call gets fresh cells.
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, get, reset

inc, get, reset = make()
inc()
inc()
print(get())
reset()
print(get(), inc(), get())
inc2, get2, _ = make()
inc2()
print(get(), get2())

def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
        i = i * 10
    return [f() for f in fs]

print(loop_closures())

def fresh_per_call():
    cells = []
    def add():
        v = len(cells)
        cells.append(lambda: v)
    for _ in range(3):
        add()
    return [c() for c in cells]

print(fresh_per_call())

def outer():
    x = "before"
    def show():
        return x
    results = [show()]
    x = "after"
    results.append(show())
    return results

print(outer())
