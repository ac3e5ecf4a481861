# Checks: divmod() builtin on ints and floats with mixed signs, and its use for base conversion.
cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.25), (True, 2)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)
def to_base(n, base):
    digits = ''
    while n:
        n, r = divmod(n, base)
        digits = '0123456789abcdef'[r] + digits
    return digits or '0'
print(to_base(255, 2), to_base(255, 16), to_base(9223372036854775807, 16), to_base(0, 7))
secs = 98765
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(f'{d}d {h:02d}:{m:02d}:{s:02d}')
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod('a', 2)
except TypeError as e:
    print('TypeError:', e)
