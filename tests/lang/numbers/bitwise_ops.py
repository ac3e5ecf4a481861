# Checks: & | ^ ~ on positive and negative ints (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xff, -256 & 0xff, -1 | 0, -1 ^ -1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(~0, ~-1, ~5, ~-6, ~~7)
print(0x7fffffffffffffff & -2, 0x7fffffffffffffff ^ 1)
print(12 & 10 | 1, 12 ^ 10 & 6, 1 | 2 ^ 3 & 4)
x = 0xf0
x &= 0x3c
print(x)
x |= 0x01
print(x)
x ^= 0xff
print(x)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True), type(True & 1))
print([n & 1 for n in range(-4, 5)])
print(hex(0xdead ^ 0xbeef), hex(-0x10 & 0xffff))
