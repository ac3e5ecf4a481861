# Checks default parameter values, keyword arguments in any order, and mixing positional with keyword.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet("Ed", "Hey", "..."))

def box(w, h=None, d=1):
    if h is None:
        h = w
    return (w, h, d, w * h * d)

print(box(2))
print(box(2, 3))
print(box(2, d=5))
print(box(w=4, h=1))

N = 10
def uses_default(x=N):
    return x

N = 20
print(uses_default(), N)

def count_args(a, b=2, *, c=3):
    return a + b * 10 + c * 100

print(count_args(1), count_args(1, 5), count_args(1, c=9), count_args(a=7, c=0, b=0))
