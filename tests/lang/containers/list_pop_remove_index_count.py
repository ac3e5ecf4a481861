# Checks list.pop (default, positive, negative index), remove (first match), index (with start/stop) and count.
a = [10, 20, 30, 40, 50, 20]
print(a.pop())
print(a)
print(a.pop(0))
print(a)
print(a.pop(-2))
print(a)
print(a.pop(1))
print(a)
b = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
b.remove(1)
print(b)
b.remove(5)
print(b)
print(b.index(5))
print(b.index(3))
print(b.index(3, 1))
print(b.index(5, 6, 9))
print(b.count(5))
print(b.count(3))
print(b.count(7))
print([[1], [1], 1].count([1]))
print([1, 1.0, True].count(1))
print(["a", "b", "a"].index("b"))
c = [1, 2, 3]
while c:
    print("popped", c.pop(), "left", c)
