# Checks next() on exhausted iterators raising StopIteration, next with default, and iter() on various containers.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, "[" + str(e) + "]")
print(next(it, "default"))
print(next(iter(""), None))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "done"))
r = iter(range(2))
print(list(r), list(r))
s = iter("xy")
print(next(s))
print(list(s))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
e2 = iter(enumerate("ab"))
print(next(e2), next(e2))
try:
    next(e2)
except StopIteration:
    print("enumerate exhausted")
z = zip([1, 2], "a")
print(next(z))
try:
    next(z)
except StopIteration:
    print("zip exhausted")
m = map(str, [7])
print(next(m), next(m, "end"))
