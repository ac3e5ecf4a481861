# Checks exceptions propagating through nested try blocks and functions, with finally blocks running in order.
def level3():
    try:
        print("level3 raising")
        raise KeyError("deep")
    finally:
        print("level3 finally")

def level2():
    try:
        level3()
    except ValueError:
        print("level2 wrong handler")
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "handled"
    finally:
        print("level1 finally")

print(level1())

try:
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        raise TypeError("second")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e, "context:", repr(e.__context__))

def swallow():
    try:
        raise RuntimeError("x")
    except RuntimeError:
        pass
    return "swallowed"

print(swallow())
try:
    try:
        raise IndexError("i")
    except KeyError:
        print("wrong")
except LookupError as e:
    print("propagated to outer:", repr(e))
