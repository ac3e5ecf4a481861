# Checks: indexing, negative indexing and slicing with steps, including clamped out-of-range bounds.
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[2:2], s[-1:-5], repr(s[10:]), s[3:100], s[-100:3])
print(s[100:], s[-100:-50], s[::-1][::-1] == s, s[9:0:-1], s[9::-1])
print(s[:-100:-1], s[-1:-4:-1], s[2:-2:3], s[None:4], s[4:None])
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
t = 'x'
print(t[0], t[-1], t[0:1], t[1:], t[::-1])
print(''[:], ''[::-1] == '', 'ab'[5:10] == '')
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
