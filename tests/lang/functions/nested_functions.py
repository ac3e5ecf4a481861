# Checks nested function definitions, helper functions visible only inside, and recursion of inner functions.
def outer(n):
    def helper(x):
        return x * x
    def inner_fact(k):
        return 1 if k <= 1 else k * inner_fact(k - 1)
    return helper(n), inner_fact(n)

print(outer(5))

def flatten(nested):
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(nested)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def level1():
    a = "L1"
    def level2():
        b = "L2"
        def level3():
            return a + b + "L3"
        return level3()
    return level2()

print(level1())

def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return [add, mul]

for op in make_ops():
    print(op.__name__, op(3, 4))
try:
    helper(1)
except NameError as e:
    print("NameError:", e)
