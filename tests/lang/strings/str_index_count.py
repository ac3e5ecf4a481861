# Checks: index/rindex (with ValueError when missing) and count (non-overlapping, with ranges).
s = 'mississippi'
print(s.index('s'), s.rindex('s'), s.index('ss'), s.rindex('ss'), s.index('i', 2))
print(s.count('s'), s.count('ss'), s.count('issi'), s.count('x'), s.count(''))
print(s.count('i', 2), s.count('i', 2, 5), s.count('s', -4), ''.count(''), ''.count('a'))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), 'ababab'.count('aba'))
for sub in ['pp', 'q']:
    try:
        print(sub, s.index(sub))
    except ValueError as e:
        print(sub, 'ValueError:', e)
try:
    s.rindex('z')
except ValueError as e:
    print('rindex ValueError:', e)
try:
    s.index('m', 1)
except ValueError as e:
    print('index with start ValueError:', e)
print('中文中'.count('中'), 'é'.count(''))
