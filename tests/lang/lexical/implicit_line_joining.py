# Checks: implicit line joining inside (), [] and {} including calls, nested brackets and blank lines.
values = [
    1, 2,
    3,

    4,
]
print(values)
total = (1 +
         2 +
             3)
print(total)
d = {
    'a':
        1,
    'b': [10,
          20],
}
print(d)
def add(a,
        b,
        c=0):
    return a + b + c
print(add(1,
          2,
          c=
          3))
t = (
    "x",
)
print(t, len(t))
nested = [[1,
           2], [3,
                4]]
print(nested)
cond = (1 < 2
        and 3 < 4
        or False)
print(cond)
s = {
    5,
    6,
}
print(sorted(s))
print(values[
    1:
    3])
