# Checks printing of dict keys/values/items views, list() of them, len, membership and iteration.
d = {"x": 1, "y": 2, 3: "three"}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "x" in d.keys(), 1 in d.values(), ("y", 2) in d.items())
k = d.keys()
d["z"] = 26
print(k)
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(f"{key!r} -> {value!r}")
print(sorted(d.values(), key=str))
print({}.keys(), {}.values(), {}.items())
print(list(reversed(list(d))))
print(tuple(d))
print([v for v in d.values() if isinstance(v, int)])
