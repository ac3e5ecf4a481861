# Checks: abs/round/pow builtins used together on mixed values, incl. round of negative halves.
vals = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.14159, -3.14159, 7, -7]
for v in vals:
    print(v, abs(v), round(v), round(v, 1), pow(v, 2))
for v in [0.25, 2, 9, 2.25]:
    print(v, pow(v, 0.5), v ** 0.5, pow(v, -1))
print(round(-2.5), round(-3.5), round(-0.5) == 0, round(1e-10, 12))
print(pow(2, 10), pow(-2, 3), pow(2, -2), pow(2.5, 2), pow(9, 0.5), pow(-8, 1))
print(pow(7, 3, 10), pow(-7, 3, 10), pow(7, 0), pow(0, 0), pow(0.0, 0))
print(abs(-3) ** 2, round(abs(-2.675), 2), round(pow(10, -2), 3))
print(max([abs(x) for x in vals]), sum([round(x) for x in vals]))
