# Checks del of names, list items, slices, dict keys and attributes, and the errors afterwards.
a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
print(b)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[0], lst[0]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["y"]
except KeyError as e:
    print("KeyError:", e)
x, y = 1, 2
del x, y
try:
    print(x + y)
except NameError as e:
    print("NameError:", e)

class Obj:
    def __init__(self):
        self.p = 1
        self.q = 2

o = Obj()
del o.p
print(hasattr(o, "p"), o.q)

def local_del():
    v = [1, 2]
    w = v
    del v
    return w

print(local_del())
nested = {"a": [1, {"b": 2, "c": 3}]}
del nested["a"][1]["b"]
print(nested)
for i in range(2):
    tmp = i
del tmp, i
print("loop vars deleted")
