# Checks raise with a class, an instance, no args, bare raise re-raising the current exception, and re-raise after modification.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)

try:
    raise ValueError("instance")
except ValueError as e:
    print("instance raised:", repr(e))

def reraiser():
    try:
        int("nope")
    except ValueError:
        print("handling, then re-raising")
        raise

try:
    reraiser()
except ValueError as e:
    print("outer got:", e)

def reraise_as_var():
    try:
        [].pop()
    except IndexError as err:
        raise err

try:
    reraise_as_var()
except IndexError as e:
    print("re-raised var:", e)

try:
    try:
        raise KeyError("orig")
    except KeyError as e:
        e.args = ("changed",)
        raise
except KeyError as e:
    print("modified args:", e, e.args)

try:
    raise TypeError("t") if True else None
except TypeError as e:
    print("conditional raise:", e)

try:
    raise RuntimeError
except Exception as e:
    print(type(e).__name__, "str is empty:", str(e) == "")

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
