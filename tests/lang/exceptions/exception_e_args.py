# Checks printing e, str(e), repr(e) and e.args for builtin exceptions with zero, one and several arguments.
cases = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
         KeyError("a", "b"), IndexError(5), RuntimeError(""), Exception([1, 2]), TypeError(None),
         ZeroDivisionError("custom"), AssertionError("why"), StopIteration(7), NameError("n")]
for e in cases:
    print(type(e).__name__, "|", e, "|", str(e), "|", repr(e), "|", e.args)

try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e)
    print(e.args[0], e.args[1])
    print(len(e.args))

try:
    {}[(1, 2)]
except KeyError as e:
    print("str:", str(e), "repr:", repr(e), "args:", e.args)

try:
    {}["quote'd"]
except KeyError as e:
    print(e, repr(e))
print(f"{ValueError('f')}", f"{ValueError('f')!r}")
print([ValueError("in list")], (KeyError(1),))
