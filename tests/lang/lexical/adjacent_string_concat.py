# Checks: adjacent string literal concatenation, across lines, mixing quote styles, raw and f-strings.
s = 'abc' 'def'
print(s)
t = ('first '
     "second "
     '''third '''
     """fourth""")
print(t)
u = r'\n' '\n'
print(repr(u), len(u))
n = 5
v = 'n=' f'{n}' ' done'
print(v)
w = f'{n}' f'{n + 1}' 'x'
print(w)
print('a' 'b' == 'ab')
x = ['one' 'two', 'three']
print(x, len(x))
y = ("long message part one, "
     "part two, "
     "part three")
print(y)
print(len('' '' ''))
