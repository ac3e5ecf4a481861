# Checks that dicts keep insertion order, that overwriting keeps position and delete + re-insert moves to the end.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d)
d["b"] = 10
print(d)
del d["b"]
print(d)
d["b"] = 100
print(d)
d.pop("a")
d["a"] = 0
print(list(d))
e = {3: "c", 1: "a", 2: "b"}
print(e)
del e[1]
e[1] = "A"
print(e)
for i in range(5):
    e[i] = i * i
print(e)
print(list(e.items())[0], list(e.items())[-1])
f = dict.fromkeys([5, 3, 5, 1], 0)
print(f)
g = {1: 1, True: 2, 1.0: 3}
print(g)
