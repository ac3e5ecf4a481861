# Checks swapping and rotating variables and list items via tuple assignment, and evaluation order of the right side.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "x", "y", "z"
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 1, 3
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [0, 1]
i = 0
i, x[i] = 1, 9
print(i, x)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([fib(n) for n in range(12)])

def bubble(v):
    v = list(v)
    for end in range(len(v) - 1, 0, -1):
        for k in range(end):
            if v[k] > v[k + 1]:
                v[k], v[k + 1] = v[k + 1], v[k]
    return v

print(bubble([5, 1, 4, 2, 8, 0]))
m, n = 48, 18
while n:
    m, n = n, m % n
print(m)
