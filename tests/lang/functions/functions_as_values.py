# Checks passing functions as arguments, storing them in containers, returning them and comparing them.
def double(x):
    return x * 2

def negate(x):
    return -x

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([double, negate, abs, str], -4))
table = {"d": double, "n": negate}
print(table["d"](21), table["n"](table["d"](3)))
f = double
print(f is double, f == double, f is negate)
print(f(f(f(1))))

def make_multiplier(k):
    def mult(x):
        return x * k
    return mult

triple = make_multiplier(3)
print(triple(7), make_multiplier(0)(99))
print(triple.__name__, double.__name__)

def repeat(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run

print(repeat(double, 10)(1), repeat(negate, 3)(5))
print(callable(double), callable(5), callable(lambda: 1), callable(int))
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(max(["pear", "fig", "banana"], key=len), min([3, -7, 5], key=abs))
