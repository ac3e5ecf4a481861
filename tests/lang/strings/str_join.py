# Checks: str.join with various separators and iterables (list, tuple, str, dict keys, range via map).
print(','.join(['a', 'b', 'c']))
print(', '.join(('x', 'y')))
print(''.join(['h', 'e', 'l', 'l', 'o']))
print('-'.join('abc'))
print(' | '.join([]) == '', repr('x'.join(['only'])))
print('\n'.join(['line1', 'line2']))
print('+'.join(map(str, range(5))))
print('.'.join({'k1': 1, 'k2': 2}))
print('ab'.join(['1', '2', '3']))
print('é'.join(['中', '文']))
words = ['the', 'quick', 'brown', 'fox']
print(' '.join(reversed(words)))
print(' '.join(sorted(words)))
print(' '.join([w.upper() for w in words if len(w) > 3]))
print(''.join([str(i) for i in range(10)]))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
print('-'.join(['', '', '']), len('-'.join(['', ''])))
