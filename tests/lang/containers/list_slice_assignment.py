# Checks slice assignment (growing, shrinking, inserting, extended slices) and del with slices and steps.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[:0] = [0]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::3] = [7, 8, 9]
print(b)
b[::-1] = list(range(10))
print(b)
c = list(range(12))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[::-2]
print(c)
del c[:]
print(c)
d = [1, 2, 3, 4]
d[1:3] = "ab"
print(d)
d[0:2] = range(3)
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
e[-100:1] = [0]
print(e)
try:
    e[::2] = [1]
except ValueError as ex:
    print("ValueError:", ex)
