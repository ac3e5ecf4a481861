# Checks an exception raised in finally replacing the original one, and in an except handler chaining __context__.
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

try:
    f()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

def g():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("while handling")

try:
    g()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

def h():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            print("finally", i)

try:
    h()
except ValueError as e:
    print("h raised", e)

def retry(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise TimeoutError("attempt %d" % n)
            return "succeeded on attempt %d" % n
        except TimeoutError as e:
            print("retrying after", e)
    return "gave up"

print(retry(5))
print(retry(2))
