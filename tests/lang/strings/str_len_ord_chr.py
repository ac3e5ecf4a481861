# Checks: len(), ord() and chr() for ASCII, Latin-1, CJK and astral (emoji) characters.
for s in ['', 'a', 'abc', 'é', 'café', '中文', '😀', 'a😀b', '\n\t', '\x00']:
    print(repr(s), len(s))
for c in ['A', 'a', '0', ' ', '\n', 'é', 'ÿ', 'Ā', '中', '€', '😀', '\x7f']:
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(97), chr(48), chr(233), chr(0x4e2d), chr(128512), chr(8364))
print([chr(i) for i in range(97, 102)], ''.join([chr(ord('a') + i) for i in range(26)]))
print(ord('b') - ord('a'), chr(ord('A') + 25), repr(chr(0)), repr(chr(10)))
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
print(chr(0x10ffff) == '\U0010ffff', len(chr(0x10ffff)))
