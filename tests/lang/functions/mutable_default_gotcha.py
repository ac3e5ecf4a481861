# Checks that mutable default values are shared between calls, and the None-default idiom avoids it.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1))
print(safe_append(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter({}), counter())
print(append_to(0, [9]))
a = append_to(5)
b = append_to(6)
print(a is b, a)
