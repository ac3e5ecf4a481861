# Checks: a dedent to a column that matches no outer block is an IndentationError.
print("this never prints")
def f():
    if True:
        x = 1
      y = 2
    return x

print(f())
print("end")
