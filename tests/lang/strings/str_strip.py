# Checks: strip, lstrip, rstrip with default whitespace and with explicit character sets.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHELLOcba'.strip('abc'), '123abc321'.strip('0123456789'))
print(repr('   '.strip()), repr(''.strip()), repr('abc'.strip('')))
print('www.example.com'.strip('cmowz.'))
print('\n\r\t\x0b\x0c text \x0c'.strip())
print('--a-b--'.strip('-'), '--a-b--'.lstrip('-'), '--a-b--'.rstrip('-'))
print('aaa'.strip('a') == '', 'banana'.strip('an'), 'banana'.rstrip('an'))
print('  é中 '.strip(), 'éée'.strip('é'))
print('  x  '.strip(None), 'x'.strip(' x'))
lines = ['  alpha\n', 'beta  \n', '\tgamma']
print([l.strip() for l in lines])
