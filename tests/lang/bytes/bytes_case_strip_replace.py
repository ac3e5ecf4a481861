# Checks: bytes upper/lower/title/swapcase/capitalize, strip variants, replace, and ASCII-only casing.
b = b'Hello World 123'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b'hello there'.capitalize())
print(b'caf\xc3\xa9'.upper(), b'\xe9'.upper())
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxhixx'.strip(b'x'))
print(b'\t\n data \r\n'.strip(), b'abcba'.strip(b'ab'))
print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b.replace(b'xyz', b''))
print(b'a-b-c'.replace(b'-', b''), b'aaa'.replace(b'a', b'bb'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'   '.isspace(), b'ABC'.isupper(), b'abc'.islower())
print(b'ab1'.isalnum(), b''.isalpha(), b'\xe9'.isalpha(), b'Ab'.isupper())
print(b'42'.zfill(5), b'ab'.center(6, b'*'), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'a,b'.partition(b','), b'a,b,c'.rpartition(b','))
