# Checks: non-ASCII strings (é, 中文, emoji): len, indexing, slicing, upper/lower, iteration, reversal.
s = 'café'
print(s, len(s), s[3], s[-1], s[:3], s.upper(), s.upper().lower())
c = '中文字符串'
print(c, len(c), c[0], c[-1], c[1:3], c[::-1], c.upper() == c)
e = 'hi 😀 there 👍!'
print(e, len(e), e[3], e[-2], e.upper(), e.find('👍'), e.index('t'))
print(list('é中😀'), [len(x) for x in ['é', '中', '😀']])
print('ÀÉÎÕÜ'.lower(), 'àéîõü'.upper(), 'Ñandú'.swapcase())
print('αβγ'.upper(), 'ΑΒΓ'.lower(), 'привет'.upper(), 'ПРИВЕТ'.lower())
print('é' * 3, '中' + '文', '😀'.center(5, '*'), '中文'.ljust(4, '.') + '|')
mixed = 'a中b😀cé'
for i in range(len(mixed)):
    print(i, mixed[i], ord(mixed[i]))
print(mixed[::2], mixed[1::2], mixed.replace('😀', ':)'))
print(sorted('中a😀é'), 'é' in mixed, '😀c' in mixed)
print('Ünïcödé'.isalpha(), '中文'.isalpha(), '😀'.isalpha(), 'é'.islower(), 'É'.isupper())
