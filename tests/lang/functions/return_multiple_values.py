# Checks returning tuples, unpacking the results, and functions returning nothing / early returns.
def divmod_manual(a, b):
    return a // b, a % b

q, r = divmod_manual(17, 5)
print(q, r)
print(divmod_manual(-17, 5))
print(divmod(-17, 5), divmod(17, -5))

def stats(nums):
    if not nums:
        return
    return min(nums), max(nums), sum(nums) / len(nums)

print(stats([3, 1, 4, 1, 5]))
print(stats([]))
lo, hi, mean = stats([2, 4])
print(lo, hi, mean)

def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None, None

print(first_negative([1, 2, -3, -4]))
print(first_negative([1]))

def nothing():
    return

print(nothing())

def single():
    return 1,

print(single(), type(single()).__name__)

def lst():
    return [1, 2], {"k": 3}

(a, b), d = lst()
print(a, b, d)
