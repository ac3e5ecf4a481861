# Checks: `in` / `not in`, repetition with *, concatenation, and lexicographic comparisons.
s = 'hello world'
print('lo w' in s, 'xyz' in s, '' in s, '' in '', 'h' not in s, s in s)
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2 == '', repr('' * 5))
print('a' + 'b' + 'c', 'x' + '', '' + '')
print('apple' < 'banana', 'apple' < 'Apple', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd')
print('abc' < 'abcd', 'abc' == 'abc', 'abc' != 'ABC', 'b' > 'abc', '' < 'a')
print('10' < '9', '2' > '10', 'a' <= 'a', 'é' > 'z', '中' > 'é')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9', '']))
print(max(['aa', 'b', 'ab']), min(['aa', 'b', 'ab']))
print('abc' == 'abc' == 'abc', 'a' < 'b' < 'c', 'c' > 'b' > 'z')
line = '-' * 20
print(line, len(line))
s2 = 'ab'
s2 *= 2
s2 += '!'
print(s2)
print('a' in ['a', 'b'], 'a' in 'ab', ('a' in 'xyz') is False)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
