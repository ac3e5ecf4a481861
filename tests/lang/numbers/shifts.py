# Checks: << and >> on positive and negative ints, big right shifts, arithmetic shift semantics.
print(1 << 0, 1 << 1, 1 << 10, 1 << 62)
print(5 << 3, -5 << 3, 0 << 40)
print(1024 >> 1, 1024 >> 10, 1024 >> 11, 1024 >> 100)
print(-1 >> 1, -1 >> 100, -2 >> 1, -5 >> 1, -1024 >> 3)
print(-9 >> 2, 9 >> 2, -8 >> 2)
print(0x7fffffffffffffff >> 62, 0x7fffffffffffffff >> 63, 0x7fffffffffffffff >> 64)
print(-0x7fffffffffffffff >> 62, -0x7fffffffffffffff >> 63, -0x7fffffffffffffff >> 64)
print(3 << 2 + 1, (3 << 2) + 1)
print(1 << 3 >> 1, 256 >> 2 << 2)
x = 1
x <<= 5
print(x)
x >>= 2
print(x)
print([1 << i for i in range(8)])
print([-100 >> i for i in range(8)])
print(True << 4, 7 >> True)
