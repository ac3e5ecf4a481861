# Checks: strings are immutable: item assignment fails, methods return new strings, += rebinds.
s = 'hello'
t = s
s += ' world'
print(s, '|', t)
u = t.upper()
print(t, u, t is not u)
try:
    t[0] = 'H'
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
r = t.replace('l', 'L')
print(t, r)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, ''.join(parts))
acc = ''
for w in ['a', 'b', 'c']:
    acc = acc + w + acc
print(acc, len(acc))
x = 'abc'
y = x[:]
print(x == y, x[:1] + 'Z' + x[2:])
try:
    'abc'.nosuchmethod()
except AttributeError as e:
    print('AttributeError:', e)
