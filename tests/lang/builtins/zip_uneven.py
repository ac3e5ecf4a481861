# Checks: zip stops at the shortest input; zip of one, three and zero iterables; zip with dicts and strings.
print(list(zip([1, 2, 3], ['a', 'b', 'c'])))
print(list(zip([1, 2, 3], 'ab')), list(zip('abc', [1])), list(zip([], [1, 2])))
print(list(zip([1, 2])), list(zip()), list(zip('ab', 'cd', 'ef')))
print(list(zip(range(5), range(10, 15), 'xyz')))
print(dict(zip(['a', 'b', 'c'], [1, 2, 3])), dict(zip('ab', range(100))))
d = {'x': 1, 'y': 2}
print(list(zip(d, d.values())))
for a, b in zip([10, 20, 30], [1, 2]):
    print(a, b, a + b)
names = ['Ada', 'Bob', 'Cy']
ages = [36, 7]
print([f'{n}:{a}' for n, a in zip(names, ages)])
z = zip('ab', 'cd')
print(next(z), next(z), next(z, 'done'))
pairs = [(1, 'one'), (2, 'two')]
nums = [p[0] for p in pairs]
words = [p[1] for p in pairs]
print(nums, words, list(zip(nums, words)) == pairs)
