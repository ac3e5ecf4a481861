# Checks: int(), float(), str(), bool() with no arguments and with argument kinds not covered elsewhere.
print(int(), float(), str(), bool(), repr(str()))
print(int(5), int(-5.9), int('  12  '), int('-0'), int(True), int('0b11', 0), int('7'))
print(float(5), float('  -1.25  '), float(True), float('1e-3'), float(-0))
print(str(5), str(-0.0), str(True), str(None), str([1, '2']), str(b'x'), str(3.0))
print(bool(0), bool(1), bool(''), bool('False'), bool([]), bool(0.0))
print(int(str(123)) + 1, float(str(1.5)) * 2, str(int('42')) + '!', int(float('2.9')))
print(type(int('3')), type(float('3')), type(str(3)), type(bool(3)))
print(int(' +7 '), int('0o17', 8), int('Z', 36), float(' 0.000001 '), str(1e-6))
for text in ['10', '-3', '0x1A', '2.5']:
    try:
        print(text, int(text, 0))
    except ValueError as e:
        print(text, 'ValueError:', e)
