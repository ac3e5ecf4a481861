# Checks: mixed int/float arithmetic promotes to float; results and types.
print(1 + 1.0, type(1 + 1.0), 2 * 0.5, type(2 * 0.5))
print(3 - 0.5, 10 // 2.5, 10 % 2.5, 7 ** 0.0)
print(1 + True, 1.0 + True, type(1.0 + True))
print(2 ** 53 + 1.0, float(2 ** 53 + 1))
print(0.5 * 4 == 2, 0.1 * 10 == 1, 0.1 * 3 == 0.3)
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1, 2, 3]) / 3)
vals = [1, 2.0, 3, 4.5]
print([type(v).__name__ for v in vals], max(vals), min(vals))
print(int(2.5) + 1, float(3) + 1, 7 // 2 * 2.0)
print(round(2.5) + 0.5, abs(-3) * 1.0)
print(divmod(7, 2.0), pow(2, 0.5) * pow(2, 0.5))
print(1_000_000 * 1.1, 1.1 * 1_000_000)
print(3 * 1.1, 1.1 + 1.1 + 1.1, 3.3)
