# Fails: unbounded recursion; RecursionError with a "[Previous line repeated N more times]" traceback line.
def countdown(n):
    if n == -1000000:
        return 0
    return countdown(n - 1)

print("start")
countdown(10)
