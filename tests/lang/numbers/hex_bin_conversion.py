# Checks: hex() and bin() of ints incl. zero and negatives, and int() parsing them back.
for n in [0, 1, 7, 10, 255, 256, -1, -255, 4096, 9223372036854775807, -9223372036854775807]:
    print(n, hex(n), bin(n) if abs(n) < 5000 else '-', int(hex(n), 16), int(bin(n), 2))
print(hex(True), bin(False))
print(hex(0xABCDEF), hex(-0x7f))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#X'))
print(format(10, 'b'), format(10, '#b'), format(10, '08b'), format(-10, 'b'))
print(format(255, '#010x'), format(-255, '#010x'), format(255, '_x'), format(2 ** 40, '_b'))
print(f'{3054:x}', f'{3054:#X}', f'{5:b}', f'{-5:#b}')
print(int('0x' + format(1000, 'x'), 16), int(bin(1000)[2:], 2))
