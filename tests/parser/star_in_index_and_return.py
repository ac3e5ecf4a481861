x = a[*b]
y = a[*b, c]
def f():
    return *a, *b
