# Checks: every augmented assignment operator on ints and floats.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1101; print(x)
x |= 0b10000; print(x)
x ^= 0b11111; print(x)
x /= 2; print(x)
y = 1.5
y += 1; print(y)
y *= -2; print(y)
y //= 2; print(y)
y %= 2.5; print(y)
y **= 2; print(y)
nums = [1, 2, 3]
nums[1] += 10
nums[-1] *= 3
print(nums)
d = {'a': 1}
d['a'] -= 5
print(d)
z = -7
z //= 2
print(z)
z %= -3
print(z)
