# Checks: identifier forms: underscores, digits, case sensitivity, dunder-like names, builtin shadowing in a function.
_ = 1
__ = 2
_x = 3
x_ = 4
x1y2 = 5
X = 6
x = 7
print(_, __, _x, x_, x1y2, X, x)
camelCase = "c"
snake_case = "s"
UPPER_CASE = "u"
print(camelCase, snake_case, UPPER_CASE)
__private__ = "dunder"
print(__private__)
def shadow():
    len = 99
    return len
print(shadow(), len("abc"))
a_very_long_identifier_name_that_keeps_going_on_and_on = 8
print(a_very_long_identifier_name_that_keeps_going_on_and_on)
for _ in range(2):
    print("loop", _)
Value, value, VALUE = 1, 2, 3
print(Value, value, VALUE)
