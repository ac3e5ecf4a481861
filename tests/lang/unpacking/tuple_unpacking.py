# Checks basic tuple/list unpacking in assignments from tuples, lists, strings, ranges and dicts.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, h, i = range(3)
print(g, h, i)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
x, = [42]
print(x)
(y,) = (7,)
print(y)
p = q = r = 0
print(p, q, r)
p, q = q, r = 1, 2
print(p, q, r)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
lst = [0, 0]
lst[0], lst[1] = "L0", "L1"
print(lst)

class Box:
    def __repr__(self):
        return "Box(%r, %r)" % (self.a, self.b)

bx = Box()
bx.a, bx.b = [10, 20]
print(bx)
dd = {}
dd["k"], dd["j"] = 1, 2
print(dd)
m, n = divmod(47, 10)
print(m, n)
