# Checks: isdigit isalpha isspace isupper islower isalnum on typical and edge-case strings.
cases = ['abc', 'ABC', 'Abc', '123', 'abc123', '', ' ', ' \t\n', 'a b', '12.5', '-5',
         'ABC123', 'abc!', '_', 'é', 'É', '中文', 'x\n', '\u00a0', 'A1b']
for s in cases:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
    print('   ', s.isupper(), s.islower(), s.isalnum())
print('123'.isdigit() and not '12a'.isdigit())
print([c for c in 'a1 B2_c!' if c.isalnum()])
print(sum([1 for c in 'Hello World 2024' if c.isupper()]))
print([w for w in ['ok', 'OK', 'Ok', '42', 'x1'] if w.isalpha() and w.islower()])
