# Checks: f-string prefixes and quoting: f, F, rf, triple quotes, doubled braces, other quotes inside.
name = "Ada"
n = 3
print(f'hello {name}')
print(F"hello {name}")
print(f'''triple {name}''')
print(f"""triple "{name}" """)
print(f'{{literal}} {n}')
print(f'{{{n}}}')
print(fr'\n{n}', rf'\t{name}', Rf'{n}\\')
print(f"{'inner single'}")
print(f'{"inner double"}')
print(f'''{'a' + "b"}''')
d = {'k': 'v'}
print(f"{d['k']}")
print(f'{n}{n}{n}')
print(f'')
print(f'{n + 1}' + f'{n * 2}')
print(f'{ n }', f'{n }')
print(f'a\tb{n}\n', end='')
print(f'''multi
line {n}''')
