# Checks: an unclosed bracket is a SyntaxError; nothing runs, not even the first print.
print("this never prints")
values = [1, 2, 3]
print(values)

def f(x):
    return [x, x + 1,

print(f(1))
print("end")
