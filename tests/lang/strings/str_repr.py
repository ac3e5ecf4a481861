# Checks: repr() of strings: quote selection, escapes for control chars, backslashes, non-ASCII kept as-is.
cases = ['plain', "it's", 'say "hi"', 'both \' and "', '', 'back\\slash',
         'new\nline', 'tab\there', 'cr\rlf\n', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xff',
         'é', '中文', '😀', '\u200b', '\ufeff', '\u2028', 'bell\a', '\x1b[0m', '\U0010ffff',
         "'", '"', '\'"', '\\n']
for s in cases:
    print(repr(s))
print([ 'a', "b'", 'c"' ])
print(('x\n',), {'k\t': 'v\\'})
print(str('new\nline'), repr(repr('a')), repr(str(repr("it's"))))
print(repr('a' * 3 + '\n' * 2))
