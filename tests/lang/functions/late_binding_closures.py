# Checks late binding of loop variables in closures and the default-argument fix.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs2 = []
for i in range(4):
    funcs2.append(lambda i=i: i)
print([f() for f in funcs2])

comp = [lambda: j for j in range(3)]
print([f() for f in comp])

def make(n):
    return lambda: n

funcs3 = [make(k) for k in range(3)]
print([f() for f in funcs3])

i = 100
print([f() for f in funcs])

def builder():
    fs = []
    for x in range(3):
        def f():
            return x * 10
        fs.append(f)
    x = 99
    return fs

print([f() for f in builder()])
