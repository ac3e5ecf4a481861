# Fails: an assert without a message; the last traceback line is just AssertionError.
values = [3, 2, 1]
print(values)
assert values == sorted(values)
