a = b"abc"
b = B'\x00\xff\n\t'
c = b"""multi
line"""
d = b"\'\"\\"
e = b'it\'s'
f = b"\777\1"
g = b"\u1234 \N"
