# Checks mutating dicts, sets and lists while iterating: RuntimeError for dicts/sets, safe iteration over copies.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        if k == 1:
            d[4] = "d"
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
for k in d:
    d[k] = d[k].upper()
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
