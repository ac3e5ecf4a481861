# Checks keyword-only parameters after * and after *args, with and without defaults, and the TypeErrors for misuse.
def kw(a, *, b, c=3):
    return (a, b, c)

print(kw(1, b=2))
print(kw(1, b=2, c=4))
print(kw(a=0, c=1, b=5))

def after_args(*args, sep="-"):
    return sep.join([str(x) for x in args])

print(after_args(1, 2, 3))
print(after_args(1, 2, 3, sep="+"))

try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1, b=2, a=3)
except TypeError as e:
    print("TypeError:", e)

def pos(a, b):
    return a - b

try:
    pos(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(pos(b=1, a=10))
