x = "abc\
def"
y = 'a\
\
b'
z = b"x\
y"
