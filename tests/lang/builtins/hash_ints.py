# Checks: hash() of ints and bools (including CPython's special cases: -1 hashes to -2, modulus 2**61-1).
for n in [0, 1, -1, -2, 2, 42, -42, 1000000, 2 ** 31, 2 ** 60, 2 ** 61 - 2]:
    print(n, hash(n))
print(hash(True), hash(False), hash(True) == hash(1))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
print(hash(9223372036854775807), hash(-9223372036854775807))
print(hash(10 ** 18), hash(-(10 ** 18)))
print(hash(5) == hash(5), hash(-1) == hash(-2))
d = {-1: 'a', -2: 'b'}
print(d[-1], d[-2], len(d))
s = {1, -1, -2, 2 ** 61 - 1, 0}
print(sorted(s), len(s))
