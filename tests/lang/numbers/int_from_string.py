# Checks: int() parsing of strings: whitespace, signs, underscores, bases and base 0 prefixes.
print(int('42'), int('-42'), int('+42'), int('  7  '), int('\t\n 8 \n'))
print(int('0'), int('-0'), int('000123'), int('1_000_000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0XfF', 16))
print(int('777', 8), int('0o777', 8), int('101', 2), int('0b101', 2))
print(int('z', 36), int('ZZ', 36), int('10', 36), int('11', 3))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('99', 0), int('0', 0))
print(int('-0x10', 16), int(' -0b1_0 ', 0), int('1_0', 16))
print(int('9223372036854775807'), int('-9223372036854775807'))
print(int(' 12 ', base=10), int('12', base=5))
for s in ['12', '1.5', 'abc', '', '1__2', '0x10', '1e3', ' ']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int('10', 1)
except ValueError as e:
    print(e)
