# Checks: sorted() with key functions, reverse=True, mixed int/float, tuples, and strings by several keys.
nums = [5, -2, 9, 0, -7, 3.5, 1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda x: -x))
words = ['banana', 'Apple', 'cherry', 'date', 'Fig', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
pts = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pts), sorted(pts, reverse=True), sorted(pts, key=lambda p: p[1]))
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'c', 1: 'a'}), sorted(range(5, 0, -1)))
print(sorted([]), sorted([1]), sorted({5, 1, 3}))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=d.get))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is not orig)
orig.sort(reverse=True)
print(orig)
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
