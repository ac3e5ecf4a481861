# Checks: float() parsing of strings incl. whitespace, exponents, inf/nan spellings, underscores.
print(float('1.5'), float('-2.25'), float('+3'), float('  4.5  '), float('\n6\t'))
print(float('.5'), float('5.'), float('1e3'), float('1E-3'), float('-1.5e+2'))
print(float('1_000.5'), float('0'), float('-0'), float('00.100'))
print(float('inf'), float('-inf'), float('+inf'), float('Infinity'), float('-INFINITY'))
print(float('nan'), float('NaN'), float('-nan'), float('  inf  '))
print(float('123456789012345678'), float('0.1'), float('1e16'), float('1e-5'))
print(float('3.141592653589793238462643'), float('1e400'), float('-1e400'), float('1e-400'))
for s in ['abc', '', '1.2.3', '1,5', '1e', 'in f', '0x10']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
print(float(7), float(-3), float(True), float(2 ** 53 + 1), float(9223372036854775807))
print(type(float('1')), float(1.25))
