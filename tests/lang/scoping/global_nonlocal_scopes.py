# Checks global and nonlocal interplay: nonlocal binds nearest enclosing, global skips enclosing scopes.
v = "module"
def outer():
    v = "outer"
    def use_global():
        global v
        v = "set by global"
    def use_nonlocal():
        nonlocal v
        v = "set by nonlocal"
    use_global()
    print("after global:", v)
    use_nonlocal()
    print("after nonlocal:", v)

outer()
print("module v:", v)

def a():
    n = 0
    def b():
        n = 100
        def c():
            nonlocal n
            n += 1
            return n
        return c(), n
    r = b()
    return r, n

print(a())

def make_stack():
    items = []
    size = 0
    def push(x):
        nonlocal size
        items.append(x)
        size += 1
    def pop():
        nonlocal size
        size -= 1
        return items.pop()
    def get_size():
        return size
    return push, pop, get_size

push, pop, get_size = make_stack()
push(1)
push(2)
push(3)
print(pop(), get_size())

def g():
    global fresh
    fresh = 1
    fresh += 1

g()
print(fresh)
