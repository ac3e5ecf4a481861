# Checks map, filter, sorted, min, max, any, all with user functions, lambdas and methods as arguments.
def is_even(n):
    return n % 2 == 0

def square(n):
    return n * n

nums = list(range(1, 11))
print(list(map(square, nums)))
print(list(filter(is_even, nums)))
print(list(map(square, filter(is_even, nums))))
print(sum(map(square, nums)))
print(any(map(is_even, [1, 3, 5])), all(map(is_even, [2, 4])))
print(list(map(str.upper, ["a", "b"])))
print(list(map(len, ["", "ab", "abc"])))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
words = ["kiwi", "fig", "banana", "apple"]
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
print(max(words, key=lambda w: w.count("a")), min(words, key=len))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run

inc = lambda x: x + 1
print(compose(square, inc)(4), compose(inc, square)(4), compose()(7))

def apply_n(fn, n, x):
    return x if n == 0 else apply_n(fn, n - 1, fn(x))

print(apply_n(inc, 5, 0), apply_n(square, 3, 2))
print(list(filter(lambda s: s.startswith("b"), words)))
