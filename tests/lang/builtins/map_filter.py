# Checks: map with one and several iterables, builtins as functions; filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(int, ['4', '-5', ' 6 '])))
print(list(map(lambda x: x * x, range(6))), list(map(len, ['a', 'bb', ''])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(map(abs, [-1, 2, -3])), list(map(str.upper, ['ab', 'cd'])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, ['1', 'a', '22'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True, 0.0, 2.5])))
print(list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])), list(filter(None, [])))
m = map(lambda x: x + 1, [1, 2])
print(next(m), next(m), next(m, 'stop'))
f = filter(None, [0, 5, 0, 6])
print(list(f), list(f))
def is_vowel(c):
    return c in 'aeiou'
print(''.join(filter(is_vowel, 'programming')), ''.join(map(chr, [72, 105])))
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])))
print(list(map(lambda kv: kv[0] * kv[1], {'a': 2, 'b': 3}.items())))
