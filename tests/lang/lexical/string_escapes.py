# Checks: backslash escape sequences in normal string literals, shown via repr and ord.
s = 'a\tb\nc\\d\'e\"f'
print(s)
print(repr(s))
print(len(s))
print([ord(c) for c in '\a\b\f\n\r\t\v\0'])
print(repr('\x41\x42\x7e'))
print(repr('\101\102\060'), repr('\7'), repr('\177'))
print('\u00e9', '\u4e2d', repr('\u00e9'))
print('\U0001F600' == '\U0001f600', len('\U0001F600'))
print(ord('\U0001F600'))
print(repr('\r\n'))
print("tab:\there")
print('back\\slash', "dq\"", 'sq\'')
print(repr('\x00\x1f'))
print('line1\
line2')
