# Checks conditional expressions (x if c else y), nesting, precedence and laziness of the unused branch.
def noisy(tag, v):
    print("eval", tag)
    return v

for n in [-3, 0, 4]:
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)

x = noisy("a", 1) if noisy("cond", True) else noisy("b", 2)
print(x)
y = noisy("a", 1) if noisy("cond", []) else noisy("b", 2)
print(y)
print([i if i % 2 else -i for i in range(6)])
z = 1 + (10 if False else 20)
print(z)
w = 1 + 10 if False else 20
print(w)
f = (lambda v: "big" if v > 10 else "small")
print(f(5), f(50))
print((1, 2) if None else [3, 4])
print("yes" if "0" else "no", "yes" if 0 else "no")
