# Fails: raising an exception class with no arguments; the last line is just the class name.
def check(items):
    if not items:
        raise NotImplementedError
    return items

print(check([1]))
check([])
