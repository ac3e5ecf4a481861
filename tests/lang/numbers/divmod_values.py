# Checks: divmod() on ints and floats for all sign combinations, consistent with // and %.
for a in [17, -17, 0, 5]:
    for b in [5, -5, 3]:
        print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.3), divmod(-1, 0.25))
print(divmod(9223372036854775807, 10))
print(divmod(-9223372036854775807, 10))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
print(type(divmod(5, 2)), type(divmod(5.0, 2)[0]))
