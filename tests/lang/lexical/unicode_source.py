# Checks: non-ASCII characters in string literals and comments (source is UTF-8): é, 中文, emoji.
# Comment with non-ASCII: café, 中文, 😀
s = "café"
print(s, len(s))
t = '中文字符'
print(t, len(t), t[1])
e = "😀👍"
print(e, len(e), e[1])
print("naïve résumé")
mixed = "a中b😀c"
print([c for c in mixed])
print(len(mixed), mixed[3], mixed[-1])
print(repr(s), repr(t), repr(e))
print('\u00e9' == 'é', '\u4e2d' == '中')
print(r'é\n', b'caf\xc3\xa9'.decode('utf-8'))
print(f'{s}!', f'{t:>6}|', f'{e:*^6}')
