# Checks: sum() with start values, floats and bools; any()/all() on empty and mixed-truthiness inputs.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], 100), sum(range(101)), sum((1.5, 2.5)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]), sum([[1], [2, 3]], []))
print(sum([1, 2, 3], start=-6), sum(range(10), 0.0), sum([-1, -2, -3]))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any('abc'), all(''), any([[]]), all([[]]), any(range(0)), all(range(1, 5)))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n % 2 for n in nums]), any([n > 10 for n in nums]))
print(any({0: 'a'}), any({0: 'a', 1: 'b'}), all({1, 2}), all({0}))
print(sum([x * x for x in range(1, 11)]), sum(map(len, ['a', 'bb'])), sum(b'\x01\x02'))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
