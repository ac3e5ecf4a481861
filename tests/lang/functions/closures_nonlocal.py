# Checks closures capturing variables, counters with nonlocal, independent closure instances and shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())
set_("x")
print(get())

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add

acc = accumulator()
print(acc("a"), acc("b"), acc("c"))

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = middle()
    return r, x

print(outer())

def captured_later():
    def show():
        return y
    y = "assigned after def"
    return show()

print(captured_later())
