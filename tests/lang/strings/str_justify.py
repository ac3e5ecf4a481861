# Checks: ljust, rjust, center (incl. odd padding placement), zfill with signs, fill characters.
for w in [0, 3, 5, 6, 7, 8]:
    print(w, repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w)))
for w in [4, 5, 6, 7]:
    print(w, repr('ab'.center(w, '*')), repr('a'.center(w, '-')), repr(''.center(w, '.')))
print('x'.ljust(5, '.'), 'x'.rjust(5, '0'), '|' + 'mid'.center(9, '=') + '|')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '3.14'.zfill(7), '-'.zfill(3))
print('abc'.zfill(5), '12345'.zfill(3), ''.zfill(2), '-0'.zfill(1), '--1'.zfill(4))
print('中'.center(5, '*'), 'é'.rjust(3, 'é'), '😀'.ljust(3, '!'))
rows = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, n in rows:
    print(name.ljust(8) + str(n).rjust(5))
try:
    'a'.center(5, '--')
except TypeError as e:
    print('TypeError:', e)
