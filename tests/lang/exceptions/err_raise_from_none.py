# Fails: raise ... from None inside a handler hides the original exception from the traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such setting: " + k) from None

print(get({"x": 1}, "x"))
get({"x": 1}, "y")
