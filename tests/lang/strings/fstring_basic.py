# Checks: f-strings with expressions, calls, indexing, conditionals, !r !s conversions and escaped braces.
name = 'World'
n = 7
items = [1, 2, 3]
d = {'a': 1, 'b': 'two'}
def double(x):
    return x * 2
print(f'Hello, {name}!')
print(f'{n} squared is {n * n}, doubled {double(n)}')
print(f'{items} {items[0]} {items[-1]} {len(items)}')
print(f"{d['a']} {d['b']} {d}")
print(f'{name!r} {name!s} {n!r} {"q"!r}')
print(f'{"yes" if n > 5 else "no"}')
print(f'{{braces}} {{{n}}}')
print(f'{name.upper()} {name.lower()[1:3]}')
print(f'{[x * x for x in items]}')
print(f'{None} {True} {1.5} {-0.0} {1e16}')
print(f'{"a" + "b"} {3 + 4 if False else 7}')
print(f'{n:d} {n}{n} {n == 7}')
s = 'it\'s'
print(f'{s!r} {"tab"!r}')
print(f'{name}' * 2, f'{"x" * 3}')
x = 10; y = 3
print(f'{x}/{y}={x / y} {x}//{y}={x // y} {x}%{y}={x % y}')
