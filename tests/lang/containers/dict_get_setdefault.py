# Checks dict.get with and without default, setdefault on missing/present keys, and grouping with setdefault.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 100))
print(d.setdefault("c", 3))
print(d.setdefault("d"))
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
e = {}
print(e.get(1, []))
e.setdefault(1, []).append("x")
e.setdefault(1, []).append("y")
print(e)
print({1: None}.get(1, "default"))
