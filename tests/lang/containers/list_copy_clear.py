# Checks list.copy (shallow), list.clear, slicing copy and aliasing behaviour.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = a
b.append(5)
print(a, b)
b[1].append(99)
print(a, b, c)
d.append(6)
print(a, d)
print(a is d, a is b, a == c)
a.clear()
print(a, d, b, c)
print(len(d))
e = list(b)
e[0] = 100
print(b[0], e[0])
f = [0] * 3
g = f
f = f + [1]
print(f, g)
g += [2]
print(g)
h = g
h += [3]
print(g is h, g)
