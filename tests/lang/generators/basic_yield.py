# A generator runs lazily: each next() runs up to the following yield.
def counter(n):
    print("start")
    i = 0
    while i < n:
        print("yield", i)
        yield i
        i += 1
    print("end")


g = counter(3)
print(type(g).__name__)
print(next(g))
print(next(g))
for x in g:
    print("loop", x)
print(list(counter(0)))
print(list(counter(2)), sum(counter(4)))
print(next(counter(5), "unused"))
print(next(iter([]), "default"))
e = counter(0)
print(next(e, "exhausted"))
