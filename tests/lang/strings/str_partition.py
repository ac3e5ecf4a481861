# Checks: partition and rpartition, found and not found, repeated separators.
s = 'key=value=more'
print(s.partition('='), s.rpartition('='))
print(s.partition('#'), s.rpartition('#'))
print('=start'.partition('='), 'end='.partition('='), '='.partition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print(''.partition('x'), ''.rpartition('x'))
print('http://host/path'.partition('://'))
head, sep, tail = 'name: Ada'.partition(': ')
print(repr(head), repr(sep), repr(tail))
print('中文=值'.partition('='))
for line in ['a=1', 'b', 'c=3=4']:
    k, found, v = line.partition('=')
    print(k, bool(found), v)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
