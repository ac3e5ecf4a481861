# Checks: raw string literals keep backslashes, in all quote styles and prefixes.
a = r'\n\t\\'
print(a, len(a))
print(repr(a))
b = R"C:\new\table"
print(b)
c = r'''raw\ttriple'''
print(c)
d = r"""raw "dq" \x41"""
print(d)
print(repr(r'\''), len(r'\''))
print(repr(r"\""), len(r"\""))
print(r'\u00e9', len(r'\u00e9'))
print(r'a\
b')
print(len(r'a\
b'))
print(r'' == '', r'abc' == 'abc')
print(r'\d+\s*' + 'x')
print(Rb'' == b'', type(r''))
