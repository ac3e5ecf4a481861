# Fails: TypeError calling a function with a missing required argument, two calls deep.
def area(w, h):
    return w * h

def report(shape):
    return "area=%d" % area(*shape)

print(report((2, 3)))
print(report((4,)))
