# Checks raise X from Y: __cause__, __context__, __suppress_context__, and raise from None.
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e

try:
    load({}, "port")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("cause type:", type(e.__cause__).__name__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print("implicit cause:", e.__cause__)
    print("implicit context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still set:", type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from ValueError("explicit inner")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__context__)

e = ValueError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
