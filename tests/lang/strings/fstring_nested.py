# Checks: f-strings with nested replacement fields in format specs, and nested f-strings in expressions.
width = 10
prec = 3
value = 2.718281828
print(f'[{value:{width}.{prec}f}]')
print(f'[{value:>{width}}]')
for w in [4, 8, 12]:
    print(f'[{"x":^{w}}]')
fill = '*'
align = '^'
print(f'[{"hi":{fill}{align}{width}}]')
names = ['Ada', 'Bob']
print(f'{", ".join([f"<{n}>" for n in names])}')
print(f'{f"{value:.2f}":>8}')
print(f"outer {f'inner {1 + 1}'} end")
spec = '>8.2f'
print(f'[{value:{spec}}]')
rows = [('a', 1.5), ('bbb', 22.25), ('cc', 333.125)]
col = max([len(r[0]) for r in rows])
for name, v in rows:
    print(f'{name:<{col}} | {v:{width}.{prec - 1}f} |')
d = {'k': [10, 20]}
print(f"{d['k'][1] + 1:05d}")
print(f'{"%d items" % 3}')
