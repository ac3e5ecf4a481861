# Checks: iterating over strings with for, enumerate, list(), sorted(), reversed() and comprehension.
s = 'hello'
for ch in s:
    print(ch, end=' ')
print()
for i, ch in enumerate(s):
    print(i, ch, end='; ')
print()
print(list(s), tuple('ab'), sorted(s), sorted(s, reverse=True))
print(''.join(reversed(s)), list(reversed('abc')))
print([c.upper() for c in s if c != 'l'])
print({c: s.count(c) for c in s})
vowels = 0
for ch in 'programming language':
    if ch in 'aeiou':
        vowels += 1
print('vowels', vowels)
print(max('hello'), min('hello'), 'l' in list(s))
it = iter('xyz')
print(next(it), next(it), next(it), next(it, 'done'))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items()))
