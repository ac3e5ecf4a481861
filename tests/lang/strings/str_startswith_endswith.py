# Checks: startswith/endswith with strings, tuples of prefixes and start/end positions.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('hello world!'))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('d'))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'zz')))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('lo', 0, 5), s.endswith('o', 2, 5))
print(s.startswith('o', -5), s.endswith('wor', -5, -2))
print(''.startswith(''), ''.endswith('a'), 'a'.startswith('a', 1), 'a'.startswith('', 1))
print('a'.startswith('', 2))
files = ['a.py', 'b.txt', 'c.PY', 'test_x.py', 'd.pyc']
print([f for f in files if f.endswith('.py')])
print([f for f in files if f.lower().endswith(('.py', '.txt'))])
print([f for f in files if f.startswith('test_')])
print('中文'.startswith('中'), '😀x'.endswith('x'))
try:
    s.startswith(['he'])
except TypeError as e:
    print('TypeError:', e)
