# Checks calls with *list, *tuple, **dict unpacking, multiple unpackings and mixing with explicit args.
def f(a, b, c=0, d=0):
    return (a, b, c, d)

args = [1, 2]
print(f(*args))
print(f(*args, 3))
print(f(*[1, 2, 3, 4]))
print(f(*(9, 8), d=7))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw))
print(f(**{"a": "A", "b": "B"}))
print(f(*[1], *[2], **{"d": 4}))
print(f(*range(2), **{"c": 3}, d=5))

def show(*args, **kwargs):
    return args, kwargs

print(show(*"abc", **{"x": 1}, y=2))
print(show(*[], **{}))
print(max(*[3, 9, 2]))
print(*[1, 2, 3])
print(*[1, 2, 3], sep="-")
print(*"hey", sep="|", end="!\n")
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"zz": 5})
except TypeError as e:
    print("TypeError:", e)
