# Checks: slicing bytes yields bytes, with steps, negative bounds and out-of-range clamping.
b = b'0123456789'
print(b[2:5], b[:3], b[7:], b[-3:], b[:-3], b[::2], b[1::2])
print(b[::-1], b[8:2:-2], b[100:], b[-100:2], b[5:2], b[:])
print(type(b[1:2]), len(b[3:7]), b[3:7][1], b[3:7][-1:])
print(b[::3], b[-1:-4:-1], b[::-1][::-1] == b)
s = b'abc\x00def'
print(s[3:4], s[2:5], s[:3] + s[4:])
print(b''[:], b'x'[1:], b'x'[::-1])
try:
    b[::0]
except ValueError as e:
    print('ValueError:', e)
