# Checks star and double-star unpacking in list/tuple/set/dict displays and in calls, including later keys winning.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *b, *"xy"])
print((*a,), [*range(3), *[]])
print({*a, *b, 1})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, "y": 0, **{"w": 9}})
print(dict(**d1, w=5))

def f(*args, **kwargs):
    return args, kwargs

print(f(*a, *b, **d1, **{"q": 0}))
print(f(0, *a, 5, *b))
x, *y = *a, *b
print(x, y)
first, second = [*"ab"]
print(first, second)
try:
    f(**d1, **{"x": 3})
except TypeError as e:
    print("TypeError:", e)
print([*{1: "a", 2: "b"}], [*d1.items()])
