# Checks: bytes comparisons (lexicographic by byte value), concatenation, repetition, hashing-free use in dicts.
print(b'abc' < b'abd', b'abc' < b'ab', b'' < b'\x00', b'\xff' > b'\x7f', b'A' < b'a')
print(b'abc' == b'abc', b'abc' != b'ABC', b'a' == 'a', b'1' == 1)
print(b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'x' * 0, b'' + b'')
print(sorted([b'b', b'a', b'\xff', b'B', b'']))
print(max([b'aa', b'b']), min([b'aa', b'b']))
d = {b'one': 1, b'two': 2}
print(d[b'one'], b'two' in d, 'two' in d, list(d))
acc = b''
for i in range(5):
    acc += bytes([48 + i])
print(acc, len(acc))
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
