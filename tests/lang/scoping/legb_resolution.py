# Checks LEGB name resolution: local, enclosing, global, builtin, and precedence among them.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner_enclosing():
        return x
    return inner(), inner_enclosing(), x

print(outer())

def reads_global():
    return x

print(reads_global())

def reads_builtin():
    return len("four")

print(reads_builtin())

def three_levels():
    a = 1
    def two():
        b = 2
        def one():
            c = 3
            return a + b + c
        return one()
    return two()

print(three_levels())

def param_shadows(x):
    return x

print(param_shadows("param"), x)
y = 1
def enclosing_over_global():
    y = 2
    def f():
        return y
    return f()

print(enclosing_over_global(), y)
print([x for _ in range(1)])
