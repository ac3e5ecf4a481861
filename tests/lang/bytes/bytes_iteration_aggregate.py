# Checks: iterating bytes as ints with builtins: sum, max, min, sorted, map, filter, zip, reversed.
data = b'\x05\x03\x09\x01\x07'
print(sum(data), max(data), min(data), sorted(data), bytes(sorted(data)))
print(list(map(hex, data)), list(filter(lambda x: x > 4, data)))
print(list(zip(b'ab', b'xyz')), list(reversed(data)), bytes(reversed(data)))
checksum = 0
for x in b'checksum me':
    checksum = (checksum * 31 + x) % 65521
print(checksum)
xor = 0
for x in data:
    xor ^= x
print(xor, any(data), all(data), all(b'\x01\x00'))
counts = {}
for x in b'abracadabra':
    counts[chr(x)] = counts.get(chr(x), 0) + 1
print(counts)
print([b for b in b'ABC'], list(enumerate(b'hi')))
print(bytes([x ^ 0x20 for x in b'Hello']))
