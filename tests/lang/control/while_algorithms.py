# Checks while loops in small numeric algorithms: collatz lengths, digit sums, integer sqrt, binary search.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 16)])

def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s

print(digit_sum(987654321), digit_sum(0), digit_sum(1000001))

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([isqrt(n) for n in [0, 1, 2, 15, 16, 17, 99, 100, 10 ** 6, 10 ** 8 + 1]])

def bsearch(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = list(range(0, 100, 3))
print([bsearch(data, t) for t in [0, 3, 4, 51, 99, 100]])
b = 0
n = 37
bits = ""
while n > 0:
    bits = str(n % 2) + bits
    n //= 2
print(bits, bin(37))
