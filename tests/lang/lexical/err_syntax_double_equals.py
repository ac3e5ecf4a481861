# Checks: `x = = 1` is an invalid-syntax SyntaxError; no line of the program runs.
print("this never prints")

def helper(a, b):
    return a + b

y = helper(1, 2)
print(y)
x = = 1
print(x)
