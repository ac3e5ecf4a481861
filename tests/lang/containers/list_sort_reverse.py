# Checks list.sort with key and reverse, stability, list.reverse, and sorted() leaving the original untouched.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
nums = [3, -1, -4, 1, 5, -9]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
print(nums)
nums.reverse()
print(nums)
print(nums.sort())
print(nums)
fl = [2.5, 1, 3.0, -0.5, 2]
fl.sort()
print(fl)
empty = []
empty.sort()
empty.reverse()
print(empty)
print(sorted("hello"))
print(sorted([[2, 1], [1, 2], [1]]))
