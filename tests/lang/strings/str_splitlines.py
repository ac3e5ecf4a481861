# Checks: str.splitlines with \n, \r\n, \r, trailing newlines and keepends.
s = 'one\ntwo\r\nthree\rfour\n'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print('no newline'.splitlines(), ''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines())
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.split('\n'))
print('x\x0by\x0cz\x1cw'.splitlines())
text = """first
second

fourth"""
for i, line in enumerate(text.splitlines()):
    print(i, repr(line))
print(len('a\r\n'.splitlines(True)[0]))
