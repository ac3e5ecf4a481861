# Checks: hex(), bin() and format() builtins with ints, floats, strings and specs.
print(hex(0), hex(255), hex(-255), hex(2 ** 62), bin(0), bin(5), bin(-5), bin(2 ** 10))
print(format(42), format(42, ''), format(42, 'd'), format(42, '5'), format(42, '<5') + '|')
print(format(3.14159, '.2f'), format(3.14159), format(1e16), format(0.5, '%'), format(0.5, '.0%'))
print(format('ab', '^6'), format('ab', '*>6'), format('ab'), format('abc', '.1'))
print(format(1234567, ','), format(1234567.891, ',.1f'), format(1234567, '_'))
print(format(255, 'x'), format(255, '#X'), format(255, 'b'), format(-255, '#b'), format(65, 'c'))
print(format(True), format(True, 'd'), format(None), format([1, 2]), format((1,)))
print(format(-0.0), format(-0.0, '.1f'), format(float('inf'), '>6'), format(float('nan'), 'f'))
print(format(12.5, 'e'), format(12.5, '010.3f'), format(-12.5, '+010.1f'), format(12, '+'))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'x')
except ValueError as e:
    print('ValueError:', e)
try:
    format([1], '>5')
except TypeError as e:
    print('TypeError:', e)
