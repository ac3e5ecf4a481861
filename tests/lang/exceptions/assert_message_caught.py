# Checks failing asserts caught as AssertionError, with and without messages, and non-string messages.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x

for v in [3, -2, 0]:
    try:
        print("ok", check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)

try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args, "[" + str(e) + "]")

try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e, e.args)

try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(repr(e))

try:
    assert None, 42
except AssertionError as e:
    print(e, type(e.args[0]).__name__)
