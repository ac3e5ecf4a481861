# Fails: raise ValueError('x') from KeyError('y') uncaught; both tracebacks with the "direct cause" line.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError("bad key " + repr(k)) from e

print(lookup({"a": 1}, "a"))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print("caught once:", e, repr(e.__cause__))
lookup({"a": 1}, "b")
