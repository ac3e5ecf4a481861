# Checks: chr()/ord() round-trips over ranges of code points and simple Caesar-cipher arithmetic.
print([ord(c) for c in 'AZaz09 ~'])
print(''.join([chr(c) for c in range(33, 48)]))
print(all([ord(chr(i)) == i for i in range(0, 2000, 7)]))
def caesar(text, k):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - ord('a') + k) % 26 + ord('a')))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - ord('A') + k) % 26 + ord('A')))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3), caesar('xyz', 30))
print(chr(0x41) + chr(0xe9) + chr(0x4e2d) + chr(0x1f600), [hex(ord(c)) for c in 'aé中😀'])
print(repr(chr(127)), repr(chr(160)), repr(chr(173)), repr(chr(0x2028)))
print(sorted(['b', 'a', 'é', 'Z', '中', '1']), sorted('bBaA', key=ord))
