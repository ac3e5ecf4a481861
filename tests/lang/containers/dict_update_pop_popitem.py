# Checks dict.update with dicts, pairs and kwargs, pop with/without default, popitem LIFO order.
d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ("d", 4)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({"f": 6}, g=7)
print(d)
print(d.pop("a"))
print(d.pop("zz", "missing"))
print(d.pop("b", None))
print(d)
print(d.popitem())
print(d.popitem())
print(d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
x = {}
try:
    x.popitem()
except KeyError as e:
    print("KeyError", e)
y = {1: "one", 2: "two"}
y.update({})
print(y)
print(dict(y, three=3))
print(dict(a=1, b=2))
print(dict([(1, 2), (3, 4)]))
print(dict({"k": "v"}))
